// ASAN: misses (strcoll is not intercepted)  [gcc 12 -fsanitize=address,undefined, default options]
// strcoll on a char array that has no NUL.
#include <stdio.h>
#include <string.h>

int main(void)
{
    char word[5] = {'a', 'p', 'p', 'l', 'e'};
    printf("start\n");
    int r = strcoll(word, "apples"); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return r;
}
/* EXPECT-STDOUT:
start
*/
