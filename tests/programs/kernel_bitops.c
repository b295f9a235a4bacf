#include <stdio.h>
#include <limits.h>

#define BITS_PER_LONG (sizeof(unsigned long) * CHAR_BIT)
#define BITS_TO_LONGS(n) (((n) + BITS_PER_LONG - 1) / BITS_PER_LONG)
#define DECLARE_BITMAP(name, bits) unsigned long name[BITS_TO_LONGS(bits)]
#define BIT_MASK(nr) (1UL << ((nr) % BITS_PER_LONG))
#define BIT_WORD(nr) ((nr) / BITS_PER_LONG)

static inline void set_bit(unsigned nr, unsigned long *addr) { addr[BIT_WORD(nr)] |= BIT_MASK(nr); }
static inline void clear_bit(unsigned nr, unsigned long *addr) { addr[BIT_WORD(nr)] &= ~BIT_MASK(nr); }
static inline void change_bit(unsigned nr, unsigned long *addr) { addr[BIT_WORD(nr)] ^= BIT_MASK(nr); }
static inline int test_bit(unsigned nr, const unsigned long *addr) { return (addr[BIT_WORD(nr)] >> (nr % BITS_PER_LONG)) & 1; }
static inline int test_and_set_bit(unsigned nr, unsigned long *addr) { int old = test_bit(nr, addr); set_bit(nr, addr); return old; }

static unsigned find_next_bit(const unsigned long *addr, unsigned size, unsigned offset) {
    while (offset < size) {
        unsigned long w = addr[BIT_WORD(offset)] >> (offset % BITS_PER_LONG);
        if (w) {
            unsigned r = offset + (unsigned)__builtin_ctzl(w);
            return r < size ? r : size;
        }
        offset = (unsigned)((BIT_WORD(offset) + 1) * BITS_PER_LONG);
    }
    return size;
}
#define for_each_set_bit(bit, addr, size) \
    for ((bit) = find_next_bit((addr), (size), 0); (bit) < (size); (bit) = find_next_bit((addr), (size), (bit) + 1))

static unsigned bitmap_weight(const unsigned long *addr, unsigned size) {
    unsigned w = 0;
    for (unsigned i = 0; i < BITS_TO_LONGS(size); i++) w += (unsigned)__builtin_popcountl(addr[i]);
    return w;
}

int main(void) {
    DECLARE_BITMAP(map, 200) = {0};
    printf("longs=%zu\n", sizeof map / sizeof map[0]);
    for (unsigned i = 0; i < 200; i += 13) set_bit(i, map);
    set_bit(63, map); set_bit(64, map); set_bit(199, map);
    clear_bit(26, map);
    change_bit(27, map);
    printf("test 0=%d 13=%d 26=%d 27=%d 63=%d 64=%d\n", test_bit(0, map), test_bit(13, map), test_bit(26, map),
           test_bit(27, map), test_bit(63, map), test_bit(64, map));
    int first = test_and_set_bit(5, map);
    int second = test_and_set_bit(5, map);
    printf("test_and_set 5: %d then %d\n", first, second);
    unsigned bit;
    printf("set bits:");
    for_each_set_bit(bit, map, 200) printf(" %u", bit);
    printf("\nweight=%u\n", bitmap_weight(map, 200));
    for (unsigned i = 0; i < BITS_TO_LONGS(200); i++) printf("word %u = %016lx\n", i, map[i]);
    return 0;
}

/* EXPECT-STDOUT:
longs=4
test 0=1 13=1 26=0 27=1 63=1 64=1
test_and_set 5: 0 then 1
set bits: 0 5 13 27 39 52 63 64 65 78 91 104 117 130 143 156 169 182 195 199
weight=20
word 0 = 8010008008002021
word 1 = 0020010008004003
word 2 = 0040020010008004
word 3 = 0000000000000088
*/
