#include <stdio.h>
#include <assert.h>
#include <stdint.h>

_Static_assert(sizeof(int) == 4, "int must be 32 bits");
_Static_assert(sizeof(void *) == 8, "64-bit pointers");
static_assert(UINT8_MAX == 255, "uint8 max");

struct hdr { uint32_t magic; uint16_t ver; uint16_t len; };
_Static_assert(sizeof(struct hdr) == 8, "hdr packed naturally");

#define BUILD_BUG_ON(cond) ((void)sizeof(char[1 - 2 * !!(cond)]))

enum { MAX_ITEMS = 16 };

struct table {
    int items[MAX_ITEMS];
    _Static_assert(MAX_ITEMS % 4 == 0, "multiple of four");
};

int main(void) {
    _Static_assert(MAX_ITEMS > 0, "positive");
    BUILD_BUG_ON(sizeof(struct table) != MAX_ITEMS * sizeof(int));
    for (int i = 0; i < 3; i++) {
        static_assert(sizeof(i) == sizeof(int), "loop var");
        printf("iteration %d\n", i);
    }
    assert(MAX_ITEMS == 16);
    printf("static asserts passed, table=%zu hdr=%zu\n", sizeof(struct table), sizeof(struct hdr));
    return 0;
}

/* EXPECT-STDOUT:
iteration 0
iteration 1
iteration 2
static asserts passed, table=64 hdr=8
*/
