// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// strcpy of a program argument-like string into a small local buffer.
#include <stdio.h>
#include <string.h>

static void greet(const char *name)
{
    char buf[8];
    strcpy(buf, name); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("hello %s\n", buf);
}

int main(void)
{
    printf("start\n");
    greet("Bartholomew");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
