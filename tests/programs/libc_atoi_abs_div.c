#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("atoi: %d %d %d %d\n", atoi("42"), atoi("  -17abc"), atoi("+8"), atoi("x9"));
    printf("atol: %ld atoll: %lld\n", atol("1234567890"), atoll("-9000000000000"));
    printf("abs: %d %d labs: %ld llabs: %lld\n", abs(-5), abs(5), labs(-1234567890123L), llabs(-42LL));
    int nums[] = {17, -17, 17, -17};
    int dens[] = {5, 5, -5, -5};
    for (int i = 0; i < 4; i++) {
        div_t d = div(nums[i], dens[i]);
        printf("div(%d,%d) = quot %d rem %d\n", nums[i], dens[i], d.quot, d.rem);
    }
    ldiv_t ld = ldiv(1000000007L, 1000L);
    printf("ldiv quot=%ld rem=%ld\n", ld.quot, ld.rem);
    lldiv_t lld = lldiv(-123456789012LL, 1000LL);
    printf("lldiv quot=%lld rem=%lld\n", lld.quot, lld.rem);
    /* time conversion with div */
    int secs = 98765;
    div_t h = div(secs, 3600);
    div_t m = div(h.rem, 60);
    printf("%d s = %02d:%02d:%02d\n", secs, h.quot, m.quot, m.rem);
    return 0;
}

/* EXPECT-STDOUT:
atoi: 42 -17 8 0
atol: 1234567890 atoll: -9000000000000
abs: 5 5 labs: 1234567890123 llabs: 42
div(17,5) = quot 3 rem 2
div(-17,5) = quot -3 rem -2
div(17,-5) = quot -3 rem 2
div(-17,-5) = quot 3 rem -2
ldiv quot=1000000 rem=7
lldiv quot=-123456789 rem=-12
98765 s = 27:26:05
*/
