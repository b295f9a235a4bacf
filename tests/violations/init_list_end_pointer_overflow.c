// ASAN: detects (AddressSanitizer: global-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A global range {buf, buf + sizeof buf}: its end pointer keeps buf's
// capability (not that of the global laid out after buf), so reading
// through it is one byte past the end of buf.
#include <stdio.h>

struct range {
    const char *b, *e;
};

char first[8] = "abcdefg";
char second[8] = "ABCDEFG";
struct range r = { first, first + sizeof first };

int main(void)
{
    unsigned sum = 0;
    for (const char *p = r.b; p < r.e; p++)
        sum += (unsigned char)*p;
    printf("sum %u %c\n", sum, second[0]);
    sum += (unsigned char)*r.e; // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    return (int)sum;
}
/* EXPECT-STDOUT:
sum 700 A
*/
