#include <stdio.h>

int main(void) {
    for (int i = 0; i < 20; i++) {
        if (i % 3 == 0) continue;
        if (i > 14) break;
        printf("%d ", i);
    }
    printf("\n");

    int found = -1;
    for (int i = 0; i < 10 && found < 0; i++) {
        for (int j = 0; j < 10; j++) {
            if (i * j == 42) { found = i * 10 + j; break; }
        }
    }
    printf("found=%d\n", found);

    int i = 0, evens = 0;
    while (1) {
        i++;
        if (i > 50) break;
        if (i & 1) continue;
        evens++;
    }
    printf("evens=%d\n", evens);

    int x = 0;
    do {
        x++;
        if (x < 5) continue;
        break;
    } while (1);
    printf("x=%d\n", x);

    /* break inside switch inside loop only leaves switch */
    int count = 0;
    for (int k = 0; k < 6; k++) {
        switch (k) {
        case 2: count += 100; break;
        case 4: continue;
        default: count += 1; break;
        }
        count += 10;
    }
    printf("count=%d\n", count);
    return 0;
}

/* EXPECT-STDOUT:
1 2 4 5 7 8 10 11 13 14 
found=67
evens=25
x=5
count=154
*/
