#ifndef MULTI_COUNTER_H
#define MULTI_COUNTER_H

struct counter {
    const char *name;
    long value;
    long step;
};

#define COUNTER_INIT(n, s) { (n), 0, (s) }

void counter_bump(struct counter *c);
long counter_total(const struct counter *cs, int n);
int counter_calls(void);
extern int counter_global_limit;

static inline long counter_scaled(const struct counter *c, int k) { return c->value * k; }

#endif
