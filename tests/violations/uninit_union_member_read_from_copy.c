// ASAN: misses (no report)
// A struct copied out of a union local that was never written: its members
// were never written either (Juliet CWE457 struct through a union).
#include <stdio.h>

struct pair {
    int first;
    int second;
};

union either {
    struct pair p;
    long long raw;
};

int main(void)
{
    union either u;
    union either w;
    w.raw = 5;
    struct pair ok = w.p;
    printf("written %d\n", ok.first + ok.second > 0);
    struct pair copy = u.p;
    printf("copied\n");
    printf("%d\n", copy.first); // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
written 1
copied
*/
