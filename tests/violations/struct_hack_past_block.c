// ASAN: detects (AddressSanitizer: heap-buffer-overflow)
// A struct-hack trailing array may use the rest of its block, but not more.
#include <stdio.h>
#include <stdlib.h>

struct str {
    size_t len;
    char contents[1];
};

int main(void)
{
    struct str *t = malloc(sizeof(struct str) + 4);   /* 16 + 4 bytes: contents[0..11] */
    printf("start\n");
    for (int i = 0; i < 12; i++)
        t->contents[i] = 'a';
    t->contents[12] = 'b'; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(t);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
