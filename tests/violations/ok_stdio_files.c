// File functions through their wrappers: a temporary file made with mkstemp
// and fdopen, fgetpos/fsetpos, reopened with freopen, a caller-supplied
// stdio buffer of exactly BUFSIZ (setvbuf) and none (setbuf NULL), rename,
// remove, and perror with stderr sent to /dev/null.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char iobuf[BUFSIZ];

int main(void)
{
    char path[] = "/tmp/safec-ok-stdio-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return 1;
    FILE *f = fdopen(fd, "w+");
    setvbuf(f, iobuf, _IOFBF, sizeof iobuf);
    fputs("first line\n", f);
    fpos_t pos;
    fgetpos(f, &pos);
    fputs("second line\n", f);
    fsetpos(f, &pos);
    char line[64];
    printf("after pos: %s", fgets(line, sizeof line, f));
    f = freopen(path, "r", f);
    setbuf(f, NULL);
    printf("reopened: %s", fgets(line, sizeof line, f));
    fclose(f);

    char moved[64];
    snprintf(moved, sizeof moved, "%s.moved", path);
    printf("rename %d\n", rename(path, moved));
    FILE *g = fopen(path, "r");
    printf("old name %s (%s)\n", g ? "exists" : "gone", g ? "" : strerror(errno));
    int r1 = remove(moved);
    int r2 = remove(moved);
    printf("remove %d %d\n", r1, r2);

    if (!freopen("/dev/null", "w", stderr))
        return 2;
    errno = ENOENT;
    perror("quiet");
    perror(NULL);
    printf("done\n");
    return 0;
}
/* EXPECT-STDOUT:
after pos: second line
reopened: first line
rename 0
old name gone (No such file or directory)
remove 0 -1
done
*/
