"""Lowering of declarations (file scope and block scope) and attributes."""

from __future__ import annotations

import re
from typing import Optional, Union

import clang.cindex as ci

from ..ir import nodes as N
from ..ir import types as T
from . import clang_ext as X
from .lower_expr import split_args
from .lower_stmt import StmtLowering
from .macro_text import IDENT_CALL_RE, expand_macros

CK = ci.CursorKind
SC = ci.StorageClass

_SIZED_SYNC = re.compile(r"__sync_[a-z_]+_(?:1|2|4|8|16)")
def _ident_call_at(f: Optional[str], off: int) -> Optional[tuple[str, int, int]]:
    """The identifier (with its parenthesized arguments, if any) at byte
    offset off of file f: (text, start, end).  Matched on the bytes, since
    clang's offsets are byte offsets and UTF-8 before them shifts
    characters."""
    m = X.match_at(IDENT_CALL_RE, f, off)
    if m is None:
        return None
    return m.group(0).decode("utf-8", "replace"), m.start(), m.end()


class DeclLowering(StmtLowering):
    def __init__(self) -> None:
        super().__init__()
        self._vars: dict[int, list[tuple[ci.Cursor, N.VarDecl]]] = {}
        self._funcs: dict[int, list[tuple[ci.Cursor, N.FuncDecl]]] = {}

    # ------------------------------------------------------------- entities
    # A variable or function declared several times is one *entity* (the IR
    # object every reference points to, made from clang's canonical cursor);
    # each declaration is still printed on its own.
    def var_ref(self, c: ci.Cursor) -> N.VarDecl:
        canon = c.canonical
        for cur, vd in self._vars.get(canon.hash, []):
            if cur == canon:
                return vd
        return self.var_decl(canon, entity=True)

    def func_ref(self, c: ci.Cursor) -> N.FuncDecl:
        canon = c.canonical
        for cur, fd in self._funcs.get(canon.hash, []):
            if cur == canon:
                return fd
        return self.func_decl(canon, entity=True)

    def _is_system(self, c: ci.Cursor) -> bool:
        return c.location.file is None or bool(c.location.is_in_system_header)

    # ------------------------------------------------------------- variables
    def var_decl(self, c: ci.Cursor, entity: bool = False) -> N.VarDecl:
        init_c = X.var_initializer(c) if c.kind == CK.VAR_DECL else None
        sizes = [k for k in c.get_children()
                 if k.kind.is_expression() and (init_c is None or k != init_c)]
        # clang visits a VLA's inner dimensions first: reverse to outermost-first
        self.vla_sizes = [self.expr(k) for k in reversed(sizes)] if _has_vla(c.type) else []
        t = self.ty(c)
        self.vla_sizes = []
        if c.kind == CK.PARM_DECL:
            t = T.adjust_function_param(t)
        vd = N.VarDecl(c.spelling, t, loc=self.loc(c))
        vd.is_param = c.kind == CK.PARM_DECL
        vd.system = self._is_system(c)
        sc = c.storage_class
        vd.storage = {SC.STATIC: "static", SC.EXTERN: "extern",
                      SC.REGISTER: "register"}.get(sc, "")
        parent = c.semantic_parent
        vd.is_global = (parent is not None and parent.kind == CK.TRANSLATION_UNIT) or \
            vd.storage == "extern"
        if c.kind == CK.VAR_DECL and c.tls_kind != ci.TLSKind.NONE:
            vd.tls = "__thread"
        vd.attrs = self.attrs(c)
        vd.asm_label = _asm_label(c)
        if entity:
            self._vars.setdefault(c.hash, []).append((c, vd))
        if init_c is not None:
            vd.init = self.expr(init_c)
        return vd

    # ------------------------------------------------------------- functions
    def func_decl(self, c: ci.Cursor, entity: bool = False, with_body: bool = False,
                  fd: Optional[N.FuncDecl] = None) -> N.FuncDecl:
        # get_arguments(), not children: a function returning a function
        # pointer also has the PARM_DECLs of the returned type as children.
        params_c = list(c.get_arguments())
        ft = T.strip(self.ty(c))
        if not isinstance(ft, T.FunctionType):
            raise self.unsupported(c, "function with a non-function type")
        if fd is None:
            fd = N.FuncDecl(c.spelling, ft, loc=self.loc(c))
        fd.type = ft
        fd.system = self._is_system(c)
        fd.builtin = c.location.file is None
        if _SIZED_SYNC.fullmatch(fd.name) and not c.is_definition():
            # clang names the overload it picked (__sync_fetch_and_add_8);
            # gcc picks its own from the generic name, without conversions
            fd.name = fd.name.rsplit("_", 1)[0]
        sc = c.storage_class
        fd.storage = {SC.STATIC: "static", SC.EXTERN: "extern"}.get(sc, "")
        fd.inline = _has_inline(c)
        fd.asm_label = _asm_label(c)
        if entity:
            self._funcs.setdefault(c.hash, []).append((c, fd))
        fd.attrs = self.attrs(c)
        if ft.noreturn and not any("noreturn" in a for a in fd.attrs):
            fd.attrs.append("__attribute__((noreturn))")
        fd.params = [self.var_ref(p) for p in params_c]
        fd.knr = not ft.has_proto and bool(params_c)
        if with_body and c.is_definition():
            body = [k for k in c.get_children() if k.kind == CK.COMPOUND_STMT]
            if body:
                outer, self.func_name = self.func_name, c.spelling
                try:
                    fd.body = self.compound(body[-1])
                finally:
                    self.func_name = outer
        return fd

    # ------------------------------------------------------------- others
    def typedef_decl(self, c: ci.Cursor) -> N.TypedefDecl:
        sizes = [k for k in c.get_children() if k.kind.is_expression()]
        self.vla_sizes = [self.expr(k) for k in reversed(sizes)] if _has_vla(
            c.underlying_typedef_type) else []
        t = self.ctype(c.underlying_typedef_type, c)
        self.vla_sizes = []
        return N.TypedefDecl(c.spelling, t, self.attrs(c), self.loc(c),
                             self._is_system(c))

    def local_decl(self, c: ci.Cursor) -> Optional[
            Union[N.VarDecl, N.TypedefDecl, N.RecordDef, N.EnumDef, N.FuncDecl, N.LabelDecl]]:
        k = c.kind
        if k == CK.VAR_DECL:
            if c.canonical != c or c.storage_class == SC.EXTERN:
                return self.var_decl(c)
            return self.var_ref(c)
        if k == CK.TYPEDEF_DECL:
            return self.typedef_decl(c)
        if k in (CK.STRUCT_DECL, CK.UNION_DECL):
            return N.RecordDef(self.record(c), c.is_definition(), self.loc(c))
        if k == CK.ENUM_DECL:
            return N.EnumDef(self.enum(c), c.is_definition(), self.loc(c))
        if k == CK.FUNCTION_DECL:
            return self.func_decl(c)
        if k == CK.STATIC_ASSERT:
            return None
        if k == CK.UNEXPOSED_DECL and c.spelling:
            toks = [t.spelling for t in c.get_tokens()][:1] if X.is_clean(c) else ["__label__"]
            if toks == ["__label__"]:
                return N.LabelDecl(c.spelling, self.loc(c))
        raise self.unsupported(c, f"local declaration {k.name}")

    def top_decl(self, c: ci.Cursor) -> Optional[N.TopDecl]:
        k = c.kind
        if k == CK.VAR_DECL:
            return self.var_ref(c) if c.canonical == c else self.var_decl(c)
        if k == CK.FUNCTION_DECL:
            if c.canonical == c:
                ent = self.func_ref(c)
                if c.is_definition() and ent.body is None:
                    self.func_decl(c, with_body=True, fd=ent)
                return ent
            return self.func_decl(c, with_body=True)
        if k == CK.TYPEDEF_DECL:
            return self.typedef_decl(c)
        if k in (CK.STRUCT_DECL, CK.UNION_DECL):
            return N.RecordDef(self.record(c), c.is_definition(), self.loc(c))
        if k == CK.ENUM_DECL:
            return N.EnumDef(self.enum(c), c.is_definition(), self.loc(c))
        if k in (CK.STATIC_ASSERT, CK.UNEXPOSED_ATTR):
            return None
        raise self.unsupported(c, f"top-level declaration {k.name}")

    # ------------------------------------------------------------- attributes
    def attrs(self, c: ci.Cursor) -> list[str]:
        """The attributes written on a declaration, as C text gcc accepts."""
        out: list[str] = []
        decl_name = X.expansion_offset(c.location)
        for a in c.get_children():
            if not a.kind.is_attribute() or a.kind == CK.ASM_LABEL_ATTR:
                continue
            if a.location.file is None:
                continue  # implicit attribute added by clang
            if a.kind == CK.UNEXPOSED_ATTR and (X.source_text(a) or "").strip() == c.spelling:
                # implicit too: the format attribute clang adds to a
                # redeclared library builtin (`extern int printf(const char
                # *, ...);`) spans the declared name
                continue
            text = self._attr_text(a, decl_name)
            if text and text not in out:
                out.append(text)
        return out

    def _attr_text(self, a: ci.Cursor, decl_name: tuple[Optional[str], int]) -> Optional[str]:
        if a.kind == CK.PACKED_ATTR:
            return "__attribute__((packed))"
        if a.kind == CK.ALIGNED_ATTR:
            f0, off0 = X.expansion_offset(a.extent.start)
            if f0 is not None:
                m0 = _ident_call_at(f0, off0)
                if m0 and re.match(r"(_Alignas|alignas)\s*\(", m0[0]):
                    return _alignas_attr(m0[0])
        src = X.source_text(a)
        if src is not None:
            s = src.strip()
            if s in ("_Alignas", "alignas"):
                # clang's extent stops at the keyword; take its parentheses too
                f, off = X.spelling_offset(a.extent.start)
                m1 = _ident_call_at(f, off)
                s = m1[0] if m1 else s
            if re.match(r"(_Alignas|alignas)\s*\(", s):
                return _alignas_attr(s)
            if s.startswith("__attribute__") or s.startswith("__declspec"):
                return s
            if s in ("_Noreturn", "noreturn"):
                return "__attribute__((noreturn))"
            if not _inside_gnu_attribute(a):
                return s  # a macro invocation that expands to the attribute
            return f"__attribute__(({s}))"
        # The attribute comes from a macro: reuse the macro invocation itself,
        # unless the whole declaration is that macro's output.
        f, off = X.expansion_offset(a.extent.start)
        m = _ident_call_at(f, off)
        if f is None or m is None:
            return None
        return _attr_macro(m[0], decl_name, f, m[1], m[2])


_ATTR_ONLY_RE = re.compile(r"\s*((__attribute__|__attribute)\s*\(\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)\)\s*)+$")
_ATTR_RE = re.compile(r"(?:__attribute__|__attribute)\s*\(\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)\)")


def _attr_macro(use: str, decl_name: tuple[Optional[str], int], f: str, start: int,
                end: int) -> Optional[str]:
    """Attribute text for an attribute that a macro use (`use`) produced.

    A macro whose body is only attributes (`#define __packed
    __attribute__((packed))`) is reused as written; from any other macro
    (`#define LUAI_FUNC __attribute__((visibility("hidden"))) extern`, or a
    macro that produces the whole declaration) only the `__attribute__((..))`
    groups of its body that use none of its parameters are taken.
    """
    name = re.match(r"[A-Za-z_][A-Za-z0-9_]*", use)
    if name is None:
        return None
    expanded = expand_macros(use)
    al = re.match(r"\s*(_Alignas|alignas)\s*\(", expanded)
    if al:
        # `#define ALIGNED16 _Alignas(16)`, `#define AL(n) _Alignas(n)`, and
        # a member declared by a macro (`#define ALIGN_MEMBER(n, d) AL(n) d`)
        inner = split_args(expanded[al.end():])
        return _alignas_attr(f"_Alignas({','.join(inner)})") if inner else None
    body = X.MACRO_BODIES.get(name.group(0))
    if body is None:
        return None
    m = re.match(r"[A-Za-z_][A-Za-z0-9_]*(\(([^)]*)\))?", body)
    plist: list[str] = []
    if m and m.group(1) and body[len(name.group(0)):].startswith("("):
        plist = [p.strip() for p in m.group(2).split(",")]
        rest = body[m.end():]
    else:
        rest = body[len(name.group(0)):]
    params = set(plist)
    nf, noff = decl_name
    whole_decl = nf == f and start <= noff < end
    if not whole_decl and _ATTR_ONLY_RE.match(rest):
        return use
    groups = [g for g in _ATTR_RE.findall(rest)
              if not (set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", g)) & params)]
    return " ".join(groups) or None


# Words that start a type name (an _Alignas argument that is not one is a
# constant expression).
_TYPE_WORDS = {"void", "char", "short", "int", "long", "float", "double", "signed", "unsigned",
               "_Bool", "bool", "struct", "union", "enum", "const", "volatile", "_Complex",
               "__int128", "_Atomic", "typeof", "__typeof__", "__typeof"}


def _alignas_attr(text: str) -> str:
    """`_Alignas(16)` / `alignas(double)` / `_Alignas(2 * N)` as the
    equivalent GNU attribute.  The program's macros are expanded in it:
    the emitted file #undefs those its body names."""
    m = re.match(r"(_Alignas|alignas)\s*\((.*)\)$", text.strip(), re.S)
    inner = expand_macros(m.group(2).strip()) if m else "1"
    if re.fullmatch(r"\(?\s*[0-9xXa-fA-F]+[uUlL]*\s*\)?", inner):
        return f"__attribute__((aligned({inner})))"
    words = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", inner)
    if words and (words[0] in _TYPE_WORDS or words[0] in X.TYPEDEF_NAMES):
        return f"__attribute__((aligned(_Alignof({inner}))))"
    return f"__attribute__((aligned({inner})))"  # a constant expression


def _inside_gnu_attribute(a: ci.Cursor) -> bool:
    """Is the attribute written inside `__attribute__((...))` (after `(` or `,`)?"""
    f, off = X.spelling_offset(a.extent.start)
    if f is None:
        return False
    data = X.read_source(f)
    i = off - 1
    while i >= 0 and data[i:i + 1] in (b" ", b"\t", b"\n", b"\r"):
        i -= 1
    return i >= 0 and data[i:i + 1] in (b"(", b",")


def _has_vla(t: ci.Type) -> bool:
    seen = 0
    while seen < 16:
        seen += 1
        k = t.kind
        if k == ci.TypeKind.VARIABLEARRAY:
            return True
        if k in (ci.TypeKind.CONSTANTARRAY, ci.TypeKind.INCOMPLETEARRAY):
            t = t.element_type
        elif k == ci.TypeKind.POINTER:
            t = t.get_pointee()
        elif k == ci.TypeKind.ELABORATED:
            t = t.get_named_type()
        else:
            return False
    return False


def _asm_label(c: ci.Cursor) -> Optional[str]:
    for a in c.get_children():
        if a.kind == CK.ASM_LABEL_ATTR and a.location.file is not None:
            return str(a.spelling)
    return None


_INLINE_WORDS = {"inline", "__inline", "__inline__"}


def _has_inline(c: ci.Cursor) -> bool:
    """Was `inline` written on this declaration (not just on another one)?"""
    f, a = X.spelling_offset(c.extent.start)
    _, b = X.spelling_offset(c.location)
    if f is None or b < a:
        return X.is_inlined(c)
    head = X.read_source(f)[a:b].decode("utf-8", "replace")
    words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", head))
    if words & _INLINE_WORDS:
        return True
    if words & X.MACRO_NAMES:
        return X.is_inlined(c)  # e.g. `static __always_inline int f(...)`
    return False
