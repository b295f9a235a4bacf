#include <stdio.h>

/* goto out of deeply nested loops and re-entering a loop via label */
int main(void) {
    int grid[4][5] = {
        {1, 2, 3, 4, 5},
        {6, 7, 8, 9, 10},
        {11, 12, -1, 14, 15},
        {16, 17, 18, 19, 20},
    };
    int r, c, total = 0;
    for (r = 0; r < 4; r++)
        for (c = 0; c < 5; c++) {
            if (grid[r][c] < 0) goto bad;
            total += grid[r][c];
        }
    printf("no negatives, total=%d\n", total);
    goto after;
bad:
    printf("negative at (%d,%d) partial total=%d\n", r, c, total);
after:;
    /* retry loop with goto */
    int attempts = 0;
retry:
    attempts++;
    if (attempts < 4) {
        printf("attempt %d failed\n", attempts);
        goto retry;
    }
    printf("succeeded after %d attempts\n", attempts);
    /* goto into the middle of a loop body from outside is legal C */
    int i = 10;
    goto middle;
    for (i = 0; i < 3; i++) {
        printf("top i=%d\n", i);
    middle:
        printf("middle i=%d\n", i);
        if (i >= 10) i = 0;
    }
    return 0;
}

/* EXPECT-STDOUT:
negative at (2,2) partial total=78
attempt 1 failed
attempt 2 failed
attempt 3 failed
succeeded after 4 attempts
middle i=10
top i=1
middle i=1
top i=2
middle i=2
*/
