// Pointer -> uintptr_t -> pointer round trips (the object is exposed, so the
// integer gets its provenance back: PNVI-ae-udi).
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct item {
    int key;
    int val;
};

int main(void)
{
    struct item *it = malloc(sizeof *it);
    it->key = 1;
    it->val = 99;
    uintptr_t u = (uintptr_t)it;
    struct item *back = (struct item *)u;
    printf("%d %d\n", back->key, back->val);
    int arr[4] = {5, 6, 7, 8};
    uintptr_t a = (uintptr_t)&arr[0];
    a += 2 * sizeof(int);
    int *third = (int *)a;
    printf("%d\n", *third);
    intptr_t diff = (intptr_t)&arr[3] - (intptr_t)&arr[1];
    printf("%ld\n", (long)diff);
    unsigned long h = (unsigned long)(uintptr_t)it ^ 0x5555;
    struct item *again = (struct item *)(uintptr_t)(h ^ 0x5555);
    printf("%d\n", again->val);
    free(it);
    return 0;
}
/* EXPECT-STDOUT:
1 99
7
8
99
*/
