// ASAN: detects (AddressSanitizer: dynamic-stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A VLA sized through a pointer (strlen(s)) keeps its exact bounds: the
// terminator written one past them is caught.
#include <stdio.h>
#include <string.h>

static size_t copy(const char *s)
{
    char buf[strlen(s)];
    memcpy(buf, s, sizeof buf);
    printf("start\n");
    buf[strlen(s)] = 0; // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return sizeof buf;
}

int main(void)
{
    printf("%zu\n", copy("hello"));
    return 0;
}
/* EXPECT-STDOUT:
start
*/
