// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A dispatch loop reads p->len at every turn, but p points to a block
// allocated for a smaller struct: the member lies past the block's end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct small { int code[4]; };
struct prog { int code[4]; int len; };

static int run(const struct prog *p)
{
    int pc = 0, acc = 0;
    for (;;) {
        if (pc >= p->len) // VIOLATION: heap-buffer-overflow
            return acc;
        acc += p->code[pc & 3];
        pc++;
    }
}

int main(void)
{
    struct prog *ok = malloc(sizeof *ok);
    memset(ok, 0, sizeof *ok);
    ok->code[1] = 5;
    ok->len = 6;
    printf("%d\n", run(ok));
    struct small *s = malloc(sizeof *s);
    memset(s, 0, sizeof *s);
    printf("%d\n", run((const struct prog *)s));
    printf("NOT-REACHED\n");
    free(s);
    free(ok);
    return 0;
}
/* EXPECT-STDOUT:
10
*/
