#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[64];
    strcpy(buf, "Hello");
    strcat(buf, ", ");
    strcat(buf, "World");
    printf("%s len=%zu\n", buf, strlen(buf));
    char *r = strcpy(buf + 7, "there!");
    printf("%s (r==buf+7: %d)\n", buf, r == buf + 7);
    char small[8];
    strncpy(small, "abcdefghij", sizeof small - 1);
    small[sizeof small - 1] = '\0';
    printf("strncpy trunc: %s\n", small);
    char padded[8];
    memset(padded, 'X', sizeof padded);
    strncpy(padded, "ab", sizeof padded);
    printf("strncpy pads:");
    for (size_t i = 0; i < sizeof padded; i++) printf(" %d", padded[i]);
    printf("\n");
    char cat[16] = "abc";
    strncat(cat, "defghijkl", 4);
    printf("strncat: %s len=%zu\n", cat, strlen(cat));
    char path[64] = "";
    const char *parts[] = {"usr", "local", "lib", "safec"};
    for (int i = 0; i < 4; i++) { strcat(path, "/"); strcat(path, parts[i]); }
    printf("path=%s\n", path);
    printf("strlen empty=%zu\n", strlen(""));
    char dup[32];
    strcpy(dup, path + 5);
    printf("dup=%s\n", dup);
    return 0;
}

/* EXPECT-STDOUT:
Hello, World len=12
Hello, there! (r==buf+7: 1)
strncpy trunc: abcdefg
strncpy pads: 97 98 0 0 0 0 0 0
strncat: abcdefg len=7
path=/usr/local/lib/safec
strlen empty=0
dup=local/lib/safec
*/
