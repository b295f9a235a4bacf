"""Lowering of clang expression cursors into IR expressions.

libclang hides implicit casts, designators and several GNU builtins behind
UNEXPOSED_EXPR; they are recovered here from the types, the child shape and,
where the cursor is written literally in a file, its tokens.
"""

from __future__ import annotations

import re
from typing import Optional

import clang.cindex as ci

from ..errors import UnsupportedError
from ..ir import nodes as N
from ..ir import types as T
from . import clang_ext as X
from .lower_types import TypeLowering

CK = ci.CursorKind

_NUM_RE = re.compile(rb"\.?[0-9](?:[eEpP][+-]|[0-9A-Za-z_.])*")
_CHAR_RE = re.compile(rb"(?:u8|[LuU])?'(?:\\.|[^'\\\n])*'")


def _int_suffix(t: T.CType) -> str:
    s = T.strip(t)
    if isinstance(s, T.ArithType):
        return {"unsigned int": "U", "long": "L", "unsigned long": "UL",
                "long long": "LL", "unsigned long long": "ULL"}.get(s.name, "")
    return ""


def int_text(value: int, t: T.CType) -> str:
    """A C literal with exactly the value and type `t` (for int-like `t`)."""
    s = T.strip(t)
    name = s.name if isinstance(s, T.ArithType) else "int"
    if name in ("int", "unsigned int", "long", "unsigned long", "long long",
                "unsigned long long"):
        if value < 0:
            if name == "int" and value == -(2 ** 31):
                return "(-2147483647-1)"
            if name in ("long", "long long") and value == -(2 ** 63):
                return f"(-9223372036854775807{_int_suffix(t)}-1)"
            return f"(-{-value}{_int_suffix(t)})"
        return f"{value}{_int_suffix(t)}"
    # other integer types: a cast of an int/long literal
    lit = str(value) if -(2 ** 31) < value < 2 ** 31 else f"{value}LL"
    if value < 0:
        lit = f"({lit})"
    if name.startswith("unsigned") and value >= 2 ** 63:
        lit = f"{value}ULL"
    return f"(({name}){lit})"


class ExprLowering(TypeLowering):
    """Mixin: expressions.  Relies on `var_ref`/`func_ref` from the decl mixin."""

    # provided by DeclLowering / StmtLowering
    def var_ref(self, c: ci.Cursor) -> N.VarDecl:  # pragma: no cover
        raise NotImplementedError

    def func_ref(self, c: ci.Cursor) -> N.FuncDecl:  # pragma: no cover
        raise NotImplementedError

    def compound(self, c: ci.Cursor) -> N.Compound:  # pragma: no cover
        raise NotImplementedError

    def loc(self, c: ci.Cursor) -> N.Loc:
        return X.expansion_loc(c)

    def unsupported(self, c: ci.Cursor, what: str) -> UnsupportedError:
        return UnsupportedError(self.loc(c), what)

    # ------------------------------------------------------------- entry
    def expr(self, c: ci.Cursor) -> N.Expr:
        k = c.kind
        meth = _DISPATCH.get(k)
        if meth is None:
            raise self.unsupported(c, f"expression kind {k.name}")
        result: N.Expr = meth(self, c)
        return result

    def ty(self, c: ci.Cursor) -> T.CType:
        return self.ctype(c.type, c)

    # ------------------------------------------------------------- leaves
    def _paren(self, c: ci.Cursor) -> N.Expr:
        return self.expr(_only_child(c))

    def _literal_text(self, c: ci.Cursor, rx: re.Pattern[bytes]) -> Optional[str]:
        f, off = X.spelling_offset(c.location)
        if f is None:
            return None
        try:
            data = X.read_source(f)
        except OSError:
            return None
        m = rx.match(data, off)
        return m.group(0).decode() if m else None

    def _int_lit(self, c: ci.Cursor) -> N.Expr:
        v = X.evaluate(c)
        t = self.ty(c)
        if not isinstance(v, int):
            raise self.unsupported(c, "integer literal without a value")
        text = self._literal_text(c, _NUM_RE)
        if text is None or not re.fullmatch(r"(0[xX][0-9a-fA-F]+|[0-9]+)[uUlL]*", text):
            text = int_text(v, t)
        return N.IntLit(t, self.loc(c), v, text)

    def _float_lit(self, c: ci.Cursor) -> N.Expr:
        t = self.ty(c)
        text = self._literal_text(c, _NUM_RE)
        if text is None:
            v = X.evaluate(c)
            if not isinstance(v, float):
                raise self.unsupported(c, "floating literal without a value")
            s = T.strip(t)
            suffix = {"float": "f", "long double": "L"}.get(getattr(s, "name", ""), "")
            # the shortest decimal that reads back as the same double (a
            # hexadecimal float is not a token under -std=c89: cJSON's NAN
            # macro, 0.0/0.0)
            text = repr(float(v)) + suffix
        return N.FloatLit(t, self.loc(c), text)

    def _imag_lit(self, c: ci.Cursor) -> N.Expr:
        """GNU imaginary constant (`1.0i`, what <complex.h>'s `I` expands to)."""
        kids = list(c.get_children())
        if len(kids) != 1:
            raise self.unsupported(c, "imaginary literal")
        inner = self.expr(kids[0])
        if isinstance(inner, N.FloatLit):
            # the source token (read back for the inner literal) may carry the
            # imaginary suffix already: `0x1p+0fi`
            text = inner.text if inner.text[-1:] in ("i", "I", "j", "J") else inner.text + "i"
            return N.FloatLit(self.ty(c), self.loc(c), text)
        if isinstance(inner, N.IntLit):
            return N.FloatLit(self.ty(c), self.loc(c), str(inner.value) + "i")
        raise self.unsupported(c, "imaginary literal")

    def _char_lit(self, c: ci.Cursor) -> N.Expr:
        v = X.evaluate(c)
        t = self.ty(c)
        if not isinstance(v, int):
            raise self.unsupported(c, "character literal without a value")
        text = self._literal_text(c, _CHAR_RE) or int_text(v, t)
        return N.IntLit(t, self.loc(c), v, text)

    def _string_lit(self, c: ci.Cursor) -> N.Expr:
        t = self.ty(c)
        arr = T.strip(t)
        if self.func_name and isinstance(arr, T.ArrayType) and \
                _first_token(c) == "__PRETTY_FUNCTION__":
            # clang spells C++'s signature ("int f(int, char **)"); gcc's C
            # gives the function's name, as __func__ does
            name = self.func_name
            return N.StringLit(T.ArrayType(arr.elem, len(name) + 1), self.loc(c), f'"{name}"')
        return N.StringLit(t, self.loc(c), c.spelling)

    def _decl_ref(self, c: ci.Cursor) -> N.Expr:
        ref = c.referenced
        if ref is None:
            raise self.unsupported(c, f"reference to unknown declaration '{c.spelling}'")
        if ref.kind in (CK.VAR_DECL, CK.PARM_DECL):
            t = self.ty(c)
            if ref.kind == CK.PARM_DECL and T.is_array(t):
                # libclang shows a parameter's array type as written; it is a pointer
                arr = T.strip(t)
                assert isinstance(arr, T.ArrayType)
                t = T.PointerType(arr.elem)
            elif ref.kind == CK.PARM_DECL:
                t = T.adjust_function_param(t)
            return N.VarRef(t, self.loc(c), self.var_ref(ref))
        if ref.kind == CK.FUNCTION_DECL:
            fd = self.func_ref(ref)
            if _same_place(ref, c):  # clang puts an implicit declaration at the call
                fd.implicit = True
            return N.FuncRef(fd.type, self.loc(c), fd)
        if ref.kind == CK.ENUM_CONSTANT_DECL:
            return N.EnumConst(self.ty(c), self.loc(c), ref.spelling, ref.enum_value)
        raise self.unsupported(c, f"reference to {ref.kind.name} '{c.spelling}'")

    # ------------------------------------------------------------- operators
    def _member(self, c: ci.Cursor) -> N.Expr:
        kids = list(c.get_children())
        if len(kids) != 1:
            raise self.unsupported(c, "member reference without a base")
        base = self.expr(kids[0])
        fc = c.referenced
        if fc is None or fc.kind != CK.FIELD_DECL:
            raise self.unsupported(c, f"member '{c.spelling}'")
        rd, f = self.field_of(fc)
        arrow = T.is_pointer(base.type)
        # libclang hides the implicit accesses through anonymous struct/union
        # members (`s.x` is really `s.<anon>.x`): put them back, so that every
        # Member's offset is relative to its base.
        outer = T.strip(T.pointee(base.type) if arrow else base.type)
        if isinstance(outer, T.RecordType) and outer.decl is not rd:
            path = _anon_path(outer.decl, rd)
            if path is None:
                raise self.unsupported(c, f"member '{c.spelling}' not found in its record")
            cur_rd = outer.decl
            for af in path:
                assert isinstance(af.type, T.RecordType)
                base = N.Member(af.type, self.loc(c), base, af, cur_rd, arrow)
                arrow = False
                cur_rd = af.type.decl
        return N.Member(self.ty(c), self.loc(c), base, f, rd, arrow)

    def _call(self, c: ci.Cursor) -> N.Expr:
        kids = list(c.get_children())
        if not kids:
            raise self.unsupported(c, "call without callee")
        callee = self.expr(kids[0])
        args = [self.expr(a) for a in kids[1:]]
        return N.Call(self.ty(c), self.loc(c), callee, args)

    def _unary(self, c: ci.Cursor) -> N.Expr:
        op = X.unary_op(c)
        operand = self.expr(_only_child(c))
        t, loc = self.ty(c), self.loc(c)
        if op == "&":
            return N.AddrOf(t, loc, operand)
        if op == "*":
            return N.Deref(t, loc, operand)
        if op in ("pre++", "pre--", "post++", "post--"):
            return N.IncDec(_decayed(t), loc, op[-2:], operand, op.startswith("pre"))
        if op == "__extension__":
            return operand
        if op in ("+", "-", "~", "!", "__real__", "__imag__"):
            return N.Unary(t, loc, op, operand)
        raise self.unsupported(c, f"unary operator {op}")

    def _binary(self, c: ci.Cursor) -> N.Expr:
        op = X.binary_op(c)
        kids = list(c.get_children())
        if len(kids) != 2 or op.startswith("?"):
            raise self.unsupported(c, f"binary operator {op}")
        left, right = self.expr(kids[0]), self.expr(kids[1])
        t, loc = _decayed(self.ty(c)), self.loc(c)
        if op.endswith("=") and op not in ("==", "!=", "<=", ">="):
            return N.Assign(t, loc, op, left, right)
        return N.Binary(t, loc, op, left, right)

    def _subscript(self, c: ci.Cursor) -> N.Expr:
        a, b = (self.expr(k) for k in c.get_children())
        if T.is_pointer(a.type) or T.is_array(a.type):
            return N.Index(self.ty(c), self.loc(c), a, b)
        return N.Index(self.ty(c), self.loc(c), b, a, swapped=True)

    def _conditional(self, c: ci.Cursor) -> N.Expr:
        a, b, d = (self.expr(k) for k in c.get_children())
        return N.Cond(_decayed(self.ty(c)), self.loc(c), a, b, d)

    def _cast(self, c: ci.Cursor) -> N.Expr:
        kids = [k for k in c.get_children() if k.kind.is_expression()]
        if not kids:
            raise self.unsupported(c, "cast without operand")
        operand = self.expr(kids[-1])
        self.vla_sizes = [self.expr(k) for k in reversed(kids[:-1])]
        t = self.ty(c)
        self.vla_sizes = []
        return N.Cast(t, self.loc(c), operand, implicit=False)

    def _compound_literal(self, c: ci.Cursor) -> N.Expr:
        kids = [k for k in c.get_children() if k.kind == CK.INIT_LIST_EXPR]
        if not kids:
            raise self.unsupported(c, "compound literal without initializer")
        init = self._init_list(kids[-1])
        assert isinstance(init, N.InitList)
        return N.CompoundLit(self.ty(c), self.loc(c), init)

    def _addr_label(self, c: ci.Cursor) -> N.Expr:
        lab = _only_child(c)
        return N.LabelAddr(self.ty(c), self.loc(c), lab.spelling)

    def _stmt_expr(self, c: ci.Cursor) -> N.Expr:
        return N.StmtExpr(self.ty(c), self.loc(c), self.compound(_only_child(c)))

    def _sizeof(self, c: ci.Cursor) -> N.Expr:
        v = X.evaluate(c)
        t = self.ty(c)
        if isinstance(v, int) and self.func_name and X.is_clean(c) and \
                [tk.spelling for tk in c.get_tokens()] in _SIZEOF_PRETTY:
            v = len(self.func_name) + 1  # gcc's C __PRETTY_FUNCTION__ (_string_lit)
        if isinstance(v, int):
            return N.IntLit(t, self.loc(c), v, int_text(v, t))
        kids = [k for k in c.get_children() if k.kind.is_expression()]
        toks = [tk.spelling for tk in c.get_tokens()][:1] if X.is_clean(c) else ["sizeof"]
        if toks and toks[0] == "sizeof" and len(kids) == 1 and \
                kids[0].type.kind == ci.TypeKind.VARIABLEARRAY:
            return N.SizeofExpr(t, self.loc(c), self.expr(kids[0]))
        text = X.source_text(c)
        if text is not None and text.startswith("sizeof"):
            return N.SizeofVlaType(t, self.loc(c), text, [self.expr(k) for k in kids])
        raise self.unsupported(c, "non-constant sizeof/alignof of a type")

    def _generic(self, c: ci.Cursor) -> N.Expr:
        kids = list(c.get_children())
        control, assocs = kids[0], kids[1:]
        want = self.ty(c)
        text = X.source_text(c)
        candidates = [text] if text is not None else []
        toks = [t.spelling for t in c.get_tokens()]
        if toks[:1] == ["_Generic"]:
            # libclang sometimes hands out the macro body's tokens
            candidates.append(" ".join(toks))
        if not any(_split_generic(t) for t in candidates):
            # inside a macro: read the association list from the macro bodies
            for body in X.macro_texts(c):
                for m in re.finditer(r"\b_Generic\s*\(", body):
                    candidates.append(body[m.start():].replace("\\\n", " "))
        found = [p for p in (_split_generic(t) for t in candidates)
                 if p is not None and len(p) == len(assocs)]
        if len(found) > 1:
            # several _Generic in the macros used: keep those whose association
            # expressions agree with the parsed ones
            shaped = [p for p, t in zip((_split_generic(t) for t in candidates), candidates)
                      if p is not None and len(p) == len(assocs)
                      and _assocs_agree(_generic_exprs(t), assocs)]
            if shaped:
                found = shaped
        if found and all(f == found[0] for f in found):
            ctl = self.expr(control)
            return N.Generic(want, self.loc(c), ctl,
                             [(p, self.expr(a)) for p, a in zip(found[0], assocs)])
        matches = [a for a in assocs if a.type.get_canonical() == c.type.get_canonical()]
        if len(matches) == 1:
            return self.expr(matches[0])
        raise self.unsupported(c, "_Generic inside a macro with ambiguous associations")

    # ------------------------------------------------------------- init lists
    def _init_list(self, c: ci.Cursor) -> N.Expr:
        items: list[N.InitItem] = []
        for k in c.get_children():
            if k.kind == CK.UNEXPOSED_EXPR and k.type.kind == ci.TypeKind.VOID:
                items.append(self._designated(k))
            else:
                items.append(N.InitItem([], self.expr(k)))
        return N.InitList(self.ty(c), self.loc(c), items)

    def _designated(self, c: ci.Cursor) -> N.InitItem:
        kids = list(c.get_children())
        value = self.expr(kids[-1])
        # clang spells a designator into an anonymous member as two fields;
        # C source names only the inner one.
        parts = [p for p in kids[:-1] if not (
            p.kind == CK.MEMBER_REF and p.referenced is not None
            and self.field_of(p.referenced)[1].name == "")]
        shape = _designator_shape(c)  # list of "f", "i", "r" or None
        if shape is None:
            shape = ["f" if p.kind == CK.MEMBER_REF else "i" for p in parts]
        des: list[N.Designator] = []
        it = iter(parts)
        try:
            for s in shape:
                p = next(it)
                if s == "f":
                    if p.kind != CK.MEMBER_REF or p.referenced is None:
                        raise self.unsupported(c, "field designator")
                    _, f = self.field_of(p.referenced)
                    des.append(N.Designator(field=f))
                else:
                    lo = X.evaluate(p)
                    hi = X.evaluate(next(it)) if s == "r" else None
                    if not isinstance(lo, int) or (s == "r" and not isinstance(hi, int)):
                        raise self.unsupported(c, "non-constant array designator")
                    des.append(N.Designator(index=lo, hi=int(hi) if isinstance(hi, int) else None))
        except StopIteration:
            raise self.unsupported(c, "designator shape") from None
        return N.InitItem(des, value)

    # ------------------------------------------------------------- unexposed
    def _unexposed(self, c: ci.Cursor) -> N.Expr:
        # TYPE_REFs (the type of va_arg, of offsetof) are not operands
        kids = [k for k in c.get_children() if k.kind.is_expression()]
        if len(kids) == 1:
            if _is_va_list(kids[0].type) and not _is_va_list(c.type):
                return N.VAArg(self.ty(c), self.loc(c), self.expr(kids[0]))
            if kids[0].extent == c.extent and kids[0].kind.is_expression():
                inner = self.expr(kids[0])
                return self.implicit(inner, self.ty(c), inner.loc)
        first = _first_token(c)
        if first in ("__func__", "__FUNCTION__", "__PRETTY_FUNCTION__") and len(kids) == 1:
            return self.expr(kids[0])
        if len(kids) == 4 and kids[0].extent == kids[1].extent:
            # GNU `a ?: b`: [common, opaque cond, opaque true, false]
            common = self.expr(kids[0])
            return N.ElvisCond(self.ty(c), self.loc(c), common, self.expr(kids[3]))
        if first == "__builtin_choose_expr" or (first is None and len(kids) == 3):
            sel = X.evaluate(kids[0])
            if isinstance(sel, int):
                return self.expr(kids[1] if sel else kids[2])
        if first is None or first.startswith(("__atomic_", "__c11_atomic_")):
            atomic = X.atomic_builtin(c, len(kids)) if 2 <= len(kids) <= 6 else None
            if atomic is not None:
                return self._atomic(c, atomic, kids)
        v = X.evaluate(c)
        t = self.ty(c)
        if isinstance(v, int) and not T.is_pointer(t):
            return N.IntLit(t, self.loc(c), v, int_text(v, t))
        if first in ("__builtin_convertvector", "__builtin_shufflevector", "__builtin_bit_cast"):
            raise self.unsupported(c, first)
        what = first or c.spelling or X.source_word(c)
        raise self.unsupported(c, f"expression '{what}'" if what else
                               f"expression of type '{c.type.spelling}' written by a macro")

    def _atomic(self, c: ci.Cursor, name: str, kids: list[ci.Cursor]) -> N.Expr:
        """An atomic builtin (`__atomic_load_n(p, order)`, and the `__c11_atomic_*`
        forms C11's <stdatomic.h> is written in) as a call of the GNU builtin
        of that name, which gcc compiles.  clang keeps the operands in its own
        order (pointer, order, value, failure order, second value, weak):
        they are put back in the order of the call."""
        perm = _ATOMIC_ORDER.get(len(kids))
        if perm is None:
            raise self.unsupported(c, f"atomic builtin {name} with {len(kids)} operands")
        args = [self.expr(kids[i]) for i in perm]
        loc = self.loc(c)
        if name.startswith("__c11_atomic_"):
            op = name[len("__c11_atomic_"):]
            gnu = _C11_ATOMIC.get(op)
            pt = T.strip(args[0].type)
            obj = T.strip(pt.pointee) if isinstance(pt, T.PointerType) else None
            if isinstance(obj, T.AtomicType):
                obj = T.strip(obj.inner)
            # (C11 scales fetch_add on a pointer by its pointee; gcc's builtin does not)
            if gnu is None or (op.startswith("fetch_") and obj is not None
                               and T.is_pointer(obj)):
                raise self.unsupported(c, f"atomic builtin {name}")
            int_t = T.ArithType("int", 4, 4)
            if op == "init":  # (no order: a relaxed store)
                args.append(N.IntLit(int_t, loc, 0, "0"))
            elif op.startswith("compare_exchange"):  # (p, expected, desired, succ, fail)
                weak = N.IntLit(int_t, loc, int(op.endswith("weak")), str(int(op.endswith("weak"))))
                args.insert(3, weak)
            name = gnu
        ft = T.FunctionType(self.ty(c), tuple(a.type for a in args))
        fd = N.FuncDecl(name, ft, loc=loc, builtin=True)
        callee = N.Decay(T.PointerType(ft), loc, N.FuncRef(ft, loc, fd))
        return N.Call(self.ty(c), loc, callee, args)

    def implicit(self, inner: N.Expr, target: T.CType, loc: N.Loc) -> N.Expr:
        """Make clang's implicit conversion explicit in the IR."""
        src = inner.type
        if T.is_array(target) and T.is_pointer(src):
            target = src  # an adjusted array parameter (see _decl_ref)
        elif T.is_function(target) and T.is_pointer(src) and \
                T.is_function(T.pointee(src)):
            target = src  # an adjusted function parameter (`callback cb`)
        elif T.is_array(target) and isinstance(inner, N.StringLit) and T.is_array(src):
            target = src  # __PRETTY_FUNCTION__, shorter than clang's (_string_lit)
        if N.is_lvalue(inner) or isinstance(inner, (N.FuncRef, N.Deref)):
            if T.is_array(src) and T.is_pointer(target):
                return N.Decay(target, loc, inner)
            if T.is_function(src) and T.is_pointer(target):
                return N.Decay(target, loc, inner)
            if N.is_lvalue(inner) and T.same_type(src, target):
                if T.is_array(src):
                    return inner
                return N.Load(target, loc, inner)
        if isinstance(inner, N.FuncRef) and T.is_pointer(target):
            return N.Decay(target, loc, inner)
        if T.same_type(src, target):
            return inner
        return N.Cast(target, loc, inner, implicit=True)


# clang's operand order of an atomic builtin with n operands -> the call's
_ATOMIC_ORDER = {
    2: [0, 1],              # load_n (p, order); c11 init (p, value)
    3: [0, 2, 1],           # store_n, exchange_n, fetch_*, load, store (p, v, order)
    4: [0, 2, 3, 1],        # exchange (p, v, ret, order)
    5: [0, 2, 4, 1, 3],     # c11 compare_exchange (p, expected, desired, succ, fail)
    6: [0, 2, 4, 5, 1, 3],  # compare_exchange(_n) (p, expected, desired, weak, succ, fail)
}

# __c11_atomic_<op> -> the GNU builtin gcc has for it
_C11_ATOMIC = {
    "init": "__atomic_store_n", "load": "__atomic_load_n", "store": "__atomic_store_n",
    "exchange": "__atomic_exchange_n",
    "compare_exchange_strong": "__atomic_compare_exchange_n",
    "compare_exchange_weak": "__atomic_compare_exchange_n",
    "fetch_add": "__atomic_fetch_add", "fetch_sub": "__atomic_fetch_sub",
    "fetch_and": "__atomic_fetch_and", "fetch_or": "__atomic_fetch_or",
    "fetch_xor": "__atomic_fetch_xor", "fetch_nand": "__atomic_fetch_nand",
}


def _anon_path(outer: T.RecordDecl, target: T.RecordDecl,
               depth: int = 0) -> Optional[list[T.Field]]:
    """The anonymous member fields leading from `outer` to `target`."""
    if outer is target:
        return []
    if depth > 8:
        return None
    for f in outer.fields:
        if f.name == "" and isinstance(f.type, T.RecordType) and f.type.decl.anon_member:
            rest = _anon_path(f.type.decl, target, depth + 1)
            if rest is not None:
                return [f, *rest]
    return None


def _only_child(c: ci.Cursor) -> ci.Cursor:
    kids = [k for k in c.get_children() if not k.kind.is_attribute()]
    if len(kids) != 1:
        raise UnsupportedError(f"{c.location.file}:{c.location.line}:{c.location.column}",
                               f"{c.kind.name} with {len(kids)} operands")
    return kids[0]


_SIZEOF_PRETTY = (["sizeof", "__PRETTY_FUNCTION__"],
                  ["sizeof", "(", "__PRETTY_FUNCTION__", ")"])


def _first_token(c: ci.Cursor) -> Optional[str]:
    if not X.is_clean(c):
        return None
    for t in c.get_tokens():
        return str(t.spelling)
    return None


def _is_va_list(t: ci.Type) -> bool:
    s = t.get_canonical().spelling
    return "__va_list_tag" in s


def _designator_shape(c: ci.Cursor) -> Optional[list[str]]:
    """From the tokens of `.a[1][2 ... 3] = v`: ["f", "i", "r"]; None if unknown."""
    if not X.is_clean(c):
        return None
    toks = [t.spelling for t in c.get_tokens()]
    shape: list[str] = []
    i = 0
    if len(toks) >= 2 and toks[1] == ":" and toks[0] not in (".", "["):
        return ["f"]  # GNU `field: value`
    while i < len(toks):
        t = toks[i]
        if t == "=":
            return shape
        if t == ".":
            shape.append("f")
            i += 2
            continue
        if t == "[":
            depth, j, is_range = 1, i + 1, False
            while j < len(toks) and depth:
                if toks[j] in ("[", "(", "{"):
                    depth += 1
                elif toks[j] in ("]", ")", "}"):
                    depth -= 1
                elif toks[j] == "..." and depth == 1:
                    is_range = True
                j += 1
            shape.append("r" if is_range else "i")
            i = j
            continue
        return None
    return None


def split_args(text: str) -> list[str]:
    """The comma-separated parts (not stripped) of text, which follows an
    opening parenthesis, up to the parenthesis that closes it; commas inside
    nested brackets do not split.  Text never closed loses its last part."""
    parts, depth, cur = [], 0, ""
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                parts.append(cur)
                break
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        cur += ch
    return parts


def _generic_assocs(text: str) -> Optional[list[tuple[str, str]]]:
    """(type name, expression) of each association of `_Generic(ctl, T: e, ...)`."""
    m = re.match(r"\s*_Generic\s*\(", text)
    if not m:
        return None
    parts = split_args(text[m.end():])
    out = []
    for p in parts[1:]:
        depth = 0
        for i, ch in enumerate(p):
            if ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth -= 1
            elif ch == ":" and depth == 0:
                out.append((p[:i].strip(), p[i + 1:].strip()))
                break
        else:
            return None
    return out


def _generic_exprs(text: str) -> list[str]:
    return [e for _, e in _generic_assocs(text) or []]


def _split_generic(text: str) -> Optional[list[str]]:
    """Association type names of `_Generic(ctl, T1: e1, default: e2)`."""
    assocs = _generic_assocs(text)
    return None if assocs is None else [t for t, _ in assocs]


def _assocs_agree(exprs: list[str], assocs: list[ci.Cursor]) -> bool:
    if len(exprs) != len(assocs):
        return False
    for text, cur in zip(exprs, assocs):
        k = cur.kind
        if text.startswith('"') != (k == CK.STRING_LITERAL):
            return False
        if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", text) and k == CK.DECL_REF_EXPR and \
                cur.spelling != text:
            return False
    return True


_DISPATCH = {
    CK.PAREN_EXPR: ExprLowering._paren,
    CK.INTEGER_LITERAL: ExprLowering._int_lit,
    CK.FLOATING_LITERAL: ExprLowering._float_lit,
    CK.CHARACTER_LITERAL: ExprLowering._char_lit,
    CK.IMAGINARY_LITERAL: ExprLowering._imag_lit,
    CK.STRING_LITERAL: ExprLowering._string_lit,
    CK.DECL_REF_EXPR: ExprLowering._decl_ref,
    CK.MEMBER_REF_EXPR: ExprLowering._member,
    CK.CALL_EXPR: ExprLowering._call,
    CK.UNARY_OPERATOR: ExprLowering._unary,
    CK.BINARY_OPERATOR: ExprLowering._binary,
    CK.COMPOUND_ASSIGNMENT_OPERATOR: ExprLowering._binary,
    CK.ARRAY_SUBSCRIPT_EXPR: ExprLowering._subscript,
    CK.CONDITIONAL_OPERATOR: ExprLowering._conditional,
    CK.CSTYLE_CAST_EXPR: ExprLowering._cast,
    CK.COMPOUND_LITERAL_EXPR: ExprLowering._compound_literal,
    CK.INIT_LIST_EXPR: ExprLowering._init_list,
    CK.ADDR_LABEL_EXPR: ExprLowering._addr_label,
    CK.StmtExpr: ExprLowering._stmt_expr,
    CK.CXX_UNARY_EXPR: ExprLowering._sizeof,
    CK.GENERIC_SELECTION_EXPR: ExprLowering._generic,
    CK.UNEXPOSED_EXPR: ExprLowering._unexposed,
}


def _decayed(t: T.CType) -> T.CType:
    """The type of an operator's result, which is never an array: clang
    reports `argv + 1`, `argv++` and `c ? argv : 0` with the declared type
    of an array parameter (`char *argv[]`) where C has `char **`."""
    s = T.strip(t)
    if isinstance(s, T.ArrayType):
        return T.PointerType(s.elem)
    return t


def _same_place(a: ci.Cursor, b: ci.Cursor) -> bool:
    la, lb = a.location, b.location
    return la.file is not None and lb.file is not None and la.file.name == lb.file.name and \
        la.line == lb.line and la.column == lb.column
