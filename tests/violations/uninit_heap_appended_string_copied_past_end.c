// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A 200-byte buffer holds a string built by appends from its start; memcpy
// copies 120 bytes of it (past the string) and a copied byte beyond the
// string's terminator is read from the copy.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *buf = malloc(200);
    char *copy = malloc(200);
    if (!buf || !copy)
        return 2;
    size_t len = 0;
    for (int i = 0; i < 10; i++) {
        memcpy(buf + len, "word ", 5);
        len += 5;
        buf[len] = '\0';
    }
    memcpy(copy, buf, 120);
    printf("start %zu %s\n", strlen(copy), copy + 45);
    int c = copy[len + 10]; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    printf("%d\n", c);
    free(buf);
    free(copy);
    return 0;
}
/* EXPECT-STDOUT:
start 50 word 
*/
