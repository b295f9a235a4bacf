#include <stdio.h>

static int table[16] = {[0 ... 15] = -1, [4 ... 7] = 4, [10] = 10};
static const char class_of[128] = {
    [0 ... 127] = '.',
    ['a' ... 'z'] = 'l',
    ['A' ... 'Z'] = 'u',
    ['0' ... '9'] = 'd',
    [' '] = 's',
};

struct slot { int used; int val; };
static struct slot slots[8] = {[0 ... 7] = {0, -1}, [3 ... 4] = {1, 34}};

int main(void) {
    for (int i = 0; i < 16; i++) printf("%d ", table[i]);
    printf("\n");
    const char *s = "Hello World 123!";
    for (const char *p = s; *p; p++) putchar(class_of[(unsigned char)*p]);
    putchar('\n');
    for (int i = 0; i < 8; i++) printf("[%d:%d]", slots[i].used, slots[i].val);
    printf("\n");
    int local[10] = {[2 ... 5] = 7, [8 ... 9] = 1};
    for (int i = 0; i < 10; i++) printf("%d", local[i]);
    printf("\n");
    double d[6] = {[0 ... 2] = 1.5, [3 ... 5] = 2.5};
    double sum = 0;
    for (int i = 0; i < 6; i++) sum += d[i];
    printf("sum=%g\n", sum);
    int m[3][4] = {[0 ... 2] = {[0 ... 3] = 8}, [1][1 ... 2] = 0};
    for (int i = 0; i < 3; i++) printf("%d %d %d %d\n", m[i][0], m[i][1], m[i][2], m[i][3]);
    return 0;
}

/* EXPECT-STDOUT:
-1 -1 -1 -1 4 4 4 4 -1 -1 10 -1 -1 -1 -1 -1 
ullllsullllsddd.
[0:-1][0:-1][0:-1][1:34][1:34][0:-1][0:-1][0:-1]
0077770011
sum=12
8 8 8 8
8 0 0 8
8 8 8 8
*/
