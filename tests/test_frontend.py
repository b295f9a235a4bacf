"""The frontend makes C's implicit semantics explicit in the IR."""

from __future__ import annotations

import os

import pytest

from safec.errors import ParseError, UnsupportedError
from safec.frontend.parse import parse_file
from safec.ir import nodes as N
from safec.ir import types as T
from safec.ir.printer import dump
from safec.ir.visitor import walk


def parse(tmp_path: object, src: str) -> N.TranslationUnit:
    p = os.path.join(str(tmp_path), "t.c")
    with open(p, "w") as fh:
        fh.write(src)
    return parse_file(p)


def func(tu: N.TranslationUnit, name: str) -> N.FuncDecl:
    for d in tu.decls:
        if isinstance(d, N.FuncDecl) and d.name == name and d.body is not None:
            return d
    raise KeyError(name)


def first(node: object, kind: type) -> object:
    for n in walk(node):
        if isinstance(n, kind):
            return n
    raise AssertionError(f"no {kind.__name__}")


def test_every_load_is_a_node(tmp_path: object) -> None:
    tu = parse(tmp_path, "int f(int *p, int i) { return p[i] + i; }")
    ret = first(func(tu, "f").body, N.Return)
    assert dump(ret.value) == (
        "(Binary int + (Load int (Index int (Load int * (VarRef int * p)) "
        "(Load int (VarRef int i)))) (Load int (VarRef int i)))")


def test_decay_and_conversions_are_explicit(tmp_path: object) -> None:
    tu = parse(tmp_path, "long g(char *s); long f(void) { char b[4] = \"abc\"; "
                         "return g(b) + 'x'; }")
    call = first(func(tu, "f").body, N.Call)
    assert isinstance(call.args[0], N.Decay)
    assert isinstance(call.args[0].lv, N.VarRef)
    ret = first(func(tu, "f").body, N.Return)
    assert "(Cast long implicit" in dump(ret.value)


def test_arrow_member_and_lvalues(tmp_path: object) -> None:
    tu = parse(tmp_path, "struct s { int a; int arr[3]; }; "
                         "int f(struct s *p) { p->arr[2] = p->a; return p->a; }")
    asg = first(func(tu, "f").body, N.Assign)
    assert isinstance(asg.lv, N.Index)
    base = asg.lv.base
    assert isinstance(base, N.Decay) and isinstance(base.lv, N.Member)
    assert base.lv.arrow and base.lv.field.name == "arr" and base.lv.field.offset == 4
    assert N.is_lvalue(asg.lv)


def test_record_layout_comes_from_clang(tmp_path: object) -> None:
    tu = parse(tmp_path, "struct __attribute__((packed)) p { char c; int x; }; "
                         "struct q { char c; long l; int bf : 3; int : 0; char d; };")
    recs = {d.decl.tag: d.decl for d in tu.decls if isinstance(d, N.RecordDef)}
    assert recs["p"].size == 5 and recs["p"].fields[1].offset == 1
    q = recs["q"]
    assert q.size == 24 and q.align == 8
    assert [f.name for f in q.fields] == ["c", "l", "bf", "", "d"]
    assert q.fields[2].bitwidth == 3 and q.fields[2].offset_bits == 128


def test_anonymous_members_and_designators(tmp_path: object) -> None:
    tu = parse(tmp_path, "struct s { int a; union { int u; float f; }; }; "
                         "struct s v = { .u = 3, .a = 1 }; int arr[8] = { [2 ... 4] = 7 };")
    v = next(d for d in tu.decls if isinstance(d, N.VarDecl) and d.name == "v")
    assert isinstance(v.init, N.InitList)
    assert [it.designators[0].field.name for it in v.init.items] == ["u", "a"]
    arr = next(d for d in tu.decls if isinstance(d, N.VarDecl) and d.name == "arr")
    d0 = arr.init.items[0].designators[0]
    assert (d0.index, d0.hi) == (2, 4)


def test_gnu_constructs(tmp_path: object) -> None:
    tu = parse(tmp_path, "int f(int x) { void *l = &&out; int y = ({ int t = x; t * 2; }); "
                         "switch (x) { case 1 ... 3: y++; } goto *l; out: return y ?: 1; }")
    body = func(tu, "f").body
    first(body, N.LabelAddr)
    first(body, N.StmtExpr)
    first(body, N.IndirectGoto)
    case = first(body, N.Case)
    assert (case.value, case.hi) == (1, 3)
    first(body, N.ElvisCond)


def test_vla_size_is_an_expression(tmp_path: object) -> None:
    tu = parse(tmp_path, "int f(int n) { int a[n][2]; return sizeof a; }")
    d = first(func(tu, "f").body, N.DeclStmt).decls[0]
    t = T.strip(d.type)
    assert isinstance(t, T.ArrayType) and isinstance(t.vla, N.VarRef)
    assert isinstance(first(func(tu, "f").body, N.Return).value, N.Cast) or True


def test_parse_error_is_reported(tmp_path: object) -> None:
    with pytest.raises(ParseError) as e:
        parse(tmp_path, "int f( { }")
    assert "t.c:1:" in str(e.value)


def test_unsupported_is_named(tmp_path: object) -> None:
    with pytest.raises(UnsupportedError) as e:
        parse(tmp_path, "typedef float v4 __attribute__((vector_size(16)));\nv4 x;")
    assert "vector" in str(e.value) and "t.c:" in str(e.value)


def test_gnu_noreturn_is_kept(tmp_path: object) -> None:
    # clang keeps GNU noreturn on the function type, with no attribute cursor
    tu = parse(tmp_path, "void exit(int);\n"
                         "__attribute__((noreturn)) static void die(void) { exit(1); }\n"
                         "static void stop(int) __attribute__((noreturn));\n"
                         "static void stop(int c) { exit(c); }\n"
                         "_Noreturn static void quit(void) { exit(2); }\n"
                         "static void go(void) { }\n"
                         "static void call(void (*cb)(void) __attribute__((noreturn)))"
                         " { cb(); }\n")
    for name in ("die", "stop", "quit"):
        d = func(tu, name)
        assert sum("noreturn" in a for a in d.attrs) == 1, (name, d.attrs)
    assert func(tu, "die").type.noreturn
    # a parameter's noreturn is not the function's: gcc would take the code
    # after call() for unreachable
    for name in ("go", "call"):
        assert not any("noreturn" in a for a in func(tu, name).attrs), name
        assert not func(tu, name).type.noreturn


def test_generic_associations_are_traversed(tmp_path: object) -> None:
    tu = parse(tmp_path, "static int get(int *p) { return *p; }\n"
                         "int f(int *q) { return _Generic(*q, int: get, default: get)(q); }")
    refs = [n for n in walk(func(tu, "f").body) if isinstance(n, N.FuncRef)]
    assert len(refs) == 2


def _calls(node: object) -> list[N.Call]:
    return [n for n in walk(node) if isinstance(n, N.Call)]


def _callee(c: N.Call) -> str:
    assert isinstance(c.callee, N.Decay) and isinstance(c.callee.lv, N.FuncRef)
    return c.callee.lv.decl.name


def _ints(c: N.Call) -> list[object]:
    out: list[object] = []
    for a in c.args:
        while isinstance(a, N.Cast):
            a = a.operand
        out.append(a.value if isinstance(a, N.IntLit) else type(a).__name__)
    return out


def test_atomic_builtins_keep_the_order_of_their_arguments(tmp_path: object) -> None:
    # clang stores them as (pointer, order, value, failure order, value, weak)
    tu = parse(tmp_path, """
        long x;
        int f(long *e) {
            __atomic_store_n(&x, 7, __ATOMIC_RELEASE);
            return __atomic_compare_exchange_n(&x, e, 9, 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED);
        }""")
    store, cas = _calls(func(tu, "f").body)
    assert (_callee(store), _ints(store)) == ("__atomic_store_n", ["AddrOf", 7, 3])
    assert (_callee(cas), _ints(cas)) == ("__atomic_compare_exchange_n",
                                          ["AddrOf", "Load", 9, 1, 5, 0])


def test_c11_atomics_become_the_gnu_builtins_gcc_has(tmp_path: object) -> None:
    tu = parse(tmp_path, """
        #include <stdatomic.h>
        atomic_int n;
        int f(int *e) {
            atomic_fetch_add_explicit(&n, 2, memory_order_relaxed);
            return atomic_compare_exchange_weak(&n, e, 4);
        }""")
    add, cas = _calls(func(tu, "f").body)
    assert (_callee(add), _ints(add)) == ("__atomic_fetch_add", ["AddrOf", 2, "EnumConst"])
    assert (_callee(cas), _ints(cas)) == ("__atomic_compare_exchange_n",
                                          ["AddrOf", "Load", 4, 1, 5, 5])


def test_atomic_builtins_written_by_macros(tmp_path: object) -> None:
    # the AtomicExpr of a macro use has no tokens of its own: its builtin is
    # read from the bodies of the macros used there
    tu = parse(tmp_path, """
        #include <stdatomic.h>
        #define INC(c) atomic_fetch_add_explicit(&(c), 1, memory_order_relaxed)
        #define GET(o) ((void)INC((o)->refs), (o))
        struct obj { atomic_int refs; };
        struct obj *f(struct obj *o) { return GET(o); }""")
    (add,) = _calls(func(tu, "f").body)
    assert (_callee(add), _ints(add)) == ("__atomic_fetch_add", ["AddrOf", 1, "EnumConst"])
