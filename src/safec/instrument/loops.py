"""Which checks a loop may hoist: the analysis behind loop windows.

DESIGN.md asks for range and liveness checks to be hoisted out of loops even
in mode safe ("moved, never skipped").  The instrumenter does it per pointer
local: before a loop, the capability of a fat pointer local `p` is turned
into an absolute address window once (`sc_win_of`: one record load and the
liveness test), and every access through `p` inside the loop compares its
address with that window (`SC_CHK_W`: two register compares).  A failed
compare goes to the full slow path, which reports exactly as before, so no
check is skipped and the report names the same access; it also refreshes the
window (an object whose bytes are initialization-tracked has as window only
its written prefix, which grows as the loop writes it).

A function body is such a region too: a pointer parameter accessed more
than once outside loops, in a body that cannot end an object, gets a
window at entry (a
short helper like `hash3(p)` reading p[0], p[1], p[2] then loads the
record once, not three times; a char access may alias the record, so gcc
cannot merge the three loads by itself).  Loops inside make their own
windows, which start from the object's current written prefix.

That is sound when, for the whole execution of the loop (or body),
  * `p`'s capability does not change: inside the loop `p` is only moved by
    arithmetic on itself (`p++`, `p += n`, `p = p + n`) and is declared
    outside it; and
  * no object can die: the loop calls only functions that cannot free or end
    an object that existed before the loop (no `free`/`realloc`, no indirect
    call, no call into code whose body is not known not to free).  Objects
    of blocks inside the loop end each iteration, but a pointer to one of
    them is made inside the loop, so `p` cannot hold it.
Another thread freeing the object during the loop is a data race on it;
like the design's trial, we accept that the race is then not reported.

This module only answers questions about the IR; safe.py emits the code.
"""

from __future__ import annotations

import dataclasses
from typing import Iterable, Optional

from ..ir import nodes as N
from ..ir import types as T
from ..ir.visitor import _NOT_CHILDREN, _is_node, children, walk
from .libc import PRINTF_LIKE, SCANF_LIKE, WPRINTF_LIKE, WRAPPED
from .typeinfo import fixed_size, flexible_member

# Wrapped or checked libc functions that may end an object (directly, by
# reallocating a buffer they were given, or through a user callback).
_MAY_FREE_WRAPPED = {"free", "realloc", "reallocarray", "qsort", "bsearch", "getline",
                     "getdelim"}

# Unwrapped libc functions that never free or end a safe object.
_PURE_LIBC = {
    # math.h
    "sqrt", "sqrtf", "sqrtl", "sin", "sinf", "cos", "cosf", "tan", "tanf", "asin", "acos",
    "atan", "atan2", "atan2f", "sinh", "cosh", "tanh", "exp", "expf", "exp2", "log", "logf",
    "log2", "log10", "log1p", "expm1", "pow", "powf", "fabs", "fabsf", "fabsl", "floor",
    "floorf", "ceil", "ceilf", "round", "roundf", "lround", "trunc", "truncf", "fmod",
    "fmodf", "fmin", "fmax", "fminf", "fmaxf", "hypot", "cbrt", "rint", "nearbyint",
    "copysign", "ldexp", "frexp", "modf", "isnan", "isinf", "fma",
    # stdlib.h / ctype.h / stdio.h without pointer results that could free
    "abs", "labs", "llabs", "rand", "srand", "random", "srandom", "exit", "_exit", "abort",
    "isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower", "isxdigit", "ispunct",
    "isprint", "isgraph", "iscntrl", "isblank", "toupper", "tolower", "putchar", "putc",
    "fputc", "getchar", "getc", "fgetc", "ungetc", "fflush", "feof", "ferror", "clock",
    "time", "__assert_fail", "__builtin_expect", "__errno_location",
}


def _direct_name(c: N.Call) -> Optional[tuple[str, N.FuncDecl]]:
    callee = c.callee
    if isinstance(callee, N.Decay) and isinstance(callee.lv, N.FuncRef):
        d = callee.lv.decl
        return d.name, d
    return None


def _libc_nonfreeing(name: str) -> bool:
    base = name[len("__builtin_"):] if name.startswith("__builtin_") else name
    if base in WRAPPED:
        return base not in _MAY_FREE_WRAPPED
    if base in PRINTF_LIKE or base in SCANF_LIKE or base in WPRINTF_LIKE or base in _PURE_LIBC:
        return True
    # compiler builtins (arithmetic, atomics, memcpy-like) never free
    return name.startswith(("__builtin", "__sync_", "__atomic_")) and \
        base not in ("longjmp", "setjmp", "alloca")


class FreeAnalysis:
    """Which functions of a translation unit can never end an object that
    existed before they were called (computed once per TU, as a greatest
    fixpoint: recursion among non-freeing functions stays non-freeing)."""

    def __init__(self, funcs: Iterable[N.FuncDecl]) -> None:
        bodies = {f.name: f for f in funcs if f.body is not None}
        safe = set(bodies)
        changed = True
        while changed:
            changed = False
            for name in sorted(safe):
                if not self._calls_ok(bodies[name], safe):
                    safe.discard(name)
                    changed = True
        self.nonfreeing = safe

    @staticmethod
    def _call_ok(c: N.Call, safe: set[str]) -> bool:
        d = _direct_name(c)
        if d is None:
            return False  # indirect call
        name, decl = d
        if name in safe:
            return True
        if decl.system or decl.builtin or name.startswith("__builtin"):
            return _libc_nonfreeing(name)
        return False  # defined in another translation unit

    def _calls_ok(self, node: object, safe: set[str]) -> bool:
        return all(self._call_ok(n, safe) for n in walk(node) if isinstance(n, N.Call))

    def call_ok(self, c: N.Call) -> bool:
        """This call can end no object that existed before it."""
        return self._call_ok(c, self.nonfreeing)

    def loop_ok(self, parts: Iterable[object]) -> bool:
        """No call in these loop parts can end an object."""
        return all(self._calls_ok(p, self.nonfreeing) for p in parts if p is not None)


def ptr_root(e: N.Expr) -> Optional[N.VarDecl]:
    """The local pointer variable whose capability pointer expression `e`
    carries unchanged (`p`, `p + i`, `(T *)p - 1`, `p++`), if any."""
    while True:
        if isinstance(e, N.Cast) and _isptr(e.type) and _isptr(e.operand.type):
            e = e.operand
        elif isinstance(e, N.Binary) and e.op in ("+", "-") and _isptr(e.type):
            e = e.left if _isptr(e.left.type) else e.right
        elif isinstance(e, N.Load) and isinstance(e.lv, N.VarRef):
            return e.lv.decl
        elif isinstance(e, N.IncDec) and isinstance(e.lv, N.VarRef) and _isptr(e.type):
            return e.lv.decl  # `*p++`: the old or new value, p's capability either way
        else:
            return None


def lv_root(lv: N.Expr) -> Optional[N.VarDecl]:
    """The pointer variable whose capability checks an access to lvalue `lv`
    (`*p`, `p[i]`, `p->x`, `p[i].x`; not `p->arr[i]`, whose window is the
    member), if any."""
    if isinstance(lv, N.Deref):
        return ptr_root(lv.ptr)
    if isinstance(lv, N.Index) and not isinstance(lv.base, N.Decay) and _isptr(lv.base.type):
        return ptr_root(lv.base)
    if isinstance(lv, N.Member) and not T.is_array(lv.field.type):
        if lv.arrow:
            return ptr_root(lv.base)
        if N.is_lvalue(lv.base):
            return lv_root(lv.base)
    return None


def member_window(lv: N.Expr) -> Optional[tuple[N.VarDecl, int, int]]:
    """`p->arr[i]`, `p->s.arr[i][j]`: (p, offset of arr in *p, size of arr),
    the window the access is checked against (the member array's)."""
    while isinstance(lv, N.Index) and isinstance(lv.base, N.Decay):
        lv = lv.base.lv
    if not (isinstance(lv, N.Member) and T.is_array(lv.field.type) and fixed_size(lv.field.type)) \
            or flexible_member(lv.record, lv.field):
        return None
    size = lv.field.type.size
    off = 0
    cur: N.Expr = lv
    while isinstance(cur, N.Member) and cur.field.bitwidth is None:
        off += cur.field.offset
        if cur.arrow:
            b = cur.base
            if isinstance(b, N.Load) and isinstance(b.lv, N.VarRef):
                return b.lv.decl, off, size
            return None
        cur = cur.base
    return None


def invariant_caps(parts: Iterable[object], candidates: set[int]) -> set[int]:
    """The candidate pointer locals (by id) whose capability no statement in
    `parts` changes: every write is arithmetic on the variable itself, and
    the variable is not declared there."""
    variant: set[int] = set()
    for part in parts:
        if part is None:
            continue
        for n in walk(part):
            if isinstance(n, N.DeclStmt):
                variant.update(id(d) for d in n.decls if id(d) in candidates)
            elif isinstance(n, N.Assign) and isinstance(n.lv, N.VarRef) and \
                    id(n.lv.decl) in candidates:
                if n.op == "=" and ptr_root(n.value) is not n.lv.decl:
                    variant.add(id(n.lv.decl))
    return candidates - variant


def accessed_roots(parts: Iterable[object]) -> tuple[set[int], dict[tuple[int, int, int], str]]:
    """Pointer locals (by id) through which something in `parts` accesses
    memory, and the member arrays accessed through pointer locals (key
    (id of p, offset, size) -> name of p)."""
    roots: set[int] = set()
    members: dict[tuple[int, int, int], str] = {}
    for part in parts:
        if part is None:
            continue
        for n in walk(part):
            if isinstance(n, (N.Load, N.Assign, N.IncDec)):
                r = lv_root(n.lv)
                if r is not None:
                    roots.add(id(r))
                m = member_window(n.lv)
                if m is not None:
                    members[(id(m[0]), m[1], m[2])] = m[0].name
    return roots, members


def access_counts_outside_loops(body: N.Stmt) -> dict[int, int]:
    """How many accesses in `body` outside its loops (which make windows of
    their own) go through each pointer local (by id), as written."""
    counts: dict[int, int] = {}
    todo: list[object] = [body]
    while todo:
        n = todo.pop()
        if isinstance(n, (N.While, N.DoWhile, N.For)):
            continue
        if isinstance(n, (N.Load, N.Assign, N.IncDec)):
            r = lv_root(n.lv)
            if r is not None:
                counts[id(r)] = counts.get(id(r), 0) + 1
        todo.extend(children(n))
    return counts


def _isptr(t: T.CType) -> bool:
    return isinstance(T.strip(t), T.PointerType)


# ---------------------------------------------------------------- loop versioning
#
# A counted innermost loop `for (; j < B; j++) body` whose accesses have
# addresses affine in j (`p[j]`, `q[i * n + j + 1]`, `m[i][j]`, `p[j].x`) is
# emitted twice: a copy without those checks, run when a pre-check proves
# every one of them in bounds for every iteration, and the checked loop
# otherwise.  So a loop that would fault still runs checked up to the exact
# faulting access and reports it there.
#
# The pre-check evaluates each access at the first and the last iteration.
# Each index is an affine function of j: at any iteration its exact value
# lies between its values at the two ends, and so does the value of every
# sub-expression.  The pre-check also verifies that at both ends every
# sub-expression's C value (with its types' wrap-around or overflow) equals
# its exact value: since integer ranges are intervals too, the C value then
# equals the exact value at every iteration, and the addresses of all
# iterations lie between the two checked ones, inside the window.


class Term:
    """idx * scale, one step of an access's address."""

    def __init__(self, idx: N.Expr, scale: int) -> None:
        self.idx = idx
        self.scale = scale


class Access:
    """An access whose address is root + sum(terms) + offset."""

    def __init__(self, lv: N.Expr, root: N.VarDecl, fat_root: bool, terms: list[Term],
                 offset: int) -> None:
        self.lv = lv
        self.root = root          # the fat pointer local, or the variable accessed by name
        self.fat_root = fat_root
        self.terms = terms
        self.offset = offset


class CountedLoop:
    def __init__(self, var: N.VarDecl, bound: N.Expr, inclusive: bool,
                 accesses: list[Access]) -> None:
        self.var = var
        self.bound = bound
        self.inclusive = inclusive
        self.accesses = accesses


def _ptr_terms(e: N.Expr) -> Optional[tuple[N.VarDecl, list[Term]]]:
    """`p`, `p + i`, `(T *)(p - k) + 1`: the fat local and the index terms."""
    if isinstance(e, N.Load) and isinstance(e.lv, N.VarRef):
        return e.lv.decl, []
    if isinstance(e, N.Cast) and _isptr(e.type) and _isptr(e.operand.type):
        return _ptr_terms(e.operand)
    if isinstance(e, N.Binary) and e.op in ("+", "-") and _isptr(e.type):
        ptr, idx = (e.left, e.right) if _isptr(e.left.type) else (e.right, e.left)
        if e.op == "-" and ptr is not e.left:
            return None
        size = _elem_size(e.type)
        inner = _ptr_terms(ptr)
        if inner is None or size is None:
            return None
        return inner[0], inner[1] + [Term(idx, size if e.op == "+" else -size)]
    return None


def _elem_size(ptr_type: T.CType) -> Optional[int]:
    s = T.strip(ptr_type)
    if isinstance(s, (T.PointerType, T.ArrayType)):
        el = s.pointee if isinstance(s, T.PointerType) else s.elem
        if fixed_size(el):
            return el.size
    return None


def decompose(lv: N.Expr) -> Optional[tuple[N.VarDecl, bool, list[Term], int]]:
    """(root variable, root is a pointer local, terms, constant offset) of
    lvalue lv's address, for the access shapes versioning handles."""
    if isinstance(lv, N.VarRef):
        return (lv.decl, False, [], 0) if fixed_size(lv.type) else None
    if isinstance(lv, N.Deref):
        pt = _ptr_terms(lv.ptr)
        return (pt[0], True, pt[1], 0) if pt else None
    if isinstance(lv, N.Index):
        size = _elem_size(lv.base.type)
        if size is None:
            return None
        if isinstance(lv.base, N.Decay):
            inner = decompose(lv.base.lv)
            if inner is None:
                return None
            return inner[0], inner[1], inner[2] + [Term(lv.index, size)], inner[3]
        pt = _ptr_terms(lv.base)
        return (pt[0], True, pt[1] + [Term(lv.index, size)], 0) if pt else None
    if isinstance(lv, N.Member) and lv.field.bitwidth is None:
        if lv.arrow:
            if T.is_array(lv.field.type):
                return None  # its window is the member's
            pt = _ptr_terms(lv.base)
            return (pt[0], True, pt[1], lv.field.offset) if pt else None
        if N.is_lvalue(lv.base):
            inner = decompose(lv.base)
            if inner is None or (inner[1] and T.is_array(lv.field.type)):
                return None
            return inner[0], inner[1], inner[2], inner[3] + lv.field.offset
    return None


def affine(e: N.Expr, var: N.VarDecl, invariant: set[int]) -> bool:
    """Is integer expression e an affine function of `var` over loop-invariant
    integer locals and constants (+, -, *, unary minus, integer casts)?"""
    return _affine(e, var, invariant) is not None


def affine_in(e: N.Expr, var: N.VarDecl) -> bool:
    """Does (affine) expression e read `var`?"""
    return any(isinstance(n, N.VarRef) and n.decl is var for n in walk(e))


def _affine(e: N.Expr, var: N.VarDecl, inv: set[int]) -> Optional[bool]:
    """None: not affine; else whether e depends on var."""
    if not _integer(e.type):
        return None
    if isinstance(e, (N.IntLit, N.EnumConst)):
        return False
    if isinstance(e, N.Load) and isinstance(e.lv, N.VarRef):
        if e.lv.decl is var:
            return True
        return False if id(e.lv.decl) in inv else None
    if isinstance(e, N.Cast):
        return _affine(e.operand, var, inv)
    if isinstance(e, N.Unary) and e.op in ("-", "+"):
        return _affine(e.operand, var, inv)
    if isinstance(e, N.Binary) and e.op in ("+", "-", "*"):
        a, b = _affine(e.left, var, inv), _affine(e.right, var, inv)
        if a is None or b is None or (e.op == "*" and (a and b or not (
                _leaf(e.left) and _leaf(e.right)))):
            return None
        return a or b
    return None


def _integer(t: T.CType) -> bool:
    s = T.strip(t)
    return isinstance(s, T.EnumType) or isinstance(s, T.ArithType) and not s.is_float and \
        not s.is_complex and s.size <= 8


def _leaf(e: N.Expr) -> bool:
    """A constant or a variable, under casts (products are only formed of
    these, so exact values stay far inside __int128)."""
    while isinstance(e, N.Cast):
        e = e.operand
    return isinstance(e, (N.IntLit, N.EnumConst)) or \
        isinstance(e, N.Load) and isinstance(e.lv, N.VarRef)


def counted_loop(s: N.For, invariant: set[int]) -> Optional[tuple[N.VarDecl, N.Expr, bool]]:
    """`for (...; j < B; j++)` (or `<=`, `++j`, `j += 1`) with B invariant and
    j an integer local the body does not write: (j, B, inclusive)."""
    c = s.cond
    if not (isinstance(c, N.Binary) and c.op in ("<", "<=") and isinstance(c.left, N.Load)
            and isinstance(c.left.lv, N.VarRef)):
        return None
    var = c.left.lv.decl
    vt = T.strip(var.type)
    if not _integer(vt) or T.strip(c.right.type) != vt or T.strip(c.left.type) != vt:
        return None
    if _affine(c.right, var, invariant) is not False:
        return None
    st = s.step
    one = isinstance(st, N.IncDec) and st.op == "++" or \
        isinstance(st, N.Assign) and st.op == "+=" and isinstance(st.value, N.IntLit) and \
        st.value.value == 1
    if not (one and isinstance(st.lv, N.VarRef) and st.lv.decl is var):  # type: ignore
        return None
    for n in walk(s.body):
        if isinstance(n, (N.Assign, N.IncDec)) and isinstance(n.lv, N.VarRef) and \
                n.lv.decl is var:
            return None
    return var, c.right, c.op == "<="


def written_locals(parts: Iterable[object]) -> set[int]:
    """Variables (by id) assigned, incremented or declared in these parts."""
    out: set[int] = set()
    for part in parts:
        if part is None:
            continue
        for n in walk(part):
            if isinstance(n, (N.Assign, N.IncDec)) and isinstance(n.lv, N.VarRef):
                out.add(id(n.lv.decl))
            elif isinstance(n, N.DeclStmt):
                out.update(id(d) for d in n.decls)
    return out


def versionable_body(body: N.Stmt) -> bool:
    """A body that may be emitted twice: no nested loop (only innermost loops
    are versioned), no labels, no static locals."""
    for n in walk(body):
        if isinstance(n, (N.For, N.While, N.DoWhile, N.Label, N.LabelDecl, N.Asm)):
            return False
        if isinstance(n, N.DeclStmt) and not all(
                isinstance(d, N.VarDecl) and d.storage != "static" for d in n.decls):
            return False
    return True


def body_accesses(parts: Iterable[object]) -> list[N.Expr]:
    """The lvalues accessed (read or written) in these parts, in order."""
    out: list[N.Expr] = []
    for part in parts:
        if part is None:
            continue
        for n in walk(part):
            if isinstance(n, (N.Load, N.Assign, N.IncDec)) and N.is_lvalue(n.lv):
                out.append(n.lv)
    return out


def clone(node: object, decls: Optional[dict[int, N.VarDecl]] = None,
          nodes: Optional[dict[int, object]] = None) -> object:
    """A copy of an IR subtree.  Variables declared inside it are new
    objects (`decls` maps old id -> new decl); references to variables
    declared outside keep pointing at the originals.  `nodes` maps the id of
    every copied node to its copy."""
    if decls is None:
        decls = {}
    if nodes is None:
        nodes = {}
    return _clone(node, decls, nodes)


def _clone(node: object, decls: dict[int, N.VarDecl], nodes: dict[int, object]) -> object:
    if isinstance(node, N.VarDecl):
        new_decl = decls.get(id(node))
        if new_decl is None:
            new_decl = dataclasses.replace(node, attrs=list(node.attrs))
            decls[id(node)] = new_decl
        if node.init is not None:
            new_decl.init = _clone(node.init, decls, nodes)  # type: ignore[assignment]
        nodes[id(node)] = new_decl
        return new_decl
    changes: dict[str, object] = {}
    for f in dataclasses.fields(node):  # type: ignore[arg-type]
        v = getattr(node, f.name)
        if f.name == "decl" and isinstance(v, N.VarDecl):
            changes[f.name] = decls.get(id(v), v)
        elif f.name in _NOT_CHILDREN:
            continue
        elif _is_node(v):
            changes[f.name] = _clone(v, decls, nodes)
        elif isinstance(v, list):
            changes[f.name] = [_clone(x, decls, nodes) if _is_node(x) else x for x in v]
    new = dataclasses.replace(node, **changes)  # type: ignore[type-var]
    nodes[id(node)] = new
    return new
