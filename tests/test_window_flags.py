"""Accesses at a constant offset from a pointer local with a loop window
(`p->len` read at every turn of an interpreter's dispatch loop): a flag made
once before the loop says the bytes are inside the window, and the access
is checked (SC_CHK_W) only while it does not hold.  Only for a pointer the
loop never changes; and no loop that a jump can enter from outside gets
windows or flags at all (they would be skipped)."""

from __future__ import annotations

import re

from test_instrument import body, emit

VM = "struct vm { int len; long steps; int code[64]; };\n"


def flagged(tmp_path: object, fn_src: str) -> tuple[int, int]:
    """(flags made, SC_CHK_W without one) in f."""
    f = body(emit(tmp_path, VM + fn_src), "f")
    return len(re.findall(r"const _Bool __sc_ok\d+ = SC_IN_WIN", f)), f.count("SC_CHK_W(")


def test_invariant_member_reads_take_a_flag(tmp_path: object) -> None:
    n, chk = flagged(tmp_path, "int f(struct vm *p) { int pc = 0, s = 0;"
                               " for (;;) { if (pc >= p->len) return s; p->steps++;"
                               " s += p->code[pc & 63]; pc++; } }")
    assert n == 2  # p->len and p->steps (p->code[pc] has a variable index)
    f = body(emit(tmp_path, VM + "int f(struct vm *p) { int pc = 0; for (;;) {"
                                 " if (pc >= p->len) return pc; pc++; } }"), "f")
    # the check stays behind the flag, for when the bytes were not in the window
    assert re.search(r"SC_CHK_WF\(__sc_ok\d+, ", f)
    assert chk == 0


def test_one_flag_for_the_same_bytes(tmp_path: object) -> None:
    n, _ = flagged(tmp_path, "int f(struct vm *p, int k) { int s = 0; while (k--) {"
                             " s += p->len; if (s > 9) s -= p->len; } return s; }")
    assert n == 1


def test_no_flag_for_a_pointer_the_loop_moves(tmp_path: object) -> None:
    n, _ = flagged(tmp_path, "long f(const int *a, int k) { long s = 0;"
                             " while (k--) s += *a++; return s; }")
    assert n == 0
    n, _ = flagged(tmp_path, "long f(struct vm *p, int k) { long s = 0;"
                             " while (k--) { s += p->len; p++; } return s; }")
    assert n == 0


def test_no_window_for_a_loop_entered_by_goto(tmp_path: object) -> None:
    f = body(emit(tmp_path, VM + "long f(struct vm *p, int k) { long t = 0; int i = 0;"
                                 " if (k) goto in; for (; i < 9; i++) { t += p->len;"
                                 " in: p->steps++; } return t; }"), "f")
    assert "sc_win " not in f and "__sc_ok" not in f
    assert f.count("sc_chk(") == 2


def test_no_window_for_duffs_device(tmp_path: object) -> None:
    f = body(emit(tmp_path, VM + "void f(struct vm *p, const int *s, int n) { int k = 0;"
                                 " int r = (n + 3) / 4; switch (n % 4) {"
                                 " case 0: do { p->code[k++] = *s++;"
                                 " case 3: p->code[k++] = *s++;"
                                 " case 2: p->code[k++] = *s++;"
                                 " case 1: p->code[k++] = *s++; p->len++;"
                                 " } while (--r > 0); } }"), "f")
    assert "sc_win " not in f and "__sc_ok" not in f


def test_a_loop_with_its_own_labels_keeps_its_windows(tmp_path: object) -> None:
    # a goto inside the loop to a label inside it enters nothing
    n, _ = flagged(tmp_path, "int f(struct vm *p, int k) { int s = 0; while (k--) {"
                             " if (s & 1) goto skip; s += p->len; skip: s++; } return s; }")
    assert n == 1


def test_a_function_with_hundreds_of_checks_has_no_flags(tmp_path: object) -> None:
    # its checks become lean or out-of-line calls (_out_of_line_if_huge),
    # which take the plain window check
    stmts = " ".join(f"s += p->code[{k % 64}] * {k};" for k in range(260))
    f = body(emit(tmp_path, VM + "long f(struct vm *p, int k) { long s = 0;"
                                 f" while (k--) {{ s += p->len; {stmts} }} return s; }}"), "f")
    assert "SC_CHK_WF(" not in f and "SC_CHK_W_LEAN(" in f
