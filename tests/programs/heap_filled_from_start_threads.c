// Threads fill heap buffers from their start: each thread its own buffer
// (appends), and two threads the two halves of one shared buffer at once,
// so one write leaves a gap while the other thread moves the written
// prefix (the prefix-only state becomes a map under the race). Every read
// is of written bytes: no report in any mode.
// LDFLAGS: -pthread
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define LEN 4096
#define ROUNDS 200

static unsigned char *shared;

struct job {
    int id;
    unsigned long sum;
};

static void *own_buffer(void *arg)
{
    struct job *j = arg;
    for (int r = 0; r < ROUNDS; r++) {
        unsigned char *b = malloc(LEN);
        if (!b)
            exit(2);
        for (int i = 0; i < LEN; i++)
            b[i] = (unsigned char)(i * 7 + j->id + r);
        for (int i = 0; i < LEN; i += 13)
            j->sum += b[i];
        free(b);
    }
    return NULL;
}

static void *half(void *arg)
{
    struct job *j = arg;
    int from = j->id * (LEN / 2);
    for (int i = from; i < from + LEN / 2; i++) {
        shared[i] = (unsigned char)(i ^ 0x5A);
        j->sum += shared[i];
    }
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    struct job jobs[4] = {{0, 0}, {1, 0}, {2, 0}, {3, 0}};
    for (int k = 0; k < 4; k++)
        pthread_create(&t[k], NULL, own_buffer, &jobs[k]);
    for (int k = 0; k < 4; k++)
        pthread_join(t[k], NULL);
    unsigned long total = 0;
    for (int k = 0; k < 4; k++)
        total += jobs[k].sum;
    printf("own buffers %lu\n", total);

    unsigned long both = 0;
    for (int r = 0; r < ROUNDS; r++) {
        shared = malloc(LEN);
        if (!shared)
            return 2;
        struct job h[2] = {{0, 0}, {1, 0}};
        pthread_create(&t[0], NULL, half, &h[0]);
        pthread_create(&t[1], NULL, half, &h[1]);
        pthread_join(t[0], NULL);
        pthread_join(t[1], NULL);
        unsigned long s = 0;
        for (int i = 0; i < LEN; i++)
            s += shared[i];
        if (s != h[0].sum + h[1].sum)
            return 1;
        both += s;
        free(shared);
    }
    printf("shared halves %lu\n", both);
    return 0;
}
/* EXPECT-STDOUT:
own buffers 32212544
shared halves 104448000
*/
