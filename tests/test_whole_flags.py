"""Accesses through a pointer local to a struct (instrument/safe.py,
_whole_flag): the first also tests whether the whole struct passes a
check's usual case, into a flag, and later ones inside the struct test only
the flag -- where the checks already made (avail.py) would hold: not after
a call that may free, a move of the pointer, or a join of paths that made
different flags.  Each access keeps its own check for when the flag is
false, so a report names the access that fails."""

from __future__ import annotations

from test_instrument import body, emit

NODE = "struct n { struct n *left, *right; int key; int val; };\nvoid use(void);\n"


def forms(tmp_path: object, fn_src: str) -> tuple[int, int]:
    """(flags set, flag tests) in f; f calls an unknown function first, which
    keeps its pointers from the windows of a body that cannot free."""
    f = body(emit(tmp_path, NODE + fn_src.replace(") { ", ") { use(); ", 1)), "f")
    return f.count("SC_CHK_SET("), f.count("SC_CHK_IF(")


def test_later_members_test_the_flag(tmp_path: object) -> None:
    assert forms(tmp_path, "int f(struct n *p) { int a = p->key; return a + p->val; }") == (1, 1)
    # a tree walk: the key, then one of the links
    assert forms(tmp_path, "struct n *f(struct n *p, int k) { while (p) { if (k < p->key)"
                           " p = p->left; else if (k > p->key) p = p->right; else return p; }"
                           " return 0; }") == (1, 2)


def test_the_flag_does_not_outlive_what_ends_it(tmp_path: object) -> None:
    # a call between: it may have freed the struct
    assert forms(tmp_path, "int f(struct n *p) { int a = p->key; use(); return a + p->val; }") \
        == (2, 0)
    # the pointer moved
    assert forms(tmp_path, "int f(struct n *p) { int a = p->key; p = p->left;"
                           " return a + p->val; }") == (2, 1)
    # in one branch only
    assert forms(tmp_path, "int f(struct n *p, int c) { int a = 0; if (c) a = p->key;"
                           " return a + p->val; }") == (2, 0)
    # inside one full expression (unsequenced operands)
    assert forms(tmp_path, "int f(struct n *p) { return p->key + p->val; }") == (2, 0)


def test_only_inside_the_struct(tmp_path: object) -> None:
    # not a struct, and past the struct (a flexible array member)
    assert forms(tmp_path, "int f(int *p) { int a = p[0]; return a + p[1]; }") == (0, 0)
    src = ("struct v { int n; int d[]; };\n"
           "int f(struct v *p) { int a = p->n; return a + p->d[0]; }")
    assert forms(tmp_path, src)[1] == 0
