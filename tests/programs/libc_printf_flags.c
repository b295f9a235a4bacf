#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>
#include <stddef.h>
#include <sys/types.h>

int main(void) {
    int vals[] = {0, 7, -7, 255, -32768, 2147483647};
    for (int i = 0; i < 6; i++) {
        int v = vals[i];
        printf("|%d|%5d|%-5d|%05d|%+d|% d|%x|%#x|%X|%#o|\n", v, v, v, v, v, v, (unsigned)v, (unsigned)v, (unsigned)v, (unsigned)v);
    }
    printf("|%hhd|%hhu|%hd|%hu|\n", (signed char)-1, (unsigned char)255, (short)-2, (unsigned short)65535);
    printf("|%ld|%lu|%lld|%llu|\n", -1L, 1UL << 63, -1LL, ~0ULL);
    printf("|%zu|%zd|%td|\n", sizeof(int), (ssize_t)-3, (ptrdiff_t)-4);
    printf("|%jd|%ju|\n", (intmax_t)-5, (uintmax_t)6);
    printf("|%" PRId32 "|%" PRIu64 "|%" PRIx64 "|%" PRIi8 "|\n", (int32_t)-9, (uint64_t)123456789012345ULL,
           (uint64_t)0xDEADBEEFCAFEULL, (int8_t)-8);
    printf("|%c|%3c|%-3c|\n", 'a', 'b', 'c');
    printf("|%s|%8s|%-8s|%.2s|%8.3s|\n", "str", "str", "str", "str", "string");
    printf("|%%|%c%%|\n", '5');
    printf("|%.0d|%.3d|%8.3d|%-8.3d|\n", 0, 7, -7, 7);
    printf("|%#.3o|%#08x|%#X|\n", 8u, 255u, 0u);
    printf("|%+.2e|%-12.4g|%012.3f|% .1f|\n", 12345.678, 0.00012345, -3.14159, 2.0);
    int n1, n2;
    printf("abc%nxyz%n\n", &n1, &n2);
    printf("n1=%d n2=%d\n", n1, n2);
    int ret = printf("count me\n");
    printf("ret=%d\n", ret);
    return 0;
}

/* EXPECT-STDOUT:
|0|    0|0    |00000|+0| 0|0|0|0|0|
|7|    7|7    |00007|+7| 7|7|0x7|7|07|
|-7|   -7|-7   |-0007|-7|-7|fffffff9|0xfffffff9|FFFFFFF9|037777777771|
|255|  255|255  |00255|+255| 255|ff|0xff|FF|0377|
|-32768|-32768|-32768|-32768|-32768|-32768|ffff8000|0xffff8000|FFFF8000|037777700000|
|2147483647|2147483647|2147483647|2147483647|+2147483647| 2147483647|7fffffff|0x7fffffff|7FFFFFFF|017777777777|
|-1|255|-2|65535|
|-1|9223372036854775808|-1|18446744073709551615|
|4|-3|-4|
|-5|6|
|-9|123456789012345|deadbeefcafe|-8|
|a|  b|c  |
|str|     str|str     |st|     str|
|%|5%|
||007|    -007|007     |
|010|0x0000ff|0|
|+1.23e+04|0.0001234   |-0000003.142| 2.0|
abcxyz
n1=3 n2=6
count me
ret=9
*/
