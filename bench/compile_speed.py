"""Compile speed: `safec build --mode c -O2` against `gcc -O2` on one large file.

    python -m bench.compile_speed [--lines 25000] [--rounds 3] [--file X.c]

Without --file it generates a deterministic ~25k-line C program (a register
VM with many opcode handlers, struct types, tables, string formatting) that
prints a checksum, builds it both ways in interleaved rounds, checks that the
two binaries print the same thing, and reports median times and their ratio.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def generate(lines: int, seed: int = 1) -> str:
    rnd = random.Random(seed)
    out: list[str] = [
        "#include <stdio.h>", "#include <stdlib.h>", "#include <string.h>",
        "#include <stdint.h>", "",
        "typedef struct vm { int64_t r[16]; uint32_t pc; uint64_t acc; char buf[64]; } vm;",
        "typedef struct rec { int id; double w; const char *name; struct rec *next; } rec;",
        "static uint64_t mix(uint64_t x) { x ^= x >> 33; x *= 0xff51afd7ed558ccdULL;"
        " x ^= x >> 33; return x; }", "",
    ]
    nfun = 0
    while len(out) < lines - 60:
        i = nfun
        nfun += 1
        a, b, c = rnd.randrange(16), rnd.randrange(16), rnd.randrange(1, 97)
        body = [
            f"static void op_{i}(vm *m, rec *list)",
            "{",
            f"    int64_t t = m->r[{a}] * {c} + m->r[{b}];",
            f"    for (int k = 0; k < {rnd.randrange(2, 9)}; k++) {{",
            f"        t = (t << 1) ^ (t >> 3) ^ k ^ {rnd.randrange(1000)};",
            f"        if ((t & 7) == {rnd.randrange(8)}) t += m->r[(k + {a}) & 15];",
            "    }",
            "    switch ((unsigned)t % 4) {",
            f"    case 0: m->r[{b}] ^= t; break;",
            f"    case 1: m->acc += mix((uint64_t)t + {i}); break;",
            f"    case 2: snprintf(m->buf, sizeof m->buf, \"%d:%lld\", {i}, (long long)(t % 1000));"
            " m->acc += strlen(m->buf); break;",
            "    default: for (rec *p = list; p; p = p->next) m->acc += (uint64_t)(p->id * p->w);"
            " break;",
            "    }",
            f"    m->r[{(a + b) % 16}] = t;",
            "}",
            "",
        ]
        out += body
    out.append(f"static void (*const ops[{nfun}])(vm *, rec *) = {{")
    out += [f"    op_{i}," for i in range(nfun)]
    out.append("};")
    out += [
        "int main(void)",
        "{",
        "    vm m; memset(&m, 0, sizeof m);",
        "    rec nodes[4]; rec *list = NULL;",
        "    for (int i = 0; i < 4; i++) { nodes[i].id = i + 1; nodes[i].w = 0.5 * i;"
        " nodes[i].name = \"n\"; nodes[i].next = list; list = &nodes[i]; }",
        "    for (int i = 0; i < 16; i++) m.r[i] = i * 7 + 1;",
        f"    for (uint32_t s = 0; s < {nfun * 3}; s++) ops[(s * 2654435761u) % {nfun}](&m, list);",
        "    printf(\"checksum: %llu\\n\", (unsigned long long)(m.acc ^ (uint64_t)m.r[3]));",
        "    return 0;",
        "}",
    ]
    return "\n".join(out) + "\n"


def _time(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    if r.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{r.stderr[-3000:]}")
    return dt


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lines", type=int, default=25000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--file", default=None, help="time this C file instead of a generated one")
    ap.add_argument("--flags", default="", help="extra flags for both compilers")
    args = ap.parse_args(argv)
    d = tempfile.mkdtemp(prefix="safec-compile-")
    try:
        src = args.file or os.path.join(d, "big.c")
        if not args.file:
            with open(src, "w") as fh:
                fh.write(generate(args.lines))
        with open(src) as fh:
            nlines = sum(1 for _ in fh)
        safec = [sys.executable, "-m", "safec"]
        flags = args.flags.split()
        gcc_cmd = ["gcc", "-O2", "-w", *flags, src, "-o", os.path.join(d, "g")]
        sc_cmd = [*safec, "build", "--mode", "c", "-O2", "-w", *flags, src, "-o",
                  os.path.join(d, "s")]
        gt, st = [], []
        for r in range(args.rounds):
            print(f"\rround {r + 1}/{args.rounds}", end="", file=sys.stderr, flush=True)
            gt.append(_time(gcc_cmd))
            st.append(_time(sc_cmd))
        print(file=sys.stderr)
        if not args.file:
            go = subprocess.run([os.path.join(d, "g")], capture_output=True, text=True).stdout
            so = subprocess.run([os.path.join(d, "s")], capture_output=True, text=True).stdout
            if go != so:
                print(f"WRONG: outputs differ: gcc {go!r} safec {so!r}")
                return 1
        g, s = statistics.median(gt), statistics.median(st)
        print(f"{nlines} lines: gcc -O2 {g:.2f} s, safec build --mode c -O2 {s:.2f} s, "
              f"ratio {s / g:.2f}x (median of {args.rounds})")
        return 0
    finally:
        shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
