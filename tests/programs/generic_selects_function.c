/* _Generic selecting a static function that is then called: the call is
 * indirect (through the selected association), so the function must keep
 * the regular convention.  Analyses did not look inside associations, took
 * get() for a function only direct calls reach, and its pointer argument
 * arrived without a capability (a false forged-pointer report). */
#include <stdio.h>

static int get(int *p) { return *p; }
static long getl(long *p) { return *p; }
#define GET(x) _Generic(*(x), int: get, long: getl)(x)

int main(void)
{
    int a = 5;
    long b = 7;
    int *pa = &a;
    printf("%d %ld %d\n", GET(pa), GET(&b), _Generic(a, int: *&a, default: 0));
    return 0;
}

/* EXPECT-STDOUT:
5 7 5
*/
