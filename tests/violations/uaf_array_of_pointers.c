// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// One element of a pointer array is freed and the slot is not cleared; a
// later pass over all elements reads it.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int *items[4];
    for (int i = 0; i < 4; i++) {
        items[i] = malloc(sizeof(int));
        *items[i] = i * 10;
    }
    free(items[2]);
    printf("start\n");
    int sum = 0;
    for (int i = 0; i < 4; i++)
        sum += *items[i]; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    printf("%d\n", sum);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
