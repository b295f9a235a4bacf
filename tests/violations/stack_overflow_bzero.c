// ASAN: detects (AddressSanitizer: stack-buffer-overflow in __interceptor_memset)  [gcc 12 -fsanitize=address,undefined, default options]
// bzero clears sizeof of the wrong structure.
#include <stdio.h>
#include <strings.h>

struct small { int a, b; };
struct big { int a, b, c, d; };

int main(void)
{
    struct small s;
    printf("start\n");
    bzero(&s, sizeof(struct big)); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return s.a;
}
/* EXPECT-STDOUT:
start
*/
