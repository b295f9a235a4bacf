// ASAN: misses (no report)
// One element of a heap array of structs never gets its `value` member.
#include <stdio.h>
#include <stdlib.h>

struct rec { char tag; int value; };

int main(void)
{
    struct rec *r = malloc(4 * sizeof *r);
    for (int i = 0; i < 4; i++) {
        r[i].tag = 'a';
        if (i != 2)
            r[i].value = i;
    }
    long s = 0;
    for (int i = 0; i < 2; i++)
        s += r[i].value;
    printf("start %ld\n", s);
    for (int i = 2; i < 4; i++)
        s += r[i].value; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    printf("%ld\n", s);
    free(r);
    return 0;
}
/* EXPECT-STDOUT:
start 1
*/
