// ASAN: detects (UBSan: index 4 out of bounds for type 'char *[4]')  [gcc 12 -fsanitize=address,undefined, default options]
// A lookup in a global table of names with an index equal to its length.
#include <stdio.h>

static const char *const names[] = {"zero", "one", "two", "three"};
#define NNAMES (int)(sizeof names / sizeof names[0])

static const char *name_of(int i)
{
    if (i > NNAMES) /* should be >= */
        return "?";
    return names[i]; // VIOLATION: global-buffer-overflow
}

int main(void)
{
    printf("start %s\n", name_of(2));
    const char *s = name_of(4);
    printf("NOT-REACHED\n");
    printf("%s\n", s);
    return 0;
}
/* EXPECT-STDOUT:
start two
*/
