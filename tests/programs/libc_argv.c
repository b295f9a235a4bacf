// ARGS: alpha -v --count=3 42 last
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    int verbose = 0, count = 1;
    long numsum = 0;
    for (int i = 1; i < argc; i++) {
        printf("argv[%d]=%s (len %zu)\n", i, argv[i], strlen(argv[i]));
        if (strcmp(argv[i], "-v") == 0) verbose = 1;
        else if (strncmp(argv[i], "--count=", 8) == 0) count = atoi(argv[i] + 8);
        else {
            char *end;
            long v = strtol(argv[i], &end, 10);
            if (*end == '\0') numsum += v;
        }
    }
    printf("verbose=%d count=%d numsum=%ld\n", verbose, count, numsum);
    printf("argv[argc] is NULL: %d\n", argv[argc] == NULL);
    for (int k = 0; k < count; k++) printf("repeat %d: %s\n", k, argv[argc - 1]);
    /* iterate argv by pointer */
    int total = 0;
    for (char **p = argv + 1; *p; p++) total += (int)strlen(*p);
    printf("total arg chars=%d\n", total);
    return 0;
}

/* EXPECT-STDOUT:
argc=6
argv[1]=alpha (len 5)
argv[2]=-v (len 2)
argv[3]=--count=3 (len 9)
argv[4]=42 (len 2)
argv[5]=last (len 4)
verbose=1 count=3 numsum=42
argv[argc] is NULL: 1
repeat 0: last
repeat 1: last
repeat 2: last
total arg chars=22
*/
