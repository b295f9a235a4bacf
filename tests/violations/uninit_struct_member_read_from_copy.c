// ASAN: misses (no report)
// A struct copied from one whose member was never written: the copy's
// member is as unwritten as the original's (Juliet CWE457 struct_34).
#include <stdio.h>

struct pair {
    int first;
    int second;
};

int main(void)
{
    struct pair p;
    p.first = 1;
    struct pair copy = p;
    struct pair again;
    again = copy;
    printf("first %d %d\n", copy.first, again.first);
    printf("second %d\n", again.second); // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
first 1 1
*/
