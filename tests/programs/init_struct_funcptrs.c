#include <stdio.h>

struct cmd {
    const char *name;
    int (*run)(int argc, const int *argv);
    const char *help;
    int min_args;
};

static int cmd_sum(int argc, const int *argv) { int s = 0; for (int i = 0; i < argc; i++) s += argv[i]; return s; }
static int cmd_max(int argc, const int *argv) {
    int m = argv[0];
    for (int i = 1; i < argc; i++) if (argv[i] > m) m = argv[i];
    return m;
}
static int cmd_count(int argc, const int *argv) { (void)argv; return argc; }

static const struct cmd commands[] = {
    {.name = "sum", .run = cmd_sum, .help = "add numbers"},
    {.name = "max", .run = cmd_max, .help = "largest", .min_args = 1},
    {"count", cmd_count, "number of args", 0},
    {.name = "noop"},
    {0},
};

int main(void) {
    const int args[] = {4, -2, 17, 9};
    for (const struct cmd *c = commands; c->name; c++) {
        printf("%-5s (%s) min=%d: ", c->name, c->help ? c->help : "no help", c->min_args);
        if (!c->run) { printf("not implemented\n"); continue; }
        for (int n = c->min_args; n <= 4; n += 2) printf("n=%d->%d ", n, c->run(n, args));
        printf("\n");
    }
    printf("entries=%zu\n", sizeof commands / sizeof commands[0]);
    return 0;
}

/* EXPECT-STDOUT:
sum   (add numbers) min=0: n=0->0 n=2->2 n=4->28 
max   (largest) min=1: n=1->4 n=3->17 
count (number of args) min=0: n=0->0 n=2->2 n=4->4 
noop  (no help) min=0: not implemented
entries=5
*/
