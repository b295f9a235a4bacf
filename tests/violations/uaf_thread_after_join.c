// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// main frees a shared block after joining the first worker; a second worker
// still holds the stale pointer and uses it.
// LDFLAGS: -pthread
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct job {
    int input;
    int result;
};

static struct job *shared;

static void *first_worker(void *arg)
{
    (void)arg;
    shared->result = shared->input * 2;
    return NULL;
}

static void *late_worker(void *arg)
{
    (void)arg;
    shared->result += 1; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    return NULL;
}

int main(void)
{
    pthread_t t;
    shared = malloc(sizeof *shared);
    shared->input = 21;
    shared->result = 0;
    printf("start\n");
    pthread_create(&t, NULL, first_worker, NULL);
    pthread_join(t, NULL);
    printf("result %d\n", shared->result);
    free(shared);
    pthread_create(&t, NULL, late_worker, NULL);
    pthread_join(t, NULL);
    return 0;
}
/* EXPECT-STDOUT:
start
result 42
*/
