#include <stdio.h>

/* section/used attributes on data and functions; entries are reached through
   an ordinary array of pointers (walking __start_/__stop_ symbols would step
   across object boundaries, which a memory-safe mode rejects). */
struct initcall { const char *name; int prio; int (*fn)(void); };

static int init_a(void) { return 10; }
static int init_b(void) { return 20; }
static int init_c(void) { return 30; }

#define REGISTER(n, p, f) \
    static const struct initcall __initcall_##n __attribute__((used, section("safec_initcalls"), aligned(8))) = {#n, p, f}

REGISTER(alpha, 3, init_a);
REGISTER(beta, 1, init_b);
REGISTER(gamma, 2, init_c);

static const struct initcall *const registry[] = {&__initcall_alpha, &__initcall_beta, &__initcall_gamma};

static int counter __attribute__((section(".data.custom"))) = 5;
static const char banner[] __attribute__((section(".rodata.custom"))) = "custom rodata";
__attribute__((section(".text.custom"), noinline)) static int in_custom_text(int x) { return x + counter; }
__attribute__((used)) static int kept_but_unreferenced(void) { return 0; }

int main(void) {
    printf("registered=%zu\n", sizeof registry / sizeof registry[0]);
    int total = 0;
    for (int prio = 1; prio <= 3; prio++)
        for (unsigned i = 0; i < sizeof registry / sizeof registry[0]; i++)
            if (registry[i]->prio == prio) {
                int r = registry[i]->fn();
                total += r;
                printf("prio %d: %s -> %d\n", prio, registry[i]->name, r);
            }
    counter++;
    printf("total=%d custom=%d banner=%s\n", total, in_custom_text(37), banner);
    return 0;
}

/* EXPECT-STDOUT:
registered=3
prio 1: beta -> 20
prio 2: gamma -> 30
prio 3: alpha -> 10
total=60 custom=43 banner=custom rodata
*/
