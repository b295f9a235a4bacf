"""What a report says about the object: its type, where it was made, where
it died.

Records hold an index into a table of descriptions (type name, site,
function type), and a dead record's index link names its free site; a
record reused for another object leaves its last description in the
graveyard.  These tests read the `object:` line of real reports, for each
way the runtime finds the object: live, dead and not yet reused, buried.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _build(d: Path, name: str, src: str, *extra: str) -> str:
    (d / (name + ".c")).write_text(src)
    r = subprocess.run([sys.executable, "-m", "safec", "build", "--mode", "safe",
                        name + ".c", *extra, "-pthread", "-o", name],
                       cwd=d, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return os.path.join(d, name)


def _report(exe: str, arg: str, stdout: str | None = None) -> list[str]:
    """The lines of the report exe prints when run with arg (after stdout)."""
    r = subprocess.run([exe, arg], capture_output=True, text=True, timeout=60)
    assert r.returncode == 86, (r.returncode, r.stderr)
    assert stdout is None or r.stdout == stdout, (r.stdout, r.stderr)
    return r.stderr.splitlines()


OBJECTS = r"""
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node { struct node *next; long v; };
typedef int unary(int);
typedef long binary(long, long);
static int twice(int x) { return 2 * x; }

static struct node *make(long v)
{
    struct node *n = malloc(sizeof *n);
    n->next = NULL;
    n->v = v;
    return n;
}

int main(int argc, char **argv)
{
    const char *what = argv[1];
    struct node *a = make(1);
    if (!strcmp(what, "live")) {
        struct node *arr = (struct node *)a;
        printf("%ld\n", arr[1].v);
    }
    free(a);
    if (!strcmp(what, "dead"))
        printf("%ld\n", a->v);
    if (!strcmp(what, "buried")) {
        /* the freed block and its record are reused for the next node of
           its size: a's object is described from the graveyard */
        struct node *b = make(2);
        printf("%d\n", b == a);
        printf("%ld\n", a->v);
    }
    if (!strcmp(what, "call")) {
        unary *f = twice;
        binary *g = (binary *)f;
        printf("%ld\n", g(1, 2));
    }
    if (!strcmp(what, "errno")) {
        errno = 0;
        int *e = &errno;
        printf("%d\n", e[0]);
        e[1] = 1;
    }
    return 0;
}
"""


@pytest.fixture(scope="module")
def objects(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _build(tmp_path_factory.mktemp("reports"), "objects", OBJECTS)


def test_live_heap_object(objects: str) -> None:
    lines = _report(objects, "live")
    assert lines[0].startswith("safec: heap-buffer-overflow: read of 8 bytes"), lines
    assert "  object: struct node allocated at make (objects.c:14:22)" in lines[2], lines


def test_freed_object_names_both_sites(objects: str) -> None:
    lines = _report(objects, "dead")
    assert lines[0].startswith("safec: use-after-free: "), lines
    obj = lines[2]
    assert obj.startswith("  object: struct node allocated at make (objects.c:14:22)"), lines
    assert ", freed at main (objects.c:28:5)" in obj, lines


def test_reused_block_is_described_from_the_graveyard(objects: str) -> None:
    lines = _report(objects, "buried", "1\n")
    assert lines[0].startswith("safec: use-after-free: "), lines
    assert "struct node allocated at make (objects.c:14:22)" in lines[2], lines
    assert ", freed at main (objects.c:28:5)" in lines[2], lines


def test_function_object_names_function_and_type(objects: str) -> None:
    lines = _report(objects, "call")
    assert lines[0].startswith("safec: control-flow-violation: call of function twice (type #"), lines
    assert "through a pointer to a different function type" in lines[0], lines
    assert lines[2].startswith("  object: function twice (type #"), lines


def test_errno_is_its_own_object(objects: str) -> None:
    """errno is the thread's int in libc, registered once per thread."""
    lines = _report(objects, "errno", "0\n")
    assert lines[0].startswith("safec: "), lines
    assert "0 bytes past the end of a 4-byte" in lines[0], lines
    assert lines[2].startswith("  object: errno"), lines


THREADS_ERRNO = r"""
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *work(void *arg)
{
    long k = (long)arg;
    for (int i = 0; i < 1000; i++) {
        errno = 0;
        strtol("99999999999999999999999", NULL, 10);
        if (errno != ERANGE)
            return (void *)1;
        errno = (int)k;
        if (errno != (int)k)
            return (void *)1;
    }
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    for (long k = 0; k < 4; k++)
        pthread_create(&t[k], NULL, work, (void *)(k + 10));
    long bad = (long)work((void *)3);
    for (int k = 0; k < 4; k++) {
        void *r;
        pthread_join(t[k], &r);
        bad += (long)r;
    }
    printf("bad %ld errno %d\n", bad, errno);
    return 0;
}
"""


def test_errno_in_threads(tmp_path: Path) -> None:
    exe = _build(tmp_path, "terrno", THREADS_ERRNO)
    r = subprocess.run([exe], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert r.stdout == "bad 0 errno 3\n"


# Blocks from two allocation sites (two types) freed at two sites, in an
# order that alternates them: each report must name its own block's sites.
# The runtime remembers the last allocation and free site per thread, so
# that a run of blocks from one site needs no description lookup; these
# cases fail if a remembered site leaks into another block's record.
SITES = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pt { long x, y; };
struct tag { char name[24]; };

static void drop_pt(struct pt *p) { free(p); }
static void drop_tag(struct tag *t) { free(t); }

int main(int argc, char **argv)
{
    const char *what = argv[1];
    struct pt *keep[8];
    struct tag *tags[8];
    for (int i = 0; i < 8; i++) {
        keep[i] = malloc(sizeof *keep[i]);
        keep[i]->x = i;
        tags[i] = malloc(sizeof *tags[i]);
        strcpy(tags[i]->name, "t");
    }
    for (int i = 0; i < 8; i++) {
        drop_tag(tags[i]);
        drop_pt(keep[i]);
    }
    if (!strcmp(what, "pt"))
        printf("%ld\n", keep[3]->x);
    if (!strcmp(what, "tag"))
        printf("%s\n", tags[5]->name);
    if (!strcmp(what, "reused")) {
        struct tag *t = malloc(sizeof *t); /* takes tags[7]'s block and record */
        printf("%d\n", t == tags[7]);
        printf("%s\n", tags[7]->name);
    }
    return 0;
}
"""


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _build(tmp_path_factory.mktemp("sites"), "sites", SITES)


@pytest.mark.parametrize("what,alloc_site,free_site,out", [
    ("pt", "struct pt allocated at main (sites.c:18:19)", "freed at drop_pt (sites.c:9:37)", None),
    ("tag", "struct tag allocated at main (sites.c:20:19)", "freed at drop_tag (sites.c:10:39)",
     None),
    ("reused", "struct tag allocated at main (sites.c:20:19)",
     "freed at drop_tag (sites.c:10:39)", "1\n"),
])
def test_alternating_sites_are_each_named(sites: str, what: str, alloc_site: str,
                                          free_site: str, out: str | None) -> None:
    lines = _report(sites, what, out)
    assert lines[0].startswith("safec: use-after-free: "), lines
    assert alloc_site in lines[2] and free_site in lines[2], lines
