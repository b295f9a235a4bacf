/* A C89 program built the way strict projects build it (cJSON's defaults:
 * -std=c89 -pedantic -Wall -Wextra -Werror, and more): every mode must build
 * it and print what gcc's build prints. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define QUARTER 0.25
#define SCALE(x) ((x) * 4.0)

struct item {
    const char *name;
    double weight;
};

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wcast-qual"
static char *unconst(const char *s)
{
    return (char *)s;
}
#pragma GCC diagnostic pop

static int count_common(const char *a, const char *b)
{
    int n = 0;
    for (; *a && *b && *a == *b; (void)a++, b++)
        n++;
    return n;
}

int main(void)
{
    struct item items[3];
    struct item copy;
    const struct item *src = &items[1];
    double total = 0;
    int i;
    items[0].name = "alpha";
    items[0].weight = QUARTER;
    items[1].name = "alpine";
    items[1].weight = SCALE(QUARTER);
    items[2].name = "beta";
    items[2].weight = 0.0 / 1.0;
    copy = *src;
    for (i = 0; i < 3; i++)
        total += items[i].weight;
    printf("%s %g %g %d %s\n", copy.name, copy.weight, total,
           count_common(items[0].name, items[1].name), unconst("done"));
    return 0;
}
