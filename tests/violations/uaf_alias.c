// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// Two owners of one block: one frees it, the other keeps using it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct doc {
    char *title;
};

int main(void)
{
    char *t = strdup("draft");
    struct doc a = {t}, b = {t};
    printf("start %s\n", a.title);
    free(a.title);
    a.title = NULL;
    size_t n = strlen(b.title); // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    printf("%zu\n", n);
    return 0;
}
/* EXPECT-STDOUT:
start draft
*/
