// STDIN: Hello, World! abc XYZ 123
#include <stdio.h>

int main(void) {
    int c;
    int freq[26] = {0};
    int total = 0, upper = 0;
    unsigned hash = 2166136261u;
    while ((c = getchar()) != EOF) {
        if (c == '\n') continue;
        total++;
        hash = (hash ^ (unsigned)c) * 16777619u;
        if (c >= 'A' && c <= 'Z') { upper++; c += 'a' - 'A'; }
        if (c >= 'a' && c <= 'z') freq[c - 'a']++;
        /* rot13 echo */
        int r = c;
        if (c >= 'a' && c <= 'z') r = 'a' + (c - 'a' + 13) % 26;
        putchar(r);
    }
    putchar('\n');
    printf("total=%d upper=%d hash=%08x\n", total, upper, hash);
    for (int i = 0; i < 26; i++) if (freq[i]) printf("%c%d ", 'a' + i, freq[i]);
    printf("\n");
    return 0;
}

/* EXPECT-STDOUT:
uryyb, jbeyq! nop klm 123
total=25 upper=5 hash=6c471563
a1 b1 c1 d1 e1 h1 l3 o2 r1 w1 x1 y1 z1 
*/
