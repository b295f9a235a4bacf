"""analysis/assigned.py: which reads of locals are certainly preceded by an
assignment (no run-time init check is emitted for them), and which are not.
A read wrongly proven would hide an uninitialized read: the cases below
that must stay unproven matter as much as the proven ones."""

from __future__ import annotations

import os

from safec.analysis.assigned import assigned_reads
from safec.frontend.parse import parse_file
from safec.ir import nodes as N
from safec.ir.visitor import walk


def proven(tmp_path: object, src: str, fn: str = "f") -> set[tuple[str, int]]:
    """(variable, line) of the references the analysis proves assigned."""
    p = os.path.join(str(tmp_path), "t.c")
    with open(p, "w") as fh:
        fh.write(src)
    tu = parse_file(p, [], "gcc")
    f = next(d for d in tu.decls if isinstance(d, N.FuncDecl) and d.name == fn and d.body)
    ids = assigned_reads(f.body)
    return {(n.decl.name, n.loc.line) for n in walk(f.body)
            if isinstance(n, N.VarRef) and id(n) in ids}


def test_straight_line_if_else_and_counted_loop(tmp_path: object) -> None:
    got = proven(tmp_path, """int f(int n, int c) {
    int i, x, y, s = 0;
    for (i = 0; i < n; i++)
        s += i;
    if (c) x = 1; else x = 2;
    s += x;
    if (c) y = 1;
    s += y;
    return s + i;
}
""")
    assert {("i", 3), ("i", 4), ("x", 6), ("i", 9)} <= got
    assert ("y", 8) not in got


def test_assignments_that_may_not_happen_prove_nothing(tmp_path: object) -> None:
    got = proven(tmp_path, """int g(int);
int f(int c) {
    int a, b, d, e, w;
    c && (a = 1);
    int s = a;
    b = c ? (d = 1) : 2;
    s += b + d;
    while (c--) e = 1;
    s += e;
    s += sizeof(w = 1);
    return s + w;
}
""")
    assert ("b", 7) in got
    for bad in [("a", 5), ("d", 7), ("e", 9), ("w", 11)]:
        assert bad not in got


def test_goto_label_resets_and_loops_entered_sideways(tmp_path: object) -> None:
    got = proven(tmp_path, """int f(int c) {
    int x, y;
    if (c) goto in;
    x = 1;
    y = 1;
    while (x < 10) {
      in:
        x++;
    }
    return x + y;
}
""")
    # control may enter the loop at `in` with x and y never assigned
    assert not {("x", 6), ("x", 8), ("x", 10), ("y", 10)} & got


def test_duffs_device_case_inside_a_loop(tmp_path: object) -> None:
    got = proven(tmp_path, """int f(int c, int n) {
    int k, s = 0;
    switch (c) {
    case 0:
        k = n;
        while (k > 0) {
    case 1:
            s += k;
            k--;
        }
    }
    return s;
}
""")
    assert not {("k", 6), ("k", 8), ("k", 9)} & got


def test_declaration_in_a_loop_is_a_new_unassigned_object(tmp_path: object) -> None:
    got = proven(tmp_path, """int f(int n) {
    int s = 0;
    for (int i = 0; i < n; i++) {
        int t;
        if (i) s += t;
        t = i;
        s += t;
    }
    return s;
}
""")
    assert ("t", 5) not in got
    assert ("t", 7) in got


def test_do_while_condition_and_early_exits(tmp_path: object) -> None:
    got = proven(tmp_path, """int next(void);
int f(void) {
    int x, y, s = 0;
    do {
        x = next();
    } while (x != 0);
    s += x;
    do {
        if (s > 3) break;
        y = next();
    } while (y);
    return s + y;
}
""")
    assert {("x", 6), ("x", 7)} <= got
    assert not {("y", 11), ("y", 12)} & got


def test_switch_cases_start_from_the_head(tmp_path: object) -> None:
    got = proven(tmp_path, """int f(int c) {
    int x, y = 0, z;
    x = c;
    switch (x) {
    case 1:
        z = 1;
    case 2:
        y += z;
        break;
    default:
        y += x;
    }
    return y;
}
""")
    assert ("x", 11) in got
    assert ("z", 8) not in got
