#include <stdio.h>

#define __same_type(a, b) __builtin_types_compatible_p(__typeof__(a), __typeof__(b))
#define BUILD_BUG_ON_ZERO(e) ((int)(sizeof(struct { int : (-!!(e)); })))
#define __must_be_array(a) BUILD_BUG_ON_ZERO(__same_type((a), &(a)[0]))
#define ARRAY_SIZE(arr) (sizeof(arr) / sizeof((arr)[0]) + __must_be_array(arr))
#define BUILD_BUG_ON(cond) ((void)sizeof(char[1 - 2 * !!(cond)]))
#define BUILD_BUG_ON_MSG(cond, msg) _Static_assert(!(cond), msg)
#define FIELD_SIZEOF(t, f) (sizeof(((t *)0)->f))
#define DIV_ROUND_UP(n, d) (((n) + (d) - 1) / (d))
#define ROUND_UP(x, a) ((((x) + (a) - 1) / (a)) * (a))
#define IS_POWER_OF_2(n) ((n) != 0 && (((n) & ((n) - 1)) == 0))
#define BIT(nr) (1UL << (nr))
#define GENMASK(h, l) (((~0UL) << (l)) & (~0UL >> (63 - (h))))

struct dev { char name[16]; unsigned long flags; int ids[5]; };

static const char *const colors[] = {"red", "green", "blue", "cyan"};
static struct dev devices[3];

int main(void) {
    BUILD_BUG_ON(sizeof(int) != 4);
    BUILD_BUG_ON_MSG(ARRAY_SIZE(colors) != 4, "colors table");
    printf("ARRAY_SIZE colors=%zu devices=%zu ids=%zu\n", ARRAY_SIZE(colors), ARRAY_SIZE(devices),
           ARRAY_SIZE(devices[0].ids));
    printf("FIELD_SIZEOF name=%zu flags=%zu\n", FIELD_SIZEOF(struct dev, name), FIELD_SIZEOF(struct dev, flags));
    printf("DIV_ROUND_UP(10,3)=%d ROUND_UP(10,8)=%d\n", DIV_ROUND_UP(10, 3), ROUND_UP(10, 8));
    for (unsigned n = 0; n < 10; n++) printf("%d", IS_POWER_OF_2(n));
    printf("\n");
    printf("BIT(5)=%lu GENMASK(7,4)=%#lx GENMASK(63,60)=%#lx\n", BIT(5), GENMASK(7, 4), GENMASK(63, 60));
    for (size_t i = 0; i < ARRAY_SIZE(devices); i++) {
        snprintf(devices[i].name, sizeof devices[i].name, "dev%zu", i);
        devices[i].flags = BIT(i) | BIT(8);
    }
    for (size_t i = 0; i < ARRAY_SIZE(devices); i++) printf("%s flags=%#lx\n", devices[i].name, devices[i].flags);
    return 0;
}

/* EXPECT-STDOUT:
ARRAY_SIZE colors=4 devices=3 ids=5
FIELD_SIZEOF name=16 flags=8
DIV_ROUND_UP(10,3)=4 ROUND_UP(10,8)=16
0110100010
BIT(5)=32 GENMASK(7,4)=0xf0 GENMASK(63,60)=0xf000000000000000
dev0 flags=0x101
dev1 flags=0x102
dev2 flags=0x104
*/
