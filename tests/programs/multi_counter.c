// EXTRA: multi_counter_lib.c
#include <stdio.h>
#include "multi_counter.h"

static int calls = 1000;   /* distinct from the library's static */

int main(void) {
    struct counter cs[3] = {COUNTER_INIT("slow", 1), COUNTER_INIT("mid", 7), COUNTER_INIT("fast", 30)};
    for (int round = 0; round < 5; round++)
        for (int i = 0; i < 3; i++) counter_bump(&cs[i]);
    for (int i = 0; i < 3; i++) printf("%s=%ld scaled=%ld\n", cs[i].name, cs[i].value, counter_scaled(&cs[i], 3));
    printf("total=%ld lib calls=%d main calls=%d\n", counter_total(cs, 3), counter_calls(), calls);
    counter_global_limit = 500;
    for (int round = 0; round < 10; round++) counter_bump(&cs[2]);
    printf("fast after raising limit=%ld total=%ld\n", cs[2].value, counter_total(cs, 3));
    return 0;
}

/* EXPECT-STDOUT:
slow=5 scaled=15
mid=35 scaled=105
fast=100 scaled=300
total=140 lib calls=15 main calls=1000
fast after raising limit=400 total=440
*/
