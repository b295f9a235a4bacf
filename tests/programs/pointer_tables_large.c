// Initialized tables with more than 256 pointer slots (cmark's 2125-entry
// HTML entity table, libtommath's root[10][100]): every pointer keeps the
// capability of the object it was initialized with, in static and
// automatic storage, and past 65536 slots (where only the initialized
// slots are listed) too.
#include <stdio.h>
#include <string.h>

#define S10 "a", "bb", "ccc", "d", "e", "f", "g", "h", "i", "j"
#define S100 S10, S10, S10, S10, S10, S10, S10, S10, S10, S10
#define S1000 S100, S100, S100, S100, S100, S100, S100, S100, S100, S100

struct entity {
    const char *name;
    const char *text;
};
#define E10 {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"nbsp", " "}, \
            {"copy", "(c)"}, {"reg", "(r)"}, {"deg", "o"}, {"micro", "u"}, {"para", "P"}
#define E100 E10, E10, E10, E10, E10, E10, E10, E10, E10, E10

static const struct entity entities[] = {E100, E100, E100, {"end", "$"}};
static const char *words[] = {S1000, S1000, "last"};
static int counters[4];
static int *refs[300] = {&counters[0], &counters[1], [299] = &counters[3]};
static const char *sparse[70000] = {[0] = "first", [69999] = "final"};

int main(void)
{
    size_t total = 0;
    for (size_t i = 0; i < sizeof entities / sizeof entities[0]; i++)
        total += strlen(entities[i].name) + strlen(entities[i].text);
    printf("entities: %zu\n", total);
    total = 0;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        total += strlen(words[i]);
    printf("words: %zu\n", total);
    *refs[0] += 1;
    *refs[1] += 2;
    *refs[299] += 4;
    printf("refs: %d %d %d\n", counters[0], counters[1], counters[3]);
    printf("sparse: %s %s %d\n", sparse[0], sparse[69999], sparse[500] == NULL);
    const char *local[3][100] = {{S100}, {S100}, {S100}};
    total = 0;
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 100; j++)
            total += strlen(local[i][j]);
    printf("local: %zu\n", total);
    return 0;
}
/* EXPECT-STDOUT:
entities: 1444
words: 2604
refs: 1 2 4
sparse: first final 1
local: 390
*/
