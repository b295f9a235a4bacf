// A union of a pointer and an integer used as either, correctly: the pointer
// member read back after a pointer store works; after an integer store the
// integer reads back; structs copied from libc's memory keep usable pointers.
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

union slot {
    char *ptr;
    uintptr_t bits;
};

struct tagged { int kind; union slot v; };

static struct tagged make(char *p) { struct tagged t; t.kind = 1; t.v.ptr = p; return t; }

int main(void)
{
    char buf[8] = "hi";
    union slot s;
    s.ptr = buf;
    printf("%c\n", *s.ptr);
    s.bits = 42;
    printf("%lu\n", (unsigned long)s.bits);
    s.ptr = buf + 1;
    printf("%c\n", *s.ptr);
    struct tagged t = make(buf);
    struct tagged u = t;
    printf("%c %d\n", u.v.ptr[0], u.kind);
    time_t now = 0;
    struct tm tm = *gmtime(&now);
    printf("%d %s\n", tm.tm_year, tm.tm_zone);
    return 0;
}
/* EXPECT-STDOUT:
h
42
i
h 1
70 GMT
*/
