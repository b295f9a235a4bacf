"""Printing IR types as C declarators.

`declare(t, "x")` gives `int (*x)[4]`; `declare(t, "")` gives a type name for
casts, sizeof and compound literals.  Record definitions are printed by the
emitter; here a record is only named (`struct tag`), except anonymous member
records which C can only write inline.
"""

from __future__ import annotations

import itertools
from typing import Callable, Optional

from ..errors import SafecError
from ..ir import types as T

# Names of anonymous records and enums are given once, by whichever printer
# meets the type first (instrumentation prints casts before the emitter prints
# definitions), so the counter is shared by every printer of a translation
# unit; reset_anon_names() starts a unit (names are deterministic per file).
_ANON = itertools.count(1)


def reset_anon_names() -> None:
    global _ANON
    _ANON = itertools.count(1)


class TypePrinter:
    def __init__(self, print_expr: Callable[[object], str],
                 inline_record: Callable[[T.RecordDecl], str]) -> None:
        self._expr = print_expr
        self._inline_record = inline_record

    def record_name(self, rd: T.RecordDecl) -> str:
        if rd.tag is not None:
            return f"{rd.kind} {rd.tag}"
        if rd.emit_name is None:
            rd.emit_name = f"__safec_anon{next(_ANON)}"
        return f"{rd.kind} {rd.emit_name}"

    def enum_name(self, ed: T.EnumDecl) -> str:
        if ed.tag is not None:
            return f"enum {ed.tag}"
        if ed.emit_name is None:
            ed.emit_name = f"__safec_anon{next(_ANON)}"
        return f"enum {ed.emit_name}"

    def base(self, t: T.CType) -> str:
        q = t.quals.text()
        if isinstance(t, T.VoidType):
            s = "void"
        elif isinstance(t, T.ArithType):
            s = t.name
        elif isinstance(t, T.TypedefType):
            s = t.name
        elif isinstance(t, T.RecordType):
            if t.decl.anon_member and t.decl.tag is None:
                s = self._inline_record(t.decl)
            else:
                s = self.record_name(t.decl)
        elif isinstance(t, T.EnumType):
            s = self.enum_name(t.decl)
        elif isinstance(t, T.AtomicType):
            s = f"_Atomic({self.declare(t.inner, '')})"
        elif isinstance(t, T.OpaqueType):
            s = t.spelling
        else:
            raise SafecError(f"safec: internal error: no base type for {t!r}")
        return f"{q} {s}" if q else s

    def declare(self, t: T.CType, name: str, params: Optional[list[str]] = None) -> str:
        """`params`, when given, are the parameter texts of a top function type."""
        inner = name
        cur = t
        first_fn = True
        while True:
            if isinstance(cur, T.PointerType):
                q = cur.quals.text()
                inner = "*" + (q + " " if q else "") + inner
                cur = cur.pointee
                if isinstance(cur, (T.ArrayType, T.FunctionType)):
                    inner = f"({inner})"
                continue
            if isinstance(cur, T.ArrayType):
                if cur.vla is not None:
                    if type(cur.vla).__name__ == "_VlaUnknown":
                        dim = "*"
                    else:
                        dim = self._expr(cur.vla)
                elif cur.count is None:
                    dim = ""
                else:
                    dim = str(cur.count)
                q = cur.quals.text()
                inner = f"{inner}[{q + ' ' if q else ''}{dim}]"
                cur = cur.elem
                continue
            if isinstance(cur, T.FunctionType):
                if params is not None and first_fn:
                    plist = list(params)
                else:
                    plist = [self.declare(p, "") for p in cur.params]
                first_fn = False
                if cur.variadic:
                    plist.append("...")
                if not plist and cur.has_proto:
                    plist = ["void"]
                inner = f"{inner}({', '.join(plist)})"
                cur = cur.ret
                if isinstance(cur, (T.PointerType,)):
                    pass
                continue
            break
        b = self.base(cur)
        return f"{b} {inner}".rstrip() if inner else b
