#include <stdio.h>

static size_t param_size(int arr[10]) { return sizeof arr; }
static size_t param_size2(int arr[static 3]) { return sizeof(arr[0]) * 3; }
static int sum(const int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
static void zero_first(char s[]) { s[0] = '0'; }

int main(void) {
    int arr[10] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    printf("sizeof arr=%zu in param=%zu static=%zu\n", sizeof arr, param_size(arr), param_size2(arr));
    printf("sum=%d sum of tail=%d\n", sum(arr, 10), sum(arr + 5, 5));
    printf("&arr[0]==arr: %d\n", &arr[0] == arr);
    printf("(void*)&arr==(void*)arr: %d\n", (void *)&arr == (void *)arr);
    printf("sizeof &arr=%zu sizeof *&arr=%zu\n", sizeof &arr, sizeof *&arr);
    char str[] = "decay";
    zero_first(str);
    printf("%s sizeof=%zu\n", str, sizeof str);
    const char *lit = "literal";
    printf("sizeof lit ptr=%zu sizeof literal=%zu\n", sizeof lit, sizeof "literal");
    int m[2][3] = {{1, 2, 3}, {4, 5, 6}};
    printf("sizeof m=%zu m[0]=%zu m[0][0]=%zu\n", sizeof m, sizeof m[0], sizeof m[0][0]);
    printf("sum of m as flat=%d\n", sum(m[0], 6));
    /* array in struct does not decay on copy */
    struct wrap { int a[4]; } w1 = {{1, 2, 3, 4}}, w2;
    w2 = w1;
    w1.a[0] = 100;
    printf("w2.a[0]=%d w1.a[0]=%d\n", w2.a[0], w1.a[0]);
    return 0;
}

/* EXPECT-STDOUT:
sizeof arr=40 in param=8 static=12
sum=55 sum of tail=40
&arr[0]==arr: 1
(void*)&arr==(void*)arr: 1
sizeof &arr=8 sizeof *&arr=40
0ecay sizeof=6
sizeof lit ptr=8 sizeof literal=8
sizeof m=24 m[0]=12 m[0][0]=4
sum of m as flat=21
w2.a[0]=1 w1.a[0]=100
*/
