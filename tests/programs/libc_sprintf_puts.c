#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[128];
    int n = sprintf(buf, "%d %s %c %.2f", 7, "seven", '7', 7.0);
    puts(buf);
    printf("sprintf returned %d\n", n);
    n = sprintf(buf, "%s", "");
    printf("empty sprintf=%d len=%zu\n", n, strlen(buf));
    puts("puts adds newline");
    puts("");
    fputs("fputs does not", stdout);
    fputs(" add newline\n", stdout);
    for (char c = 'a'; c <= 'e'; c++) putchar(c);
    putchar('\n');
    int r = putchar('X');
    printf(" putchar returned %d\n", r);
    fprintf(stdout, "fprintf to stdout %d\n", 1);
    fprintf(stderr, "this goes to stderr and is not compared\n");
    fputc('Y', stdout);
    putc('Z', stdout);
    fputc('\n', stdout);
    char *p = buf;
    p += sprintf(p, "a");
    p += sprintf(p, "bc");
    p += sprintf(p, "%03d", 5);
    printf("%s (%td)\n", buf, p - buf);
    fwrite("fwrite\n", 1, 7, stdout);
    return 0;
}

/* EXPECT-STDOUT:
7 seven 7 7.00
sprintf returned 14
empty sprintf=0 len=0
puts adds newline

fputs does not add newline
abcde
X putchar returned 88
fprintf to stdout 1
YZ
abc005 (6)
fwrite
*/
