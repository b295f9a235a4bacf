"""Facts about types that the safe instrumentation needs at run time.

* `type_id`: a 32-bit id of a function type for indirect-call checks.  Like
  clang CFI's -fsanitize-cfi-icall-generalize-pointers, every data pointer is
  one class, and integers are classed by size: a call through a pointer of a
  different arity or with integer/pointer/float mismatches is caught, a
  `const` or `void *` difference is not.  Unprototyped types get id 0 (any).
* `type_name`: the C spelling of an object's type for reports.
* `pointer_slots`: byte offsets of every pointer inside a type, to re-derive
  capabilities of aggregates that crossed a call by value.
"""

from __future__ import annotations

from typing import Optional

from ..ir import types as T


def _cls(t: T.CType) -> str:
    s = T.strip(t)
    if isinstance(s, T.VoidType):
        return "v"
    if isinstance(s, T.PointerType):
        return "p"
    if isinstance(s, T.ArithType):
        if s.is_complex:
            return f"c{s.size}"
        return ("f" if s.is_float else "i") + str(s.size)
    if isinstance(s, T.EnumType):
        return f"i{s.size}"
    if isinstance(s, T.RecordType):
        return f"s{s.size}"
    if isinstance(s, T.ArrayType):
        return "p"  # parameters of array type are pointers
    if isinstance(s, T.FunctionType):
        return "p"
    return "o"


def type_signature(ft: T.FunctionType) -> Optional[str]:
    if not ft.has_proto:
        return None
    params = ",".join(_cls(p) for p in ft.params)
    return f"{_cls(ft.ret)}({params}{',...' if ft.variadic else ''})"


def type_id(ft: T.CType) -> int:
    s = T.strip(ft)
    if isinstance(s, T.PointerType):
        s = T.strip(s.pointee)
    if not isinstance(s, T.FunctionType):
        return 0
    sig = type_signature(s)
    if sig is None:
        return 0
    h = 0x811C9DC5
    for b in sig.encode():
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h or 1


def type_name(t: T.CType) -> str:
    """A short C spelling: `int[10]`, `struct node`, `char *`."""
    from ..emit.ctypes_print import TypePrinter

    tp = TypePrinter(lambda e: "?", lambda rd: f"{rd.kind} {{...}}")
    try:
        return tp.declare(t, "").replace(" [", "[")
    except Exception:  # a type only reports see: never fail a build on it
        return "object"


def pointer_slots(t: T.CType, base: int = 0, limit: int = 256) -> Optional[list[int]]:
    """Offsets of pointers inside `t` (None if there are more than `limit`)."""
    out: list[int] = []

    def walk(t: T.CType, off: int) -> bool:
        s = T.strip(t)
        if isinstance(s, T.PointerType):
            out.append(off)
            return len(out) <= limit
        if isinstance(s, T.ArrayType) and s.count is not None and s.vla is None:
            if not has_pointers(s.elem):
                return True
            for i in range(s.count):
                if not walk(s.elem, off + i * s.elem.size):
                    return False
            return True
        if isinstance(s, T.RecordType):
            for f in s.decl.fields:  # every union member: any may hold a pointer
                if f.bitwidth is None and not walk(f.type, off + f.offset):
                    return False
        return True

    ok = walk(t, base)
    out[:] = sorted(set(out))
    if not ok:
        return None
    return out



def has_pointers(t: T.CType, depth: int = 0) -> bool:
    s = T.strip(t)
    if depth > 32:
        return False
    if isinstance(s, T.PointerType):
        return True
    if isinstance(s, T.ArrayType):
        return has_pointers(s.elem, depth + 1)
    if isinstance(s, T.RecordType):
        return any(has_pointers(f.type, depth + 1) for f in s.decl.fields)
    return False


def flexible_member(rd: T.RecordDecl, f: T.Field) -> bool:
    """A trailing array member used as a flexible array: `[]`, `[0]`, and the
    pre-C99 struct hack `[1]` (Lua's TString, many kernel structs), whose
    window is the rest of the object rather than the declared size."""
    a = T.strip(f.type)
    if not isinstance(a, T.ArrayType):
        return False
    if a.count is None or a.count == 0 or f.type.size <= 0:
        return True
    return a.count == 1 and rd.kind == "struct" and bool(rd.fields) and rd.fields[-1] is f


def fixed_size(t: T.CType) -> bool:
    """A complete type of constant size (not a VLA, not `int[]`): its window
    is known at compile time."""
    s = T.strip(t)
    while isinstance(s, T.ArrayType):
        if s.vla is not None or s.count is None:
            return False
        s = T.strip(s.elem)
    return t.size > 0


def _cover(t: T.CType, at: int, covered: bytearray) -> None:
    s = T.strip(t)
    if isinstance(s, T.RecordType) and s.decl.complete:
        for f in s.decl.fields:
            if f.bitwidth is not None:
                lo, hi = f.offset_bits // 8, (f.offset_bits + f.bitwidth + 7) // 8
                for b in range(at + lo, min(at + hi, len(covered))):
                    covered[b] = 1
            else:
                _cover(f.type, at + f.offset, covered)
        return
    if isinstance(s, T.ArrayType) and s.count is not None and s.elem.size > 0:
        for i in range(s.count):
            _cover(s.elem, at + i * s.elem.size, covered)
        return
    for b in range(at, min(at + max(s.size, 0), len(covered))):
        covered[b] = 1


def padding_mask(t: T.CType) -> Optional[bytes]:
    """Bit b set for each padding byte b of a struct (or array of structs)
    type — bytes no member covers, which member-by-member writes never
    initialize — or None if it has none (or is too big to describe)."""
    s = T.strip(t)
    if not isinstance(s, (T.RecordType, T.ArrayType)) or not fixed_size(s) or \
            not 0 < s.size <= 4096:
        return None
    covered = bytearray(s.size)
    _cover(s, 0, covered)
    if all(covered):
        return None
    mask = bytearray((s.size + 7) // 8)
    for b, c in enumerate(covered):
        if not c:
            mask[b >> 3] |= 1 << (b & 7)
    return bytes(mask)
