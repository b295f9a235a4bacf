// ASAN: detects (AddressSanitizer: heap-buffer-overflow in __interceptor_memmem)  [gcc 12 -fsanitize=address,undefined, default options]
// memmem is given the haystack's capacity, not its allocated size.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *hay = malloc(16);
    memcpy(hay, "abcdefghijklmnop", 16);
    printf("start\n");
    char *hit = memmem(hay, 64, "xyz", 3); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(hay);
    return hit != NULL;
}
/* EXPECT-STDOUT:
start
*/
