#include <stdio.h>

/* weak definition that a strong one could override; none here */
__attribute__((weak)) int platform_hook(int x) { return x * 10; }
/* weak declaration with no definition anywhere: address is null */
extern int optional_feature(int) __attribute__((weak));
/* weak variable with default */
__attribute__((weak)) int tunable = 17;

static int call_optional(int v) {
    if (optional_feature) return optional_feature(v);
    return -1;
}

/* alias attribute */
static int real_impl(int x) { return x + 1; }
static int aliased(int x) __attribute__((alias("real_impl")));

int main(void) {
    printf("platform_hook(4)=%d\n", platform_hook(4));
    printf("optional present=%d result=%d\n", optional_feature != 0, call_optional(5));
    printf("tunable=%d\n", tunable);
    tunable++;
    printf("tunable=%d\n", tunable);
    printf("aliased(41)=%d\n", aliased(41));
    return 0;
}

/* EXPECT-STDOUT:
platform_hook(4)=40
optional present=0 result=-1
tunable=17
tunable=18
aliased(41)=42
*/
