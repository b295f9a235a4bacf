// A local read before anything can have assigned it: in mode safe with
// --uninit=trap (the default) this is a compile-time error, not a run-time
// report.  Mode c and --uninit=zero build it.
#include <stdio.h>

int main(void)
{
    int total;
    printf("start\n");
    printf("%d\n", total + 1);
    return 0;
}
