/* A bump allocator moving a pointer with atomic adds: the pointer keeps its
 * capability in the slot, and what it hands out stays inside the arena. */
#include <stdio.h>
static char arena[256];
static char *next = arena;
static void *bump(unsigned n) { return __atomic_fetch_add(&next, n, __ATOMIC_RELAXED); }
static void *bump2(unsigned n) { return __sync_fetch_and_add(&next, n); }
int main(void) {
    char *a = bump(16), *b = bump2(16);
    a[15] = 'x'; b[0] = 'y';
    char *c = __atomic_add_fetch(&next, 8, __ATOMIC_SEQ_CST);
    printf("%td %td %td %c%c\n", a - arena, b - arena, c - arena, a[15], b[0]);
    next[0] = 'z';
    printf("%c\n", arena[40]);
    return 0;
}

/* EXPECT-STDOUT:
0 16 40 xy
z
*/
