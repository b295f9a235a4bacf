// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// A block allocated and freed through function pointers to malloc and free
// (a pluggable allocator, as in expat or zlib's zalloc/zfree) is dead after
// the call through `release`: reading it is a use after free.
#include <stdio.h>
#include <stdlib.h>

struct allocator {
    void *(*alloc)(size_t);
    void (*release)(void *);
};

int main(void)
{
    struct allocator a = {malloc, free};
    int *v = a.alloc(4 * sizeof(int));
    for (int i = 0; i < 4; i++)
        v[i] = i * i;
    printf("%d\n", v[3]);
    a.release(v);
    int x = v[2]; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    printf("%d\n", x);
    return 0;
}
/* EXPECT-STDOUT:
9
*/
