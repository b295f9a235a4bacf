#include <stdio.h>

int main(void) {
    printf("hex %d %d %u\n", 0x1F, 0XfF, 0xFFFFFFFFu);
    printf("octal %d %d %d\n", 017, 0777, 00);
    printf("suffix %ld %lu %lld %llu\n", 100L, 100UL, 100LL, 100ULL);
    printf("sizes %zu %zu %zu %zu\n", sizeof 0x7FFFFFFF, sizeof 0x80000000, sizeof 2147483648, sizeof 0xFFFFFFFFFFFFFFFF);
    printf("float lits %g %g %g %g\n", 1e3, 1.5e-3, .5, 5.);
    printf("hex float %g %g\n", 0x1p4, 0x1.8p1);
    printf("char lits %d %d %d %d %d\n", 'a', '\n', '\t', '\0', '\\');
    printf("octal esc %d %d hex esc %d %d\n", '\101', '\0', '\x41', '\x7f');
    printf("string esc: [%s]\n", "tab\there \"quoted\" back\\slash");
    printf("concat: %s\n", "abc" "def" "ghi");
    printf("sizeof concat=%zu\n", sizeof("abc" "def"));
    const char *s = "\x41\102\x43";
    printf("%s\n", s);
    printf("%d\n", "hello"[1]);
    printf("%c\n", 2["xyz"]);
    printf("unsigned neg: %u\n", -1u);
    printf("ll neg: %lld\n", -9223372036854775807LL - 1);
    return 0;
}

/* EXPECT-STDOUT:
hex 31 255 4294967295
octal 15 511 0
suffix 100 100 100 100
sizes 4 4 8 8
float lits 1000 0.0015 0.5 5
hex float 16 3
char lits 97 10 9 0 92
octal esc 65 0 hex esc 65 127
string esc: [tab	here "quoted" back\slash]
concat: abcdefghi
sizeof concat=7
ABC
101
z
unsigned neg: 4294967295
ll neg: -9223372036854775808
*/
