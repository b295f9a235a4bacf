"""Small heap blocks (at most 512 bytes) come from the runtime's own size-class
slabs, not from libc's malloc.  Safe objects link with regular C, which may
free or resize a block safe code allocated: libc's free, realloc,
reallocarray and malloc_usable_size are interposed for such blocks, and a
double free there is reported like one in safe code."""

from __future__ import annotations

import os
import subprocess
import sys

REGULAR_C = r"""
#include <malloc.h>
#include <stdlib.h>
void reg_free(void *p) { free(p); }
void *reg_realloc(void *p, size_t n) { return realloc(p, n); }
void *reg_reallocarray(void *p, size_t k, size_t n) { return reallocarray(p, k, n); }
size_t reg_usable(void *p) { return malloc_usable_size(p); }
"""

SAFE_MAIN = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
void reg_free(void *p);
void *reg_realloc(void *p, size_t n);
void *reg_reallocarray(void *p, size_t k, size_t n);
size_t reg_usable(void *p);

int main(int argc, char **argv)
{
    char *a = malloc(24);
    strcpy(a, "hello");
    printf("usable %zu\n", reg_usable(a));
    char *b = reg_realloc(a, 1000); /* moves out of the small-block heap */
    printf("%s\n", b);
    free(b);
    char *c = reg_reallocarray(strdup("abc"), 2, 100);
    printf("%s\n", c);
    free(c);
    for (int i = 0; i < 5000; i++) /* regular C frees, safe code reuses */
        reg_free(malloc(40));
    char *d = malloc(40);
    strcpy(d, "still fine");
    printf("%s\n", d);
    reg_free(d);
    if (argc > 1) {
        if (!strcmp(argv[1], "double"))
            reg_free(d);
        else
            printf("%c\n", d[0]); /* freed by regular C */
        printf("NOT-REACHED\n");
    }
    return 0;
}
"""


def _build(tmp_path: object) -> str:
    d = str(tmp_path)
    for name, text in (("reg.c", REGULAR_C), ("main.c", SAFE_MAIN)):
        with open(os.path.join(d, name), "w") as fh:
            fh.write(text)
    r = subprocess.run(["gcc", "-O2", "-c", "reg.c", "-o", "reg.o"], cwd=d,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-m", "safec", "build", "--mode", "safe", "main.c",
                        "reg.o", "-o", "m"], cwd=d, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return os.path.join(d, "m")


def test_regular_c_frees_and_resizes_small_blocks(tmp_path: object) -> None:
    exe = _build(tmp_path)
    r = subprocess.run([exe], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "usable 24\nhello\nabc\nstill fine\n"
    assert r.stderr == ""

    r = subprocess.run([exe, "double"], capture_output=True, text=True, timeout=60)
    assert "NOT-REACHED" not in r.stdout
    assert r.stderr.startswith("safec: double-free: free (in code compiled as regular C) "
                               "of a heap block that is not live"), r.stderr

    r = subprocess.run([exe, "use"], capture_output=True, text=True, timeout=60)
    assert "NOT-REACHED" not in r.stdout
    assert r.stderr.startswith("safec: use-after-free: read of 1 byte at offset 0 of "
                               "a 40-byte freed heap block"), r.stderr


PRODUCER_CONSUMER = r"""
#include <pthread.h>
#include <stdlib.h>

/* a bounded queue: at most 1000 nodes in flight */
struct node { struct node *next; long v[3]; };
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t more = PTHREAD_COND_INITIALIZER, room = PTHREAD_COND_INITIALIZER;
static struct node *queue;
static int in_flight, producing = 1;
static long total;

static void *produce(void *arg)
{
    (void)arg;
    for (long i = 0; i < total; i++) {
        struct node *n = malloc(sizeof *n);
        n->v[0] = i;
        pthread_mutex_lock(&lock);
        while (in_flight >= 1000)
            pthread_cond_wait(&room, &lock);
        n->next = queue;
        queue = n;
        in_flight++;
        pthread_cond_signal(&more);
        pthread_mutex_unlock(&lock);
    }
    pthread_mutex_lock(&lock);
    producing = 0;
    pthread_cond_signal(&more);
    pthread_mutex_unlock(&lock);
    return NULL;
}

static void *consume(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&lock);
        while (!queue && producing)
            pthread_cond_wait(&more, &lock);
        struct node *b = queue;
        queue = NULL;
        in_flight = 0;
        pthread_cond_signal(&room);
        int done = !b && !producing;
        pthread_mutex_unlock(&lock);
        if (done)
            return NULL;
        while (b) {
            struct node *n = b;
            b = n->next;
            free(n);
        }
    }
}

int main(int argc, char **argv)
{
    total = atol(argv[1]);
    pthread_t p, c;
    pthread_create(&c, NULL, consume, NULL);
    pthread_create(&p, NULL, produce, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
"""


def _safe_exe(d: str, name: str, src: str, *flags: str) -> str:
    """src built in mode safe as d/name."""
    with open(os.path.join(d, name + ".c"), "w") as fh:
        fh.write(src)
    r = subprocess.run([sys.executable, "-m", "safec", "build", "--mode", "safe", *flags,
                        name + ".c", "-o", name], cwd=d, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return os.path.join(d, name)


def _peak_rss_kb(argv: list[str]) -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            os.execv(argv[0], argv)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return usage.ru_maxrss


def test_blocks_freed_by_another_thread_are_reused(tmp_path: object) -> None:
    """A producer thread allocates, a consumer frees: the consumer's freed
    blocks must come back to the producer (through the shared pool), not
    pile up while the producer carves new slabs.  With at most 1000 nodes in
    flight, 600000 nodes need about the memory of 50000 (before the pool it
    grew with the number of nodes)."""
    exe = _safe_exe(str(tmp_path), "pc", PRODUCER_CONSUMER, "-pthread")
    few = _peak_rss_kb([exe, "50000"])
    many = _peak_rss_kb([exe, "600000"])
    assert many < 2 * few, (few, many)


SIZE_PHASES = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* argv[2] names phases: in each, argv[1] linked nodes of one size are
 * live at once, then all freed. */
struct node { struct node *next; char bytes[]; };

int main(int argc, char **argv)
{
    long n = atol(argv[1]);
    long sum = 0;
    for (const char *ph = argv[2]; *ph; ph++) {
        size_t size = *ph == 'a' ? 100 : *ph == 'b' ? 40 : 200;
        struct node *list = NULL;
        for (long i = 0; i < n; i++) {
            struct node *x = *ph == 'b' ? calloc(1, size) : malloc(size);
            for (size_t k = 0; *ph == 'b' && k < size - sizeof *x; k++)
                if (x->bytes[k])
                    return 1; /* calloc's bytes must be zero */
            memset(x->bytes, *ph, size - sizeof *x);
            x->next = list;
            list = x;
        }
        while (list) {
            struct node *x = list;
            list = x->next;
            sum += x->bytes[size - sizeof *x - 1];
            free(x);
        }
    }
    printf("%ld\n", sum);
    return 0;
}
"""


def test_freed_memory_is_reused_for_other_sizes(tmp_path: object) -> None:
    """Memory freed by blocks of one size serves blocks of another: three
    phases of 300000 nodes (100, 40 and 200 bytes), each all freed before
    the next, peak at about the largest phase alone.  Slabs used to keep
    their size class for good: peak was the sum of the phases (2x)."""
    exe = _safe_exe(str(tmp_path), "phases", SIZE_PHASES, "-O2")
    out = subprocess.run([exe, "300000", "abcabc"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout == f"{300000 * (97 + 98 + 99) * 2}\n", out
    largest = _peak_rss_kb([exe, "300000", "c"])
    phases = _peak_rss_kb([exe, "300000", "abcabc"])
    assert phases < 1.3 * largest, (largest, phases)
