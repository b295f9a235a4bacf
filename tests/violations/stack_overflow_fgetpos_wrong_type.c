// ASAN: misses (fgetpos is not intercepted)  [gcc 12 -fsanitize=address,undefined, default options]
// fgetpos stores an fpos_t (16 bytes) into a long.
#include <stdio.h>

int main(void)
{
    long where = 0;
    printf("start\n");
    fgetpos(stdin, (fpos_t *)&where); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return (int)where;
}
/* EXPECT-STDOUT:
start
*/
