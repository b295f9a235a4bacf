// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A function pointer's bytes are copied into a buffer and rewritten there as
// data (with their own values); the pointer loaded back from them names a real
// function but has no capability: a store of non-pointer data clears it.
#include <stdio.h>
#include <string.h>

static void hello(void)
{
    printf("hello\n");
}

int main(void)
{
    void (*orig)(void) = hello;
    unsigned char raw[sizeof orig];
    memcpy(raw, &orig, sizeof raw);
    for (size_t i = 0; i < sizeof raw; i++)
        raw[i] = (unsigned char)(raw[i] + 1 - 1);
    void (*fn)(void);
    memcpy(&fn, raw, sizeof fn);
    printf("start\n");
    fn(); // VIOLATION: control-flow-violation
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
