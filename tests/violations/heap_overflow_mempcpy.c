// ASAN: detects (AddressSanitizer: heap-buffer-overflow, mempcpy expanded inline)  [gcc 12 -fsanitize=address,undefined, default options]
// Building a path with mempcpy: the second piece does not fit.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *path = malloc(12);
    char *p = mempcpy(path, "/var/", 5);
    printf("start\n");
    p = mempcpy(p, "spool/mail", 10); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    *p = 0;
    free(path);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
