// Memory that is written before it is read, in the ways C programs do it,
// must never be reported: field by field, by memcpy/memmove/struct copy,
// through out-parameters, by libc (fgets, snprintf, fread, getline), by a
// function safec has no model of, bitfields, unions, realloc growth that is
// filled, and structs with padding copied and written out whole.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct padded { char c; long l; short s; };
struct flags { unsigned a : 3, b : 5; int rest; };
union num { int i; float f; unsigned char bytes[4]; };

static void fill(int *out, int n)
{
    for (int i = 0; i < n; i++)
        out[i] = i * i;
}

static int get(int *out) { *out = 42; return 0; }

int main(void)
{
    /* heap array filled in a loop, then summed */
    int *v = malloc(100 * sizeof *v);
    fill(v, 100);
    long sum = 0;
    for (int i = 0; i < 100; i++)
        sum += v[i];
    printf("sum %ld\n", sum);

    /* a struct with padding: fields set one by one, copied whole */
    struct padded *p = malloc(sizeof *p);
    p->c = 'x';
    p->l = 5;
    p->s = 2;
    struct padded q = *p, r;
    memcpy(&r, p, sizeof r);
    struct padded *p2 = malloc(sizeof *p2);
    *p2 = *p;
    FILE *null = fopen("/dev/null", "w");
    fwrite(p, sizeof *p, 1, null); /* padding goes out as bytes */
    printf("padded %c %ld %d %c %ld\n", q.c, q.l, r.s, p2->c, p2->l);

    /* out-parameters */
    int got;
    get(&got);
    int fill_local[8];
    fill(fill_local, 8);
    printf("out %d %d\n", got, fill_local[7]);

    /* libc writes */
    char line[64];
    int n = snprintf(line, sizeof line, "n=%d", 12);
    printf("%s %d %zu\n", line, n, strlen(line));
    char buf[32];
    FILE *f = fopen("/dev/null", "r");
    size_t k = fread(buf, 1, sizeof buf, f);
    printf("fread %zu\n", k);
    fclose(f);

    /* a buffer used as a string, only its start written */
    char *s = malloc(256);
    strcpy(s, "abc");
    strcat(s, "def");
    printf("%s %zu %d\n", s, strlen(s), strcmp(s, "abcdef"));
    char *t = strdup(s);
    printf("%s\n", t);

    /* realloc growth, then the new part filled */
    v = realloc(v, 200 * sizeof *v);
    for (int i = 100; i < 200; i++)
        v[i] = 1;
    sum = 0;
    for (int i = 0; i < 200; i++)
        sum += v[i];
    printf("grown %ld\n", sum);

    /* bitfields and unions */
    struct flags *fl = malloc(sizeof *fl);
    fl->a = 3;
    fl->b = 9;
    fl->rest = 1;
    printf("bits %u %u %d\n", fl->a, fl->b, fl->rest);
    union num u;
    u.f = 1.0f;
    printf("union %02x\n", u.bytes[3]);
    union num *up = malloc(sizeof *up);
    up->i = 0x01020304;
    printf("union %d\n", up->bytes[0] + up->bytes[3]);

    /* memmove inside one partly written buffer */
    char mv[16];
    memcpy(mv, "0123456789", 10);
    memmove(mv + 2, mv, 8);
    mv[10] = 0;
    printf("moved %s\n", mv);

    /* written by a function safec has no model of (a system call) */
    int fds[2];
    if (pipe(fds) == 0) {
        char in[8];
        ssize_t w = write(fds[1], "pipe", 4);
        ssize_t rd = read(fds[0], in, sizeof in);
        printf("read %zd %zd %c\n", w, rd, in[0]);
        close(fds[0]);
        close(fds[1]);
    }

    /* calloc and compound literals start written */
    int *z = calloc(10, sizeof *z);
    printf("calloc %d\n", z[9]);
    struct padded c = {0};
    printf("init %ld\n", c.l);

    fclose(null);
    free(v);
    free(p);
    free(p2);
    free(s);
    free(t);
    free(fl);
    free(up);
    free(z);
    return 0;
}
/* EXPECT-STDOUT:
sum 328350
padded x 5 2 x 5
out 42 49
n=12 4 4
fread 0
abcdef 6 0
abcdef
grown 328450
bits 3 9 1
union 3f
union 5
moved 0101234567
read 4 4 p
calloc 0
init 0
*/
