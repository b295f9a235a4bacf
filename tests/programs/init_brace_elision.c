#include <stdio.h>

struct pt { int x, y; };
struct line { struct pt a, b; };
struct named { char name[8]; int vals[3]; };

int main(void) {
    int m[2][3] = {1, 2, 3, 4, 5};           /* elided inner braces */
    for (int i = 0; i < 2; i++) printf("%d %d %d\n", m[i][0], m[i][1], m[i][2]);
    struct pt pts[3] = {1, 2, 3, 4, 5};
    for (int i = 0; i < 3; i++) printf("(%d,%d)", pts[i].x, pts[i].y);
    printf("\n");
    struct line l = {1, 2, 3, 4};
    printf("line (%d,%d)-(%d,%d)\n", l.a.x, l.a.y, l.b.x, l.b.y);
    struct line ls[2] = {{1, 2}, 3, 4, 5, 6};
    printf("ls0 (%d,%d)-(%d,%d) ls1 (%d,%d)-(%d,%d)\n", ls[0].a.x, ls[0].a.y, ls[0].b.x, ls[0].b.y,
           ls[1].a.x, ls[1].a.y, ls[1].b.x, ls[1].b.y);
    struct named ns[2] = {"abc", 1, 2, 3, "de", 4};
    for (int i = 0; i < 2; i++) printf("%s %d %d %d\n", ns[i].name, ns[i].vals[0], ns[i].vals[1], ns[i].vals[2]);
    int cube[2][2][2] = {{1, 2, 3}, 4, 5};
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) printf("c[%d][%d]={%d,%d}\n", i, j, cube[i][j][0], cube[i][j][1]);
    int scalar = {42};
    printf("scalar=%d\n", scalar);
    return 0;
}

/* EXPECT-STDOUT:
1 2 3
4 5 0
(1,2)(3,4)(5,0)
line (1,2)-(3,4)
ls0 (1,2)-(0,0) ls1 (3,4)-(5,6)
abc 1 2 3
de 4 0 0
c[0][0]={1,2}
c[0][1]={3,0}
c[1][0]={4,5}
c[1][1]={0,0}
scalar=42
*/
