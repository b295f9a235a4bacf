// ASAN: misses (no report)
// A struct local's nested member is set on one path only; reading the other
// member of the inner struct is an uninitialized read (per-member flags).
#include <stdio.h>

struct point { int x, y; };
struct seg { struct point a, b; int id; };

int main(int argc, char **argv)
{
    (void)argv;
    struct seg s;
    s.id = 1;
    s.a.x = 0;
    s.a.y = 0;
    s.b.x = 3;
    if (argc > 3)
        s.b.y = 4;
    printf("start %d\n", s.a.x + s.a.y + s.b.x);
    int len = s.b.y - s.a.y; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    printf("%d %d\n", len, s.id);
    return 0;
}
/* EXPECT-STDOUT:
start 3
*/
