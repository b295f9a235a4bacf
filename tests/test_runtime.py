"""The safe-C runtime (src/safec/runtime) on its own, without the compiler.

tests/runtime/test_rt.c exercises records, the address index, shadow,
wrappers and format checks as emitted safe code would, and holds the death
scenarios; here it is built with warnings as errors and run, each death
scenario on its own so a failure names it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "src" / "safec" / "runtime"
TESTS = Path(__file__).resolve().parent / "runtime"
SOURCES = sorted(str(p) for p in RUNTIME.glob("*.c"))
FLAGS = ["-O2", "-Wall", "-Wextra", "-Werror", "-pthread"]

# Keep in step with SCENARIOS in tests/runtime/test_rt.c (checked below).
DEATHS = [
    "heap_overflow", "heap_underflow", "stack_overflow", "global_overflow", "subobject",
    "uaf", "uaf_reused", "realloc_stale", "realloc_in_place_stale", "use_after_return", "use_after_scope",
    "double_free", "invalid_free_interior", "invalid_free_stack", "null", "forged",
    "forged_slot", "cfv_data", "cfv_offset", "cfv_type", "cfv_forged", "call_null",
    "null_far_field", "sub_leaves_object",
    "fmt_missing", "fmt_s_int", "fmt_n", "fmt_double_for_int", "fmt_long_for_int", "fmt_after_o",
    "fmt_star_negative", "fmt_unterminated",
    "scanf_nowidth", "scanf_too_wide", "scanf_long_into_int", "strlen_unterminated",
    "memcpy_overlap", "memcpy_dst", "dst_sprintf", "qsort_cmp_writes", "qsort_bad_cmp",
    "longjmp_returned", "uninit", "uninit_past_prefix", "flush_stdout",
]


def _gcc(*args: str) -> None:
    r = subprocess.run(["gcc", *args], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


@pytest.fixture(scope="session")
def test_rt(tmp_path_factory: pytest.TempPathFactory) -> str:
    exe = str(tmp_path_factory.mktemp("rt") / "test_rt")
    _gcc(*FLAGS, "-g", f"-I{RUNTIME}", str(TESTS / "test_rt.c"), *SOURCES, "-o", exe)
    return exe


@pytest.fixture(scope="session")
def expectations(test_rt: str) -> dict[str, str]:
    out = subprocess.run([test_rt, "--deaths"], capture_output=True, text=True, check=True)
    return dict(line.split("\t", 1) for line in out.stdout.splitlines())


def _run(exe: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    e = dict(os.environ)
    e.pop("SAFEC_EXITCODE", None)
    e.update(env or {})
    return subprocess.run([exe, *args], capture_output=True, text=True, env=e, timeout=60)


def test_runtime_compiles_without_warnings(tmp_path: Path) -> None:
    for src in SOURCES:
        _gcc("-std=gnu11", *FLAGS, "-c", src, "-o", str(tmp_path / "x.o"))
    # strict C11 parses too (GNU extensions through __attribute__ only)
    _gcc("-std=c11", *FLAGS, "-fsyntax-only", *SOURCES)


@pytest.mark.skipif(shutil.which("clang") is None, reason="no clang")
def test_runtime_compiles_with_clang() -> None:
    r = subprocess.run(["clang", *FLAGS, "-fsyntax-only", *SOURCES], capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stderr


def test_runtime_links_into_a_shared_object(tmp_path: Path) -> None:
    # .preinit_array is not allowed in a DSO; the constructor takes over.
    _gcc(*FLAGS, "-fPIC", "-shared", *SOURCES, "-o", str(tmp_path / "librt.so"))


C89_PROGRAM = r"""
#include <stdio.h>
#include <stdlib.h>
struct pair { char *a, *b; };
static struct pair make(char *s) { struct pair p; p.a = s; p.b = s + 1; return p; }
int main(void)
{
    char buf[4];
    struct pair p = { buf, buf + 2 };
    struct pair q;
    char *h = malloc(3);
    buf[0] = 'o'; buf[1] = 'k'; buf[2] = 0;
    q = make(h);
    h[0] = 'c'; h[1] = '8'; h[2] = 0;
    printf("%s %s %s\n", p.a, q.a, q.b);
    free(h);
    return 0;
}
"""


def test_header_builds_c89_code(tmp_path: Path) -> None:
    """Safe code built with -std=c89 includes safec_rt.h: no `inline`, no
    declarations in for loops (C99) in it."""
    src = tmp_path / "c89.c"
    src.write_text(C89_PROGRAM)
    r = subprocess.run([sys.executable, "-m", "safec", "run", "--mode", "safe", "-std=c89",
                        str(src)], capture_output=True, text=True,
                       cwd=str(tmp_path), timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "ok c8 8\n"


def test_header_is_clean_under_strict_warnings(tmp_path: Path) -> None:
    """The program's own translation unit includes safec_rt.h: its inline
    code keeps const (-Wcast-qual) and warns about nothing under -Werror."""
    src = tmp_path / "inc.c"
    src.write_text('#include "safec_rt.h"\nint main(void) { return 0; }\n')
    r = subprocess.run(["gcc", "-std=gnu11", "-Wall", "-Wextra", "-Wcast-qual", "-Werror",
                        "-fsyntax-only", "-I", str(RUNTIME), str(src)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def test_unit_and_forked_death_tests(test_rt: str) -> None:
    r = _run(test_rt)
    assert r.returncode == 0, r.stderr
    assert "ok:" in r.stdout


def test_death_list_matches(expectations: dict[str, str]) -> None:
    assert sorted(expectations) == sorted(DEATHS)


@pytest.mark.parametrize("name", DEATHS)
def test_death(name: str, test_rt: str, expectations: dict[str, str]) -> None:
    r = _run(test_rt, name)
    first = r.stderr.splitlines()[0] if r.stderr else ""
    assert r.returncode == 86, r.stderr
    assert first.startswith(expectations[name]), r.stderr
    # one report, ASan-grade: kind line, place, call stack ending in main
    assert r.stderr.count("safec: ") == 1
    assert "\n  at " in r.stderr
    stack = [ln for ln in r.stderr.splitlines() if ln.startswith("  call stack: ")]
    assert stack and re.search(r" <- main( \S+)?$|^  call stack: \S+ \S+$", stack[0]), r.stderr


def test_exit_code_from_environment(test_rt: str) -> None:
    r = _run(test_rt, "null", env={"SAFEC_EXITCODE": "7"})
    assert r.returncode == 7
    assert r.stderr.startswith("safec: null-dereference: ")


def test_earlier_output_is_flushed(test_rt: str) -> None:
    r = _run(test_rt, "flush_stdout")
    assert r.returncode == 86
    assert r.stdout == "partial output"


DEMO = """\
#include "safec_rt.h"
static const sc_site at_fill = {"demo.c", "fill", 12, 9};
static const sc_site at_main = {"demo.c", "main", 20, 14};
__attribute__((noinline)) void fill(sc_fat p, int n, int v)
{
    for (int i = 0; i <= n; i++) {
        sc_fat q = sc_add(p, i * 4);
        *(int *)sc_chk(q, 4, 1, &at_fill) = v;
    }
}
/* padding so that fill's check is on line 12 of the "source" */
int main(void)
{
    sc_fat p = sc_w_malloc(40, "int[10]", &at_main);
    fill(p, 10, 7);
    return 0;
}
"""


def test_report_format(tmp_path: Path) -> None:
    (tmp_path / "demo.c").write_text(DEMO)
    src = ["#include <stdio.h>"] * 11 + ["        p[i] = v;"] + ["x"] * 7 + \
        ["    int *p = malloc(10 * sizeof *p);"]
    exe = tmp_path / "demo"
    _gcc(*FLAGS, "-g", f"-I{RUNTIME}", str(tmp_path / "demo.c"), *SOURCES, "-o", str(exe))
    # the report reads the source line from the file the site names
    (tmp_path / "demo.c").write_text("\n".join(src) + "\n")
    r = subprocess.run([str(exe)], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert r.returncode == 86
    lines = r.stderr.splitlines()
    assert lines[0] == ("safec: heap-buffer-overflow: write of 4 bytes, 0 bytes past the end "
                        "of a 40-byte heap block")
    assert lines[1] == "  at fill (demo.c:12:9)      p[i] = v;"
    assert lines[2] == "  object: int[10] allocated at main (demo.c:20:14)"
    assert lines[3].startswith("  call stack: fill demo.c:12 <- main demo.c:")


def test_report_without_addr2line(test_rt: str) -> None:
    r = _run(test_rt, "uaf", env={"PATH": "/nonexistent"})
    assert r.returncode == 86
    assert r.stderr.startswith("safec: use-after-free: ")
    assert "call stack: " in r.stderr


INCLUDE = ROOT / "src" / "safec" / "include"

KALLOC_DEMO = """\
#define __counted_by(n) /* as the kernel would have it */
#include <safec.h>
#include <safec/kalloc.h>
#include <stdio.h>
struct msg { size_t len; char data[] __counted_by(len); };
__safec_regular_c static int first(const int *b __sized_by(n), size_t n) { return n ? b[0] : -1; }
int main(void)
{
    int *a = kcalloc(4, sizeof *a, GFP_KERNEL);
    a[3] = 7;
    a = krealloc(a, 8 * sizeof *a, GFP_KERNEL);
    char *s = kstrdup("hi", GFP_ATOMIC);
    void *z = kmalloc(0, GFP_KERNEL);
    struct msg *m = kzalloc(sizeof *m + 4, GFP_KERNEL | __GFP_NOWARN);
    int *big = kmalloc_array((size_t)-1, 2, GFP_KERNEL);
    printf("%d %d %s %d %zu %d\\n", first(a, 1), a[3], s, ZERO_OR_NULL_PTR(z), m->len,
           big == NULL);
    kfree(z);
    kfree(NULL);
    kfree(s);
    kvfree(a);
    kfree(m);
    return 0;
}
"""


@pytest.mark.parametrize("cc,std", [("gcc", "gnu11"), ("gcc", "c11"), ("clang", "gnu11")])
def test_annotation_and_kalloc_headers(cc: str, std: str, tmp_path: Path) -> None:
    if shutil.which(cc) is None:
        pytest.skip(f"no {cc}")
    (tmp_path / "k.c").write_text(KALLOC_DEMO)
    exe = tmp_path / "k"
    r = subprocess.run([cc, f"-std={std}", "-Wall", "-Wextra", "-Werror", f"-I{INCLUDE}",
                        str(tmp_path / "k.c"), "-o", str(exe)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    out = subprocess.run([str(exe)], capture_output=True, text=True, check=True).stdout
    assert out == "0 7 hi 1 0 1\n"


def test_regular_c_marker_is_a_clang_annotation(tmp_path: Path) -> None:
    (tmp_path / "m.c").write_text("#include <safec.h>\n__safec_regular_c void f(void);\n")
    for cc, want in (("gcc", "void f(void);"),
                     ("clang", '__attribute__((annotate("safec_regular_c"))) void f(void);')):
        if shutil.which(cc) is None:
            continue
        r = subprocess.run([cc, "-E", "-P", f"-I{INCLUDE}", str(tmp_path / "m.c")],
                           capture_output=True, text=True, check=True)
        assert r.stdout.strip().splitlines()[-1].strip() == want
