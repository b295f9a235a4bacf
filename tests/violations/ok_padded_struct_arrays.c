// Arrays of structs with padding, on the heap and on the stack, written
// member by member: reading every member back is correct, and so is
// copying whole elements (their padding is never written).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec { char tag; int value; short small; };   /* 12 bytes, 3 of padding */

int main(void)
{
    struct rec *heap = malloc(1000 * sizeof *heap);
    struct rec local[3];
    for (int i = 0; i < 1000; i++) {
        heap[i].tag = (char)('a' + i % 26);
        heap[i].value = i;
        heap[i].small = (short)(i % 7);
    }
    for (int i = 0; i < 3; i++) {
        local[i].tag = 'x';
        local[i].value = -i;
        local[i].small = 1;
    }
    long s = 0;
    for (int i = 0; i < 1000; i++)
        s += heap[i].tag + heap[i].value + heap[i].small;
    struct rec copy = heap[999];
    struct rec two[2];
    memcpy(two, local, sizeof two);
    local[0] = heap[5];
    printf("%ld %c %d %d %c\n", s, copy.tag, two[1].value, local[0].value, local[0].tag);
    free(heap);
    return 0;
}
/* EXPECT-STDOUT:
611913 l -1 5 f
*/
