// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A struct declared inside a counted loop whose accesses are proven by one
// check before it (the loop runs as an unchecked copy): its members keep
// their written-flags in the copy too, and a member never written is
// reported when read.
#include <stdio.h>

struct pt {
    int x, y;
};

static int sum(int *acc, const unsigned char *in, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++) {
        struct pt p;
        p.x = in[i];
        if (i == 5)
            printf("%d\n", s);
        if (i < 6)
            p.y = i;
        acc[i] = p.x + p.y; // VIOLATION: uninitialized-read
        s += acc[i];
    }
    printf("NOT-REACHED\n");
    return s;
}

int main(void)
{
    int acc[8] = {0};
    unsigned char in[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    printf("%d\n", sum(acc, in, 8));
    return 0;
}
/* EXPECT-STDOUT:
25
*/
