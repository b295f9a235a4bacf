// LDFLAGS: -lm
#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <iso646.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <stdalign.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>
#include <string.h>
#include <time.h>
#include <wchar.h>
#include <wctype.h>
#include <uchar.h>
#include <fenv.h>
#include <complex.h>
#include <sys/types.h>
#include <sys/stat.h>
#include <unistd.h>
#include <fcntl.h>

struct rec { uint32_t id; bool active; alignas(8) double value; };

int main(void) {
    setlocale(LC_ALL, "C");
    struct rec r = {.id = 7, .active = true, .value = sqrt(2.0)};
    printf("rec id=%" PRIu32 " active=%d value=%.6f offset(value)=%zu\n", r.id, r.active, r.value, offsetof(struct rec, value));
    printf("iso646: %d %d %d\n", 1 and 0, 1 or 0, not 0);
    printf("INT_MAX=%d DBL_DIG=%d SIZE_MAX>0=%d\n", INT_MAX, DBL_DIG, SIZE_MAX > 0);
    printf("iswalpha(L'x')=%d towupper=%lc\n", iswalpha(L'x') != 0, (wint_t)towupper(L'q'));
    double complex z = 3.0 + 4.0 * I;
    printf("cabs=%g creal=%g cimag=%g conj.im=%g\n", cabs(z), creal(z), cimag(z), cimag(conj(z)));
    double complex w = z * z;
    printf("z^2 = %g%+gi\n", creal(w), cimag(w));
    printf("fegetround==FE_TONEAREST: %d\n", fegetround() == FE_TONEAREST);
    printf("O_RDONLY=%d O_CREAT!=0:%d STDOUT_FILENO=%d\n", O_RDONLY, O_CREAT != 0, STDOUT_FILENO);
    printf("SEEK_SET=%d EOF=%d BUFSIZ>0=%d\n", SEEK_SET, EOF, BUFSIZ > 0);
    printf("EXIT_SUCCESS=%d EXIT_FAILURE=%d RAND_MAX>=32767:%d\n", EXIT_SUCCESS, EXIT_FAILURE, RAND_MAX >= 32767);
    printf("SIG_ERR!=SIG_DFL:%d WCHAR_MAX>0:%d\n", SIG_ERR != SIG_DFL, WCHAR_MAX > 0);
    assert(isalpha('a'));
    errno = 0;
    printf("errno=%d\n", errno);
    srand(12345);
    int a = rand(), b = rand();
    srand(12345);
    printf("rand reproducible after reseed: %d\n", a == rand() && b == rand());
    return 0;
}

/* EXPECT-STDOUT:
rec id=7 active=1 value=1.414214 offset(value)=8
iso646: 0 1 1
INT_MAX=2147483647 DBL_DIG=15 SIZE_MAX>0=1
iswalpha(L'x')=1 towupper=Q
cabs=5 creal=3 cimag=4 conj.im=-4
z^2 = -7+24i
fegetround==FE_TONEAREST: 1
O_RDONLY=0 O_CREAT!=0:1 STDOUT_FILENO=1
SEEK_SET=0 EOF=-1 BUFSIZ>0=1
EXIT_SUCCESS=0 EXIT_FAILURE=1 RAND_MAX>=32767:1
SIG_ERR!=SIG_DFL:1 WCHAR_MAX>0:1
errno=0
rand reproducible after reseed: 1
*/
