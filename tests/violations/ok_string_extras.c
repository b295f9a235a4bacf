// string.h extras at the edges of their windows: memmem finding a needle
// that ends the haystack, mempcpy chains filling a buffer exactly, strxfrm
// measured first, strverscmp in a qsort comparator, strerror and strsignal
// messages kept across calls,
// bzero/explicit_bzero/bcopy (overlapping both ways), index/rindex.
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int vcmp(const void *a, const void *b)
{
    return strverscmp(*(char *const *)a, *(char *const *)b);
}

int main(void)
{
    char hay[10] = {'x', 'x', 'a', 'b', 'c', 'x', 'x', 'e', 'n', 'd'}; /* no NUL */
    char *hit = memmem(hay, sizeof hay, "end", 3);
    printf("memmem %td %d\n", hit - hay, memmem(hay, sizeof hay, "", 0) == hay);

    char name[12];
    char *p = mempcpy(name, "lib", 3);
    p = mempcpy(p, "safec", 5);
    p = mempcpy(p, ".so", 4); /* with its NUL: exactly 12 */
    printf("%s %td\n", name, p - name);

    const char *src = "collate";
    size_t n = strxfrm(NULL, src, 0);
    char *key = malloc(n + 1);
    strxfrm(key, src, n + 1);
    printf("strxfrm %zu %d %d\n", n, strcmp(key, src) == 0, strcoll("abc", "abd") < 0);
    free(key);

    char *files[] = {"file10", "file9", "file1", "file100"};
    qsort(files, 4, sizeof files[0], vcmp);
    printf("%s %s %s %s\n", files[0], files[1], files[2], files[3]);

    const char *e1 = strerror(EINVAL);
    const char *e2 = strerror(ERANGE);
    const char *u = strerror(123456);
    printf("%s | %s | %s | %zu\n", e1, e2, u, strlen(strerror(EINVAL)));
    printf("%s | %s\n", strsignal(SIGTERM), strsignal(SIGSEGV));
    int total = 0;
    for (int i = 0; i < 140; i++)
        total += (int)strlen(strerror(i)) > 0;
    printf("messages %d\n", total);

    char buf[8];
    memset(buf, 'z', sizeof buf);
    bzero(buf, sizeof buf);
    explicit_bzero(buf + 4, 4);
    int zeros = 0;
    for (int i = 0; i < 8; i++)
        zeros += buf[i] == 0;
    char ov[] = "abcdefgh";
    bcopy(ov, ov + 2, 5); /* forward overlap */
    printf("%d %s", zeros, ov);
    bcopy(ov + 3, ov, 5); /* backward overlap */
    printf(" %s\n", ov);

    const char *path = "/usr/lib/libc.so.6";
    printf("%s %s %d\n", index(path, 'l'), rindex(path, '/') + 1, *index(path, '\0') == 0);
    return 0;
}
/* EXPECT-STDOUT:
memmem 7 1
libsafec.so 12
strxfrm 7 1 1
file1 file9 file10 file100
Invalid argument | Numerical result out of range | Unknown error 123456 | 16
Terminated | Segmentation fault
messages 140
8 ababcdeh bcdehdeh
lib/libc.so.6 libc.so.6 1
*/
