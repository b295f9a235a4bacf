"""Lowering of clang types (and record/enum declarations) into IR types."""

from __future__ import annotations

from typing import Optional

import clang.cindex as ci

from ..errors import UnsupportedError
from ..ir import types as T
from ..ir.nodes import Expr, Loc
from . import clang_ext as X

TK = ci.TypeKind
CK = ci.CursorKind

# clang builtin kind -> (spelling, size, signed, float)
_ARITH: dict[str, tuple[str, int, bool, bool]] = {
    "BOOL": ("_Bool", 1, False, False),
    "CHAR_S": ("char", 1, True, False),
    "CHAR_U": ("char", 1, False, False),
    "SCHAR": ("signed char", 1, True, False),
    "UCHAR": ("unsigned char", 1, False, False),
    "SHORT": ("short", 2, True, False),
    "USHORT": ("unsigned short", 2, False, False),
    "INT": ("int", 4, True, False),
    "UINT": ("unsigned int", 4, False, False),
    "LONG": ("long", 8, True, False),
    "ULONG": ("unsigned long", 8, False, False),
    "LONGLONG": ("long long", 8, True, False),
    "ULONGLONG": ("unsigned long long", 8, False, False),
    "INT128": ("__int128", 16, True, False),
    "UINT128": ("unsigned __int128", 16, False, False),
    "FLOAT": ("float", 4, True, True),
    "DOUBLE": ("double", 8, True, True),
    "LONGDOUBLE": ("long double", 16, True, True),
    "FLOAT128": ("__float128", 16, True, True),
    "FLOAT16": ("_Float16", 2, True, True),
    "HALF": ("_Float16", 2, True, True),
}


def arith(name: str) -> T.ArithType:
    """An arithmetic type by its clang kind name (used for literals too)."""
    spelling, size, signed, is_float = _ARITH[name]
    return T.ArithType(spelling, size, size, is_float, signed)


INT = arith("INT")
ULONG = arith("ULONG")


def _quals(t: ci.Type) -> T.Quals:
    return T.Quals(t.is_const_qualified(), t.is_volatile_qualified(),
                   t.is_restrict_qualified())


def _with_quals(t: T.CType, q: T.Quals) -> T.CType:
    if not q:
        return t
    merged = T.Quals(q.const or t.quals.const, q.volatile or t.quals.volatile,
                     q.restrict or t.quals.restrict)
    import dataclasses
    return dataclasses.replace(t, quals=merged)


class TypeLowering:
    """Mixin: owns the record/enum/typedef caches keyed by clang declarations."""

    def __init__(self) -> None:
        self._records: dict[int, list[tuple[ci.Cursor, T.RecordDecl]]] = {}
        self._enums: dict[int, list[tuple[ci.Cursor, T.EnumDecl]]] = {}
        self._typedefs: dict[int, list[tuple[ci.Cursor, T.CType]]] = {}
        self.vla_sizes: list[Expr] = []
        self.func_name = ""  # the function whose body is being lowered
        self._simple_types: dict[str, T.CType] = {}
        self.anon_counter = 0
        # for loops lowered so far per macro expansion site (lower_stmt)
        self.for_counts: dict[tuple[Optional[str], int], int] = {}

    # hooks provided by the expression lowering
    def loc(self, c: ci.Cursor) -> Loc:  # pragma: no cover - overridden
        raise NotImplementedError

    def expr(self, c: ci.Cursor) -> Expr:  # pragma: no cover - overridden
        raise NotImplementedError

    def attrs(self, c: ci.Cursor) -> list[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    # ------------------------------------------------------------- types
    def ctype(self, t: ci.Type, where: Optional[ci.Cursor] = None) -> T.CType:
        # Types that name no record, enum or VLA are the same wherever they
        # appear: cache them by spelling (lowering is the frontend's hot path).
        spelling = t.spelling
        hit = self._simple_types.get(spelling)
        if hit is not None:
            return hit
        res = self._ctype(t, where)
        if _is_simple(res):
            self._simple_types[spelling] = res
        return res

    def _ctype(self, t: ci.Type, where: Optional[ci.Cursor] = None) -> T.CType:
        q = _quals(t)
        if t._kind_id in (163, 178):  # Attributed / BTFTagAttributed: unknown to the bindings
            mod = X.lib().clang_Type_getModifiedType(t)
            return _with_quals(self.ctype(mod, where), q)
        try:
            k = t.kind
        except ValueError:
            canon = t.get_canonical()
            if canon._kind_id != t._kind_id:
                return _with_quals(self.ctype(canon, where), q)
            raise UnsupportedError(self._where(where), f"type '{t.spelling}'") from None
        if k == TK.ELABORATED:
            return _with_quals(self.ctype(t.get_named_type(), where), q)
        if k == TK.TYPEDEF:
            return _with_quals(self._typedef(t.get_declaration(), where), q)
        if k == TK.VOID:
            return _with_quals(T.VOID, q)
        if k.name in _ARITH:
            return _with_quals(arith(k.name), q)
        if k == TK.POINTER:
            return T.PointerType(self.ctype(t.get_pointee(), where), quals=q)
        if k == TK.CONSTANTARRAY:
            return T.ArrayType(self.ctype(t.element_type, where), t.element_count, quals=q)
        if k == TK.INCOMPLETEARRAY:
            return T.ArrayType(self.ctype(t.element_type, where), None, quals=q)
        if k == TK.VARIABLEARRAY:
            size = self.vla_sizes.pop(0) if self.vla_sizes else None
            elem = self.ctype(t.element_type, where)
            return T.ArrayType(elem, None, vla=size if size is not None else VLA_UNKNOWN,
                               quals=q)
        if k == TK.RECORD:
            return T.RecordType(self.record(t.get_declaration()), quals=q)
        if k == TK.ENUM:
            d = t.get_declaration()
            return T.EnumType(self.enum(d), max(t.get_size(), 1), quals=q)
        if k in (TK.FUNCTIONPROTO, TK.FUNCTIONNOPROTO):
            # GNU noreturn is an attribute of the function type in clang,
            # not of the declaration (no cursor child): only the spelling
            # shows it, and it must be this type's own, not its result's or
            # a parameter's (a pointer to a noreturn function)
            nr = "__attribute__((noreturn))"
            args = list(t.argument_types()) if k == TK.FUNCTIONPROTO else []
            noret = t.spelling.count(nr) > sum(x.spelling.count(nr)
                                               for x in [t.get_result(), *args])
            ret = self.ctype(t.get_result(), where)
            if k == TK.FUNCTIONNOPROTO:
                return T.FunctionType(ret, (), False, False, noret)
            params = tuple(T.adjust_function_param(self.ctype(a, where)) for a in args)
            return T.FunctionType(ret, params, t.is_function_variadic(), True, noret)
        if k == TK.COMPLEX:
            e = self.ctype(t.element_type, where)
            assert isinstance(e, T.ArithType)
            return T.ArithType("_Complex " + e.name, 2 * e.size, e.align, True, True,
                               True, quals=q)
        if k == TK.ATOMIC:
            inner = X.lib().clang_Type_getValueType(t)
            return T.AtomicType(self.ctype(inner, where), quals=q)
        if k in (TK.VECTOR, TK.EXTVECTOR):
            raise UnsupportedError(self._where(where), f"vector type '{t.spelling}'")
        canon = t.get_canonical()
        if canon.kind != k:
            return _with_quals(self.ctype(canon, where), q)
        raise UnsupportedError(self._where(where), f"type '{t.spelling}' ({k.name})")

    def _where(self, c: Optional[ci.Cursor]) -> object:
        return self.loc(c) if c is not None else "<type>"

    # ------------------------------------------------------------- typedefs
    def _typedef(self, d: ci.Cursor, where: Optional[ci.Cursor]) -> T.CType:
        key = d.canonical.hash
        for cur, ty in self._typedefs.get(key, []):
            if cur == d.canonical:
                return ty
        name = d.spelling
        if d.location.file is None:
            # A compiler builtin typedef (__builtin_va_list, __int128_t): gcc knows it.
            under = d.underlying_typedef_type
            res: T.CType = T.TypedefType(name, T.OpaqueType(name, under.get_size(),
                                                            under.get_align()))
        else:
            res = T.TypedefType(name, self.ctype(d.underlying_typedef_type, where))
        self._typedefs.setdefault(key, []).append((d.canonical, res))
        return res

    # ------------------------------------------------------------- records
    def record(self, d: ci.Cursor) -> T.RecordDecl:
        canon = d.canonical
        key = canon.hash
        for cur, rd in self._records.get(key, []):
            if cur == canon:
                if not rd.complete:
                    self._complete_record(rd, d)
                return rd
        kind = "union" if d.kind == CK.UNION_DECL else "struct"
        spelling = d.spelling
        anonymous = "(anonymous" in spelling or "(unnamed" in spelling or spelling == ""
        rd = T.RecordDecl(kind, None if anonymous else spelling)
        rd.anon_member = "(anonymous" in spelling
        rd.system = bool(d.location.is_in_system_header) or d.location.file is None
        rd.loc = self.loc(d)
        self._records.setdefault(key, []).append((canon, rd))
        self._complete_record(rd, d)
        return rd

    def _complete_record(self, rd: T.RecordDecl, d: ci.Cursor) -> None:
        defn = d.get_definition()
        if defn is None:
            return
        rd.complete = True  # set first: fields may point back at this record
        rd.nested = _in_record(defn)
        f, off = X.expansion_offset(defn.extent.start)
        if f is not None:
            rd.pack = X.pragma_pack_at(f, off)
        t = defn.type
        rd.size = t.get_size()
        rd.align = t.get_align()
        rd.attrs = self.attrs(defn)
        for f in t.get_fields():
            name = f.spelling
            if "(anonymous" in name or (f.is_anonymous() and "::(" in name):
                name = ""
            width = f.get_bitfield_width() if f.is_bitfield() else None
            self.vla_sizes = []
            ftype = self.ctype(f.type, f)
            rd.fields.append(T.Field(name, ftype, f.get_field_offsetof(), width,
                                     self.attrs(f)))

    def field_of(self, fc: ci.Cursor) -> tuple[T.RecordDecl, T.Field]:
        """The IR field for a FIELD_DECL cursor (anonymous members included)."""
        parent = fc.semantic_parent
        rd = self.record(parent)
        offset = fc.get_field_offsetof()
        name = fc.spelling
        if "(anonymous" in name or (fc.is_anonymous() and "::(" in name):
            name = ""
        for f in rd.fields:
            if f.offset_bits == offset and f.name == name:
                return rd, f
        raise UnsupportedError(self.loc(fc), f"field '{fc.spelling}' not found in its record")

    # ------------------------------------------------------------- enums
    def enum(self, d: ci.Cursor) -> T.EnumDecl:
        canon = d.canonical
        key = canon.hash
        for cur, ed in self._enums.get(key, []):
            if cur == canon:
                if not ed.complete:
                    self._complete_enum(ed, d)
                return ed
        spelling = d.spelling
        anonymous = "(anonymous" in spelling or "(unnamed" in spelling or spelling == ""
        ed = T.EnumDecl(None if anonymous else spelling)
        ed.system = bool(d.location.is_in_system_header) or d.location.file is None
        self._enums.setdefault(key, []).append((canon, ed))
        self._complete_enum(ed, d)
        return ed

    def _complete_enum(self, ed: T.EnumDecl, d: ci.Cursor) -> None:
        defn = d.get_definition()
        if defn is None:
            return
        ed.complete = True
        ed.nested = _in_record(defn)
        ed.attrs = self.attrs(defn)
        for c in defn.get_children():
            if c.kind == CK.ENUM_CONSTANT_DECL:
                ed.constants.append((c.spelling, c.enum_value, None))


def _is_simple(t: T.CType) -> bool:
    for _ in range(32):
        if isinstance(t, (T.ArithType, T.VoidType)):
            return True
        if isinstance(t, T.TypedefType):
            # a system typedef means the same everywhere
            return _is_system_type(t.target) or _is_simple(t.target)
        if isinstance(t, T.PointerType):
            t = t.pointee
        elif isinstance(t, T.ArrayType) and t.vla is None:
            t = t.elem
        else:
            return False
    return False


def _is_system_type(t: T.CType) -> bool:
    s = T.strip(t)
    if isinstance(s, T.RecordType):
        return s.decl.system
    if isinstance(s, T.EnumType):
        return s.decl.system
    return isinstance(s, T.OpaqueType)


def _in_record(d: ci.Cursor) -> bool:
    p = d.lexical_parent
    return p is not None and p.kind in (CK.STRUCT_DECL, CK.UNION_DECL)


class _VlaUnknown(Expr):
    """Stands for a VLA bound that only exists at run time in clang's AST."""


VLA_UNKNOWN = _VlaUnknown(T.VOID, Loc("<vla>", 0, 0))


def _register_type_fns() -> None:
    L = X.lib()
    L.clang_Type_getModifiedType.argtypes = [ci.Type]
    L.clang_Type_getModifiedType.restype = ci.Type
    L.clang_Type_getModifiedType.errcheck = ci.Type.from_result
    L.clang_Type_getValueType.argtypes = [ci.Type]
    L.clang_Type_getValueType.restype = ci.Type
    L.clang_Type_getValueType.errcheck = ci.Type.from_result


_register_type_fns_done = False


def ensure_registered() -> None:
    global _register_type_fns_done
    if not _register_type_fns_done:
        _register_type_fns()
        _register_type_fns_done = True

