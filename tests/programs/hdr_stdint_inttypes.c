#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdbool.h>

int main(void) {
    printf("INT8 %d..%d UINT8 %u\n", INT8_MIN, INT8_MAX, UINT8_MAX);
    printf("INT16 %d..%d UINT16 %u\n", INT16_MIN, INT16_MAX, UINT16_MAX);
    printf("INT32 %" PRId32 "..%" PRId32 " UINT32 %" PRIu32 "\n", INT32_MIN, INT32_MAX, UINT32_MAX);
    printf("INT64 %" PRId64 "..%" PRId64 "\n", INT64_MIN, INT64_MAX);
    printf("UINT64 %" PRIu64 " hex %" PRIx64 " HEX %" PRIX64 " oct %" PRIo64 "\n", UINT64_MAX, UINT64_MAX, (uint64_t)0xABCDEF, (uint64_t)8);
    printf("SIZE_MAX==UINT64_MAX: %d PTRDIFF_MAX=%td\n", SIZE_MAX == UINT64_MAX, (ptrdiff_t)PTRDIFF_MAX);
    printf("INTPTR_MAX=%" PRIdPTR " UINTPTR_MAX=%" PRIuPTR "\n", INTPTR_MAX, UINTPTR_MAX);
    printf("INTMAX_MAX=%" PRIdMAX "\n", INTMAX_MAX);
    printf("least/fast sizes: %zu %zu %zu %zu\n", sizeof(int_least8_t), sizeof(int_least16_t), sizeof(int_fast8_t), sizeof(int_fast32_t));
    printf("INT64_C=%" PRId64 " UINT32_C=%" PRIu32 "\n", INT64_C(123456789012), UINT32_C(4000000000));
    uint64_t acc = 1;
    for (int i = 0; i < 10; i++) acc = acc * 6364136223846793005ULL + 1442695040888963407ULL;
    printf("pcg-ish state %016" PRIx64 "\n", acc);
    intmax_t im = imaxabs(-77);
    imaxdiv_t qr = imaxdiv(100, 7);
    printf("imaxabs=%" PRIdMAX " imaxdiv=%" PRIdMAX ",%" PRIdMAX "\n", im, qr.quot, qr.rem);
    char *end;
    uintmax_t parsed = strtoumax("18446744073709551615", &end, 10);
    printf("strtoumax=%" PRIuMAX "\n", parsed);
    bool flags[3] = {true, false, true};
    printf("bool sum=%d true=%d false=%d\n", flags[0] + flags[1] + flags[2], true, false);
    int16_t s16 = INT16_MIN;
    printf("SCNd fmt ok: %s\n", SCNd32);
    printf("s16 widened=%" PRId32 "\n", (int32_t)s16);
    return 0;
}

/* EXPECT-STDOUT:
INT8 -128..127 UINT8 255
INT16 -32768..32767 UINT16 65535
INT32 -2147483648..2147483647 UINT32 4294967295
INT64 -9223372036854775808..9223372036854775807
UINT64 18446744073709551615 hex ffffffffffffffff HEX ABCDEF oct 10
SIZE_MAX==UINT64_MAX: 1 PTRDIFF_MAX=9223372036854775807
INTPTR_MAX=9223372036854775807 UINTPTR_MAX=18446744073709551615
INTMAX_MAX=9223372036854775807
least/fast sizes: 1 2 1 8
INT64_C=123456789012 UINT32_C=4000000000
pcg-ish state 32ccf775fe645423
imaxabs=77 imaxdiv=14,2
strtoumax=18446744073709551615
bool sum=2 true=1 false=0
SCNd fmt ok: d
s16 widened=-32768
*/
