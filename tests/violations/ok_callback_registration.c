// Callback registration with a context pointer (void *), dispatched later.
#include <stdio.h>
#include <stdlib.h>

typedef void (*handler_fn)(void *ctx, int event);

struct registration {
    handler_fn fn;
    void *ctx;
};

static struct registration regs[4];
static int nregs;

static void register_handler(handler_fn fn, void *ctx)
{
    regs[nregs].fn = fn;
    regs[nregs].ctx = ctx;
    nregs++;
}

static void dispatch(int event)
{
    for (int i = 0; i < nregs; i++)
        regs[i].fn(regs[i].ctx, event);
}

struct counter {
    int hits;
};

static void count(void *ctx, int event)
{
    struct counter *c = ctx;
    c->hits += event;
}

static void log_event(void *ctx, int event)
{
    printf("%s: event %d\n", (const char *)ctx, event);
}

int main(void)
{
    struct counter *c = calloc(1, sizeof *c);
    register_handler(count, c);
    register_handler(log_event, "logger");
    dispatch(1);
    dispatch(5);
    printf("hits %d\n", c->hits);
    free(c);
    return 0;
}
/* EXPECT-STDOUT:
logger: event 1
logger: event 5
hits 6
*/
