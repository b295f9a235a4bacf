#include <stdio.h>
#include <string.h>

int main(void) {
    unsigned char b[12];
    memset(b, 0xAB, sizeof b);
    memset(b + 4, 0, 4);
    memset(b + 10, 0x1FF, 2);  /* converted to unsigned char */
    for (int i = 0; i < 12; i++) printf("%02x", b[i]);
    printf("\n");
    int arr[5];
    memset(arr, 0, sizeof arr);
    memset(arr, -1, sizeof(int));
    printf("arr[0]=%d arr[1]=%d\n", arr[0], arr[1]);
    const char *pairs[][2] = {{"abc", "abd"}, {"abc", "abc"}, {"b", "a"}, {"\x80", "\x7f"}};
    for (int i = 0; i < 4; i++) {
        int c = memcmp(pairs[i][0], pairs[i][1], strlen(pairs[i][0]));
        printf("memcmp %d: %s\n", i, c < 0 ? "less" : c > 0 ? "greater" : "equal");
    }
    printf("memcmp n=0: %d\n", memcmp("x", "y", 0));
    int x[3] = {1, 2, 3}, y[3] = {1, 2, 4};
    printf("int arrays first two equal: %d all equal: %d\n", memcmp(x, y, 2 * sizeof(int)) == 0, memcmp(x, y, sizeof x) == 0);
    const char hay[] = "find the x in here";
    const char *p = memchr(hay, 'x', sizeof hay);
    printf("memchr offset=%td\n", p ? p - hay : -1);
    printf("memchr missing=%d\n", memchr(hay, 'Q', sizeof hay) == NULL);
    char s[10] = "hello";
    memset(s + 2, 'L', 2);
    printf("s=%s\n", s);
    return 0;
}

/* EXPECT-STDOUT:
abababab00000000ababffff
arr[0]=-1 arr[1]=0
memcmp 0: less
memcmp 1: equal
memcmp 2: greater
memcmp 3: greater
memcmp n=0: 0
int arrays first two equal: 1 all equal: 0
memchr offset=9
memchr missing=1
s=heLLo
*/
