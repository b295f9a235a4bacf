// HELPER
#include "multi_counter.h"

int counter_global_limit = 100;
static int calls;   /* file-private, separate from any 'calls' in other files */

void counter_bump(struct counter *c) {
    calls++;
    if (c->value + c->step <= counter_global_limit) c->value += c->step;
    else c->value = counter_global_limit;
}

long counter_total(const struct counter *cs, int n) {
    long t = 0;
    for (int i = 0; i < n; i++) t += cs[i].value;
    return t;
}

int counter_calls(void) { return calls; }
