"""IR -> C text.

The emitted file starts with the preprocessor prologue (user macro definitions
and system #includes, in their original order), then `#undef`s every macro
whose name collides with an identifier the body prints (the body is already
macro-expanded), then every user declaration.  Each user record definition
is followed by a static assertion of its clang layout, so a layout mismatch
is a compile error, never a silent change.
"""

from __future__ import annotations

import re
from typing import Optional

from ..errors import SafecError
from ..ir import nodes as N
from ..ir import types as T
from . import clang_builtins
from .ctypes_print import TypePrinter

_PREC = {",": 1, "=": 2, "?:": 3, "||": 4, "&&": 5, "|": 6, "^": 7, "&": 8,
         "==": 9, "!=": 9, "<": 10, ">": 10, "<=": 10, ">=": 10, "<<": 11, ">>": 11,
         "+": 12, "-": 12, "*": 13, "/": 13, "%": 13}
_UNARY, _POSTFIX, _PRIMARY = 14, 15, 16
_ARITH_OPS = {"+", "-", "*", "/", "%"}
_ASSOC_OPS = {"+", "*", "&&", "||", "&", "|", "^", ","}


class CPrinter:
    def __init__(self, layout_asserts: bool = True, line_directives: bool = False) -> None:
        self.line_directives = line_directives
        self._in_stmt_expr = 0
        self.tp = TypePrinter(self.expr, self._inline_record)
        self.lines: list[str] = []
        self.indent = 0
        self.printed_records: set[int] = set()
        self.printed_enums: set[int] = set()
        self.layout_asserts = layout_asserts
        self.attr_macros: set[str] = set()

    # ------------------------------------------------------------- output
    def out(self, s: str) -> None:
        self.lines.append("    " * self.indent + s)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"

    # ------------------------------------------------------------- types
    def declare(self, t: T.CType, name: str) -> str:
        return self.tp.declare(t, name)

    def _attrs(self, attrs: list[str]) -> str:
        for a in attrs:
            if not a.startswith("__attribute__"):
                m = re.match(r"[A-Za-z_]\w*", a)
                if m:
                    self.attr_macros.add(m.group(0))
        return " ".join(attrs)

    def _inline_record(self, rd: T.RecordDecl) -> str:
        body = self._record_body(rd)
        attrs = self._attrs(rd.attrs)
        return f"{rd.kind} {body}" + (f" {attrs}" if attrs else "")

    def _record_body(self, rd: T.RecordDecl) -> str:
        parts = []
        for f in rd.fields:
            d = self.declare(f.type, f.name)
            if f.bitwidth is not None:
                d += f" : {f.bitwidth}"
            if f.attrs:
                d += " " + self._attrs(f.attrs)
            parts.append(d + ";")
        return "{ " + " ".join(parts) + " }"

    def _hoist_nested(self, rd: T.RecordDecl, seen: set[int]) -> None:
        """Print record/enum types defined inside `rd`'s braces before it."""
        for f in rd.fields:
            t = f.type
            while True:
                s = t
                if isinstance(s, T.PointerType):
                    t = s.pointee
                elif isinstance(s, T.ArrayType):
                    t = s.elem
                elif isinstance(s, T.AtomicType):
                    t = s.inner
                else:
                    break
            if isinstance(t, T.RecordType):
                inner = t.decl
                if inner.anon_member and inner.tag is None:
                    self._hoist_nested(inner, seen)
                elif (not inner.system and inner.complete and id(inner) not in
                      self.printed_records and id(inner) not in seen and inner.nested):
                    seen.add(id(inner))
                    self.record_def(inner)
            elif isinstance(t, T.EnumType):
                ed = t.decl
                if (not ed.system and ed.complete and id(ed) not in self.printed_enums
                        and ed.nested):
                    self.enum_def(ed)

    def record_def(self, rd: T.RecordDecl, definition: bool = True) -> None:
        name = self.tp.record_name(rd)
        if not definition or not rd.complete:
            self.out(f"{name};")
            return
        if id(rd) in self.printed_records:
            return
        self.printed_records.add(id(rd))
        self._hoist_nested(rd, set())
        attrs = self._attrs(rd.attrs)
        pack = _pragma_pack(rd)
        if pack:
            self.out(f"#pragma pack(push, {pack})")
        self.out(f"{name} {self._record_body(rd)}" + (f" {attrs}" if attrs else "") + ";")
        if pack:
            self.out("#pragma pack(pop)")
        if self.layout_asserts:
            self._layout_assert(rd, name)

    def _layout_assert(self, rd: T.RecordDecl, name: str) -> None:
        conds = [f"sizeof({name}) == {rd.size}", f"_Alignof({name}) == {rd.align}"]
        for f in rd.fields:
            if f.name and f.bitwidth is None:
                conds.append(f"__builtin_offsetof({name}, {f.name}) == {f.offset}")
        self.out(f"_Static_assert({' && '.join(conds)}, \"safec: layout of {name}\");")

    def enum_def(self, ed: T.EnumDecl, definition: bool = True) -> None:
        name = self.tp.enum_name(ed)
        if not definition or not ed.complete:
            self.out(f"{name};")
            return
        if id(ed) in self.printed_enums:
            return
        self.printed_enums.add(id(ed))
        items = []
        for cname, value, _ in ed.constants:
            v = str(value) if -(2 ** 31) <= value < 2 ** 31 else (
                f"{value}LL" if value < 2 ** 63 else f"{value}ULL")
            items.append(f"{cname} = {v}")
        attrs = self._attrs(ed.attrs)
        self.out(f"{name} {{ {', '.join(items)} }}" + (f" {attrs}" if attrs else "") + ";")

    # ------------------------------------------------------------- declarations
    def top(self, d: N.TopDecl) -> None:
        if isinstance(d, N.FuncDecl):
            self.func(d)
        elif isinstance(d, N.VarDecl):
            self.out(self.var(d) + ";")
        elif isinstance(d, N.TypedefDecl):
            self.typedef(d)
        elif isinstance(d, N.RecordDef):
            self.record_def(d.decl, d.is_definition)
        elif isinstance(d, N.EnumDef):
            self.enum_def(d.decl, d.is_definition)
        else:
            raise SafecError(f"safec: internal error: cannot print {type(d).__name__}")

    def typedef(self, d: N.TypedefDecl) -> None:
        attrs = self._attrs(d.attrs)
        self.out(f"typedef {self.declare(d.type, d.name)}" + (f" {attrs}" if attrs else "")
                 + ";")

    def var(self, v: N.VarDecl) -> str:
        parts = []
        if v.attrs:
            parts.append(self._attrs(v.attrs))
        if v.storage:
            parts.append(v.storage)
        if v.tls:
            parts.append(v.tls)
        parts.append(self.declare(v.type, v.name))
        s = " ".join(parts)
        if v.asm_label is not None:
            s += f' __asm__("{v.asm_label}")'
        if v.init is not None:
            s += " = " + self.init(v.init)
        return s

    def func_head(self, f: N.FuncDecl, definition: bool) -> str:
        parts = []
        if f.attrs:
            parts.append(self._attrs(f.attrs))
        if f.storage:
            parts.append(f.storage)
        if f.inline:
            parts.append("__inline__")  # (-std=c89 has no `inline`)
        ft = f.type
        if f.knr:
            params = [p.name for p in f.params]
            head = self.tp.declare(T.FunctionType(ft.ret, (), False, True), f.name, params)
        elif definition or f.params:
            params = [self.declare(p.type, p.name) for p in f.params]
            if len(params) != len(ft.params):
                params = [self.declare(p, "") for p in ft.params]
            head = self.tp.declare(ft, f.name, params)
        else:
            head = self.declare(ft, f.name)
        parts.append(head)
        s = " ".join(parts)
        if f.asm_label is not None and not definition:
            s += f' __asm__("{f.asm_label}")'
        return s

    def func(self, f: N.FuncDecl) -> None:
        if f.body is None:
            self.out(self.func_head(f, False) + ";")
            return
        if f.asm_label is not None:
            self.out(self.func_head(f, False) + ";")
        self.out(self.func_head(f, True))
        if f.knr:
            for p in f.params:
                self.out("    " + self.declare(p.type, p.name) + ";")
        self.block(f.body)

    # ------------------------------------------------------------- statements
    def block(self, b: N.Compound) -> None:
        self.out("{")
        self.indent += 1
        for s in b.items:
            self.stmt(s)
        self.indent -= 1
        self.out("}")

    def _local_decl(self, d: object) -> None:
        if isinstance(d, N.VarDecl):
            self.out(self.var(d) + ";")
        elif isinstance(d, N.LabelDecl):
            self.out(f"__label__ {d.name};")
        elif isinstance(d, N.FuncDecl):
            self.out(self.func_head(d, False) + ";")
        else:
            self.top(d)  # type: ignore[arg-type]

    def _sub(self, s: N.Stmt) -> None:
        """A statement in a position that needs exactly one statement."""
        if isinstance(s, N.Compound):
            self.block(s)
        else:
            self.out("{")
            self.indent += 1
            self.stmt(s)
            self.indent -= 1
            self.out("}")

    def _labelled(self, head: str, body: N.Stmt) -> None:
        self.indent -= 1
        self.out(head)
        self.indent += 1
        if isinstance(body, N.DeclStmt):
            self.out(";")
        self.stmt(body)

    def stmt(self, s: N.Stmt) -> None:
        if self.line_directives and not self._in_stmt_expr and s.loc.line > 0 and \
                not isinstance(s, (N.Compound, N.Case, N.Default, N.Label)):
            # debug info (and so the call stacks of reports) names the user's lines
            self.lines.append(f'#line {s.loc.line} "{s.loc.file}"')
        if isinstance(s, N.Compound):
            self.block(s)
        elif isinstance(s, N.DeclStmt):
            for d in s.decls:
                self._local_decl(d)
        elif isinstance(s, N.ExprStmt):
            self.out(self.expr(s.expr) + ";")
        elif isinstance(s, N.If):
            self.out(f"if ({self.cond(s.cond)})")
            self._sub(s.then)
            if s.other is not None:
                self.out("else")
                self._sub(s.other)
        elif isinstance(s, N.While):
            self.out(f"while ({self.cond(s.cond)})")
            self._sub(s.body)
        elif isinstance(s, N.DoWhile):
            self.out("do")
            self._sub(s.body)
            self.out(f"while ({self.cond(s.cond)});")
        elif isinstance(s, N.For):
            self._for(s)
        elif isinstance(s, N.Switch):
            self.out(f"switch ({self.expr(s.cond)})")
            self._sub(s.body)
        elif isinstance(s, N.Case):
            self._labelled(f"case {s.text}:", s.body)
        elif isinstance(s, N.Default):
            self._labelled("default:", s.body)
        elif isinstance(s, N.Label):
            self._labelled(f"{s.name}:", s.body)
        elif isinstance(s, N.Break):
            self.out("break;")
        elif isinstance(s, N.Continue):
            self.out("continue;")
        elif isinstance(s, N.Return):
            self.out("return;" if s.value is None else f"return {self.expr(s.value)};")
        elif isinstance(s, N.Goto):
            self.out(f"goto {s.label};")
        elif isinstance(s, N.IndirectGoto):
            self.out(f"goto *{self.expr(s.target, _UNARY)};")
        elif isinstance(s, N.NullStmt):
            self.out(";")
        elif isinstance(s, N.RawStmt):
            self.out(s.text)
        elif isinstance(s, N.Asm):
            self.attr_macros.update(s.macros)
            self.out(s.text.rstrip(";") + ";")
        else:
            raise SafecError(f"safec: internal error: cannot print {type(s).__name__}")

    def _for(self, s: N.For) -> None:
        init = ""
        wrap = False
        if isinstance(s.init, N.DeclStmt):
            vars_ = [d for d in s.init.decls if isinstance(d, N.VarDecl)]
            if len(s.init.decls) == 1 and len(vars_) == 1:
                init = self.var(vars_[0])
            else:
                wrap = True
        elif isinstance(s.init, N.ExprStmt):
            init = self.expr(s.init.expr)
        if wrap:
            assert s.init is not None
            self.out("{")
            self.indent += 1
            self.stmt(s.init)
        cond = self.cond(s.cond) if s.cond is not None else ""
        step = self.expr(s.step) if s.step is not None else ""
        self.out(f"for ({init}; {cond}; {step})")
        self._sub(s.body)
        if wrap:
            self.indent -= 1
            self.out("}")

    def cond(self, e: N.Expr) -> str:
        if isinstance(_strip_implicit(e), N.Assign):
            return "(" + self.expr(e) + ")"
        return self.expr(e)

    # ------------------------------------------------------------- expressions
    def init(self, e: N.Expr) -> str:
        return self.expr(e, _PREC["="])

    def expr(self, e: object, ctx: int = 0) -> str:  # noqa: C901 - one dispatch
        assert isinstance(e, N.Expr), e
        s, prec = self._expr(e)
        if prec < ctx:
            return f"({s})"
        return s

    def _operand(self, parent_op: str, child: N.Expr, right: bool) -> str:
        c = _strip_implicit(child)
        p = _PREC[parent_op]
        if isinstance(c, N.Binary):
            op = c.op
            if op == parent_op and op in _ASSOC_OPS and not right:
                return self.expr(child, p)
            if op in _ARITH_OPS and parent_op in _ARITH_OPS:
                return self.expr(child, p + 1 if right or _PREC[op] == p else p)
            return "(" + self.expr(child) + ")"
        if isinstance(c, (N.Assign, N.Cond, N.ElvisCond)):
            return "(" + self.expr(child) + ")"
        return self.expr(child, p + 1)

    def _expr(self, e: N.Expr) -> tuple[str, int]:
        if isinstance(e, (N.Load, N.Decay)):
            return self._expr(e.lv)
        if isinstance(e, N.Cast):
            if e.implicit:
                return self._expr(e.operand)
            return f"({self.declare(e.type, '')}){self.expr(e.operand, _UNARY)}", _UNARY
        if isinstance(e, N.IntLit):
            return (e.text or str(e.value)), (_UNARY if e.text.startswith("((") else _PRIMARY)
        if isinstance(e, N.FloatLit):
            return e.text, _PRIMARY
        if isinstance(e, N.StringLit):
            return e.text, _PRIMARY
        if isinstance(e, (N.VarRef, N.FuncRef)):
            return e.decl.name, _PRIMARY
        if isinstance(e, N.EnumConst):
            return e.name, _PRIMARY
        if isinstance(e, N.Member):
            return self._member(e), _POSTFIX
        if isinstance(e, N.Index):
            if e.swapped:
                return f"{self.expr(e.index, _POSTFIX)}[{self.expr(e.base)}]", _POSTFIX
            return f"{self.expr(e.base, _POSTFIX)}[{self.expr(e.index)}]", _POSTFIX
        if isinstance(e, N.Call):
            args = ", ".join(self.expr(a, _PREC["="]) for a in e.args)
            return f"{self.expr(e.callee, _POSTFIX)}({args})", _POSTFIX
        if isinstance(e, N.Deref):
            return "*" + _sep(self.expr(e.ptr, _UNARY)), _UNARY
        if isinstance(e, N.AddrOf):
            return "&" + _sep(self.expr(e.lv, _UNARY)), _UNARY
        if isinstance(e, N.Unary):
            if e.op in ("__real__", "__imag__"):
                return f"{e.op} {self.expr(e.operand, _UNARY)}", _UNARY
            return e.op + _sep(self.expr(e.operand, _UNARY)), _UNARY
        if isinstance(e, N.IncDec):
            if e.prefix:
                return e.op + _sep(self.expr(e.lv, _UNARY)), _UNARY
            return self.expr(e.lv, _POSTFIX) + e.op, _POSTFIX
        if isinstance(e, N.Binary):
            left = self._operand(e.op, e.left, False)
            right = self._operand(e.op, e.right, True)
            return f"{left} {e.op} {right}" if e.op != "," else f"{left}, {right}", _PREC[e.op]
        if isinstance(e, N.Assign):
            lv = self.expr(e.lv, _UNARY)
            return f"{lv} {e.op} {self.expr(e.value, _PREC['='])}", _PREC["="]
        if isinstance(e, N.Cond):
            return (f"{self.expr(e.cond, _PREC['||'])} ? {self.expr(e.then, _PREC[','] + 1)} : "
                    f"{self.expr(e.other, _PREC['?:'])}", _PREC["?:"])
        if isinstance(e, N.ElvisCond):
            return (f"{self.expr(e.cond, _PREC['||'])} ?: {self.expr(e.other, _PREC['?:'])}",
                    _PREC["?:"])
        if isinstance(e, N.SizeofExpr):
            if e.operand is not None:
                return f"sizeof ({self.expr(e.operand)})", _UNARY
            assert e.of_type is not None
            return f"sizeof ({self.declare(e.of_type, '')})", _UNARY
        if isinstance(e, N.Raw):
            return e.text, _PRIMARY
        if isinstance(e, N.RtCall):
            args = ", ".join(self.expr(a, _PREC["="]) for a in e.args)
            return f"{e.name}({args})", _POSTFIX
        if isinstance(e, N.FatPtr):
            t = self.declare(e.type, "")
            if "[*]" in t:  # a pointer to a VLA type: C converts void * to it
                t = "void *"
            fat = e.fat
            if isinstance(fat, N.RtCall) and fat.name == "sc_add" and len(fat.args) == 2:
                # the address alone: `sc_add(f, n).p` makes gcc keep the
                # whole sc_fat result in a stack slot of its own at every
                # such site (a big switch's frame grew by kilobytes)
                base, off = fat.args
                return f"(({t})((char *)({self.expr(base)}).p + " \
                       f"({self.expr(off, _PREC['='])})))", _PRIMARY
            return f"(({t})({self.expr(fat)}).p)", _PRIMARY
        if isinstance(e, N.SizeofVlaType):
            return e.text, _UNARY
        if isinstance(e, N.VAArg):
            return f"__builtin_va_arg({self.expr(e.ap, _PREC['='])}, " \
                   f"{self.declare(e.type, '')})", _POSTFIX
        if isinstance(e, N.StmtExpr):
            return self._stmt_expr(e), _PRIMARY
        if isinstance(e, N.CompoundLit):
            return f"({self.declare(e.type, '')}){self._init_list(e.init)}", _POSTFIX
        if isinstance(e, N.InitList):
            return self._init_list(e), _PRIMARY
        if isinstance(e, N.LabelAddr):
            return f"&&{e.label}", _UNARY
        if isinstance(e, N.Generic):
            assocs = ", ".join(f"{t}: {self.expr(x, _PREC['='])}" for t, x in e.assocs)
            return f"_Generic({self.expr(e.control, _PREC['='])}, {assocs})", _PRIMARY
        raise SafecError(f"safec: internal error: cannot print {type(e).__name__}")

    def _member(self, e: N.Member) -> str:
        # Unnamed (anonymous struct/union) members are skipped: C names the
        # inner field directly, through the outermost access operator.
        base = e.base
        arrow = e.arrow
        while isinstance(base, N.Member) and base.field.name == "":
            arrow = base.arrow
            base = base.base
        op = "->" if arrow else "."
        if e.field.name == "":
            return self.expr(base, _POSTFIX)
        return f"{self.expr(base, _POSTFIX)}{op}{e.field.name}"

    def _init_list(self, il: N.InitList) -> str:
        items = []
        for it in il.items:
            des = ""
            for d in it.designators:
                if d.field is not None:
                    des += f".{d.field.name}"
                elif d.hi is not None:
                    des += f"[{d.index} ... {d.hi}]"
                else:
                    des += f"[{d.index}]"
            v = self.expr(it.value, _PREC["="])
            items.append(f"{des} = {v}" if des else v)
        return "{" + ", ".join(items) + "}" if items else "{}"

    def _stmt_expr(self, e: N.StmtExpr) -> str:
        saved_lines, saved_indent = self.lines, self.indent
        self.lines, self.indent = [], 0
        self._in_stmt_expr += 1
        self.block(e.body)
        self._in_stmt_expr -= 1
        body = " ".join(x.strip() for x in self.lines)
        self.lines, self.indent = saved_lines, saved_indent
        return f"({body})"


def _pragma_pack(rd: T.RecordDecl) -> int:
    """The `#pragma pack(N)` in force at a record's definition, 0 if none.

    clang does not expose the pragma; it shows as a record aligned below its
    fields' natural alignment without a packed attribute.
    """
    if rd.pack:
        return rd.pack
    if any("packed" in a for a in rd.attrs):
        return 0
    natural = _natural_align(rd)
    return rd.align if 0 < rd.align < natural else 0


def _natural_align(rd: T.RecordDecl) -> int:
    """The alignment the record would have without any #pragma pack.  Anonymous
    members are printed inline, so the pragma packs them too: look inside."""
    best = 1
    for f in rd.fields:
        if not f.name and f.bitwidth is not None:
            continue
        s = T.strip(f.type)
        while isinstance(s, T.ArrayType):
            s = T.strip(s.elem)
        t = s
        if isinstance(s, T.RecordType) and s.decl.anon_member:
            a = _natural_align(s.decl)
        else:
            a = t.align
        best = max(best, a)
    return best


def _strip_implicit(e: N.Expr) -> N.Expr:
    while isinstance(e, (N.Load, N.Decay)) or (isinstance(e, N.Cast) and e.implicit):
        e = e.lv if isinstance(e, (N.Load, N.Decay)) else e.operand  # type: ignore[union-attr]
    return e


def _sep(s: str) -> str:
    """Avoid gluing `- -x` into `--x` or `& &x` into `&&x`."""
    return f"({s})" if s[:1] in "-+&*" else s


def emit_unit(tu: N.TranslationUnit, layout_asserts: bool = True,
              header: Optional[str] = None) -> str:
    p = CPrinter(layout_asserts, line_directives=tu.safe_pre is not None)
    for d in tu.decls:
        if getattr(d, "system", False):
            continue
        if isinstance(d, N.RecordDef) and d.decl.system:
            continue
        if isinstance(d, N.EnumDef) and d.decl.system:
            continue
        p.top(d)
        if isinstance(d, N.FuncDecl) and d.body is not None:
            p.out("")
    body = p.text()
    safe_pre = tu.safe_pre
    if safe_pre is not None:
        body = "\n".join(safe_pre) + "\n\n" + body + "\n" + "\n".join(tu.safe_post) + "\n"
    idents = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", _strip_strings(body)))
    undefs = sorted((idents & tu.macro_names) - p.attr_macros)
    pro = [header] if header else []
    if safe_pre is not None:
        pro.append('#include "safec_rt.h"')
    for kind, text in tu.prologue:
        if kind == "define":
            # `#undef` first: the source may have undefined it in between
            # (not recorded by clang), and the last definition is what counts.
            name = re.match(r"[A-Za-z_][A-Za-z0-9_]*", text)
            if name:
                pro.append(f"#undef {name.group(0)}")
            pro.append(f"#define {text}")
        else:
            pro.append(f"#include {text}")
    pro += [f"#undef {m}" for m in undefs]
    pro += clang_builtins.definitions(idents)
    return "\n".join(pro) + "\n\n" + body


def _strip_strings(s: str) -> str:
    return re.sub(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', " ", s)
