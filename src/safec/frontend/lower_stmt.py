"""Lowering of clang statement cursors into IR statements."""

from __future__ import annotations

import re
from typing import Optional

import clang.cindex as ci

from ..ir import nodes as N
from . import clang_ext as X
from .lower_expr import ExprLowering, int_text
from .macro_text import asm_macro_text

CK = ci.CursorKind


class StmtLowering(ExprLowering):
    """Mixin: statements.  Local declarations come from `local_decl`."""

    def local_decl(self, c: ci.Cursor) -> Optional[object]:  # pragma: no cover
        raise NotImplementedError

    def stmt(self, c: ci.Cursor) -> N.Stmt:
        k = c.kind
        loc = self.loc(c)
        if k.is_expression():
            return N.ExprStmt(loc, self.expr(c))
        kids = [x for x in c.get_children() if not x.kind.is_attribute()]
        if k == CK.COMPOUND_STMT:
            return self.compound(c)
        if k == CK.DECL_STMT:
            decls = [d for d in (self.local_decl(x) for x in kids) if d is not None]
            return N.DeclStmt(loc, decls)  # type: ignore[arg-type]
        if k == CK.IF_STMT:
            cond = self.expr(kids[0])
            then = self.stmt(kids[1])
            other = self.stmt(kids[2]) if len(kids) > 2 else None
            return N.If(loc, cond, then, other)
        if k == CK.WHILE_STMT:
            return N.While(loc, self.expr(kids[0]), self.stmt(kids[1]))
        if k == CK.DO_STMT:
            return N.DoWhile(loc, self.stmt(kids[0]), self.expr(kids[1]))
        if k == CK.FOR_STMT:
            return self._for(c, kids)
        if k == CK.SWITCH_STMT:
            return N.Switch(loc, self.expr(kids[0]), self.stmt(kids[1]))
        if k == CK.CASE_STMT:
            lo = X.evaluate(kids[0])
            if not isinstance(lo, int):
                raise self.unsupported(c, "non-constant case label")
            cond_t = self.ty(kids[0])
            if len(kids) == 3:
                hi = X.evaluate(kids[1])
                if not isinstance(hi, int):
                    raise self.unsupported(c, "non-constant case range")
                return N.Case(loc, lo, hi, self.stmt(kids[2]),
                              f"{int_text(lo, cond_t)} ... {int_text(hi, cond_t)}")
            return N.Case(loc, lo, None, self.stmt(kids[1]), int_text(lo, cond_t))
        if k == CK.DEFAULT_STMT:
            return N.Default(loc, self.stmt(kids[0]))
        if k == CK.LABEL_STMT:
            return N.Label(loc, c.spelling, self.stmt(kids[0]))
        if k == CK.GOTO_STMT:
            return N.Goto(loc, kids[0].spelling)
        if k == CK.INDIRECT_GOTO_STMT:
            return N.IndirectGoto(loc, self.expr(kids[0]))
        if k == CK.RETURN_STMT:
            return N.Return(loc, self.expr(kids[0]) if kids else None)
        if k == CK.BREAK_STMT:
            return N.Break(loc)
        if k == CK.CONTINUE_STMT:
            return N.Continue(loc)
        if k == CK.NULL_STMT:
            return N.NullStmt(loc)
        if k == CK.ASM_STMT:
            text = X.source_text(c)
            macros: list[str] = []
            if text is None:
                got = asm_macro_text(c)
                if got is None:
                    raise self.unsupported(c, "inline assembly produced by a macro")
                text, macros = got
            return N.Asm(loc, text, [self.expr(x) for x in kids if x.kind.is_expression()],
                         macros)
        if k == CK.UNEXPOSED_STMT:
            # attributed statements (`__attribute__((fallthrough));`)
            if len(kids) == 1:
                return self.stmt(kids[0])
            if not kids:
                return N.NullStmt(loc)
        raise self.unsupported(c, f"statement kind {k.name}")

    def compound(self, c: ci.Cursor) -> N.Compound:
        return N.Compound(self.loc(c), [self.stmt(x) for x in c.get_children()
                                        if not x.kind.is_attribute()])

    # ------------------------------------------------------------- for
    def _for(self, c: ci.Cursor, kids: list[ci.Cursor]) -> N.Stmt:
        loc = self.loc(c)
        # the how-many-th for loop of its macro expansion (pre-order is the
        # order of the `for` keywords in the macro body)
        where = X.expansion_offset(c.extent.start)
        nth = self.for_counts.get(where, 0)
        self.for_counts[where] = nth + 1
        body = kids[-1]
        parts = kids[:-1]
        slots: list[Optional[ci.Cursor]] = [None, None, None]
        if len(parts) == 3:
            slots = list(parts)
        elif parts:
            seps = _for_separators(c)
            if seps is not None:
                fname, semi1, semi2 = seps
                for p in parts:
                    f, off = X.spelling_offset(p.extent.start)
                    if f != fname:
                        seps = None
                        break
                    idx = 0 if off < semi1 else (1 if off < semi2 else 2)
                    if slots[idx] is not None:
                        raise self.unsupported(c, "for loop clauses")
                    slots[idx] = p
            if seps is None:  # the header is written in a macro body
                shape = _macro_for_shape(where, nth, len(parts))
                if shape is None:
                    raise self.unsupported(c, "for loop with omitted clauses inside a macro "
                                              "whose clauses cannot be told apart")
                slots = [None, None, None]
                it = iter(parts)
                for i, present in enumerate(shape):
                    if present:
                        slots[i] = next(it)
        init_c, cond_c, step_c = slots
        init: Optional[N.Stmt] = None
        if init_c is not None:
            init = self.stmt(init_c)
        cond = self.expr(cond_c) if cond_c is not None else None
        step = self.expr(step_c) if step_c is not None else None
        return N.For(loc, init, cond, step, self.stmt(body))


_TOKEN_RE = re.compile(rb'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|/\*.*?\*/|//[^\n]*|.',
                       re.S)
_FOR_RE = re.compile(rb"for\s*\(")


def _for_separators(c: ci.Cursor) -> Optional[tuple[str, int, int]]:
    """(file, byte offset of first ';', of second ';') of a for header.

    The source is scanned as bytes: clang's offsets are byte offsets, and a
    file with UTF-8 in a comment before the loop would shift characters."""
    f, off = X.spelling_offset(c.extent.start)
    if f is None:
        return None
    try:
        data = X.read_source(f)
    except OSError:
        return None
    m = _FOR_RE.match(data, off)
    if not m:
        return None
    h = _for_header(data, m.end())
    return (f, h[0], h[1]) if h is not None else None


def _for_header(data: bytes, start: int) -> Optional[tuple[int, int, int]]:
    """Offsets of the two top-level ';' and the closing ')' of a for header
    whose '(' ends just before start."""
    depth, semis = 0, []  # type: tuple[int, list[int]]
    for tok in _TOKEN_RE.finditer(data, start):
        t = tok.group(0)
        if t in (b"(", b"[", b"{"):
            depth += 1
        elif t in (b")", b"]", b"}"):
            if depth == 0:
                return (semis[0], semis[1], tok.start()) if len(semis) == 2 else None
            depth -= 1
        elif t == b";" and depth == 0:
            semis.append(tok.start())
    return None


_WORD_RE = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*")
_FOR_ANY_RE = re.compile(rb"\bfor\s*\(")


def _macro_for_shape(where: tuple[Optional[str], int], nth: int,
                     nparts: int) -> Optional[tuple[bool, bool, bool]]:
    """Which of init, condition and step a for loop written in a macro body
    has, read from the bodies of the macro expanded at `where` (and the
    macros those use): libclang gives neither the clauses' positions nor
    the omitted ones.  The loop is the nth for of the expansion: when only
    one body has for loops, its nth header is the loop's; otherwise the
    shape is known when every header there with nparts clauses has its
    clauses in the same places."""
    m = X.match_at(_WORD_RE, *where)
    if m is None:
        return None
    names, seen = [m.group(0).decode()], set()
    shapes: set[tuple[bool, bool, bool]] = set()
    in_order: list[tuple[bool, bool, bool]] = []
    bodies_with_for = 0
    while names:
        name = names.pop()
        body = X.MACRO_BODIES.get(name)
        if body is None or name in seen:
            continue
        seen.add(name)
        data = body.encode()
        names += [w.decode() for w in _WORD_RE.findall(data)]
        bodies_with_for += bool(_FOR_ANY_RE.search(data))
        for fm in _FOR_ANY_RE.finditer(data):
            h = _for_header(data, fm.end())
            if h is None:
                return None
            bounds = ((fm.end(), h[0]), (h[0] + 1, h[1]), (h[1] + 1, h[2]))
            # continuation backslashes are whitespace here
            shape = tuple(bool(data[a:b].replace(b"\\", b"").strip()) for a, b in bounds)
            in_order.append(shape)  # type: ignore[arg-type]
            if sum(shape) == nparts:
                shapes.add(shape)  # type: ignore[arg-type]
    if bodies_with_for == 1 and nth < len(in_order) and sum(in_order[nth]) == nparts:
        return in_order[nth]
    return shapes.pop() if len(shapes) == 1 else None
