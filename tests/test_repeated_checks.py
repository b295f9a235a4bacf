"""Checks already made (instrument/avail.py): an access inside the bytes an
earlier full check of the same pointer local passed is not checked again --
and only where nothing between could have ended the object, moved the
pointer, or skipped the earlier check."""

from __future__ import annotations

import re

import pytest
from test_instrument import body, emit

NODE = "struct n { struct n *left, *right; int key; int val; };\n"


def checks(tmp_path: object, fn_src: str) -> int:
    """Checks in f (sc_chk, or SC_CHK_W in a loop); f starts with a call of
    an unknown function, which keeps the pointers from the windows of a body
    that cannot free."""
    fn_src = fn_src.replace(") { ", ") { use(); ", 1)
    out = body(emit(tmp_path, NODE + "void use(void);\n" + fn_src), "f")
    return len(re.findall(r"\bsc_chk\(|\bSC_CHK_W\(", out))


@pytest.mark.parametrize("src, want", [
    # the else of an if whose condition read p->key: read again, not checked
    ("int f(struct n *p, int k) { if (k < p->key) return 1; else if (k > p->key) return 2;"
     " return 0; }", 1),
    # two statements, the second inside the first's bytes
    ("int f(struct n *p) { int a = p->key; int b = p->key; return a + b; }", 1),
    # a write after a read of the same member
    ("void f(struct n *p) { int a = p->key; p->key = a + 1; }", 1),
    # a loop's step after its body read the same slot (no continue)
    ("int f(struct n *p) { int s = 0; for (; p; p = p->left) { if (!p->left) return s;"
     " s += p->key; } return s; }", 2),
])
def test_repeated_access_is_checked_once(tmp_path: object, src: str, want: int) -> None:
    assert checks(tmp_path, src) == want


@pytest.mark.parametrize("src, want", [
    # a call between: it may have freed the object
    ("int f(struct n *p) { int a = p->key; use(); return a + p->key; }", 2),
    # the pointer moved
    ("int f(struct n *p) { int a = p->key; p = p->left; return a + p->key; }", 3),
    # the first read may not have run (&&, ?:)
    ("int f(struct n *p, int c) { int a = c && p->key; return a + p->key; }", 2),
    ("int f(struct n *p, int c) { int a = c ? p->key : 0; return a + p->key; }", 2),
    # a _Generic association (each counts as one that may not run)
    ("int f(struct n *p, int c) { int a = _Generic(c, int: p->key, default: 0);"
     " return a + p->key; }", 2),
    # unsequenced operands of one expression: either may run first
    ("int f(struct n *p) { return p->key + p->key; }", 2),
    # nor after a sequence point inside one (only a full expression's end counts)
    ("int f(struct n *p) { return p->left != 0 && p->left->key; }", 3),
    # a different member is not inside the checked bytes
    ("int f(struct n *p) { int a = p->key; return a + p->val; }", 2),
    # a label: a goto may come from where nothing was checked
    ("int f(struct n *p, int c) { int a = p->key; if (c) goto l; a++; l: return a + p->key; }", 2),
    # a loop head: the body's second run comes from its end (p moved there)
    ("int f(struct n *p) { int s = p->key; while (p->left) { s += p->key; p = p->left; }"
     " return s; }", 3),
    # a continue jumps to the step from a path that did not read p->left
    ("int f(struct n *p, int c) { int s = 0; for (; p; p = p->left) { if (c) continue;"
     " s += p->left != 0; } return s; }", 2),
    # the end of a block with declarations ends its objects (p may point to one)
    ("int f(struct n *p) { int a; { struct n x = {0}; p = &x; a = p->key; } return a + p->key; }",
     2),
    # a call inside the expression that made the check
    ("int g(int); int f(struct n *p) { int a = g(p->key); return a + p->key; }", 2),
    # one branch of an if did not read it
    ("int f(struct n *p, int c) { int a = 0; if (c) a = p->key; return a + p->key; }", 2),
])
def test_access_is_checked_again(tmp_path: object, src: str, want: int) -> None:
    assert checks(tmp_path, src) == want



def test_post_increment_access_is_covered_by_the_loop_condition(tmp_path: object) -> None:
    """`*s++` is checked at s, then s steps: the condition's check of `*s`
    covers it; the next iteration's condition checks the new s."""
    src = ("unsigned f(const char *s) { unsigned h = 0; use();"
           " while (*s) h = h * 31 + (unsigned char)*s++; return h; }")
    out = body(emit(tmp_path, "void use(void);\n" + src), "f")
    assert len(re.findall(r"\bsc_chk\(|\bSC_CHK_W\(", out)) == 1


def test_access_after_a_post_increment_is_checked(tmp_path: object) -> None:
    src = "int f(const char *s) { use(); int a = *s++; return a + *s; }"
    out = body(emit(tmp_path, "void use(void);\n" + src), "f")
    assert len(re.findall(r"\bsc_chk\(|\bSC_CHK_W\(", out)) == 2


@pytest.mark.parametrize("callee, want", [
    # a function of the unit that calls nothing that frees: the check holds
    ("static int twice(int v) { return 2 * v; }", 1),
    # one that frees (through another) may have ended the object
    ("void drop(struct n *q) { free(q); } static int twice(int v) { drop(0); return 2 * v; }",
     2),
])
def test_calls_that_cannot_free_keep_the_check(tmp_path: object, callee: str, want: int) -> None:
    src = "#include <stdlib.h>\n" + NODE + "void use(void);\n" + callee + \
        "\nint f(struct n *p) { use(); int a = twice(p->key); return a + p->key; }"
    assert body(emit(tmp_path, src), "f").count("sc_chk(") == want
