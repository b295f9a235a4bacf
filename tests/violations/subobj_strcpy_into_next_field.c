// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// strcpy into a struct member overruns it into the following member.
#include <stdio.h>
#include <string.h>

struct record {
    char code[4];
    char label[12];
    int flags;
};

int main(void)
{
    struct record r;
    memset(&r, 0, sizeof r);
    printf("start\n");
    strcpy(r.code, "ABCDEF"); // VIOLATION: sub-object-overflow
    printf("NOT-REACHED\n");
    printf("%s\n", r.label);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
