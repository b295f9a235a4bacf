// Library functions declared by hand instead of through their headers, as
// autoconf's C99/C11 checks do: clang gives the redeclared builtins an
// implicit format attribute that must not reach the emitted C as text
// (it came out as "printf extern int printf(...)" and gcc rejected it).
extern int printf(const char *, ...);
extern int snprintf(char *, unsigned long, const char *, ...);
extern unsigned long strlen(const char *);

__attribute__((format(printf, 2, 3))) static int say(int n, const char *fmt, ...);

static int say(int n, const char *fmt, ...)
{
    return printf("%d: %s\n", n, fmt);
}

int main(void)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%d-%s", 42, "x");
    printf("%s %lu\n", buf, strlen(buf));
    say(1, "kept");
    return 0;
}
/* EXPECT-STDOUT:
42-x 4
1: kept
*/
