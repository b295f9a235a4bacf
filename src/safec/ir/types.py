"""C types of the safec IR.

Types are small immutable values, except record/enum declarations, which are
mutable objects shared by identity (a struct is defined once, referenced many
times, and may be completed after first use).  Sizes and layouts come from
clang, never from our own computation, so they always match gcc on x86-64.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # pragma: no cover
    from .nodes import Expr


@dataclass(frozen=True)
class Quals:
    const: bool = False
    volatile: bool = False
    restrict: bool = False

    def text(self) -> str:
        parts = []
        if self.const:
            parts.append("const")
        if self.volatile:
            parts.append("volatile")
        if self.restrict:
            parts.append("restrict")
        return " ".join(parts)

    def __bool__(self) -> bool:
        return self.const or self.volatile or self.restrict


NOQ = Quals()


@dataclass(frozen=True, eq=False)
class CType:
    """Base of all types.  `size`/`align` are in bytes (-1 when incomplete)."""

    quals: Quals = field(default=NOQ, kw_only=True)

    def unqual(self) -> "CType":
        raise NotImplementedError

    @property
    def size(self) -> int:
        raise NotImplementedError

    @property
    def align(self) -> int:
        raise NotImplementedError


@dataclass(frozen=True, eq=False)
class VoidType(CType):
    def unqual(self) -> CType:
        return VOID

    @property
    def size(self) -> int:
        return 1  # GNU: sizeof(void) == 1

    @property
    def align(self) -> int:
        return 1


@dataclass(frozen=True, eq=False)
class ArithType(CType):
    """An integer or floating type; `name` is its canonical C spelling."""

    name: str
    nbytes: int
    nalign: int
    is_float: bool = False
    is_signed: bool = True
    is_complex: bool = False

    def unqual(self) -> CType:
        return ArithType(self.name, self.nbytes, self.nalign, self.is_float,
                         self.is_signed, self.is_complex)

    @property
    def size(self) -> int:
        return self.nbytes

    @property
    def align(self) -> int:
        return self.nalign


@dataclass(frozen=True, eq=False)
class PointerType(CType):
    pointee: CType

    def unqual(self) -> CType:
        return PointerType(self.pointee)

    @property
    def size(self) -> int:
        return 8

    @property
    def align(self) -> int:
        return 8


@dataclass(frozen=True, eq=False)
class ArrayType(CType):
    """`count` is None for `T[]`; `vla` holds the size expression of a VLA."""

    elem: CType
    count: Optional[int]
    vla: Optional["Expr"] = None
    static_size: bool = False  # `T a[static N]` parameter

    def unqual(self) -> CType:
        return ArrayType(self.elem, self.count, self.vla)

    @property
    def size(self) -> int:
        if self.count is None or self.vla is not None:
            return -1
        return self.count * self.elem.size

    @property
    def align(self) -> int:
        return self.elem.align


@dataclass(frozen=True, eq=False)
class FunctionType(CType):
    ret: CType
    params: tuple[CType, ...]
    variadic: bool = False
    has_proto: bool = True
    noreturn: bool = False

    def unqual(self) -> CType:
        return self

    @property
    def size(self) -> int:
        return 1

    @property
    def align(self) -> int:
        return 1


@dataclass(eq=False)
class Field:
    name: str  # "" for an anonymous struct/union member or unnamed bitfield
    type: CType
    offset_bits: int
    bitwidth: Optional[int] = None
    attrs: list[str] = field(default_factory=list)

    @property
    def offset(self) -> int:
        return self.offset_bits // 8


@dataclass(eq=False)
class RecordDecl:
    """A struct or union.  `tag` is None for an anonymous one (the emitter names it)."""

    kind: str  # "struct" | "union"
    tag: Optional[str]
    fields: list[Field] = field(default_factory=list)
    complete: bool = False
    size: int = -1
    align: int = -1
    attrs: list[str] = field(default_factory=list)
    system: bool = False  # declared in a system header: never re-printed
    anon_member: bool = False  # an unnamed member of an enclosing record
    nested: bool = False  # defined inside another record's braces
    pack: int = 0  # `#pragma pack(N)` in force at the definition (0: none)
    emit_name: Optional[str] = None  # set by the emitter for anonymous records
    loc: Optional[object] = None

    def field_named(self, name: str) -> Optional[Field]:
        for f in self.fields:
            if f.name == name:
                return f
        return None


@dataclass(eq=False)
class EnumDecl:
    tag: Optional[str]
    constants: list[tuple[str, int, Optional["Expr"]]] = field(default_factory=list)
    underlying: Optional[CType] = None
    complete: bool = False
    system: bool = False
    emit_name: Optional[str] = None
    attrs: list[str] = field(default_factory=list)
    nested: bool = False


@dataclass(frozen=True, eq=False)
class RecordType(CType):
    decl: RecordDecl

    def unqual(self) -> CType:
        return RecordType(self.decl)

    @property
    def size(self) -> int:
        return self.decl.size

    @property
    def align(self) -> int:
        return self.decl.align


@dataclass(frozen=True, eq=False)
class EnumType(CType):
    decl: EnumDecl
    nbytes: int = 4

    def unqual(self) -> CType:
        return EnumType(self.decl, self.nbytes)

    @property
    def size(self) -> int:
        return self.nbytes

    @property
    def align(self) -> int:
        return self.nbytes


@dataclass(frozen=True, eq=False)
class TypedefType(CType):
    """A use of a typedef name; `target` is what it stands for."""

    name: str
    target: CType

    def unqual(self) -> CType:
        return TypedefType(self.name, self.target)

    @property
    def size(self) -> int:
        return self.target.size

    @property
    def align(self) -> int:
        return self.target.align


@dataclass(frozen=True, eq=False)
class AtomicType(CType):
    inner: CType

    def unqual(self) -> CType:
        return AtomicType(self.inner)

    @property
    def size(self) -> int:
        return self.inner.size

    @property
    def align(self) -> int:
        return self.inner.align


@dataclass(frozen=True, eq=False)
class OpaqueType(CType):
    """A type only a system header can name (e.g. __builtin_va_list internals).

    It is printed by its clang spelling; safec never looks inside it.
    """

    spelling: str
    nbytes: int = -1
    nalign: int = -1

    def unqual(self) -> CType:
        return OpaqueType(self.spelling, self.nbytes, self.nalign)

    @property
    def size(self) -> int:
        return self.nbytes

    @property
    def align(self) -> int:
        return self.nalign


VOID = VoidType()


def adjust_function_param(t: CType) -> CType:
    """A parameter declared with a function type is a pointer to it (C11
    6.7.6.3p8: `typedef int callback(int); void use(callback cb)`);
    libclang shows the type as written."""
    return PointerType(t) if isinstance(strip(t), FunctionType) else t


def strip(t: CType) -> CType:
    """Resolve typedefs and atomics: the type's structure, qualifiers dropped."""
    while True:
        if isinstance(t, TypedefType):
            t = t.target
        elif isinstance(t, AtomicType):
            t = t.inner
        else:
            return t


def is_pointer(t: CType) -> bool:
    return isinstance(strip(t), PointerType)


def is_array(t: CType) -> bool:
    return isinstance(strip(t), ArrayType)


def is_record(t: CType) -> bool:
    return isinstance(strip(t), RecordType)


def is_function(t: CType) -> bool:
    return isinstance(strip(t), FunctionType)


def is_scalar(t: CType) -> bool:
    return isinstance(strip(t), (ArithType, PointerType, EnumType))


def pointee(t: CType) -> CType:
    s = strip(t)
    assert isinstance(s, PointerType), s
    return s.pointee


def same_type(a: CType, b: CType) -> bool:
    """Structural equality of unqualified types (typedef names ignored)."""
    a, b = strip(a), strip(b)
    if type(a) is not type(b):
        return False
    if isinstance(a, ArithType):
        assert isinstance(b, ArithType)
        return a.name == b.name
    if isinstance(a, PointerType):
        assert isinstance(b, PointerType)
        return same_type(a.pointee, b.pointee)
    if isinstance(a, ArrayType):
        assert isinstance(b, ArrayType)
        return a.count == b.count and same_type(a.elem, b.elem)
    if isinstance(a, RecordType):
        assert isinstance(b, RecordType)
        return a.decl is b.decl
    if isinstance(a, EnumType):
        assert isinstance(b, EnumType)
        return a.decl is b.decl
    if isinstance(a, FunctionType):
        assert isinstance(b, FunctionType)
        return (same_type(a.ret, b.ret) and a.variadic == b.variadic
                and len(a.params) == len(b.params)
                and all(same_type(x, y) for x, y in zip(a.params, b.params)))
    if isinstance(a, OpaqueType):
        assert isinstance(b, OpaqueType)
        return a.spelling == b.spelling
    return True
