// Small reallocs that stay within one heap size class and ones that leave
// it: a string built by appends, an array of pointers grown one slot at a
// time and shrunk back, a struct array shrunk below its pointer members.
// Checks that contents, pointers and later writes survive every resize.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct item {
    const char *name;
    struct item *next;
    int weight;
};

static char *append(char *s, size_t *len, const char *part)
{
    size_t n = strlen(part);
    char *t = realloc(s, *len + n + 1);
    if (!t) {
        free(s);
        exit(2);
    }
    memcpy(t + *len, part, n + 1);
    *len += n;
    return t;
}

int main(void)
{
    static const char *const words[] = { "ab", "c", "def", "g", "hij", "k", "lm", "nop", "q" };
    char *s = NULL;
    size_t len = 0;
    for (int round = 0; round < 12; round++)
        s = append(s, &len, words[round % 9]);
    printf("%zu %s\n", len, s);
    s = realloc(s, 6); /* shrink: keeps the first 6 bytes */
    s[5] = '\0';
    printf("%s\n", s);
    free(s);

    int **slots = NULL;
    int values[10];
    for (int i = 0; i < 10; i++) {
        values[i] = i * i;
        int **t = realloc(slots, (size_t)(i + 1) * sizeof *t);
        if (!t)
            return 2;
        slots = t;
        slots[i] = &values[i];
    }
    long sum = 0;
    for (int i = 0; i < 10; i++)
        sum += *slots[i];
    slots = realloc(slots, 3 * sizeof *slots);
    slots = realloc(slots, 5 * sizeof *slots);
    slots[3] = &values[9];
    slots[4] = &values[8];
    for (int i = 0; i < 5; i++)
        sum += *slots[i];
    printf("sum %ld\n", sum);
    free(slots);

    struct item *items = malloc(4 * sizeof *items);
    if (!items)
        return 2;
    for (int i = 0; i < 4; i++) {
        items[i].name = words[i];
        items[i].next = i ? &items[i - 1] : NULL;
        items[i].weight = 10 * i;
    }
    items = realloc(items, 3 * sizeof *items); /* may move: links are rebuilt */
    for (int i = 0; i < 3; i++)
        items[i].next = i ? &items[i - 1] : NULL;
    items = realloc(items, 3 * sizeof *items + 8);
    for (int i = 0; i < 3; i++)
        items[i].next = i ? &items[i - 1] : NULL;
    for (struct item *it = &items[2]; it; it = it->next)
        printf("%s %d\n", it->name, it->weight);
    free(items);
    return 0;
}
/* EXPECT-STDOUT:
23 abcdefghijklmnopqabcdef
abcde
sum 435
def 20
c 10
ab 0
*/
