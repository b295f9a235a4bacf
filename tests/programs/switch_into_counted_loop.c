// A switch whose case label is inside a counted for loop: the first
// iteration is entered in the middle of the body.  Such a loop must be
// emitted once (a checked copy and an unchecked copy would repeat the case
// label), with its checks.
#include <stdio.h>
#include <stdlib.h>

static int fill(int *a, int n, int start_late)
{
    int i = 0;
    switch (start_late) {
    case 0:
        for (i = 0; i < n; i++) {
            a[i] += 1;
    case 1:
            a[i] += 2;
        }
    }
    int s = 0;
    for (int k = 0; k < n; k++)
        s += a[k] * (k + 1);
    return s;
}

/* The same over a local array (its loop is one a pre-check could prove). */
static int fill_local(int start_late)
{
    int a[8] = {0};
    int i = 0;
    switch (start_late) {
    case 0:
        for (i = 0; i < 8; i++) {
            a[i] += 1;
    case 1:
            a[i] += 2;
        }
    }
    int s = 0;
    for (int k = 0; k < 8; k++)
        s += a[k] * (k + 1);
    return s;
}

int main(void)
{
    int local[8] = {0};
    int *heap = calloc(12, sizeof *heap);
    if (!heap)
        return 2;
    int a = fill(local, 8, 0);
    int b = fill(local, 8, 1);
    int c = fill(heap, 12, 1);
    int d = fill(heap, 12, 0);
    printf("%d %d\n%d %d\n", a, b, c, d);
    printf("%d %d\n", fill_local(0), fill_local(1));
    free(heap);
    return 0;
}
/* EXPECT-STDOUT:
108 215
233 467
108 107
*/
