#include <stdio.h>

static int find_pair(int target, int *oi, int *oj) {
    for (int i = 0; i < 10; i++)
        for (int j = 0; j < 10; j++)
            for (int k = 0; k < 10; k++)
                if (i * 100 + j * 10 + k == target && i + j + k == 15) {
                    *oi = i; *oj = j * 10 + k;
                    goto found;
                }
    return 0;
found:
    return 1;
}

static int cleanup_chain(int fail_at) {
    int res = 0;
    printf("step1 ");
    if (fail_at == 1) goto out1;
    res |= 1;
    printf("step2 ");
    if (fail_at == 2) goto out2;
    res |= 2;
    printf("step3 ");
    if (fail_at == 3) goto out3;
    res |= 4;
out3:
    printf("undo3 ");
out2:
    printf("undo2 ");
out1:
    printf("undo1\n");
    return res;
}

int main(void) {
    int i = 0, j = 0;
    if (find_pair(456, &i, &j)) printf("found i=%d jk=%d\n", i, j);
    else printf("not found\n");
    printf("456 again: %d\n", find_pair(457, &i, &j));

    /* backward goto as loop */
    int n = 0, sum = 0;
again:
    sum += n;
    n++;
    if (n <= 10) goto again;
    printf("sum=%d\n", sum);

    for (int f = 0; f <= 4; f++) printf("res=%d\n", cleanup_chain(f));

    /* goto skipping over code */
    int x = 1;
    goto skip;
    x = 999;
skip:
    printf("x=%d\n", x);
    return 0;
}

/* EXPECT-STDOUT:
found i=4 jk=56
456 again: 0
sum=55
step1 step2 step3 undo3 undo2 undo1
res=7
step1 undo1
res=0
step1 step2 undo2 undo1
res=1
step1 step2 step3 undo3 undo2 undo1
res=3
step1 step2 step3 undo3 undo2 undo1
res=7
x=1
*/
