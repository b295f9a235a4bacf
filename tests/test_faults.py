"""Faults the checks do not prevent are named before the process dies.

A safe build's frames are bigger than a plain build's, so recursion that
fits gcc's stack may overflow a safe one; regular C linked into the program
may fault on its own.  Either way the runtime's handler (on an alternate
stack) prints what happened and where, then the signal takes its default
action: the exit status is the plain build's.  A program's own handler
wins."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

RECURSION = r"""
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long down(long n)
{
    char buf[256];
    memset(buf, (int)n, sizeof buf);
    return n ? down(n - 1) + buf[n % 256] : 0;
}

static void *in_thread(void *arg) { return (void *)down((long)arg); }

int main(int argc, char **argv)
{
    long n = atol(argv[1]);
    printf("start\n");
    fflush(stdout);
    if (argc > 2) { /* in a thread with a 256 KB stack */
        pthread_attr_t a;
        pthread_t t;
        void *r;
        pthread_attr_init(&a);
        pthread_attr_setstacksize(&a, 256 << 10);
        pthread_create(&t, &a, in_thread, (void *)n);
        pthread_join(t, &r);
        printf("%ld\n", (long)r);
        return 0;
    }
    printf("%ld\n", down(n));
    return 0;
}
"""

REGULAR_C = "int poke(long a) { return *(volatile int *)a; }\n"

OWN_HANDLER = r"""
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

int poke(long a);
static sigjmp_buf env;
static void on_segv(int sig) { (void)sig; siglongjmp(env, 1); }

int main(int argc, char **argv)
{
    printf("start\n");
    fflush(stdout);
    if (argc > 1 && strcmp(argv[1], "raise") == 0) { /* sent, not a fault */
        raise(SIGSEGV);
        printf("after\n");
        return 0;
    }
    if (argc > 1 && strcmp(argv[1], "own") == 0) {
        signal(SIGSEGV, on_segv);
        if (sigsetjmp(env, 1) == 0)
            poke(16);
        printf("caught\n");
        return 0;
    }
    return poke(16);
}
"""


def _build(d: str, name: str, src: str, *extra: str) -> str:
    with open(os.path.join(d, name + ".c"), "w") as fh:
        fh.write(src)
    r = subprocess.run([sys.executable, "-m", "safec", "build", "--mode", "safe",
                        name + ".c", *extra, "-pthread", "-o", name],
                       cwd=d, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return os.path.join(d, name)


def test_stack_overflow_is_named(tmp_path: object) -> None:
    d = str(tmp_path)
    exe = _build(d, "rec", RECURSION)
    ok = subprocess.run([exe, "1000"], capture_output=True, text=True)
    assert ok.returncode == 0 and ok.stderr == "", ok
    for args in (["100000000"], ["100000", "thread"]):
        r = subprocess.run([exe, *args], capture_output=True, text=True)
        assert r.returncode == -signal.SIGSEGV, (args, r)
        assert r.stdout == "start\n"
        assert "safec: stack-overflow: the stack is exhausted" in r.stderr, (args, r.stderr)
        assert "call stack: down rec.c:" in r.stderr and "<- down rec.c:11 (x" in r.stderr, r.stderr


def test_fault_in_regular_c_is_named(tmp_path: object) -> None:
    d = str(tmp_path)
    with open(os.path.join(d, "poke.c"), "w") as fh:
        fh.write(REGULAR_C)
    subprocess.run(["gcc", "-g", "-c", "poke.c", "-o", "poke.o"], cwd=d, check=True)
    exe = _build(d, "main", OWN_HANDLER, "poke.o")
    r = subprocess.run([exe], capture_output=True, text=True)
    assert r.returncode == -signal.SIGSEGV, r
    assert r.stdout == "start\n"
    assert "safec: segmentation fault at address 0x10 " in r.stderr, r.stderr
    assert "call stack: poke" in r.stderr and "<- main main.c:" in r.stderr, r.stderr
    sent = subprocess.run([exe, "raise"], capture_output=True, text=True)
    assert sent.returncode == -signal.SIGSEGV and sent.stdout == "start\n", sent
    assert "safec" not in sent.stderr, sent.stderr
    own = subprocess.run([exe, "own"], capture_output=True, text=True)
    assert own.returncode == 0 and own.stdout == "start\ncaught\n", own
    assert "safec" not in own.stderr, own.stderr


LIMITED = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char **v = malloc(1000 * sizeof *v);
    long sum = 0;
    for (int i = 0; i < 1000; i++) {
        v[i] = malloc(24);
        memset(v[i], i & 0x7f, 24);
    }
    for (int i = 0; i < 1000; i++) {
        sum += v[i][23];
        free(v[i]);
    }
    printf("%ld\n", sum);
    char *p = v[3];
    free(v);
    printf("%d\n", p[0]);
    return 0;
}
"""


@pytest.mark.parametrize("limit_mb", [250, 400, 7 * 1024])
def test_starts_under_an_address_space_limit(tmp_path: object, limit_mb: int) -> None:
    """ulimit -v (test harnesses, sandboxes): the runtime's reservations fit
    in a share of the limit, and the program runs and still reports."""
    import resource

    exe = _build(str(tmp_path), "lim", LIMITED)

    def limit() -> None:
        n = limit_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (n, n))

    r = subprocess.run([exe], capture_output=True, text=True, preexec_fn=limit)
    assert r.stdout == "62252\n", r.stderr
    assert "safec: use-after-free: read of 1 byte at offset 0 of a 24-byte freed heap block" \
        in r.stderr

