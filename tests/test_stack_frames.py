"""Safe code must not need much more stack than the plain build: deeply
recursive C (PCRE2's compile_branch with a deeply nested pattern) runs out
of an 8 MB stack otherwise.  Each pointer load used to leave a 32-byte
return slot in its function's frame (the slow path returned an sc_fat
through memory); a function with many loads had a frame of kilobytes."""

from __future__ import annotations

import os
import subprocess
import sys


def _frame_bytes(tmp_path: object, mode: str) -> int:
    loads = "\n".join(f"    case {k}: s += n->next[{k % 4}]->v; n = n->next[{(k + 1) % 4}]; break;"
                      for k in range(60))
    src = os.path.join(str(tmp_path), "frames.c")
    with open(src, "w") as fh:
        fh.write("struct node { struct node *next[4]; long v; };\n"
                 "long walk(struct node *n, int k) {\n    long s = 0;\n"
                 f"    switch (k) {{\n{loads}\n    }}\n    return s + n->v;\n}}\n")
    obj = os.path.join(str(tmp_path), "frames.o")
    r = subprocess.run([sys.executable, "-m", "safec", "cc", "--mode", mode, "-O2",
                        "-fstack-usage", "-c", src, "-o", obj],
                       capture_output=True, text=True, cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    with open(os.path.join(str(tmp_path), "frames.su")) as fh:
        sizes = [int(line.split("\t")[1]) for line in fh if ":walk\t" in line]
    assert sizes, "no stack usage line for walk"
    return sizes[0]


def test_pointer_loads_do_not_grow_the_frame(tmp_path: object) -> None:
    plain = _frame_bytes(tmp_path, "c")
    safe = _frame_bytes(tmp_path, "safe")
    # 60 load sites: 32 bytes each was about 2 KB
    assert safe <= plain + 512, (plain, safe)


_PARSER = r"""
#include <stdlib.h>
#include <string.h>
struct item { struct item *next, *child; char *name; int type; double v; };
static const char *skip(const char *p) { while (*p == ' ') p++; return p; }
struct item *parse(const char **pp) {
    const char *p = skip(*pp);
    struct item *it = calloc(1, sizeof *it);
    if (*p == '[') {
        struct item *last = NULL;
        p++;
        while (*p && *p != ']') {
            struct item *c;
            *pp = p;
            c = parse(pp);
            p = *pp;
            if (!c) break;
            if (last) last->next = c; else it->child = c;
            last = c;
            p = skip(p);
            if (*p == ',') p++;
        }
        if (*p == ']') p++;
        it->type = 1;
    } else {
        char buf[32]; int n = 0;
        while (*p >= '0' && *p <= '9' && n < 31) buf[n++] = *p++;
        buf[n] = 0;
        it->v = atof(buf); it->type = 2;
        it->name = strdup(buf);
    }
    *pp = p;
    return it;
}
"""


def test_unoptimized_build_shares_stack_slots(tmp_path: object) -> None:
    """Without -O gcc gave each local of each inlined check a slot of its
    own: this recursive-descent parser had a 10 KB frame in mode safe (gcc
    -O0: about 100 bytes), and 1000 levels of nesting overflowed the stack.
    Instrumented code is built with at least -Og."""
    src = os.path.join(str(tmp_path), "parser.c")
    with open(src, "w") as fh:
        fh.write(_PARSER)
    for flags in ([], ["-O0"]):
        r = subprocess.run([sys.executable, "-m", "safec", "cc", "--mode", "safe", *flags,
                            "-fstack-usage", "-c", src, "-o", "parser.o"],
                           capture_output=True, text=True, cwd=str(tmp_path))
        assert r.returncode == 0, r.stderr
        with open(os.path.join(str(tmp_path), "parser.su")) as fh:
            sizes = [int(line.split("\t")[1]) for line in fh if ":parse\t" in line]
        assert sizes and sizes[0] <= 2048, (flags, sizes)


def _dispatch_loop(cases: int, with_call: bool) -> str:
    body = []
    for k in range(cases):
        call = " sink(a, b);" if with_call else ""
        body.append(
            f"        case {k}: {{\n"
            f"            struct val *a = &base[ins[pc] & 15], *b = &base[(ins[pc] >> 4) & 15];\n"
            f"            if (a->tag == 1 && b->tag == 1) a->u.i += b->u.i * {k};\n"
            f"            else {{ a->u.d = b->u.d + {k}.0; a->tag = 2;{call} }}\n"
            f"            break;\n        }}")
    return ("struct val { union { long i; double d; } u; int tag; };\n"
            "void sink(struct val *a, struct val *b);\n"
            "long run(struct val *base, const unsigned *ins, int n) {\n"
            "    for (int pc = 0; pc < n; pc++) {\n        switch (ins[pc] >> 24) {\n"
            + "\n".join(body) + "\n        }\n    }\n    return base[0].u.i;\n}\n")


def test_dispatch_loop_frame_stays_small(tmp_path: object) -> None:
    """An interpreter's dispatch loop (Lua's luaV_execute: a 30 KB frame in
    mode safe, 88 bytes with gcc) is a switch of many cases, each with a few
    accesses through element pointers.  Two things gave every check site
    stack slots of its own: packing a capability into a 128-bit scalar by
    32-bit shifts (gcc does a 128-bit shift through memory), and taking the
    address out of `sc_add(f, n).p` (the whole sc_fat result went to
    memory).  80 cases were 14 KB; with no call in the loop (so the loop
    is versioned), 40 cases were 17 KB."""
    for cases, with_call in ((80, True), (40, False)):
        src = os.path.join(str(tmp_path), "vm.c")
        with open(src, "w") as fh:
            fh.write(_dispatch_loop(cases, with_call))
        r = subprocess.run([sys.executable, "-m", "safec", "cc", "--mode", "safe", "-O2",
                            "-fstack-usage", "-c", src, "-o", "vm.o"],
                           capture_output=True, text=True, cwd=str(tmp_path))
        assert r.returncode == 0, r.stderr
        with open(os.path.join(str(tmp_path), "vm.su")) as fh:
            sizes = [int(line.split("\t")[1]) for line in fh if ":run\t" in line]
        assert sizes and sizes[0] <= 1024, (cases, with_call, sizes)
