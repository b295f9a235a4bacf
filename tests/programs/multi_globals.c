// EXTRA: multi_globals_lib.c
#include <stdio.h>

extern int shared_counter;
extern const char shared_name[];
extern double shared_table[4];
extern struct config { int verbose; char mode[8]; } shared_config;
extern int (*shared_hook)(int);

int lib_tick(void);
void lib_install_hook(void);
void lib_set_mode(const char *m);
int lib_sum_array(const int *a, int n);

static int private_state = 100;   /* same name as library's static: independent */

int main(void) {
    printf("counter=%d name=%s sizeof table=%zu\n", shared_counter, shared_name, sizeof shared_table);
    int t1 = lib_tick();
    int t2 = lib_tick();
    printf("ticks=%d,%d counter=%d private=%d\n", t1, t2, shared_counter, private_state);
    shared_counter += 100;
    lib_tick();
    printf("counter after main+lib=%d\n", shared_counter);
    double s = 0;
    for (int i = 0; i < 4; i++) s += shared_table[i];
    shared_table[3] = -1;
    printf("table sum=%g modified=%g\n", s, shared_table[3]);
    printf("config verbose=%d mode=%s\n", shared_config.verbose, shared_config.mode);
    lib_set_mode("careful!");
    printf("config mode=%s\n", shared_config.mode);
    printf("hook set=%d\n", shared_hook != 0);
    lib_install_hook();
    printf("hook(21)=%d\n", shared_hook(21));
    int arr[] = {1, 2, 3, 4, 5};
    printf("lib_sum_array=%d\n", lib_sum_array(arr, 5));
    return 0;
}

/* EXPECT-STDOUT:
counter=10 name=library sizeof table=32
ticks=8,9 counter=12 private=100
counter after main+lib=113
table sum=8 modified=-1
config verbose=1 mode=fast
config mode=careful
hook set=0
hook(21)=42
lib_sum_array=15
*/
