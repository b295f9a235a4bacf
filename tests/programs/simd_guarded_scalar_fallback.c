// Code that uses SSE2/AVX2 intrinsics only when the compiler says the
// instruction set is there, with a portable path otherwise (xxHash's
// XXH_VECTOR, zstd, most hash and codec libraries).  safec cannot take in
// gcc's intrinsics headers, so it parses with those macros undefined: the
// portable path is built and must compute what gcc's vector path does.
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#if defined(__AVX2__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

/* acc[i] = (acc[i] ^ in[i]) + (in[i] << 3), eight 32-bit lanes at a time */
static void mix(uint32_t acc[8], const unsigned char *in)
{
#if defined(__AVX2__)
    __m256i a = _mm256_loadu_si256((const __m256i *)(const void *)acc);
    __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)in);
    a = _mm256_add_epi32(_mm256_xor_si256(a, x), _mm256_slli_epi32(x, 3));
    _mm256_storeu_si256((__m256i *)(void *)acc, a);
#elif defined(__SSE2__)
    for (int h = 0; h < 8; h += 4) {
        __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(acc + h));
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(in + 4 * h));
        a = _mm_add_epi32(_mm_xor_si128(a, x), _mm_slli_epi32(x, 3));
        _mm_storeu_si128((__m128i *)(void *)(acc + h), a);
    }
#else
    for (int i = 0; i < 8; i++) {
        uint32_t x;
        memcpy(&x, in + 4 * i, sizeof x);
        acc[i] = (acc[i] ^ x) + (x << 3);
    }
#endif
}

int main(void)
{
    unsigned char data[256];
    for (int i = 0; i < 256; i++)
        data[i] = (unsigned char)(i * 37 + 11);
    uint32_t acc[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    for (int round = 0; round < 100; round++)
        for (int off = 0; off + 32 <= 256; off += 32)
            mix(acc, data + off);
    for (int i = 0; i < 8; i++)
        printf("%08x%c", (unsigned)acc[i], i == 7 ? '\n' : ' ');
    return 0;
}
/* EXPECT-STDOUT:
fa51d801 45ef5002 c5e92b03 d594a704 18f4d005 9cb28006 90112b07 005ac708
*/
