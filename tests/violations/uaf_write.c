// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// Writes a field of a heap struct after it was freed.
#include <stdio.h>
#include <stdlib.h>

struct session {
    int id;
    int active;
};

static void close_session(struct session *s)
{
    free(s);
}

int main(void)
{
    struct session *s = malloc(sizeof *s);
    s->id = 1;
    s->active = 1;
    printf("start\n");
    close_session(s);
    s->active = 0; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
