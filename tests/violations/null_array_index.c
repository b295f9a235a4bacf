// ASAN: detects (AddressSanitizer: SEGV at the faulting line, no diagnosis of the cause)  [gcc 12 -fsanitize=address,undefined, default options]
// An optional table is NULL; indexing it reads at NULL + 4*i.
#include <stdio.h>

static int lookup(const int *table, int i)
{
    return table[i]; // VIOLATION: null-dereference
}

int main(void)
{
    printf("start\n");
    int v = lookup(NULL, 5);
    printf("NOT-REACHED\n");
    printf("%d\n", v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
