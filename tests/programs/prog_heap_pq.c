#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Binary heap priority queue of tasks (min by priority, FIFO on ties via
   sequence number), plus in-place heapsort on integers. */

struct task { int prio; unsigned seq; char name[12]; };
struct pq { struct task *a; int n, cap; unsigned next_seq; };

static int less(const struct task *x, const struct task *y) {
    return x->prio != y->prio ? x->prio < y->prio : x->seq < y->seq;
}
static void swap(struct task *x, struct task *y) { struct task t = *x; *x = *y; *y = t; }

static void pq_push(struct pq *q, int prio, const char *name) {
    if (q->n == q->cap) { q->cap = q->cap ? q->cap * 2 : 4; q->a = realloc(q->a, (size_t)q->cap * sizeof *q->a); }
    struct task *t = &q->a[q->n];
    memset(t, 0, sizeof *t);
    t->prio = prio; t->seq = q->next_seq++;
    strncpy(t->name, name, sizeof t->name - 1);
    int i = q->n++;
    while (i > 0 && less(&q->a[i], &q->a[(i - 1) / 2])) { swap(&q->a[i], &q->a[(i - 1) / 2]); i = (i - 1) / 2; }
}
static struct task pq_pop(struct pq *q) {
    struct task top = q->a[0];
    q->a[0] = q->a[--q->n];
    int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < q->n && less(&q->a[l], &q->a[m])) m = l;
        if (r < q->n && less(&q->a[r], &q->a[m])) m = r;
        if (m == i) break;
        swap(&q->a[i], &q->a[m]);
        i = m;
    }
    return top;
}

static void sift_down(int *a, int start, int end) {
    int root = start;
    while (2 * root + 1 <= end) {
        int child = 2 * root + 1, sw = root;
        if (a[sw] < a[child]) sw = child;
        if (child + 1 <= end && a[sw] < a[child + 1]) sw = child + 1;
        if (sw == root) return;
        int t = a[root]; a[root] = a[sw]; a[sw] = t;
        root = sw;
    }
}
static void heapsort(int *a, int n) {
    for (int s = (n - 2) / 2; s >= 0; s--) sift_down(a, s, n - 1);
    for (int end = n - 1; end > 0; end--) {
        int t = a[0]; a[0] = a[end]; a[end] = t;
        sift_down(a, 0, end - 1);
    }
}

int main(void) {
    struct pq q = {NULL, 0, 0, 0};
    const char *names[] = {"build", "test", "lint", "deploy", "docs", "bench", "fmt", "audit"};
    int prios[] = {2, 1, 3, 5, 4, 3, 1, 2};
    for (int i = 0; i < 8; i++) pq_push(&q, prios[i], names[i]);
    pq_push(&q, 0, "urgent");
    while (q.n) {
        struct task t = pq_pop(&q);
        printf("prio %d seq %u %s\n", t.prio, t.seq, t.name);
        if (strcmp(t.name, "test") == 0) pq_push(&q, 2, "retest");
    }
    free(q.a);
    int arr[50];
    unsigned s = 7;
    for (int i = 0; i < 50; i++) { s = s * 1664525u + 1013904223u; arr[i] = (int)(s >> 16) % 1000 - 500; }
    heapsort(arr, 50);
    int sorted = 1;
    for (int i = 1; i < 50; i++) if (arr[i - 1] > arr[i]) sorted = 0;
    printf("sorted=%d min=%d max=%d median=%d\n", sorted, arr[0], arr[49], arr[25]);
    for (int i = 0; i < 50; i += 7) printf("%d ", arr[i]);
    printf("\n");
    return 0;
}

/* EXPECT-STDOUT:
prio 0 seq 8 urgent
prio 1 seq 1 test
prio 1 seq 6 fmt
prio 2 seq 0 build
prio 2 seq 7 audit
prio 2 seq 9 retest
prio 3 seq 2 lint
prio 3 seq 5 bench
prio 4 seq 4 docs
prio 5 seq 3 deploy
sorted=1 min=-475 max=499 median=112
-475 -360 -101 7 148 221 346 499 
*/
