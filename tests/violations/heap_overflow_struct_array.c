// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// An array of structs on the heap; the loop bound counts one element too many.
#include <stdio.h>
#include <stdlib.h>

struct point {
    int x, y;
};

int main(void)
{
    int n = 5;
    struct point *pts = malloc(n * sizeof *pts);
    printf("start\n");
    for (int i = 0; i < n + 1; i++) {
        pts[i].x = i; // VIOLATION: heap-buffer-overflow
        pts[i].y = -i;
    }
    printf("NOT-REACHED\n");
    free(pts);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
