// POSIX strerror_r (no _GNU_SOURCE): the message fills the buffer exactly,
// and a buffer too small gets a truncated message and ERANGE.
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    char msg[18]; /* "Permission denied" and its NUL */
    int r = strerror_r(EACCES, msg, sizeof msg);
    printf("%d %s\n", r, msg);
    char small[5];
    r = strerror_r(EACCES, small, sizeof small);
    printf("%d %s\n", r == ERANGE, small);
    return 0;
}
/* EXPECT-STDOUT:
0 Permission denied
1 Perm
*/
