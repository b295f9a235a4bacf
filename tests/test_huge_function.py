"""A function with thousands of checks gets them as calls (gcc cannot
compile thousands of inline checks in one function in reasonable time or
memory: pcre2's match()), and they still check."""

from __future__ import annotations

import os
import subprocess
import sys

from safec.driver import Options, emit_c
from safec.instrument.safe import _MAX_INLINE_SITES


def _write(tmp_path: object, n: int) -> str:
    lines = ["#include <stdio.h>", "#include <stdlib.h>",
             "static long big(long *p, const long *q, int n) {", "    long s = 0;"]
    for k in range(n):
        lines.append(f"    if (n > {k % 50}) {{ p[{k % 64}] = q[{(k * 7) % 64}] + {k}; "
                     f"s += p[{(k * 3) % 64}]; }}")
    lines += ["    p[n] = s;", "    return s;", "}",
              "int main(int argc, char **argv) {", "    (void)argv;",
              "    long *p = calloc(64, sizeof *p), *q = calloc(64, sizeof *q);",
              "    for (int i = 0; i < 64; i++) q[i] = i;",
              '    printf("%ld\\n", big(p, q, 60));',
              '    printf("%ld\\n", big(p, q, 63 + argc));', "    return 0;", "}"]
    path = os.path.join(str(tmp_path), "huge.c")
    with open(path, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    return path


def test_small_functions_keep_inline_checks(tmp_path: object) -> None:
    text = emit_c(_write(tmp_path, 10), Options(mode="safe"))
    assert "_ool(" not in text


def test_huge_function_checks_out_of_line_and_still_reports(tmp_path: object) -> None:
    path = _write(tmp_path, _MAX_INLINE_SITES // 2)
    text = emit_c(path, Options(mode="safe"))
    big = text.split("static long big")[-1].split("\nint main")[0]
    assert "sc_chk_w_ool(" in big and "SC_CHK_W(" not in big
    exe = os.path.join(str(tmp_path), "huge")
    b = subprocess.run([sys.executable, "-m", "safec", "build", "--mode", "safe", "-O1", path,
                        "-o", exe], capture_output=True, text=True, timeout=600)
    assert b.returncode == 0, b.stderr
    g = subprocess.run(["gcc", "-O1", path, "-o", exe + ".gcc"], capture_output=True, text=True)
    assert g.returncode == 0, g.stderr
    want = subprocess.run([exe + ".gcc"], capture_output=True, text=True).stdout.splitlines()[0]
    r = subprocess.run([exe], capture_output=True, text=True, timeout=60)
    assert r.stdout.splitlines()[0] == want
    assert r.stderr.startswith("safec: heap-buffer-overflow: write of 8 bytes, 0 bytes past")
    assert "huge.c:" in r.stderr and "p[n] = s;" in r.stderr


LEAN = r"""
#include <stdio.h>
#include <stdlib.h>
static long *g;
static long mid(long *p, int n, int k)
{
    long s = 0;
%s
    for (int i = 0; i < n; i++)  /* a loop: SC_CHK_W */
        s += p[i];
    return s + g[k];             /* one check: sc_chk */
}
int main(int argc, char **argv)
{
    long *p = malloc(64 * sizeof *p);  /* not wholly written: tracked */
    (void)argv;
    g = p;
    for (int i = 0; i < 40; i++)
        p[i] = i;
    p[50] = 7;                          /* past the written prefix */
    printf("%%ld\n", mid(p, 40, 50));
    fflush(stdout);
    printf("%%ld\n", mid(p, 40, 44 + argc));  /* p[45]: never written */
    return 0;
}
"""


def test_big_function_checks_lean_and_still_track_init(tmp_path: object) -> None:
    """Hundreds of checks: a miss is one call that tests init bits there."""
    from safec.instrument.safe import _MAX_FULL_INLINE_SITES

    body = "\n".join(f"    if (n > {k % 50}) s += p[{k % 40}] * {k};"
                     for k in range(_MAX_FULL_INLINE_SITES + 50))
    path = os.path.join(str(tmp_path), "lean.c")
    with open(path, "w") as fh:
        fh.write(LEAN % body)
    text = emit_c(path, Options(mode="safe"))
    mid = text.split("static long mid")[-1].split("\nint main")[0]
    assert "sc_chk_lean(" in mid and "SC_CHK_W_LEAN(" in mid, mid[:2000]
    assert "sc_chk(" not in mid and "SC_CHK_W(" not in mid and "_ool(" not in mid
    main = text.split("\nint main")[-1]
    assert "sc_chk_lean(" not in main
    exe = os.path.join(str(tmp_path), "lean")
    b = subprocess.run([sys.executable, "-m", "safec", "build", "--mode", "safe", "-O2", path,
                        "-o", exe], capture_output=True, text=True, timeout=600)
    assert b.returncode == 0, b.stderr
    r = subprocess.run([exe], capture_output=True, text=True, timeout=60)
    s = sum(range(40))
    first = sum((k % 40) * k for k in range(_MAX_FULL_INLINE_SITES + 50) if 40 > k % 50)
    assert r.stdout == f"{first + s + 7}\n", (r.stdout, r.stderr)
    assert r.stderr.startswith("safec: uninitialized-read: read of 8 bytes"), r.stderr
    assert "return s + g[k];" in r.stderr
