"""The instrumentation stage: what gets a check, what does not, and why."""

from __future__ import annotations

import os
import re

from safec.driver import Options, emit_c
from safec.instrument.typeinfo import pointer_slots, type_id
from safec.ir import types as T


def emit(tmp_path: object, src: str, mode: str = "safe") -> str:
    p = os.path.join(str(tmp_path), "t.c")
    with open(p, "w") as fh:
        fh.write(src)
    return emit_c(p, Options(mode=mode))


def body(text: str, fn: str) -> str:
    m = re.search(rf"^\S.*\b{fn}\(.*?^}}", text, re.S | re.M)
    assert m, fn
    return m.group(0)


def test_pointer_access_is_checked_direct_access_is_not(tmp_path: object) -> None:
    out = emit(tmp_path, "int g; int f(int *p) { int x = 1; g = x; return *p + x; }")
    f = body(out, "f")
    assert f.count("sc_chk(") == 1          # only *p
    assert "g = " in f and "x = 1" in f      # direct accesses stay plain


def test_array_member_gets_a_sub_object_window(tmp_path: object) -> None:
    out = emit(tmp_path, "struct s { char buf[8]; void (*fn)(void); };\n"
                         "void f(struct s *p, int i) { p->buf[i] = 0; }")
    assert "sc_narrow(" in body(out, "f")


def test_pointer_stores_keep_capabilities_in_shadow(tmp_path: object) -> None:
    out = emit(tmp_path, "struct n { struct n *next; };\n"
                         "void f(struct n *a, struct n *b) { a->next = b; }")
    assert "sc_store_ptr(" in body(out, "f")


def test_indirect_call_is_checked_with_a_type_id(tmp_path: object) -> None:
    out = emit(tmp_path, "int f(int (*fp)(int)) { return fp(3); }")
    assert re.search(r"sc_chk_call\(.*, \d+u, ", body(out, "f"))


CHECK = re.compile(r"\bsc_chk(?:_in)?\(|\bSC_CHK_W\(")


def test_access_to_a_named_array_is_checked_by_its_static_window(tmp_path: object) -> None:
    out = body(emit(tmp_path, "struct s { int buf[4]; int x; } g;\n"
                              "int f(int i) { int a[10]; a[i] = 1; return a[i] + g.buf[i]; }"), "f")
    assert out.count("sc_chk_in(") == 3 and "sc_chk(" not in out
    assert "(void *)&g.buf, 16UL" in out  # the member array's window, not the struct's


def test_loop_hoists_the_window_of_a_pointer_it_only_moves(tmp_path: object) -> None:
    out = body(emit(tmp_path, "long f(long *p, int n) { long s = 0;\n"
                              "  for (int i = 0; i < n; i++) s += p[i];\n"
                              "  while (*p) p++;\n"
                              "  return s; }"), "f")
    assert out.count("sc_win_of(p)") == 2 and out.count("SC_CHK_W(") == 2 and "p.c," in out
    assert "sc_chk(" not in out


def test_no_loop_window_when_the_loop_may_free_or_repoint(tmp_path: object) -> None:
    src = ("#include <stdlib.h>\n"
           "void g(void);\n"
           "long f(long *p, long *q, int n) { long s = 0;\n"
           "  for (int i = 0; i < n; i++) { s += p[i]; if (i == 3) free(p); }\n"
           "  for (int i = 0; i < n; i++) { s += p[i]; g(); }\n"
           "  for (int i = 0; i < n; i++) { s += p[i]; p = q; }\n"
           "  return s; }")
    out = body(emit(tmp_path, src), "f")
    assert "sc_win_of" not in out and out.count("sc_chk(") == 3


def test_calls_to_functions_that_cannot_free_keep_the_window(tmp_path: object) -> None:
    src = ("static long sq(long x) { return x * x; }\n"
           "long f(long *p, int n) { long s = 0;\n"
           "  for (int i = 0; i < n; i++) s += sq(p[i]);\n"
           "  return s; }")
    assert "sc_win_of(p)" in body(emit(tmp_path, src), "f")


def test_a_body_that_cannot_free_checks_a_parameter_by_one_window(tmp_path: object) -> None:
    # hash3(p) reads p[0], p[1], p[2]: the record is loaded once, at entry
    src = ("unsigned h(const unsigned char *p, int *q) {\n"
           "  unsigned v = p[0] << 16 | p[1] << 8 | p[2];\n"
           "  return v + *q; }")
    out = body(emit(tmp_path, src), "h")
    assert out.count("sc_win_of(p)") == 1 and out.count("SC_CHK_W(") == 3
    assert "sc_win_of(q)" not in out and out.count("sc_chk(") == 1  # accessed once


def test_no_body_window_when_it_may_free_or_repoint(tmp_path: object) -> None:
    src = ("#include <stdlib.h>\n"
           "void g(void);\n"
           "int f1(int *p) { int s = p[0] + p[1]; free(p); return s; }\n"
           "int f2(int *p) { int s = p[0] + p[1]; g(); return s; }\n"
           "int f3(int *p, int *q) { int s = p[0]; p = q; return s + p[1]; }\n"
           "int f4(int n) { int *p = &n; return p[0] + p[0]; }\n")
    out = emit(tmp_path, src)
    for fn in ("f1", "f2", "f3", "f4"):
        assert "sc_win_of" not in body(out, fn), fn


def test_hybrid_elides_provable_checks(tmp_path: object) -> None:
    src = ("int f(void) { int a[10]; int s = 0;\n"
           "  for (int i = 0; i < 10; i++) a[i] = i;\n"
           "  for (int i = 0; i < 10; i++) s += a[i];\n"
           "  return s + a[9]; }\n")
    safe = body(emit(tmp_path, src, "safe"), "f")
    hybrid = body(emit(tmp_path, src, "hybrid"), "f")
    assert len(CHECK.findall(safe)) == 3
    assert len(CHECK.findall(hybrid)) == 0


def test_hybrid_keeps_checks_it_cannot_prove(tmp_path: object) -> None:
    src = ("int f(int n) { int a[10]; int s = 0;\n"
           "  for (int i = 0; i <= 10; i++) s += a[i];\n"   # one past the end
           "  for (int i = 0; i < n; i++) s += a[i];\n"     # unknown bound
           "  return s; }\n")
    assert len(CHECK.findall(body(emit(tmp_path, src, "hybrid"), "f"))) == 2


def test_inline_asm_is_refused_in_safe_code(tmp_path: object) -> None:
    import pytest

    from safec.errors import UnsupportedError
    with pytest.raises(UnsupportedError) as e:
        emit(tmp_path, "int f(int x) { __asm__ volatile(\"\" : \"+r\"(x)); return x; }")
    assert "inline assembly" in str(e.value)


def test_function_type_ids() -> None:
    i4 = T.ArithType("int", 4, 4)
    p = T.PointerType(T.VOID)
    cmp = T.FunctionType(i4, (p, p))
    cmp_const = T.FunctionType(i4, (T.PointerType(i4), p))
    assert type_id(cmp) == type_id(cmp_const)  # pointers are one class
    assert type_id(cmp) != type_id(T.FunctionType(i4, (p,)))
    assert type_id(cmp) != type_id(T.FunctionType(i4, (p, i4)))
    assert type_id(T.FunctionType(i4, (), False, False)) == 0  # unprototyped: any


def test_pointer_slots_of_nested_types() -> None:
    p = T.PointerType(T.VOID)
    i4 = T.ArithType("int", 4, 4)
    inner = T.RecordDecl("struct", "in", [T.Field("a", i4, 0), T.Field("q", p, 64)],
                         True, 16, 8)
    outer = T.RecordDecl("struct", "out", [T.Field("x", p, 0),
                                           T.Field("arr", T.ArrayType(T.RecordType(inner), 2), 64)],
                         True, 40, 8)
    assert pointer_slots(T.RecordType(outer)) == [0, 16, 32]


def test_counted_loop_runs_unchecked_when_the_precheck_proves_it(tmp_path: object) -> None:
    src = ("void f(double *out, const double *in, int n) {\n"
           "  for (int j = 1; j < n - 1; j++) out[j] = in[j - 1] + in[j + 1]; }")
    out = body(emit(tmp_path, src), "f")
    assert "if (!(j < n - 1) ||" in out.replace("(n - 1)", "n - 1")
    fast, slow = out.split("else", 1)
    assert "sc_chk" not in fast.split("if (!(j", 1)[1]   # the proven copy
    assert slow.count("SC_CHK_W(") == 3                 # the checked copy


def test_no_versioning_for_non_affine_or_nested_loops(tmp_path: object) -> None:
    src = ("void f(int *a, const int *idx, int n) {\n"
           "  for (int j = 0; j < n; j++) a[idx[j]] = j;\n"          # a[idx[j]]: not affine
           "  for (int j = 0; j < n; j++) for (int k = 0; k < n; k++) a[k] = j; }")
    out = body(emit(tmp_path, src), "f")
    assert out.count("__int128") > 0           # idx[j] and the inner a[k] are proven ...
    assert out.count("if (!(") == 2            # ... by two pre-checks, of innermost loops only
    assert "SC_CHK_W(((void *)((char *)(a).p + ((long)" in out  # a[idx[j]]: checked in both copies


def test_versioning_keeps_the_write_of_the_loop_variable_out(tmp_path: object) -> None:
    src = ("int f(int *a, int n) { int s = 0;\n"
           "  for (int j = 0; j < n; j++) { s += a[j]; if (s > 10) j++; }\n"
           "  return s; }")
    assert "__int128" not in body(emit(tmp_path, src), "f")


def test_precheck_names_only_variables_declared_before_the_loop(tmp_path: object) -> None:
    src = ("int f(int n) { int s = 0;\n"
           "  for (int j = 0; j < n; j++) { int t[4] = {1, 2, 3, 4}; s += t[j & 3] + t[1]; }\n"
           "  return s; }")
    out = body(emit(tmp_path, src), "f")
    assert "&t" not in out.split("for (", 1)[0]


# ---------------------------------------------------------------- libc boundary

def test_every_wrapped_function_has_a_declared_wrapper() -> None:
    from safec.instrument.libc import WRAPPED
    rt = os.path.join(os.path.dirname(__file__), "..", "src", "safec", "runtime", "safec_rt.h")
    with open(rt) as fh:
        header = fh.read()
    missing = [n for n in WRAPPED if not re.search(rf"\bsc_w_{re.escape(n)}\(", header)]
    assert not missing, missing


def test_va_list_calls_go_to_wrappers(tmp_path: object) -> None:
    out = emit(tmp_path, "#include <stdarg.h>\n#include <stdio.h>\n"
                         "void f(const char *fmt, ...) { va_list ap; va_start(ap, fmt);\n"
                         "  vprintf(fmt, ap); va_end(ap); }")
    assert "sc_w_vprintf(" in body(out, "f")


def test_strerror_r_is_routed_by_its_type(tmp_path: object) -> None:
    posix = emit(tmp_path, "#include <string.h>\n"
                           "int f(char *b) { return strerror_r(1, b, 8); }")
    assert "sc_w___xpg_strerror_r(" in body(posix, "f")
    gnu = emit(tmp_path, "#define _GNU_SOURCE\n#include <string.h>\n"
                         "char *f(char *b) { return strerror_r(1, b, 8); }")
    assert "sc_w_strerror_r(" in body(gnu, "f")


def test_asprintf_result_becomes_a_heap_object(tmp_path: object) -> None:
    out = emit(tmp_path, "#define _GNU_SOURCE\n#include <stdio.h>\n"
                         "int f(char **s) { return asprintf(s, \"%d\", 1); }")
    f = body(out, "f")
    assert "sc_chk_printf(" in f and "sc_asprintf_done(" in f


def test_ctype_macros_index_a_checked_table(tmp_path: object) -> None:
    out = emit(tmp_path, "#include <ctype.h>\nint f(int c) { return isalpha(c); }")
    f = body(out, "f")
    assert "sc_w___ctype_b_loc(" in f and "sc_chk(" in f


def test_static_functions_take_capabilities_as_parameters(tmp_path: object) -> None:
    src = ("static int *pick(int *a, int *b, int k) { return k ? a : b; }\n"
           "static int get(const int *p) { return *p; }\n"
           "int (*fp)(const int *) = 0;\n"
           "static int taken(const int *p) { return *p; }\n"
           "int f(int *x, int *y) { fp = taken; return get(pick(x, y, 1)); }")
    out = emit(tmp_path, src)
    # as 128-bit scalars: gcc keeps those in registers, an sc_cap in memory
    assert "sc_fat pick(int *__sc_in_a, int *__sc_in_b, int k, sc_capw __sc_cp_a, " \
           "sc_capw __sc_cp_b)" in out
    assert "sc_mk((void *)__sc_in_p, sc_cap_of(__sc_cp_p))" in body(out, "get")
    assert "sc_argcap" not in body(out, "f")                       # no TLS for these calls
    assert "sc_param(" in body(out, "taken")                       # its address is taken


# ---------------------------------------------------------------- initialization tracking

def test_local_array_without_initializer_keeps_init_bits_in_its_frame(tmp_path: object) -> None:
    f = body(emit(tmp_path, "int f(int i) { int a[10]; a[i] = 1; return a[i]; }"), "f")
    assert "SC_IB_WORDS(40UL)" in f and f.count("sc_ib(") == 2
    # recorded with its map only when it is reached by a pointer
    f = body(emit(tmp_path, "int f(int i) { int a[10]; int *p = a; p[i] = 1; return a[i]; }"),
             "f")
    assert "sc_reg_local(" in f and "SC_IB_WORDS(40UL)" in f
    # an initialized array is whole from the start: no bits
    g = body(emit(tmp_path, "int g(int i) { int a[10] = {0}; return a[i]; }"), "g")
    assert "sc_reg_local(" not in g and "sc_ib(" not in g


def test_zero_mode_tracks_nothing(tmp_path: object) -> None:
    p = os.path.join(str(tmp_path), "t.c")
    with open(p, "w") as fh:
        fh.write("struct s { char c; long l; };\n"
                 "int f(int i) { int a[10]; struct s v; v.l = 1; a[i] = 1; return a[i] + v.l; }")
    out = emit_c(p, Options(mode="safe", uninit="zero"))
    assert "sc_reg_local(" not in out and "__sc_ini_v" not in out


def test_struct_local_used_by_name_gets_a_flag_per_member(tmp_path: object) -> None:
    f = body(emit(tmp_path, "struct p { int x, y; };\n"
                            "int f(int c) { struct p v; v.x = 1; if (c) v.y = 2; return v.y; }"),
             "f")
    assert len(set(re.findall(r"__sc_ini_v_\d+", f))) == 2
    assert "sc_uninit_local(" in f and '"v.y"' in f


def test_aggregate_reads_are_copies_and_increments_are_read_modify_writes(
        tmp_path: object) -> None:
    f = body(emit(tmp_path, "struct p { int x, y; };\n"
                            "void f(struct p *a, struct p *b, int *n) { *a = *b; (*n)++; }"), "f")
    assert re.search(r"sc_chk\(b, 8UL, 3, ", f)  # SC_COPY of *b
    assert re.search(r"sc_chk\(n, 4UL, 2, ", f)  # SC_RMW of *n


def test_malloc_of_a_struct_with_padding_marks_its_padding(tmp_path: object) -> None:
    f = body(emit(tmp_path, "#include <stdlib.h>\nstruct q { char c; long l; };\n"
                            "struct q *f(void) { struct q *p = malloc(sizeof *p); return p; }"),
             "f")
    assert re.search(r'sc_init_pad\(.*16UL, \(const unsigned char \*\)"\\xfe\\x00"\)', f)


_NODE = "#include <stdlib.h>\nstruct n { struct n *next; char tag; long v; };\n"


def _malloc_kind(tmp_path: object, body_src: str) -> str:
    f = body(emit(tmp_path, _NODE + "struct n *f(long v, int c) {" + body_src + "}"), "f")
    m = re.search(r"sc_w_malloc\w*", f)
    assert m, f
    return m.group(0)


def test_constructor_that_writes_every_member_first_is_born_whole(tmp_path: object) -> None:
    # padding after `tag` counts with it; a null test and both arms of a branch are fine
    assert _malloc_kind(tmp_path, "struct n *p = malloc(sizeof *p); if (!p) return 0;"
                                  "p->tag = 1; if (c) p->v = v; else p->v = -v;"
                                  "p->next = 0; return p;") == "sc_w_malloc_whole"
    # assigned later, the type's size written out, a chained assignment
    assert _malloc_kind(tmp_path, "struct n *p; p = malloc(sizeof(struct n));"
                                  "p->next = 0; p->v = p->tag = 0; return p;"
                        ) == "sc_w_malloc_whole"


def test_constructor_that_may_read_or_leak_the_block_early_stays_tracked(
        tmp_path: object) -> None:
    for src in (
        "struct n *p = malloc(sizeof *p); p->tag = 1; p->v = v; return p;",  # next unset
        "struct n *p = malloc(sizeof *p); p->tag = 1; p->v = p->v + 1; p->next = 0; return p;",
        "struct n *p = malloc(sizeof *p); p->tag = 1; if (c) p->v = v; p->next = 0; return p;",
        "struct n *p = malloc(sizeof *p); p->tag = 1; free(p); p->v = v; p->next = 0; return p;",
        "struct n *p = malloc(sizeof *p); p->next = p; p->tag = 1; p->v = v; return p;",
        "struct n *p = malloc(2 * sizeof *p); p->tag = 1; p->v = v; p->next = 0; return p;",
        "struct n *p = malloc(sizeof *p); struct n **q = &p; (*q)->tag = 1; (*q)->v = v;"
        "(*q)->next = 0; return p;",
    ):
        assert _malloc_kind(tmp_path, src) == "sc_w_malloc", src


def test_loop_with_disjoint_ranges_may_be_vectorized(tmp_path: object) -> None:
    f = body(emit(tmp_path, "void f(double *y, const double *x, double a, int n) {\n"
                            "for (int j = 0; j < n; j++) y[j] += a * x[j]; }"), "f")
    assert "_Pragma(\"GCC ivdep\")" in f
    # the pre-check compares the two ranges: [min, max) of y against x's
    assert f.count(" ? ") >= 4


def test_no_ivdep_for_same_pointer_other_index_calls_or_memory_reductions(
        tmp_path: object) -> None:
    for src in (
        "void f(int *p, int n) { for (int j = 0; j < n; j++) p[j] = p[j + 1]; }",
        "int g(int); void f(int *p, int n) { for (int j = 0; j < n; j++) p[j] = g(j); }",
        "void f(int *p, int *s, int n) { for (int j = 0; j < n; j++) *s += p[j]; }",
        "int t; void f(int *p, int n) { for (int j = 0; j < n; j++) { p[j] = t; t++; } }",
        "void f(int *p, int n) { for (int j = 0; j < n; j++) p[2 * j] = j; }",
    ):
        assert "GCC ivdep" not in body(emit(tmp_path, src), "f"), src


def test_array_filled_from_the_front_by_loops_is_not_tracked(tmp_path: object) -> None:
    f = body(emit(tmp_path, "int f(int n) { int a[8]; a[0] = n;\n"
                            "for (int i = 1; i < 8; i++) a[i] = a[i - 1] * 2 + i;\n"
                            "int s = 0; for (int i = 0; i < 8; i++) s += a[i]; return s; }"), "f")
    assert "sc_reg_local" not in f and "sc_ib(" not in f


def test_array_a_loop_may_leave_unwritten_stays_tracked(tmp_path: object) -> None:
    for src in (
        "int f(int n) { int a[8]; for (int i = 0; i < 7; i++) a[i] = i; return a[n]; }",
        "int f(int n) { int a[8]; for (int i = 0; i < 8; i++) a[i] = a[i + 1]; return a[n]; }",
        "int f(int n) { int a[8]; for (int i = 0; i < 8; i++) { if (n) a[i] = i; }"
        " return a[n]; }",
        "int f(int n) { int a[8]; for (int i = 0; i < 8; i++) { if (i == n) continue;"
        " a[i] = i; } return a[n]; }",
        "int f(int n) { int a[8]; for (int i = 1; i < 8; i++) a[i] = i; return a[n]; }",
        "int f(int n) { int a[8]; for (int i = 0; i < n; i++) a[i] = i; return a[n]; }",
    ):
        assert "sc_ib(" in body(emit(tmp_path, src), "f"), src


def test_row_major_index_still_steps_by_one_element(tmp_path: object) -> None:
    f = body(emit(tmp_path, "void f(float *y, const float *x, int i, int n) {\n"
                            "for (int j = 0; j < n; j++) y[i * n + j] = 2 * x[j - 1 + i]; }"), "f")
    assert "GCC ivdep" in f


def test_array_only_indexed_by_name_gets_no_record(tmp_path: object) -> None:
    f = body(emit(tmp_path, "int f(int k) { int h[8] = {0}; for (int i = 0; i < k; i++)\n"
                            "h[i & 7]++; return h[k & 7]; }"), "f")
    assert "sc_lazy_cap(" in f and "sc_reg(" not in f and "sc_reg_local(" not in f


def test_array_whose_address_escapes_is_recorded(tmp_path: object) -> None:
    for src in (
        "int g(int *); int f(int k) { int h[8] = {0}; h[k] = 1; return g(h); }",
        "int f(int k) { int h[8] = {0}; int *p = &h[2]; return p[k]; }",
        "int f(int k) { char *s[4] = {0}; s[k] = \"x\"; return s[0] != 0; }",
    ):
        f = body(emit(tmp_path, src), "f")
        assert "sc_lazy_cap(" not in f and "sc_reg(" in f, src


def test_tiny_static_helpers_are_forced_inline(tmp_path: object) -> None:
    """What gcc inlines in the plain build it must inline in the safe one:
    sort's swap, instrumented, looked 252 instructions bigger and stayed a
    call.  Only where forcing cannot fail: no loop, no recursion (no call
    into the file's own functions), not extern, not variadic."""
    src = ("static void swap(int *a, long i, long j) { int t = a[i]; a[i] = a[j]; a[j] = t; }\n"
           "static int sum(const int *a, int n) { int s = 0; for (int i = 0; i < n; i++)"
           " s += a[i]; return s; }\n"
           "static int fact(int n) { return n < 2 ? 1 : n * fact(n - 1); }\n"
           "static int twice(int *p) { return swap(p, 0, 1), 2 * *p; }\n"
           "static int vla(int n) { int v[n]; v[0] = n; return v[0]; }\n"
           "int shared(int *p) { return *p; }\n"
           "static __attribute__((noinline)) int kept(int *p) { return *p; }\n"
           "int f(int *a) { swap(a, 0, 1); return sum(a, 2) + fact(3) + twice(a) + vla(2)"
           " + shared(a) + kept(a); }\n")
    out = emit(tmp_path, src)
    forced = set(re.findall(r"always_inline\)\) static __inline__ \w+ \*?(\w+)\(", out))
    assert forced == {"swap"}, forced


def test_no_forced_inline_beside_target_attributes(tmp_path: object) -> None:
    """A caller compiled for other target options (general-regs-only) would
    make the forced inlining a compile error."""
    out = emit(tmp_path, "static void swap(int *a) { int t = a[0]; a[0] = a[1]; a[1] = t; }\n"
                         "__attribute__((target(\"avx2\"))) void f(int *a) { swap(a); }\n")
    assert "always_inline" not in out


def test_memcpy_wrapper_calls_are_memcpy_calls(tmp_path: object) -> None:
    """xxHash reads through XXH_memcpy (a static wrapper of memcpy): a local
    copied into that way was registered as an object, copied by the
    wrapper's checked memcpy and ended, at every read (70x gcc)."""
    out = emit(tmp_path, "#include <string.h>\n#include <stdint.h>\n"
                         "static void *cp(void *d, const void *s, size_t n)"
                         " { return memcpy(d, s, n); }\n"
                         "uint64_t rd(const void *p) { uint64_t v; cp(&v, p, sizeof v); return v; }\n")
    rd = body(out, "rd")
    assert "sc_reg_local" not in rd and "__builtin_memcpy(&v" in rd, rd
