// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// %n writes through a pointer argument; the safe runtime refuses it.
#include <stdio.h>

/* %n through a valid int * is allowed (checked like any write); here the
   argument is an int, not a pointer. */
int main(void)
{
    int written = 0;
    printf("start\n");
    printf("abc%n\n", written); // VIOLATION: format-violation
    printf("NOT-REACHED\n");
    printf("%d\n", written);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
