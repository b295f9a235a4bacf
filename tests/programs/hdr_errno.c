// LDFLAGS: -lm
#include <stdio.h>
#include <errno.h>
#include <string.h>
#include <stdlib.h>
#include <math.h>

int main(void) {
    printf("EDOM=%d ERANGE=%d EINVAL=%d ENOENT=%d ENOMEM=%d EACCES=%d EEXIST=%d EAGAIN=%d EBADF=%d EILSEQ=%d\n",
           EDOM, ERANGE, EINVAL, ENOENT, ENOMEM, EACCES, EEXIST, EAGAIN, EBADF, EILSEQ);
    errno = 0;
    printf("errno initially %d\n", errno);
    errno = 0;
    long v = strtol("999999999999999999999999", NULL, 10);
    printf("strtol overflow errno==ERANGE: %d v==LONG_MAX: %d\n", errno == ERANGE, v == 9223372036854775807L);
    errno = 0;
    FILE *f = fopen("/nonexistent-dir-safec/file.txt", "r");
    printf("fopen failed: %d errno==ENOENT: %d\n", f == NULL, errno == ENOENT);
    printf("strerror(ENOENT)=%s\n", strerror(ENOENT));
    printf("strerror(EDOM)=%s\n", strerror(EDOM));
    errno = 0;
    double r = sqrt(-1.0);
    printf("sqrt(-1) isnan=%d errno==EDOM: %d\n", isnan(r) != 0, errno == EDOM);
    errno = 0;
    double big = exp(1000.0);
    printf("exp(1000) isinf=%d errno==ERANGE: %d\n", isinf(big) != 0, errno == ERANGE);
    errno = EINVAL;
    int saved = errno;
    errno = 0;
    printf("saved=%d restored ok=%d\n", saved, (errno = saved) == EINVAL);
    return 0;
}

/* EXPECT-STDOUT:
EDOM=33 ERANGE=34 EINVAL=22 ENOENT=2 ENOMEM=12 EACCES=13 EEXIST=17 EAGAIN=11 EBADF=9 EILSEQ=84
errno initially 0
strtol overflow errno==ERANGE: 1 v==LONG_MAX: 1
fopen failed: 1 errno==ENOENT: 1
strerror(ENOENT)=No such file or directory
strerror(EDOM)=Numerical argument out of domain
sqrt(-1) isnan=1 errno==EDOM: 1
exp(1000) isinf=1 errno==ERANGE: 1
saved=22 restored ok=1
*/
