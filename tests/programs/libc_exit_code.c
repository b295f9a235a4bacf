// EXIT: 3
#include <stdio.h>

static int validate(const int *v, int n) {
    int bad = 0;
    for (int i = 0; i < n; i++)
        if (v[i] < 0) { printf("invalid value %d at %d\n", v[i], i); bad++; }
    return bad;
}

int main(void) {
    int data[] = {4, -1, 7, -3, 0, -9};
    int bad = validate(data, 6);
    printf("%d invalid values\n", bad);
    return bad;
}

/* EXPECT-STDOUT:
invalid value -1 at 1
invalid value -3 at 3
invalid value -9 at 5
3 invalid values
*/
