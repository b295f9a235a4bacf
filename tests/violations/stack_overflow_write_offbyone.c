// ASAN: detects (UBSan: index 10 out of bounds for type 'int [10]')  [gcc 12 -fsanitize=address,undefined, default options]
// A fill loop runs one element past the end of a local array.
#include <stdio.h>

int main(void)
{
    int a[10];
    printf("start\n");
    for (int i = 0; i <= 10; i++)
        a[i] = i; // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", a[3]);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
