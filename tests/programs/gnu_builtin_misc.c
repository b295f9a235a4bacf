#include <stdio.h>
#include <string.h>

int main(void) {
    char dst[16];
    __builtin_memcpy(dst, "builtin!", 9);
    printf("memcpy=%s strlen=%zu\n", dst, __builtin_strlen(dst));
    __builtin_memset(dst, 'z', 3);
    printf("memset=%s cmp=%d\n", dst, __builtin_memcmp(dst, "zzzltin!", 8) == 0);
    printf("strcmp=%d strchr=%s\n", __builtin_strcmp("abc", "abc"), __builtin_strchr("find-me", '-'));
    printf("abs=%d labs=%ld llabs=%lld\n", __builtin_abs(-7), __builtin_labs(-70L), __builtin_llabs(-700LL));
    printf("fabs=%g copysign=%g\n", __builtin_fabs(-2.5), __builtin_copysign(3.0, -1.0));
    double inf = __builtin_inf();
    double huge = __builtin_huge_val();
    double nan = __builtin_nan("");
    printf("inf==huge=%d isinf=%d isnan=%d isfinite=%d\n", inf == huge, __builtin_isinf(inf) != 0, __builtin_isnan(nan) != 0,
           __builtin_isfinite(1.0) != 0);
    printf("signbit(-0.0)=%d\n", __builtin_signbit(-0.0) != 0);
    int arr[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    long sum = 0;
    for (int i = 0; i < 8; i++) {
        __builtin_prefetch(&arr[i < 7 ? i + 1 : i]);
        sum += arr[i];
    }
    printf("sum with prefetch=%ld\n", sum);
    printf("object_size known=%zu\n", __builtin_object_size(arr, 0) == sizeof arr || __builtin_object_size(arr, 0) == (size_t)-1 ? (size_t)1 : (size_t)0);
    printf("ffsll=%d clzll=%d\n", __builtin_ffsll(1LL << 40), __builtin_clzll(1ULL));
    printf("parityll=%d popcountl=%d\n", __builtin_parityll(0x7ULL), __builtin_popcountl(0xF0F0UL));
    printf("bswap16=%04x\n", __builtin_bswap16(0xABCD));
    return 0;
}

/* EXPECT-STDOUT:
memcpy=builtin! strlen=8
memset=zzzltin! cmp=1
strcmp=0 strchr=-me
abs=7 labs=70 llabs=700
fabs=2.5 copysign=-3
inf==huge=1 isinf=1 isnan=1 isfinite=1
signbit(-0.0)=1
sum with prefetch=36
object_size known=1
ffsll=41 clzll=63
parityll=1 popcountl=8
bswap16=cdab
*/
