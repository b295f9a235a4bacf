// ASAN: detects (stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// %hn stores a short: through a pointer to a single char it writes a byte
// past the variable.
#include <stdio.h>

int main(void)
{
    char buf[32];
    signed char small = 0;
    snprintf(buf, sizeof buf, "abc%hhn", &small);
    printf("%d\n", small);
    snprintf(buf, sizeof buf, "abc%hn", (short *)(void *)&small); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
3
*/
