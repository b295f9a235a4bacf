// stdlib.h extras: atoll, strtoimax/strtoumax with end pointers, realpath
// into a PATH_MAX buffer and allocated (then grown with realloc), the
// environment (setenv, putenv of a static string, unsetenv), mkstemp and
// mkdtemp templates, and system.
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char kv[] = "SAFEC_OK_PUT=from-putenv";

int main(void)
{
    printf("%lld %lld\n", atoll("-9000000000"), atoll("  42abc"));
    const char *s = "123 0x7f rest";
    char *end;
    intmax_t a = strtoimax(s, &end, 10);
    uintmax_t b = strtoumax(end, &end, 0);
    printf("%jd %ju [%s]\n", a, b, end);

    char buf[PATH_MAX];
    printf("%s\n", realpath("/", buf));
    char *r = realpath("/usr/../tmp/.", NULL);
    r = realloc(r, strlen(r) + 5);
    strcat(r, "/sub");
    printf("%s\n", r);
    free(r);
    printf("%d\n", realpath("/no/such/path", NULL) == NULL);

    setenv("SAFEC_OK_SET", "one", 1);
    setenv("SAFEC_OK_SET", "two", 0);
    printf("%s\n", getenv("SAFEC_OK_SET"));
    putenv(kv);
    printf("%s\n", getenv("SAFEC_OK_PUT"));
    unsetenv("SAFEC_OK_SET");
    printf("%s\n", getenv("SAFEC_OK_SET") ? "set" : "unset");

    char t[] = "/tmp/safec-ok-XXXXXX";
    int fd = mkstemp(t);
    printf("mkstemp %d %d\n", fd >= 0, strncmp(t, "/tmp/safec-ok-", 14) == 0);
    close(fd);
    unlink(t);
    char *dt = malloc(32);
    strcpy(dt, "/tmp/safec-okd-XXXXXX");
    char *d = mkdtemp(dt);
    printf("mkdtemp %d %d\n", d == dt, rmdir(dt));
    free(dt);

    fflush(stdout);
    int st = system("exit 3");
    printf("system %d %d\n", system(NULL) != 0, WIFEXITED(st) ? WEXITSTATUS(st) : -1);
    return 0;
}
/* EXPECT-STDOUT:
-9000000000 42
123 127 [ rest]
/
/tmp/sub
1
one
from-putenv
unset
mkstemp 1 1
mkdtemp 1 0
system 1 3
*/
