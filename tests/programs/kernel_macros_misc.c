#include <stdio.h>
#include <stddef.h>

#define READ_ONCE(x) (*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, val) do { *(volatile __typeof__(x) *)&(x) = (val); } while (0)
#define __is_constexpr(x) (sizeof(int) == sizeof(*(8 ? ((void *)((long)(x) * 0l)) : (int *)8)))
#define swap(a, b) do { __typeof__(a) __tmp = (a); (a) = (b); (b) = __tmp; } while (0)
#define min_t(type, x, y) ({ type __x = (x); type __y = (y); __x < __y ? __x : __y; })
#define max_t(type, x, y) ({ type __x = (x); type __y = (y); __x > __y ? __x : __y; })
#define clamp_t(type, val, lo, hi) min_t(type, max_t(type, val, lo), hi)
#define round_up(x, y) ((((x) - 1) | ((__typeof__(x))((y) - 1))) + 1)
#define round_down(x, y) ((x) & ~((__typeof__(x))((y) - 1)))
#define IS_ALIGNED(x, a) (((x) & ((__typeof__(x))(a) - 1)) == 0)
#define lower_32_bits(n) ((unsigned int)((n) & 0xffffffff))
#define upper_32_bits(n) ((unsigned int)(((n) >> 16) >> 16))
#define sizeof_field(TYPE, MEMBER) sizeof((((TYPE *)0)->MEMBER))
#define offsetofend(TYPE, MEMBER) (offsetof(TYPE, MEMBER) + sizeof_field(TYPE, MEMBER))
#define __stringify_1(x...) #x
#define __stringify(x...) __stringify_1(x)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define WARN_ON(cond) ({ int __ret = !!(cond); if (unlikely(__ret)) printf("WARNING: %s\n", #cond); __ret; })

struct hdr { unsigned short type; unsigned int len; char payload[6]; };

static int shared_flag;

int main(int argc, char **argv) {
    (void)argv;
    WRITE_ONCE(shared_flag, 5);
    printf("READ_ONCE=%d\n", READ_ONCE(shared_flag));
    int var = argc;
    printf("is_constexpr(42)=%d is_constexpr(var)=%d\n", (int)__is_constexpr(42), (int)__is_constexpr(var));
    long a = 3, b = 9;
    swap(a, b);
    printf("swap: %ld %ld\n", a, b);
    printf("min_t=%d max_t=%u clamp_t=%d\n", min_t(int, -5, 3), max_t(unsigned, 7u, 2u), clamp_t(int, 150, 0, 100));
    printf("round_up(13,8)=%d round_down(13,8)=%d aligned(64,16)=%d aligned(65,16)=%d\n", round_up(13, 8), round_down(13, 8),
           IS_ALIGNED(64, 16), IS_ALIGNED(65, 16));
    unsigned long long big = 0x123456789abcdef0ULL;
    printf("lower=%08x upper=%08x\n", lower_32_bits(big), upper_32_bits(big));
    printf("sizeof_field(len)=%zu offsetofend(type)=%zu offsetofend(payload)=%zu\n", sizeof_field(struct hdr, len),
           offsetofend(struct hdr, type), offsetofend(struct hdr, payload));
    printf("stringify=%s\n", __stringify(round_up(1, 2)));
    int w1 = WARN_ON(a > b);
    int w2 = WARN_ON(a < b);
    printf("warn results %d %d\n", w1, w2);
    return 0;
}

/* EXPECT-STDOUT:
READ_ONCE=5
is_constexpr(42)=1 is_constexpr(var)=0
swap: 9 3
min_t=-5 max_t=7 clamp_t=100
round_up(13,8)=16 round_down(13,8)=8 aligned(64,16)=1 aligned(65,16)=0
lower=9abcdef0 upper=12345678
sizeof_field(len)=4 offsetofend(type)=2 offsetofend(payload)=14
stringify=((((1) - 1) | ((__typeof__(1))((2) - 1))) + 1)
WARNING: a > b
warn results 1 0
*/
