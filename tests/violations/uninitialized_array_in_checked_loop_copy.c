// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// An array declared inside a counted loop whose accesses are proven by one
// check before it (the loop runs as an unchecked copy): its bytes are
// init-tracked in the copy too, and one never written is reported when
// read through a pointer.
#include <stdio.h>

static int pick(const int *v, int k)
{
    return v[k]; // VIOLATION: uninitialized-read
}

static int sum(int *acc, const unsigned char *in, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++) {
        int tmp[4];
        tmp[0] = in[i];
        tmp[1] = i;
        if (i == 4)
            printf("%d\n", s);
        acc[i] = pick(tmp, i < 4 ? 0 : 2);
        if (i == 4)
            printf("NOT-REACHED\n");
        s += acc[i];
    }
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
10
*/
