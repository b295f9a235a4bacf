// HELPER
#include <string.h>

/* definitions of objects declared extern in multi_globals.c */
int shared_counter = 10;
const char shared_name[] = "library";
double shared_table[4] = {0.5, 1.5, 2.5, 3.5};
struct config { int verbose; char mode[8]; } shared_config = {1, "fast"};
int (*shared_hook)(int) = 0;

static int private_state = 7;   /* not visible to main */

int lib_tick(void) { shared_counter++; return ++private_state; }

static int doubler(int x) { return 2 * x; }
void lib_install_hook(void) { shared_hook = doubler; }

void lib_set_mode(const char *m) {
    strncpy(shared_config.mode, m, sizeof shared_config.mode - 1);
    shared_config.mode[sizeof shared_config.mode - 1] = '\0';
}

int lib_sum_array(const int *a, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
}
