// An unused static inline helper from a header that calls a function of
// another library (mbedtls's ssl_internal.h, included by libmbedcrypto):
// never emitted by gcc, so the program links without that library.  Safe
// code registered every function it defines, which emitted the helper.
#include <stdio.h>

void helper_defined_elsewhere(int *p);

static inline void helper_init(int *p) { helper_defined_elsewhere(p); }

static int used_directly(int x) { return x + 1; }

int main(void)
{
    printf("ok %d\n", used_directly(41));
    return 0;
}
/* EXPECT-STDOUT:
ok 42
*/
