/* Jumps into a block past the declaration of an address-taken local are
 * legal C (only a VLA's scope may not be entered): the local's lifetime is
 * the block's.  PCRE2's match() leaves a block with goto and comes back to
 * a label in it; a switch may jump past declarations at the head of its
 * body; a computed goto may land in a block. */
#include <stdio.h>
#include <string.h>

static int set_len(int *out, int n)
{
    *out = n;
    return 0;
}

/* leave the block with goto, come back into it with goto (PCRE2 RMATCH) */
static int reenter(void)
{
    int ret_id = 0, total = 0, i = 0;
    for (;;) {
        int v;
        if (i == 3)
            break;
        ret_id = 1;
        goto dispatch;
    back:
        set_len(&v, i + 1);
        total += v;
        i++;
    }
    return total;
dispatch:
    switch (ret_id) {
    case 1:
        goto back;
    }
    return -1;
}

/* declarations at the head of a switch body, before its case labels */
static int head_of_switch(int k)
{
    int r = 0;
    switch (k) {
        char buf[8];
        int n;
    case 0:
        strcpy(buf, "zero");
        r = (int)strlen(buf);
        break;
    case 1:
        set_len(&n, 40);
        memset(buf, 'x', sizeof buf);
        r = n + buf[7];
        break;
    default:
        r = -1;
    }
    return r;
}

/* a goto from before a declaration to a label after it, same block; a
 * compound literal in a block entered by goto */
static int forward(int skip)
{
    int total = 0;
    if (skip)
        goto later;
    {
        int w[4] = { 1, 2, 3, 4 };
        total += w[3];
    later:
        set_len(&w[0], 5);
        total += w[0];
        const int *p = (int[]){ 7, 8, 9 };
        total += p[2];
    }
    return total;
}

/* a computed goto into a loop body */
static int computed(int n)
{
    static void *const targets[] = { &&in_loop, &&done };
    int acc = 0, i = 0;
    goto *targets[0];
    for (i = 0; i < n; i++) {
        long x;
    in_loop:
        x = i * 10L;
        long *px = &x;
        acc += (int)*px;
    }
    goto *targets[1];
done:
    return acc;
}

int main(void)
{
    printf("%d %d %d %d\n", reenter(), head_of_switch(0), head_of_switch(1), head_of_switch(2));
    printf("%d %d %d\n", forward(0), forward(1), computed(4));
    return 0;
}

/* EXPECT-STDOUT:
6 4 160 -1
18 14 60
*/
