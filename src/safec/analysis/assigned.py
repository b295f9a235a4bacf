"""Definite assignment of locals, for leaving out run-time init checks.

Under `--uninit=trap` a scalar local declared without initializer carries a
flag, and each read tests it (instrument/safe.py `init_check`).  gcc folds
most of those tests, but only after they have been emitted and compiled: in
`int i; for (i = 0; i < n; i++)` every read of `i` carried one.  This pass
finds the reads that every path reaches only after an assignment of the
variable, so the instrumenter emits none for them.

The analysis is structural and conservative.  It follows the statements in
order with the set of variables certainly assigned; an expression counts
only the assignments it certainly makes (`x = ...` outside `&&`, `||`,
`?:`, statement expressions and unevaluated operands); a read is proven
when its variable is in the set at the start of its statement.  Joins
intersect.  A loop body starts from the set before the loop (its later
iterations only add to that); a `case` starts from the set of the switch
head; a label starts from nothing (a goto may come from anywhere), and a
loop or switch that control can enter sideways (a label or an outer case
inside) proves nothing in its condition and step and passes nothing on; a
declaration without initializer takes its variable out of the set (each
pass through it makes a new, unassigned object).
"""

from __future__ import annotations

from typing import Optional

from ..ir import nodes as N
from ..ir.visitor import children, walk

# Expressions whose operands are all evaluated (in some order).
_STRICT = (N.Load, N.Cast, N.Deref, N.AddrOf, N.Decay, N.Member, N.Index, N.Unary, N.IncDec,
           N.Assign, N.Call, N.VAArg)


def assigned_reads(body: N.Compound) -> set[int]:
    """ids of the VarRef nodes (reads and writes) whose variable is
    certainly assigned when their statement starts."""
    a = _Assigned()
    a.stmt(body, frozenset())
    return a.out


def _must(e: Optional[N.Expr]) -> frozenset[int]:
    """ids of the variables e certainly assigns whenever it is evaluated."""
    if e is None:
        return frozenset()
    got: set[int] = set()
    if isinstance(e, N.Assign) and e.op == "=" and isinstance(e.lv, N.VarRef):
        got.add(id(e.lv.decl))
    if isinstance(e, N.Binary):
        if e.op in ("&&", "||"):
            return _must(e.left)
        return _must(e.left) | _must(e.right)
    if isinstance(e, N.Cond):
        return _must(e.cond)
    if isinstance(e, _STRICT):
        for c in children(e):
            if isinstance(c, N.Expr):
                got |= _must(c)
    return frozenset(got)


def _side_entries(body: N.Stmt) -> bool:
    """Can control enter body other than at its start: a label (any goto),
    or a case of a switch around it (Duff's device)?  Then the loop's
    condition and step may follow a path that skipped what precedes the
    loop, and its exits may carry less than the set it was entered with."""
    stack: list[object] = [body]
    while stack:
        n = stack.pop()
        if isinstance(n, (N.Label, N.Case, N.Default)):
            return True
        if isinstance(n, N.Switch):
            stack += [x for x in walk(n.body) if isinstance(x, N.Label)]
            continue  # its own cases are inside it
        stack.extend(children(n))
    return False


class _Assigned:
    def __init__(self) -> None:
        self.out: set[int] = set()
        self.switch_sets: list[frozenset[int]] = []

    def mark(self, node: Optional[object], have: frozenset[int]) -> None:
        if node is None or not have:
            return
        for n in walk(node):
            if isinstance(n, N.VarRef) and id(n.decl) in have:
                self.out.add(id(n))

    def expr(self, e: Optional[N.Expr], have: frozenset[int]) -> frozenset[int]:
        self.mark(e, have)
        return have | _must(e)

    def stmt(self, s: Optional[N.Stmt], have: frozenset[int]) -> frozenset[int]:
        """The set after s completes normally (a jump's own set is kept as
        if it fell through: smaller at joins, which is safe)."""
        if s is None:
            return have
        if isinstance(s, N.Compound):
            for item in s.items:
                have = self.stmt(item, have)
            return have
        if isinstance(s, N.DeclStmt):
            for d in s.decls:
                if isinstance(d, N.VarDecl):
                    have = have - {id(d)}
                    if d.init is not None:
                        self.mark(d.init, have)
                        have = have | _must(d.init) | {id(d)}
            return have
        if isinstance(s, N.ExprStmt):
            return self.expr(s.expr, have)
        if isinstance(s, N.If):
            h = self.expr(s.cond, have)
            return self.stmt(s.then, h) & self.stmt(s.other, h)
        if isinstance(s, N.While):
            side = _side_entries(s.body)
            if not side:
                self.mark(s.cond, have)
            h = have | _must(s.cond)
            self.stmt(s.body, h)
            return frozenset() if side else h
        if isinstance(s, N.DoWhile):
            hb = self.stmt(s.body, have)
            if _side_entries(s.body):
                return frozenset()
            if any(isinstance(n, (N.Continue, N.Break)) for n in walk(s.body)):
                return have  # the condition and the exit may come early
            return self.expr(s.cond, hb)
        if isinstance(s, N.For):
            side = _side_entries(s.body)
            h = self.stmt(s.init, have)
            if not side:
                self.mark(s.cond, h)
            h = h | _must(s.cond)
            self.stmt(s.body, h)
            if not side:
                self.mark(s.step, h)
            return frozenset() if side else h
        if isinstance(s, N.Switch):
            h = self.expr(s.cond, have)
            self.switch_sets.append(h)
            self.stmt(s.body, h)
            self.switch_sets.pop()
            return frozenset() if any(isinstance(n, N.Label) for n in walk(s.body)) else h
        if isinstance(s, (N.Case, N.Default)):
            entry = self.switch_sets[-1] if self.switch_sets else frozenset()
            return self.stmt(s.body, have & entry)
        if isinstance(s, N.Label):
            return self.stmt(s.body, frozenset())
        if isinstance(s, N.Return):
            self.mark(s.value, have)
            return have
        if isinstance(s, N.IndirectGoto):
            self.mark(s.target, have)
            return have
        return have  # break, continue, goto, null, asm, raw: nothing certain
