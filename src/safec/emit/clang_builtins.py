"""Definitions, for gcc, of builtins only clang has.

libclang preprocesses the source, so `__has_builtin(__builtin_rotateleft32)`
and `#ifdef __clang__` are answered as clang answers them, and code picks
builtins gcc does not know (xxHash's XXH_rotl32 uses
__builtin_rotateleft32 whenever __has_builtin says so).  gcc accepts a
definition under such a name: the emitted file defines the ones it uses,
as the plain functions they stand for.
"""

from __future__ import annotations


def _rot(bits: int, left: bool) -> str:
    t = {8: "unsigned char", 16: "unsigned short", 32: "unsigned int",
         64: "unsigned long long"}[bits]
    a, b = ("<<", ">>") if left else (">>", "<<")
    name = f"__builtin_rotate{'left' if left else 'right'}{bits}"
    return (f"static __inline__ __attribute__((always_inline, unused)) {t} {name}({t} x, {t} n)"
            f" {{ return ({t})((x {a} (n & {bits - 1})) | (x {b} (-n & {bits - 1}))); }}")


def _bitreverse(bits: int) -> str:
    t = {8: "unsigned char", 16: "unsigned short", 32: "unsigned int",
         64: "unsigned long long"}[bits]
    return (f"static __inline__ __attribute__((always_inline, unused)) {t} "
            f"__builtin_bitreverse{bits}({t} x) {{ {t} r = 0; int i; "
            f"for (i = 0; i < {bits}; i++) r = ({t})(r << 1 | ((x >> i) & 1)); return r; }}")


CLANG_ONLY: dict[str, str] = {
    **{f"__builtin_rotateleft{b}": _rot(b, True) for b in (8, 16, 32, 64)},
    **{f"__builtin_rotateright{b}": _rot(b, False) for b in (8, 16, 32, 64)},
    **{f"__builtin_bitreverse{b}": _bitreverse(b) for b in (8, 16, 32, 64)},
    "__builtin_assume": "static __inline__ __attribute__((always_inline, unused)) void "
                        "__builtin_assume(int c) { if (!c) __builtin_unreachable(); }",
    "__builtin_unpredictable": "static __inline__ __attribute__((always_inline, unused)) long "
                               "__builtin_unpredictable(long v) { return v; }",
}


def definitions(idents: set[str]) -> list[str]:
    """The definitions of the clang-only builtins among idents."""
    return [CLANG_ONLY[n] for n in sorted(idents & CLANG_ONLY.keys())]
