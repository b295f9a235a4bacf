// Small heap blocks across threads: producers allocate nodes and hand them
// to a consumer that frees them (each thread recycles what it frees), and
// many short-lived threads allocate and free so that ended threads' queues
// pass to new ones.  Every node's contents must arrive intact.
// LDFLAGS: -pthread
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PRODUCERS 3
#define PER_PRODUCER 20000

struct node {
    struct node *next;
    int producer, seq;
    char tag[12];
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t more = PTHREAD_COND_INITIALIZER;
static struct node *queue;
static int producers_left = PRODUCERS;

static void *produce(void *arg)
{
    int id = (int)(long)arg;
    for (int i = 0; i < PER_PRODUCER; i++) {
        struct node *n = malloc(sizeof *n);
        n->producer = id;
        n->seq = i;
        snprintf(n->tag, sizeof n->tag, "p%d-%d", id, i % 1000);
        pthread_mutex_lock(&lock);
        n->next = queue;
        queue = n;
        pthread_cond_signal(&more);
        pthread_mutex_unlock(&lock);
    }
    pthread_mutex_lock(&lock);
    producers_left--;
    pthread_cond_signal(&more);
    pthread_mutex_unlock(&lock);
    return NULL;
}

static long consumed, bad;

static void *consume(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&lock);
        while (!queue && producers_left > 0)
            pthread_cond_wait(&more, &lock);
        struct node *batch = queue;
        queue = NULL;
        int done = !batch && producers_left == 0;
        pthread_mutex_unlock(&lock);
        if (done)
            return NULL;
        while (batch) {
            struct node *n = batch;
            batch = n->next;
            char want[12];
            snprintf(want, sizeof want, "p%d-%d", n->producer, n->seq % 1000);
            bad += strcmp(want, n->tag) != 0;
            consumed++;
            free(n);
        }
    }
}

static void *short_lived(void *arg)
{
    long k = (long)arg;
    char *blocks[64];
    for (int i = 0; i < 64; i++) {
        blocks[i] = malloc((size_t)(1 + (k * 7 + i * 13) % 500));
        blocks[i][0] = (char)i;
    }
    long sum = 0;
    for (int i = 0; i < 64; i++) {
        sum += blocks[i][0];
        free(blocks[i]);
    }
    return (void *)sum;
}

/* A thread frees many blocks of one class, then ends: its blocks go to the
 * shared pool, each exactly once. */
#define HANDED 5000
static int *handed[HANDED];

static void *free_and_end(void *arg)
{
    (void)arg;
    for (int i = 0; i < HANDED; i++)
        free(handed[i]);
    return NULL;
}

int main(void)
{
    pthread_t p[PRODUCERS], c;
    pthread_create(&c, NULL, consume, NULL);
    for (long i = 0; i < PRODUCERS; i++)
        pthread_create(&p[i], NULL, produce, (void *)i);
    for (int i = 0; i < PRODUCERS; i++)
        pthread_join(p[i], NULL);
    pthread_join(c, NULL);
    printf("consumed %ld, bad %ld\n", consumed, bad);

    long total = 0;
    for (long round = 0; round < 50; round++) {
        pthread_t t[4];
        for (long i = 0; i < 4; i++)
            pthread_create(&t[i], NULL, short_lived, (void *)(round * 4 + i));
        for (int i = 0; i < 4; i++) {
            void *r;
            pthread_join(t[i], &r);
            total += (long)r;
        }
    }
    printf("short-lived threads: %ld\n", total);

    for (int i = 0; i < HANDED; i++)
        handed[i] = malloc(16);
    pthread_t f;
    pthread_create(&f, NULL, free_and_end, NULL);
    pthread_join(f, NULL);
    for (int i = 0; i < HANDED; i++) { /* some from the pool: none twice */
        handed[i] = malloc(16);
        *handed[i] = i;
    }
    long dup = 0;
    for (int i = 0; i < HANDED; i++) {
        dup += *handed[i] != i;
        free(handed[i]);
    }
    printf("blocks handed out twice: %ld\n", dup);
    return 0;
}
/* EXPECT-STDOUT:
consumed 60000, bad 0
short-lived threads: 403200
blocks handed out twice: 0
*/
