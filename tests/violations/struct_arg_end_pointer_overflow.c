// ASAN: detects (AddressSanitizer: global-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A struct passed by value carries its pointers' capabilities: the end
// pointer of the range is still buf's (one past its end), not the object
// after buf, in the callee.
#include <stdio.h>

struct range {
    const char *b, *e;
};

char first[8] = "abcdefg";
char second[8] = "ABCDEFG";

static unsigned last_plus_one(struct range r)
{
    unsigned s = (unsigned char)r.e[-1];
    return s + (unsigned char)r.e[0]; // VIOLATION: global-buffer-overflow
}

int main(void)
{
    struct range r;
    r.b = first;
    r.e = first + sizeof first;
    printf("%d %c\n", (int)(r.e - r.b), second[1]);
    unsigned v = last_plus_one(r);
    printf("NOT-REACHED\n");
    return (int)v;
}
/* EXPECT-STDOUT:
8 B
*/
