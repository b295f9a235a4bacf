// GNU strerror_r: the result is the caller's buffer or a string of libc's,
// and either is readable; strerror's result stays valid across later calls.
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    char buf[8];
    char *m = strerror_r(EPIPE, buf, sizeof buf);
    printf("%s %zu\n", m, strlen(m));
    char *u = strerror_r(99999, buf, sizeof buf);
    printf("%s\n", u);
    const char *first = strerror(EINTR);
    strerror(EIO);
    printf("%s\n", first);
    return 0;
}
/* EXPECT-STDOUT:
Broken pipe 11
Unknown
Interrupted system call
*/
