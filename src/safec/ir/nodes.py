"""IR nodes: expressions, statements and declarations.

Every expression carries its C type.  Lvalues and values are distinct node
kinds: an lvalue (VarRef, Deref, Member, Index, CompoundLit, StringLit) names
memory; `Load` reads it.  Array and function decay and every implicit
conversion are explicit nodes, so a later pass sees exactly which memory is
read or written and which pointer is formed from which object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union

from .types import CType, EnumDecl, Field, FunctionType, RecordDecl


@dataclass(frozen=True)
class Loc:
    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


NOLOC = Loc("<unknown>", 0, 0)


# ---------------------------------------------------------------- declarations

@dataclass(eq=False)
class VarDecl:
    name: str
    type: CType
    storage: str = ""  # "", "static", "extern", "register"
    init: Optional["Expr"] = None
    is_global: bool = False
    is_param: bool = False
    tls: str = ""  # "", "__thread", "_Thread_local"
    attrs: list[str] = field(default_factory=list)
    asm_label: Optional[str] = None
    loc: Loc = NOLOC
    system: bool = False
    address_taken: bool = False  # filled by analysis


@dataclass(eq=False)
class FuncDecl:
    name: str
    type: FunctionType
    params: list[VarDecl] = field(default_factory=list)
    body: Optional["Compound"] = None
    storage: str = ""  # "", "static", "extern"
    inline: bool = False
    attrs: list[str] = field(default_factory=list)
    asm_label: Optional[str] = None
    loc: Loc = NOLOC
    system: bool = False
    builtin: bool = False
    # Kept for functions declared without a prototype (`int f();`).
    knr: bool = False
    # Declared implicitly by its first call (C89's `int f();`): the emitted
    # code may need to name it before any declaration does.
    implicit: bool = False


@dataclass(eq=False)
class TypedefDecl:
    name: str
    type: CType
    attrs: list[str] = field(default_factory=list)
    loc: Loc = NOLOC
    system: bool = False


@dataclass(eq=False)
class RecordDef:
    """The point where a struct/union is (forward-)declared or defined."""

    decl: RecordDecl
    is_definition: bool
    loc: Loc = NOLOC


@dataclass(eq=False)
class EnumDef:
    decl: EnumDecl
    is_definition: bool
    loc: Loc = NOLOC


@dataclass(eq=False)
class Unsupported:
    """Placeholder kept only so tests can see what was refused."""

    what: str
    loc: Loc = NOLOC


@dataclass(eq=False)
class LabelDecl:
    """GNU `__label__ name;` (a label local to a block or statement expression)."""

    name: str
    loc: Loc = NOLOC


TopDecl = Union[VarDecl, FuncDecl, TypedefDecl, RecordDef, EnumDef]


@dataclass(eq=False)
class TranslationUnit:
    path: str
    decls: list[TopDecl]
    # Preprocessor replay: ("define", text) / ("include", "<x.h>") in source order.
    prologue: list[tuple[str, str]] = field(default_factory=list)
    # Every macro name the translation unit knows (for #undef of collisions).
    macro_names: set[str] = field(default_factory=set)
    # Set by instrument/: C text printed before / after the user's code (sites,
    # capability variables, literal objects / the registering constructor).
    safe_pre: Optional[list[str]] = None
    safe_post: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- expressions

@dataclass(eq=False)
class Expr:
    type: CType
    loc: Loc


@dataclass(eq=False)
class IntLit(Expr):
    value: int
    text: str = ""  # the source spelling if known


@dataclass(eq=False)
class FloatLit(Expr):
    text: str


@dataclass(eq=False)
class StringLit(Expr):
    """An lvalue of array type.  `text` is a valid C literal, prefix included."""

    text: str
    data: bytes = b""  # the object's bytes (NUL included) for narrow strings


@dataclass(eq=False)
class VarRef(Expr):
    decl: VarDecl


@dataclass(eq=False)
class FuncRef(Expr):
    decl: FuncDecl


@dataclass(eq=False)
class EnumConst(Expr):
    name: str
    value: int


@dataclass(eq=False)
class Load(Expr):
    """Read the value of an lvalue (C's lvalue conversion)."""

    lv: Expr


@dataclass(eq=False)
class Decay(Expr):
    """Array-to-pointer or function-to-pointer conversion of an lvalue."""

    lv: Expr


@dataclass(eq=False)
class Cast(Expr):
    """A conversion.  `implicit` casts are not printed (C applies them anyway)."""

    operand: Expr
    implicit: bool = True


@dataclass(eq=False)
class Deref(Expr):
    """`*p`: an lvalue."""

    ptr: Expr


@dataclass(eq=False)
class AddrOf(Expr):
    lv: Expr


@dataclass(eq=False)
class Member(Expr):
    """`base.f` (base is a record lvalue or rvalue) or `base->f` (base is a pointer value)."""

    base: Expr
    field: Field
    record: RecordDecl
    arrow: bool = False


@dataclass(eq=False)
class Index(Expr):
    """`base[index]`: an lvalue.  `base` is a pointer value; `swapped` for `i[p]`."""

    base: Expr
    index: Expr
    swapped: bool = False


@dataclass(eq=False)
class Unary(Expr):
    op: str  # "-", "+", "~", "!", "__real__", "__imag__", "__extension__"
    operand: Expr


@dataclass(eq=False)
class IncDec(Expr):
    op: str  # "++" or "--"
    lv: Expr
    prefix: bool


@dataclass(eq=False)
class Binary(Expr):
    op: str  # arithmetic, comparison, bitwise, "&&", "||", ","
    left: Expr
    right: Expr


@dataclass(eq=False)
class Assign(Expr):
    op: str  # "=" or "+=" etc.
    lv: Expr
    value: Expr


@dataclass(eq=False)
class Cond(Expr):
    cond: Expr
    then: Expr
    other: Expr


@dataclass(eq=False)
class ElvisCond(Expr):
    """GNU `a ?: b`: `a` is evaluated once."""

    cond: Expr
    other: Expr


@dataclass(eq=False)
class Call(Expr):
    callee: Expr  # a pointer-to-function value
    args: list[Expr]


@dataclass(eq=False)
class SizeofExpr(Expr):
    """Non-constant `sizeof` (of a VLA); constant ones are folded to IntLit."""

    operand: Optional[Expr] = None
    of_type: Optional[CType] = None


@dataclass(eq=False)
class SizeofVlaType(Expr):
    """`sizeof(T[n])` with a run-time bound, kept as its source text (mode c only)."""

    text: str
    bounds: list[Expr] = field(default_factory=list)


@dataclass(eq=False)
class VAArg(Expr):
    ap: Expr


@dataclass(eq=False)
class StmtExpr(Expr):
    body: "Compound"


@dataclass(eq=False)
class Designator:
    """`.name` (field set), `[index]`, or `[lo ... hi]`."""

    field: Optional[Field] = None
    index: Optional[int] = None
    hi: Optional[int] = None


@dataclass(eq=False)
class InitItem:
    designators: list[Designator]
    value: Expr


@dataclass(eq=False)
class InitList(Expr):
    items: list[InitItem]


@dataclass(eq=False)
class CompoundLit(Expr):
    """`(T){...}`: an lvalue."""

    init: InitList
    is_static: bool = False


@dataclass(eq=False)
class LabelAddr(Expr):
    label: str


@dataclass(eq=False)
class Generic(Expr):
    """`_Generic` kept in source form when its association types were readable."""

    control: Expr
    assocs: list[tuple[str, Expr]]  # ("default" or type text, expr)


# ------------------------------------------------- nodes made by instrument/

@dataclass(eq=False)
class Raw(Expr):
    """Verbatim C text (a runtime constant such as `&__sc_site3`)."""

    text: str


@dataclass(eq=False)
class RtCall(Expr):
    """A call of a safe-C runtime function (declared in safec_rt.h) by name."""

    name: str
    args: list[Expr]


@dataclass(eq=False)
class FatPtr(Expr):
    """The address part of an sc_fat, as a pointer of type `self.type`."""

    fat: Expr


# ---------------------------------------------------------------- statements

@dataclass(eq=False)
class Stmt:
    loc: Loc


@dataclass(eq=False)
class Compound(Stmt):
    items: list[Stmt]


@dataclass(eq=False)
class DeclStmt(Stmt):
    decls: list[Union[VarDecl, TypedefDecl, RecordDef, EnumDef, FuncDecl, LabelDecl]]


@dataclass(eq=False)
class ExprStmt(Stmt):
    expr: Expr


@dataclass(eq=False)
class If(Stmt):
    cond: Expr
    then: Stmt
    other: Optional[Stmt] = None


@dataclass(eq=False)
class While(Stmt):
    cond: Expr
    body: Stmt


@dataclass(eq=False)
class DoWhile(Stmt):
    body: Stmt
    cond: Expr


@dataclass(eq=False)
class For(Stmt):
    init: Optional[Stmt]  # DeclStmt or ExprStmt
    cond: Optional[Expr]
    step: Optional[Expr]
    body: Stmt


@dataclass(eq=False)
class Switch(Stmt):
    cond: Expr
    body: Stmt


@dataclass(eq=False)
class Case(Stmt):
    value: int
    hi: Optional[int]  # GNU case range
    body: Stmt
    text: str = ""  # constant as printed


@dataclass(eq=False)
class Default(Stmt):
    body: Stmt


@dataclass(eq=False)
class Break(Stmt):
    pass


@dataclass(eq=False)
class Continue(Stmt):
    pass


@dataclass(eq=False)
class Return(Stmt):
    value: Optional[Expr] = None


@dataclass(eq=False)
class Goto(Stmt):
    label: str


@dataclass(eq=False)
class IndirectGoto(Stmt):
    target: Expr


@dataclass(eq=False)
class Label(Stmt):
    name: str
    body: Stmt


@dataclass(eq=False)
class NullStmt(Stmt):
    pass


@dataclass(eq=False)
class RawStmt(Stmt):
    """Verbatim C statement text (instrumentation only)."""

    text: str


@dataclass(eq=False)
class Asm(Stmt):
    """Inline assembly, kept as source text (regular-C mode only)."""

    text: str
    operands: list[Expr] = field(default_factory=list)
    # macros the text uses (written by macros: kept defined in the emitted file)
    macros: list[str] = field(default_factory=list)


LVALUE_KINDS = (VarRef, Deref, Member, Index, CompoundLit, StringLit)


def is_lvalue(e: Expr) -> bool:
    if isinstance(e, Member):
        return e.arrow or is_lvalue(e.base)
    return isinstance(e, LVALUE_KINDS)
