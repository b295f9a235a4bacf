#include <stdio.h>
#include <stdalign.h>
#include <stdint.h>
#include <stddef.h>

struct cacheline { _Alignas(64) char data[10]; };
struct mixed { char a; alignas(double) char b; char c; };
struct arr_al { alignas(16) int v[3]; };
static _Alignas(32) int global_aligned[4] = {1, 2, 3, 4};

int main(void) {
    printf("cacheline size=%zu align=%zu\n", sizeof(struct cacheline), alignof(struct cacheline));
    printf("mixed size=%zu align=%zu off b=%zu off c=%zu\n", sizeof(struct mixed), alignof(struct mixed),
           offsetof(struct mixed, b), offsetof(struct mixed, c));
    printf("arr_al size=%zu align=%zu\n", sizeof(struct arr_al), alignof(struct arr_al));
    _Alignas(16) char local[3] = {1, 2, 3};
    alignas(struct cacheline) int x = 5;
    printf("local ok=%d x ok=%d\n", (int)((uintptr_t)local % 16 == 0), (int)((uintptr_t)&x % 64 == 0));
    printf("global ok=%d sum=%d\n", (int)((uintptr_t)global_aligned % 32 == 0),
           global_aligned[0] + global_aligned[1] + global_aligned[2] + global_aligned[3]);
    struct cacheline lines[3];
    printf("lines array=%zu stride ok=%d\n", sizeof lines, (int)(sizeof lines[0] == 64));
    printf("alignof(max_align_t)=%zu __alignof__(long double)=%zu\n", alignof(max_align_t), __alignof__(long double));
    printf("local sum=%d\n", local[0] + local[1] + local[2]);
    return 0;
}

/* EXPECT-STDOUT:
cacheline size=64 align=64
mixed size=16 align=8 off b=8 off c=9
arr_al size=16 align=16
local ok=1 x ok=1
global ok=1 sum=10
lines array=192 stride ok=1
alignof(max_align_t)=16 __alignof__(long double)=16
local sum=6
*/
