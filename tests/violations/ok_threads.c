// Threads share heap blocks; the blocks are freed only after every thread
// that uses them was joined.
// LDFLAGS: -pthread
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct work {
    int from, to;
    long result;
};

static void *run(void *arg)
{
    struct work *w = arg;
    w->result = 0;
    for (int i = w->from; i < w->to; i++)
        w->result += i;
    return w;
}

int main(void)
{
    enum { N = 4 };
    pthread_t t[N];
    struct work *w = malloc(N * sizeof *w);
    for (int i = 0; i < N; i++) {
        w[i].from = i * 100;
        w[i].to = (i + 1) * 100;
        pthread_create(&t[i], NULL, run, &w[i]);
    }
    long total = 0;
    for (int i = 0; i < N; i++) {
        void *ret;
        pthread_join(t[i], &ret);
        total += ((struct work *)ret)->result;
    }
    printf("total %ld\n", total);
    free(w);
    return 0;
}
/* EXPECT-STDOUT:
total 79800
*/
