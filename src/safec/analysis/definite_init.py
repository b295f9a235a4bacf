"""Certain reads of uninitialized locals: rejected at compile time.

DESIGN.md: a read of an uninitialized local is "statically rejected when
definite; otherwise tracked".  This analysis finds the definite ones: a
scalar local declared without an initializer whose value is read on the
only path from its declaration, before anything can have assigned it.
Reads that only *may* happen first (inside a branch, after a loop that may
assign, after a label another path can reach) are left to the run-time
check, so a correct program is never rejected.

The walk is deliberately simple and conservative: it follows the statements
of the declaring block in order, and stops at the first statement that
might assign the variable or that control can enter from elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional, Sequence

from ..ir import nodes as N
from ..ir import types as T
from ..ir.visitor import children, walk


@dataclass
class CertainRead:
    var: N.VarDecl
    loc: N.Loc


def certain_uninit_reads(body: N.Compound, address_taken: set[int]) -> list[CertainRead]:
    """Every certain read of a tracked local in a function body (one per
    variable, the first)."""
    out: list[CertainRead] = []
    for n in walk(body):
        if isinstance(n, N.Compound):
            _scan_block(n.items, address_taken, out)
    return out


def _tracked(d: object, address_taken: set[int]) -> bool:
    if not isinstance(d, N.VarDecl) or d.init is not None or id(d) in address_taken or \
            d.storage not in ("", "register"):
        return False
    return isinstance(T.strip(d.type), (T.ArithType, T.EnumType, T.PointerType))


def _scan_block(items: list[N.Stmt], address_taken: set[int], out: list[CertainRead]) -> None:
    for i, s in enumerate(items):
        if not isinstance(s, N.DeclStmt):
            continue
        for d in s.decls:
            if _tracked(d, address_taken):
                assert isinstance(d, N.VarDecl)
                hit = _first_certain_read(d, items[i + 1:], s.decls[s.decls.index(d) + 1:])
                if hit is not None:
                    out.append(CertainRead(d, hit))


def _first_certain_read(v: N.VarDecl, rest: list[N.Stmt],
                        later_decls: Sequence[object]) -> Optional[N.Loc]:
    for d in later_decls:  # `int x, y = x;`
        if isinstance(d, N.VarDecl) and d.init is not None:
            if _writes(d.init, v):
                return None
            r = _read_in(d.init, v)
            if r is not None:
                return r
    for s in rest:
        if any(isinstance(n, (N.Label, N.Case, N.Default)) for n in walk(s)):
            return None  # control can arrive here from another path
        head = _head(s)
        for e in head:
            if _writes(e, v):
                return _read_before_write(e, v)
            r = _read_in(e, v)
            if r is not None:
                return r
        if _writes(s, v) or isinstance(s, (N.Goto, N.IndirectGoto, N.Break, N.Continue,
                                           N.Return, N.DoWhile, N.Switch, N.Compound)) or \
                _may_end_path(s):
            return None  # what follows may be unreachable, or v assigned
    return None


_NORETURN = {"exit", "_exit", "_Exit", "abort", "longjmp", "_longjmp", "siglongjmp",
             "__assert_fail", "quick_exit", "pthread_exit", "__builtin_unreachable",
             "__builtin_trap"}


def _may_end_path(s: N.Stmt) -> bool:
    """Code after s may be unreachable: s calls a function that does not
    return, loops forever, or leaves on every branch."""
    for n in walk(s):
        if isinstance(n, N.Call) and isinstance(n.callee, N.Decay) and \
                isinstance(n.callee.lv, N.FuncRef):
            d = n.callee.lv.decl
            if d.name in _NORETURN or d.type.noreturn or "noreturn" in " ".join(d.attrs):
                return True
    if isinstance(s, (N.While, N.For)):
        c = s.cond
        return c is None or isinstance(c, N.IntLit) and c.value != 0 or \
            isinstance(c, N.Cast) and isinstance(c.operand, N.IntLit) and c.operand.value != 0
    if isinstance(s, N.If) and s.other is not None:
        return _leaves(s.then) and _leaves(s.other)
    return False


def _leaves(s: N.Stmt) -> bool:
    return any(isinstance(n, (N.Return, N.Goto, N.IndirectGoto, N.Break, N.Continue))
               for n in walk(s))


def _head(s: N.Stmt) -> list[N.Expr]:
    """The expressions statement s evaluates unconditionally, first."""
    if isinstance(s, N.ExprStmt):
        return [s.expr]
    if isinstance(s, N.Return):
        return [s.value] if s.value is not None else []
    if isinstance(s, N.DeclStmt):
        return [d.init for d in s.decls if isinstance(d, N.VarDecl) and d.init is not None
                and not isinstance(d.init, N.InitList)]
    if isinstance(s, (N.If, N.While, N.Switch)):
        return [s.cond]
    if isinstance(s, N.For):
        if s.init is not None:
            return []  # the clause may assign; keep it simple
        return [s.cond] if s.cond is not None else []
    return []


def _writes(node: object, v: N.VarDecl) -> bool:
    return any(isinstance(n, (N.Assign, N.IncDec)) and isinstance(n.lv, N.VarRef)
               and n.lv.decl is v for n in walk(node))


def _read_before_write(e: N.Expr, v: N.VarDecl) -> Optional[N.Loc]:
    """`v = f(v)`, `v += 1`, `v++`: the value is read before the write."""
    if isinstance(e, (N.Assign, N.IncDec)) and isinstance(e.lv, N.VarRef) and e.lv.decl is v:
        if isinstance(e, N.IncDec) or e.op != "=":
            return e.loc
        if not _writes(e.value, v):
            return _read_in(e.value, v)
    return None


def _read_in(e: N.Expr, v: N.VarDecl) -> Optional[N.Loc]:
    """An unconditionally evaluated read of v in e (no write of v in e)."""
    for n in _unconditional(e):
        if isinstance(n, N.Load) and isinstance(n.lv, N.VarRef) and n.lv.decl is v:
            return n.loc
    return None


def _unconditional(e: object) -> Iterator[object]:
    """Nodes of e that are evaluated whenever e is (not a conditional arm,
    not the right of && / ||, not inside sizeof, _Generic or ({ })."""
    yield e
    if isinstance(e, N.Cond):
        yield from _unconditional(e.cond)
        return
    if isinstance(e, N.ElvisCond):
        yield from _unconditional(e.cond)
        return
    if isinstance(e, N.Binary) and e.op in ("&&", "||"):
        yield from _unconditional(e.left)
        return
    if isinstance(e, (N.SizeofExpr, N.Generic, N.StmtExpr, N.SizeofVlaType)):
        return
    for c in children(e):
        yield from _unconditional(c)


# ---------------------------------------------------------------- filled arrays
#
# A local array that counted loops fill from the front before anything else
# can read it is wholly written from then on, and every read on the way is
# of an element an earlier iteration wrote:
#
#     uint32_t w[64];
#     for (int i = 0; i < 16; i++) w[i] = load(p, i);
#     for (int i = 16; i < 64; i++) w[i] = w[i - 16] + f(w[i - 15], w[i - 2]) + w[i - 7];
#
# Such an array needs no run-time init tracking.  The walk follows the
# statements after the declaration in order, keeping the length of the
# written prefix: a loop `for (i = A; i < B; i++)` with A at most the prefix
# and constant bounds, whose body writes w[i] once, unconditionally, and
# reads only elements below i (w[i - c], c >= 1, before the write; also
# w[i] after it) extends the prefix to B; so does `w[K] = v` for K the
# prefix's length.  Other statements must not mention the array; the walk
# gives up at anything else before the prefix covers it.


def filled_arrays(body: N.Compound) -> set[int]:
    """ids of local arrays (VarDecl) wholly written by counted loops before
    anything else reads them."""
    out: set[int] = set()
    if any(isinstance(n, (N.Goto, N.IndirectGoto)) for n in walk(body)):
        return out  # a jump could land after a declaration and past its fill
    for n in walk(body):
        if not isinstance(n, N.Compound):
            continue
        if not any(isinstance(s, N.DeclStmt) for s in n.items):
            continue
        # last_case: index of the last item holding a case label of an
        # enclosing switch (computed once per block, not once per declaration)
        last_case = max((i for i, s in enumerate(n.items) if _outer_case(s)), default=-1)
        for i, s in enumerate(n.items):
            if not isinstance(s, N.DeclStmt):
                continue
            rest = n.items[i + 1:]
            if last_case > i:
                continue  # the block is a switch body: a case may skip the fill
            for d in s.decls:
                if isinstance(d, N.VarDecl) and d.init is None and \
                        d.storage in ("", "register") and _scalar_array(d.type) is not None \
                        and _fills(d, rest):
                    out.add(id(d))
    return out


def _outer_case(node: object) -> bool:
    """A case or default label in node that does not belong to a switch
    inside it."""
    if isinstance(node, (N.Case, N.Default)):
        return True
    if isinstance(node, N.Switch):
        return False
    return any(_outer_case(c) for c in children(node))


def _scalar_array(t: T.CType) -> Optional[int]:
    """Element count of a fixed-size array of scalars."""
    s = T.strip(t)
    if not isinstance(s, T.ArrayType) or s.count is None or s.vla is not None:
        return None
    el = T.strip(s.elem)
    if not isinstance(el, (T.ArithType, T.EnumType, T.PointerType)):
        return None
    return s.count


def _fills(arr: N.VarDecl, rest: list[N.Stmt]) -> bool:
    count = _scalar_array(arr.type)
    assert count is not None
    prefix = 0
    for s in rest:
        if prefix >= count:
            return True
        if not _mentions(s, arr):
            if any(isinstance(n, (N.Label, N.Case, N.Default)) for n in walk(s)):
                return False  # control may reach what follows from elsewhere
            if _may_end_path(s) or isinstance(s, (N.Return, N.Goto, N.IndirectGoto, N.Break,
                                                   N.Continue)):
                return False
            continue
        if isinstance(s, N.ExprStmt) and isinstance(s.expr, N.Assign) and s.expr.op == "=" \
                and not _mentions(s.expr.value, arr):
            k = _const_element(s.expr.lv, arr)
            if k is None:
                return False
            if k == prefix:  # `a[0] = x; a[1] = y;` before the loop
                prefix += 1
            continue
        if not isinstance(s, N.For):
            return False
        got = _fill_loop(s, arr, prefix)
        if got is None:
            return False
        prefix = max(prefix, got)
    return prefix >= count


def _fill_loop(s: N.For, arr: N.VarDecl, prefix: int) -> Optional[int]:
    """`for (i = A; i < B; i++) body` filling arr[i] (A <= prefix): B."""
    var, start = _loop_start(s.init)
    if var is None or start is None or start > prefix or s.cond is None or s.step is None:
        return None
    c = s.cond
    while isinstance(c, N.Cast):
        c = c.operand
    if not (isinstance(c, N.Binary) and c.op in ("<", "<=") and is_var(c.left, var)):
        return None
    bound = _int_const(c.right)
    if bound is None:
        return None
    end = bound + 1 if c.op == "<=" else bound
    st = s.step
    if not (isinstance(st, N.IncDec) and st.op == "++" or isinstance(st, N.Assign) and
            st.op == "+=" and _int_const(st.value) == 1) or \
            not (isinstance(st.lv, N.VarRef) and st.lv.decl is var):  # type: ignore[union-attr]
        return None
    items = s.body.items if isinstance(s.body, N.Compound) else [s.body]
    for n in walk(s.body):
        if isinstance(n, (N.Label, N.Case, N.Default, N.Goto, N.IndirectGoto, N.Break,
                          N.Continue, N.Return)) or \
                isinstance(n, (N.Assign, N.IncDec)) and isinstance(n.lv, N.VarRef) and \
                n.lv.decl is var:
            return None
    written = False
    for item in items:
        if not _mentions(item, arr):
            if _may_end_path(item):
                return None
            continue
        if isinstance(item, N.ExprStmt) and isinstance(item.expr, N.Assign) and \
                item.expr.op == "=" and _element(item.expr.lv, arr, var) == 0:
            if written or not _reads_below(item.expr.value, arr, var, 1):
                return None
            written = True
            continue
        exprs = [d.init for d in item.decls if isinstance(d, N.VarDecl) and d.init is not None] \
            if isinstance(item, N.DeclStmt) else [item.expr] if isinstance(item, N.ExprStmt) \
            else None
        if exprs is None or not all(_reads_below(e, arr, var, 0 if written else 1)
                                    for e in exprs):
            return None
    return end if written else None


def _loop_start(init: Optional[N.Stmt]) -> tuple[Optional[N.VarDecl], Optional[int]]:
    if isinstance(init, N.DeclStmt) and len(init.decls) == 1 and \
            isinstance(init.decls[0], N.VarDecl) and init.decls[0].init is not None:
        return init.decls[0], _int_const(init.decls[0].init)
    if isinstance(init, N.ExprStmt) and isinstance(init.expr, N.Assign) and \
            init.expr.op == "=" and isinstance(init.expr.lv, N.VarRef) and \
            isinstance(init.expr.lv.decl, N.VarDecl):
        return init.expr.lv.decl, _int_const(init.expr.value)
    return None, None


def _reads_below(e: N.Expr, arr: N.VarDecl, var: N.VarDecl, least: int) -> bool:
    """Every mention of arr in e is a read of arr[var - c] with c >= least,
    and e assigns nothing of arr."""
    for n in walk(e):
        if isinstance(n, (N.Assign, N.IncDec)) and _mentions(n.lv, arr):
            return False
        if isinstance(n, N.Load):
            c = _element(n.lv, arr, var)
            if c is not None:
                if c < least:
                    return False
                continue
    # every VarRef of arr must sit under one of those loads
    ok = {id(n.lv) for n in walk(e) if isinstance(n, N.Load) and
          _element(n.lv, arr, var) is not None}
    allowed: set[int] = set()
    for n in walk(e):
        if id(n) in ok:
            allowed.update(id(m) for m in walk(n))
    return all(id(n) in allowed for n in walk(e) if isinstance(n, N.VarRef) and n.decl is arr)


def _element(lv: N.Expr, arr: N.VarDecl, var: N.VarDecl) -> Optional[int]:
    """c for the lvalue arr[var - c] (c >= 0), else None."""
    if not (isinstance(lv, N.Index) and isinstance(lv.base, N.Decay) and
            isinstance(lv.base.lv, N.VarRef) and lv.base.lv.decl is arr and not lv.swapped):
        return None
    ix = lv.index
    while isinstance(ix, N.Cast):
        ix = ix.operand
    if is_var(ix, var):
        return 0
    if isinstance(ix, N.Binary) and ix.op == "-" and is_var(ix.left, var):
        c = _int_const(ix.right)
        return c if c is not None and c >= 0 else None
    return None


def _const_element(lv: N.Expr, arr: N.VarDecl) -> Optional[int]:
    """K for the lvalue arr[K], K a constant."""
    if isinstance(lv, N.Index) and isinstance(lv.base, N.Decay) and \
            isinstance(lv.base.lv, N.VarRef) and lv.base.lv.decl is arr:
        return _int_const(lv.index)
    return None


def is_var(e: N.Expr, var: N.VarDecl) -> bool:
    """e is the value of var (under casts)."""
    while isinstance(e, N.Cast):
        e = e.operand
    return isinstance(e, N.Load) and isinstance(e.lv, N.VarRef) and e.lv.decl is var


def _int_const(e: N.Expr) -> Optional[int]:
    while isinstance(e, N.Cast):
        e = e.operand
    return e.value if isinstance(e, N.IntLit) else None


def _mentions(node: object, v: N.VarDecl) -> bool:
    return any(isinstance(n, N.VarRef) and n.decl is v for n in walk(node))
