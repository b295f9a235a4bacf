#include <stdio.h>

int main(void) {
    for (int w = 1; w <= 9; w += 2) printf("[%*d]\n", w, 42);
    for (int p = 0; p <= 6; p += 2) printf("[%.*f]\n", p, 3.14159265);
    printf("[%-*s|]\n", 10, "left");
    printf("[%*s|]\n", -10, "neg width");
    printf("[%*.*s]\n", 8, 3, "truncate");
    printf("[%.*s]\n", 0, "nothing");
    const char *names[] = {"a", "bbb", "ccccc"};
    int widest = 0;
    for (int i = 0; i < 3; i++) {
        int l = 0;
        while (names[i][l]) l++;
        if (l > widest) widest = l;
    }
    for (int i = 0; i < 3; i++) printf("%*s: %d\n", widest, names[i], i);
    /* table with computed widths */
    int data[3][3] = {{1, 200, 30}, {4000, 5, 60}, {7, 80000, 9}};
    int colw[3] = {0};
    for (int c = 0; c < 3; c++)
        for (int r = 0; r < 3; r++) {
            int w = snprintf(NULL, 0, "%d", data[r][c]);
            if (w > colw[c]) colw[c] = w;
        }
    for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 3; c++) printf("|%*d", colw[c], data[r][c]);
        printf("|\n");
    }
    printf("[%0*d]\n", 6, -42);
    printf("[%*.*e]\n", 12, 2, 12345.6789);
    return 0;
}

/* EXPECT-STDOUT:
[42]
[ 42]
[   42]
[     42]
[       42]
[3]
[3.14]
[3.1416]
[3.141593]
[left      |]
[neg width |]
[     tru]
[]
    a: 0
  bbb: 1
ccccc: 2
|   1|  200|30|
|4000|    5|60|
|   7|80000| 9|
[-00042]
[    1.23e+04]
*/
