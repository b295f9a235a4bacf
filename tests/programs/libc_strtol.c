#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>

static void try_strtol(const char *s, int base) {
    char *end;
    errno = 0;
    long v = strtol(s, &end, base);
    printf("strtol(\"%s\",%d) = %ld, consumed %td, rest '%s', erange=%d\n", s, base, v, end - s, end, errno == ERANGE);
}

int main(void) {
    try_strtol("12345", 10);
    try_strtol("  -42xyz", 10);
    try_strtol("0x1F", 16);
    try_strtol("0x1F", 0);
    try_strtol("0755", 0);
    try_strtol("z", 36);
    try_strtol("101101", 2);
    try_strtol("abc", 10);
    try_strtol("99999999999999999999", 10);
    try_strtol("-99999999999999999999", 10);
    try_strtol("+7", 10);
    char *end;
    unsigned long ul = strtoul("4294967296", &end, 10);
    printf("strtoul=%lu\n", ul);
    ul = strtoul("ffffffffffffffff", &end, 16);
    printf("strtoul max=%lu is ULONG_MAX=%d\n", ul, ul == ULONG_MAX);
    long long ll = strtoll("-9223372036854775808", &end, 10);
    printf("strtoll min=%lld\n", ll);
    unsigned long long ull = strtoull("18446744073709551615", &end, 10);
    printf("strtoull max=%llu\n", ull);
    /* parse a list of numbers */
    const char *list = "10 20,-30  40";
    const char *p = list;
    long sum = 0;
    while (*p) {
        char *e;
        long v = strtol(p, &e, 10);
        if (e == p) { p++; continue; }
        sum += v;
        p = e;
    }
    printf("list sum=%ld\n", sum);
    return 0;
}

/* EXPECT-STDOUT:
strtol("12345",10) = 12345, consumed 5, rest '', erange=0
strtol("  -42xyz",10) = -42, consumed 5, rest 'xyz', erange=0
strtol("0x1F",16) = 31, consumed 4, rest '', erange=0
strtol("0x1F",0) = 31, consumed 4, rest '', erange=0
strtol("0755",0) = 493, consumed 4, rest '', erange=0
strtol("z",36) = 35, consumed 1, rest '', erange=0
strtol("101101",2) = 45, consumed 6, rest '', erange=0
strtol("abc",10) = 0, consumed 0, rest 'abc', erange=0
strtol("99999999999999999999",10) = 9223372036854775807, consumed 20, rest '', erange=1
strtol("-99999999999999999999",10) = -9223372036854775808, consumed 21, rest '', erange=1
strtol("+7",10) = 7, consumed 2, rest '', erange=0
strtoul=4294967296
strtoul max=18446744073709551615 is ULONG_MAX=1
strtoll min=-9223372036854775808
strtoull max=18446744073709551615
list sum=40
*/
