// POSIX I/O within its buffers: read() filling a buffer exactly (its
// bytes then count as written), write() of what was read, getcwd() into a
// buffer and allocating, readlink() into a buffer, gethostname().
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
    int in = open("/dev/zero", O_RDONLY), out = open("/dev/null", O_WRONLY);
    if (in < 0 || out < 0)
        return 2;
    unsigned char *buf = malloc(32);
    if (!buf)
        return 2;
    long r = read(in, buf, 32);
    int sum = 0;
    for (int i = 0; i < 32; i++)
        sum += buf[i];
    long w = write(out, buf, (size_t)r);
    printf("%ld %ld %d\n", r, w, sum);
    char cwd[4096];
    char *a = getcwd(cwd, sizeof cwd), *b = getcwd(NULL, 0);
    printf("%d %d\n", a == cwd, a && b && strcmp(a, b) == 0);
    free(b);
    char link[256];
    long n = readlink("/proc/self/exe", link, sizeof link);
    printf("%d\n", n > 0);
    char host[256];
    printf("%d\n", gethostname(host, sizeof host) == 0 && strlen(host) < sizeof host);
    free(buf);
    close(in);
    close(out);
    return 0;
}
/* EXPECT-STDOUT:
32 32 0
1 1
1
1
*/
