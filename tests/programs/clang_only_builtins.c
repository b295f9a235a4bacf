// The source is preprocessed as clang sees it and compiled by gcc: code
// that asks __has_builtin for a builtin only clang has (xxHash's
// XXH_rotl32 picks __builtin_rotateleft32) must still build and compute
// the same, and __VERSION__ names the compiler that builds the program.
#include <stdio.h>
#include <string.h>

#if defined(__has_builtin)
#if __has_builtin(__builtin_rotateleft32)
#define ROTL32(x, r) __builtin_rotateleft32(x, r)
#define ROTR64(x, r) __builtin_rotateright64(x, r)
#define REV8(x) __builtin_bitreverse8(x)
#define ASSUME(c) __builtin_assume(c)
#endif
#endif
#ifndef ROTL32
#define ROTL32(x, r) (((x) << (r)) | ((x) >> (32 - (r))))
#define ROTR64(x, r) (((x) >> (r)) | ((x) << (64 - (r))))
#define REV8(x) ((unsigned char)(((x) * 0x0202020202ULL & 0x010884422010ULL) % 1023))
#define ASSUME(c) ((void)0)
#endif

int main(void)
{
    unsigned x = 0x80000001u;
    unsigned long long y = 0x1ULL;
    int n = 7;
    ASSUME(n > 0);
    printf("%08x %016llx %02x\n", ROTL32(x, 4), ROTR64(y, 4), REV8((unsigned char)n));
    printf("built by clang's name: %d\n", strstr(__VERSION__, "lang") != NULL);
    return 0;
}
/* EXPECT-STDOUT:
00000018 1000000000000000 e0
built by clang's name: 0
*/
