/* gcc's intrinsics headers use gcc-only builtins libclang rejects, and
 * vector types safec's IR does not have: the #include is named. */
#include <stdio.h>
#include <immintrin.h>

int main(void)
{
    _mm_pause();
    printf("paused\n");
    return 0;
}
