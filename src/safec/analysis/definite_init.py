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
