// STDIN: The quick brown fox jumps over the lazy dog 42 times
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdlib.h>

int main(void) {
    char line[256];
    int lines = 0;
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = '\0';
        lines++;
        printf("line: [%s] len=%zu\n", line, strlen(line));
        int words = 0, letters = 0, digits = 0;
        long numsum = 0;
        char *save = NULL;
        for (char *w = strtok_r(line, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
            words++;
            if (isdigit((unsigned char)w[0])) numsum += strtol(w, NULL, 10);
            for (char *c = w; *c; c++) { letters += !!isalpha((unsigned char)*c); digits += !!isdigit((unsigned char)*c); }
        }
        printf("words=%d letters=%d digits=%d numsum=%ld\n", words, letters, digits, numsum);
    }
    printf("lines=%d eof=%d\n", lines, feof(stdin) != 0);
    return 0;
}

/* EXPECT-STDOUT:
line: [The quick brown fox jumps over the lazy dog 42 times] len=52
words=11 letters=40 digits=2 numsum=42
lines=1 eof=1
*/
