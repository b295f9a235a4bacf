#include <stdio.h>
#include <string.h>

int main(void) {
    const char *words[] = {"delta", "alpha", "charlie", "bravo", "echo"};
    int n = sizeof words / sizeof words[0];
    /* simple insertion sort on array of pointers */
    for (int i = 1; i < n; i++) {
        const char *key = words[i];
        int j = i - 1;
        while (j >= 0 && strcmp(words[j], key) > 0) { words[j + 1] = words[j]; j--; }
        words[j + 1] = key;
    }
    for (int i = 0; i < n; i++) printf("%s%c", words[i], i + 1 < n ? ' ' : '\n');

    int x = 1, y = 2, z = 3;
    int *ptrs[3] = {&x, &y, &z};
    for (int i = 0; i < 3; i++) *ptrs[i] *= 10;
    printf("x=%d y=%d z=%d\n", x, y, z);

    /* jagged array */
    int r0[] = {1};
    int r1[] = {2, 3};
    int r2[] = {4, 5, 6};
    int *rows[] = {r0, r1, r2};
    int lens[] = {1, 2, 3};
    for (int i = 0; i < 3; i++) {
        int s = 0;
        for (int j = 0; j < lens[i]; j++) s += rows[i][j];
        printf("row%d sum=%d\n", i, s);
    }
    /* array of pointers to char arrays, modify through it */
    char b1[] = "one", b2[] = "two";
    char *bufs[] = {b1, b2};
    bufs[0][0] = 'O';
    bufs[1][2] = 'O';
    printf("%s %s\n", b1, b2);
    /* pointer to element of array of pointers */
    const char **wp = &words[2];
    printf("wp[0]=%s wp[-1]=%s len=%zu\n", *wp, wp[-1], strlen(wp[1]));
    return 0;
}

/* EXPECT-STDOUT:
alpha bravo charlie delta echo
x=10 y=20 z=30
row0 sum=1
row1 sum=5
row2 sum=15
One twO
wp[0]=charlie wp[-1]=bravo len=5
*/
