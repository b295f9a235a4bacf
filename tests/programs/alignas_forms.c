// _Alignas written every way xxHash writes it: a constant expression, an
// enum constant, a macro, a type, and on a struct member declared wholly
// by a macro (XXH_ALIGN_MEMBER(64, XXH64_hash_t acc[8])).
#include <stdint.h>
#include <stdio.h>

#define ACC_ALIGN 64
#define ALIGN(n) _Alignas(n)
#define ALIGN_MEMBER(align, decl) ALIGN(align) decl
enum { A = 32 };

struct state {
    ALIGN_MEMBER(64, unsigned long long acc[8]);
    ALIGN_MEMBER(64, unsigned char buffer[32]);
    unsigned n;
};

typedef long double wide;

int main(void)
{
    char pad = 1;
    _Alignas(ACC_ALIGN) unsigned long long acc[8] = {1, 2, 3};
    _Alignas(2 * 32) unsigned char sec[16];
    _Alignas(A) char a32[3];
    _Alignas(wide) char w[2];
    ALIGN(16) int x = 5;
    sec[0] = (unsigned char)pad;
    a32[0] = w[0] = 0;
    printf("%zu %zu\n", sizeof(struct state), _Alignof(struct state));
    printf("%d %d %d %d %d %llu\n", (int)((uintptr_t)acc % 64), (int)((uintptr_t)sec % 64),
           (int)((uintptr_t)a32 % 32), (int)((uintptr_t)w % _Alignof(wide)),
           (int)((uintptr_t)&x % 16), acc[2] + sec[0] + (unsigned)x + (unsigned)a32[0] + (unsigned)w[0]);
    return 0;
}
/* EXPECT-STDOUT:
128 64
0 0 0 0 0 9
*/
