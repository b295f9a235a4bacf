// ASAN: detects (UBSan: index 4 out of bounds for type 'int [4]')  [gcc 12 -fsanitize=address,undefined, default options]
// Reads element [4] of a 4-element member array: the bytes belong to the
// next member.
#include <stdio.h>

struct stats {
    int samples[4];
    int secret;
};

int main(void)
{
    struct stats s = {{1, 2, 3, 4}, 99};
    printf("start\n");
    int sum = 0;
    for (int i = 0; i <= 4; i++)
        sum += s.samples[i]; // VIOLATION: sub-object-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", sum);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
