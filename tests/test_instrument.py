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


def test_hybrid_elides_provable_checks(tmp_path: object) -> None:
    src = ("int f(void) { int a[10]; int s = 0;\n"
           "  for (int i = 0; i < 10; i++) a[i] = i;\n"
           "  for (int i = 0; i < 10; i++) s += a[i];\n"
           "  return s + a[9]; }\n")
    safe = body(emit(tmp_path, src, "safe"), "f")
    hybrid = body(emit(tmp_path, src, "hybrid"), "f")
    assert safe.count("sc_chk(") == 3
    assert hybrid.count("sc_chk(") == 0


def test_hybrid_keeps_checks_it_cannot_prove(tmp_path: object) -> None:
    src = ("int f(int n) { int a[10]; int s = 0;\n"
           "  for (int i = 0; i <= 10; i++) s += a[i];\n"   # one past the end
           "  for (int i = 0; i < n; i++) s += a[i];\n"     # unknown bound
           "  return s; }\n")
    assert body(emit(tmp_path, src, "hybrid"), "f").count("sc_chk(") == 2


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
