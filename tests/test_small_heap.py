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
