#include <stdio.h>
#include <string.h>

#define TRACE() printf("enter %s\n", __func__)
#define WHERE() printf("%s:%d\n", __FUNCTION__, __LINE__ > 0)

static void alpha(void) { TRACE(); }
static int beta(int x) { TRACE(); WHERE(); return x + (int)strlen(__func__); }
static const char *name_of_self(void) { return __func__; }

struct logger { const char *fn; int calls; };
static void record(struct logger *l, const char *fn) { l->fn = fn; l->calls++; }
static void gamma_fn(struct logger *l) { record(l, __func__); }

int main(void) {
    TRACE();
    alpha();
    printf("beta=%d\n", beta(10));
    printf("name_of_self=%s sizeof __func__ in main=%zu\n", name_of_self(), sizeof __func__);
    struct logger l = {NULL, 0};
    gamma_fn(&l);
    gamma_fn(&l);
    printf("logger fn=%s calls=%d\n", l.fn, l.calls);
    printf("file basename ok=%d\n", strstr(__FILE__, "gnu_func_name.c") != NULL);
    return 0;
}

/* EXPECT-STDOUT:
enter main
enter alpha
enter beta
beta:1
beta=14
name_of_self=name_of_self sizeof __func__ in main=5
logger fn=gamma_fn calls=2
file basename ok=1
*/
