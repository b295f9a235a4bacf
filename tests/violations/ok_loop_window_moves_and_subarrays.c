// Correct code the loop windows must not reject: pointers walking down
// from one past the end, a walk that leaves the array without reading,
// member arrays indexed by name, and a 2-D array walked as rows.
#include <stdio.h>
#include <string.h>

struct rec {
    char name[8];
    int vals[3];
};

int main(void)
{
    int a[6] = {1, 2, 3, 4, 5, 6};
    int *end = a + 6, *p = end;
    int s = 0;
    while (p > a) {
        p--;
        s += *p;
    }
    for (p = a; p != a + 6; p += 2) /* ends one past the end, never read */
        s += p[1];
    struct rec r;
    strcpy(r.name, "abcdefg");
    for (int i = 0; i < 3; i++)
        r.vals[i] = r.name[i * 2];
    int m[3][4];
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 4; j++)
            m[i][j] = i * j;
    int *row = &m[0][0];
    for (int k = 0; k < 12; k++)
        s += row[k];
    printf("%d %d %d %d\n", s, r.vals[0], r.vals[2], m[2][3]);
    return 0;
}
/* EXPECT-STDOUT:
51 97 101 6
*/
