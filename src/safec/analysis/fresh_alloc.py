"""Heap blocks that are wholly written before anything can read them.

Under --uninit=trap a malloc'd block starts initialization-tracked: every
access goes through the runtime's slow path until each byte has been written
(runtime/safec_init.c).  The common constructor shape

    struct node *n = malloc(sizeof *n);
    if (!n) exit(2);
    n->item = item;
    n->left = make(...);
    n->right = make(...);
    return n;

writes every member before the pointer is read, stored or passed anywhere.
Nothing can observe the block while it is partly written: the only pointer
to it is a local whose address is never taken, and the statements in
between do not mention it.  Such a block can be born untracked (and, under
--uninit=zero, need not be zero-filled): no read of unwritten bytes is
possible, so no report is lost.

The walk follows the statements after the allocation in order, like
definite_init.py: a statement may write members of the block through the
variable (`n->f = v`, `n->a.b = v`, `n->l = n->r = v`, with values that do
not mention it), or not mention the variable at all.  Branches count what
both arms write.  The walk gives up at anything else -- a read or copy of
the variable, a label, a goto, break or continue (control could reach a
read of the block elsewhere) -- unless the block is whole by then.  A
member write counts for the padding that follows it (the runtime does the
same, see _pad_after in instrument/safe.py).
"""

from __future__ import annotations

from typing import Optional

from ..ir import nodes as N
from ..ir import types as T
from ..ir.visitor import walk
from .padding import pad_after

# allocators whose block starts unwritten and whose size is argument 0
_ALLOCATORS = ("malloc",)


def born_whole(body: N.Compound, locals_: set[int], address_taken: set[int]) -> set[int]:
    """ids of the allocator calls (N.Call) whose block is wholly written
    before anything can read it.  locals_: the function's local variables
    and parameters (by id); a global could be read by any function called
    in between."""
    out: set[int] = set()
    for n in walk(body):
        if not isinstance(n, N.Compound):
            continue
        items = n.items
        for i, s in enumerate(items):
            found = _allocation(s, locals_, address_taken)
            if found is None:
                continue
            var, call, size = found
            scan = _Scan(var, size)
            if scan.block(items[i + 1:]) is not None and scan.whole_at_end:
                out.add(id(call))
    return out


def _allocation(s: N.Stmt, locals_: set[int], address_taken: set[int]
                ) -> Optional[tuple[N.VarDecl, N.Call, int]]:
    """`T *v = malloc(sizeof(T));` or `v = malloc(sizeof(T));` with v a
    local pointer whose address is never taken."""
    var: Optional[N.VarDecl] = None
    value: Optional[N.Expr] = None
    if isinstance(s, N.DeclStmt) and len(s.decls) == 1 and isinstance(s.decls[0], N.VarDecl):
        var, value = s.decls[0], s.decls[0].init
    elif isinstance(s, N.ExprStmt) and isinstance(s.expr, N.Assign) and s.expr.op == "=" and \
            isinstance(s.expr.lv, N.VarRef) and isinstance(s.expr.lv.decl, N.VarDecl):
        var, value = s.expr.lv.decl, s.expr.value
    if var is None or value is None or id(var) not in locals_ or id(var) in address_taken or \
            var.storage not in ("", "register") or var.type.quals.volatile:
        return None  # (a volatile one keeps its value across a longjmp back)
    vt = T.strip(var.type)
    if not isinstance(vt, T.PointerType):
        return None
    elem = T.strip(vt.pointee)
    if not isinstance(elem, (T.RecordType, T.ArithType, T.PointerType, T.EnumType)) or \
            elem.size <= 0:
        return None
    if isinstance(elem, T.RecordType) and (elem.decl.kind != "struct" or
                                           not elem.decl.complete):
        return None
    while isinstance(value, N.Cast):
        value = value.operand
    if not (isinstance(value, N.Call) and isinstance(value.callee, N.Decay) and
            isinstance(value.callee.lv, N.FuncRef) and
            value.callee.lv.decl.name in _ALLOCATORS and len(value.args) == 1):
        return None
    arg = value.args[0]
    while isinstance(arg, N.Cast):
        arg = arg.operand
    if not isinstance(arg, N.IntLit) or arg.value != elem.size:
        return None
    return var, value, elem.size


class _Scan:
    """Bytes of the block written so far, along the statements after the
    allocation (a set of offsets: blocks are one struct)."""

    def __init__(self, var: N.VarDecl, size: int):
        self.var = var
        self.size = size
        self.whole_at_end = False

    def block(self, items: list[N.Stmt], written: Optional[set[int]] = None
              ) -> Optional[set[int]]:
        """Bytes written after items (None: gave up before the block was
        whole).  Sets whole_at_end when the block became whole."""
        w: set[int] = set() if written is None else set(written)
        for s in items:
            if len(w) >= self.size:
                self.whole_at_end = True
                return w
            r = self.stmt(s, w)
            if r is None:
                return None
            w = r
        if len(w) >= self.size:
            self.whole_at_end = True
        return w

    def stmt(self, s: N.Stmt, w: set[int]) -> Optional[set[int]]:
        if any(isinstance(n, (N.Label, N.Case, N.Default, N.Goto, N.IndirectGoto, N.Break,
                              N.Continue, N.Asm)) for n in walk(s)):
            return None
        if not self._mentions(s):
            return w
        if isinstance(s, N.ExprStmt):
            return self._writes(s.expr, w)
        if isinstance(s, N.If) and not self._mentions_var_other_than_test(s.cond):
            then = self._branch(s.then, w)
            if then is None:
                return None
            other = self._branch(s.other, w) if s.other is not None else set(w)
            if other is None:
                return None
            return then & other
        if isinstance(s, N.Compound):
            saved = self.whole_at_end
            r = self.block(s.items, w)
            self.whole_at_end = saved
            return r
        return None

    def _branch(self, s: N.Stmt, w: set[int]) -> Optional[set[int]]:
        saved = self.whole_at_end
        r = self.block(s.items, w) if isinstance(s, N.Compound) else self.stmt(s, w)
        self.whole_at_end = saved
        if r is None and len(w) >= self.size:
            return w
        return r

    def _writes(self, e: N.Expr, w: set[int]) -> Optional[set[int]]:
        """`v->m = value` (chained: `v->a = v->b = value`)."""
        if not (isinstance(e, N.Assign) and e.op == "="):
            return None
        span = self._member_span(e.lv)
        if span is None:
            return None
        value = e.value
        while isinstance(value, N.Cast):
            value = value.operand
        if isinstance(value, N.Assign):
            inner = self._writes(value, w)
            if inner is None:
                return None
            w = inner
        elif self._mentions(value):
            return None
        off, n = span
        return w | set(range(off, min(off + n + pad_after(e.lv), self.size)))

    def _member_span(self, lv: N.Expr) -> Optional[tuple[int, int]]:
        """(offset, size) of a member path `v->a.b.c` of the block."""
        off = 0
        size = T.strip(lv.type).size
        while isinstance(lv, N.Member):
            f = lv.field
            if f.bitwidth is not None or lv.record.kind != "struct":
                return None
            off += f.offset
            if lv.arrow:
                base = lv.base
                while isinstance(base, N.Cast) and base.implicit:
                    base = base.operand
                if isinstance(base, N.Load) and isinstance(base.lv, N.VarRef) and \
                        base.lv.decl is self.var:
                    return (off, size) if size > 0 else None
                return None
            lv = lv.base
        return None

    def _mentions(self, node: object) -> bool:
        return any(isinstance(n, N.VarRef) and n.decl is self.var for n in walk(node))

    def _mentions_var_other_than_test(self, cond: N.Expr) -> bool:
        """The condition only tests the pointer (`!v`, `v == NULL`, `v`)."""
        e = cond
        while isinstance(e, N.Cast):
            e = e.operand
        if isinstance(e, N.Unary) and e.op == "!":
            e = e.operand
        elif isinstance(e, N.Binary) and e.op in ("==", "!="):
            other = e.right if self._mentions(e.left) else e.left
            if self._mentions(other):
                return True
            e = e.left if other is e.right else e.right
        while isinstance(e, N.Cast):
            e = e.operand
        if isinstance(e, N.Load) and isinstance(e.lv, N.VarRef) and e.lv.decl is self.var:
            return False
        return self._mentions(e)
