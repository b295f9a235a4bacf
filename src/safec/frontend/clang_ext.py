"""What libclang's Python bindings do not expose, reached through ctypes.

This is the only module besides the lowering code that touches libclang
internals: operator kinds, constant evaluation, spelling locations and the
initializer of a variable.  Everything here is a small pure function of a
cursor.
"""

from __future__ import annotations

import ctypes
import functools
import os
import re
import shutil
import subprocess
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # pragma: no cover
    from ..ir.nodes import Loc

import clang.cindex as ci

_lib_ready = False


def lib() -> ctypes.CDLL:
    """The libclang shared library with the extra prototypes registered."""
    global _lib_ready
    L = ci.conf.lib
    if not _lib_ready:
        L.clang_getCursorBinaryOperatorKind.argtypes = [ci.Cursor]
        L.clang_getCursorBinaryOperatorKind.restype = ctypes.c_int
        L.clang_getCursorUnaryOperatorKind.argtypes = [ci.Cursor]
        L.clang_getCursorUnaryOperatorKind.restype = ctypes.c_int
        L.clang_Cursor_Evaluate.argtypes = [ci.Cursor]
        L.clang_Cursor_Evaluate.restype = ctypes.c_void_p
        L.clang_EvalResult_getKind.argtypes = [ctypes.c_void_p]
        L.clang_EvalResult_getKind.restype = ctypes.c_int
        L.clang_EvalResult_isUnsignedInt.argtypes = [ctypes.c_void_p]
        L.clang_EvalResult_isUnsignedInt.restype = ctypes.c_uint
        L.clang_EvalResult_getAsUnsigned.argtypes = [ctypes.c_void_p]
        L.clang_EvalResult_getAsUnsigned.restype = ctypes.c_ulonglong
        L.clang_EvalResult_getAsLongLong.argtypes = [ctypes.c_void_p]
        L.clang_EvalResult_getAsLongLong.restype = ctypes.c_longlong
        L.clang_EvalResult_getAsDouble.argtypes = [ctypes.c_void_p]
        L.clang_EvalResult_getAsDouble.restype = ctypes.c_double
        L.clang_EvalResult_dispose.argtypes = [ctypes.c_void_p]
        L.clang_EvalResult_dispose.restype = None
        L.clang_Cursor_getVarDeclInitializer.argtypes = [ci.Cursor]
        L.clang_Cursor_getVarDeclInitializer.restype = ci.Cursor
        L.clang_Cursor_getVarDeclInitializer.errcheck = ci.Cursor.from_result
        L.clang_Cursor_isFunctionInlined.argtypes = [ci.Cursor]
        L.clang_Cursor_isFunctionInlined.restype = ctypes.c_uint
        L.clang_getSpellingLocation.argtypes = [
            ci.SourceLocation, ctypes.POINTER(ctypes.c_void_p),
            ctypes.POINTER(ctypes.c_uint), ctypes.POINTER(ctypes.c_uint),
            ctypes.POINTER(ctypes.c_uint)]
        L.clang_getSpellingLocation.restype = None
        L.clang_getExpansionLocation.argtypes = L.clang_getSpellingLocation.argtypes
        L.clang_getExpansionLocation.restype = None
        L.clang_getFileName.argtypes = [ctypes.c_void_p]
        L.clang_getFileName.restype = ci._CXString
        L.clang_getFileName.errcheck = ci._CXString.from_result
        L.clang_Cursor_isMacroFunctionLike.argtypes = [ci.Cursor]
        L.clang_Cursor_isMacroFunctionLike.restype = ctypes.c_uint
        _lib_ready = True
    return L


BINOPS = {3: "*", 4: "/", 5: "%", 6: "+", 7: "-", 8: "<<", 9: ">>", 11: "<",
          12: ">", 13: "<=", 14: ">=", 15: "==", 16: "!=", 17: "&", 18: "^",
          19: "|", 20: "&&", 21: "||", 22: "=", 23: "*=", 24: "/=", 25: "%=",
          26: "+=", 27: "-=", 28: "<<=", 29: ">>=", 30: "&=", 31: "^=",
          32: "|=", 33: ","}

UNOPS = {1: "post++", 2: "post--", 3: "pre++", 4: "pre--", 5: "&", 6: "*",
         7: "+", 8: "-", 9: "~", 10: "!", 11: "__real__", 12: "__imag__",
         13: "__extension__"}


def binary_op(c: ci.Cursor) -> str:
    k = lib().clang_getCursorBinaryOperatorKind(c)
    return BINOPS.get(k, f"?{k}")


def unary_op(c: ci.Cursor) -> str:
    k = lib().clang_getCursorUnaryOperatorKind(c)
    return UNOPS.get(k, f"?{k}")


def evaluate(c: ci.Cursor) -> Optional[object]:
    """clang's constant value of an expression: int, float, or None."""
    L = lib()
    r = L.clang_Cursor_Evaluate(c)
    if not r:
        return None
    try:
        kind = L.clang_EvalResult_getKind(r)
        if kind == 1:  # CXEval_Int
            if L.clang_EvalResult_isUnsignedInt(r):
                return int(L.clang_EvalResult_getAsUnsigned(r))
            return int(L.clang_EvalResult_getAsLongLong(r))
        if kind == 2:  # CXEval_Float
            return float(L.clang_EvalResult_getAsDouble(r))
        return None
    finally:
        L.clang_EvalResult_dispose(r)


def var_initializer(c: ci.Cursor) -> Optional[ci.Cursor]:
    init = lib().clang_Cursor_getVarDeclInitializer(c)
    if init is None or init.kind.is_invalid():
        return None
    return init


def is_inlined(c: ci.Cursor) -> bool:
    return bool(lib().clang_Cursor_isFunctionInlined(c))


def _loc(fn_name: str, loc: ci.SourceLocation) -> tuple[Optional[str], int]:
    L = lib()
    f = ctypes.c_void_p()
    line, col, off = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    getattr(L, fn_name)(loc, ctypes.byref(f), ctypes.byref(line), ctypes.byref(col),
                        ctypes.byref(off))
    if not f.value:
        return None, off.value
    return L.clang_getFileName(f), off.value


_file_names: dict[int, str] = {}
_LINE, _COL, _OFF = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
_FILE = ctypes.c_void_p()


def expansion_loc(c: ci.Cursor) -> "Loc":
    """file:line:col where a cursor appears (macro uses: where the macro is used)."""
    from ..ir.nodes import Loc

    L = lib()
    L.clang_getExpansionLocation(L.clang_getCursorLocation(c), ctypes.byref(_FILE),
                                 ctypes.byref(_LINE), ctypes.byref(_COL), ctypes.byref(_OFF))
    fp = _FILE.value
    if not fp:
        return Loc("<built-in>", _LINE.value, _COL.value)
    name = _file_names.get(fp)
    if name is None:
        name = _file_names[fp] = L.clang_getFileName(fp)
    return Loc(name, _LINE.value, _COL.value)


def spelling_offset(loc: ci.SourceLocation) -> tuple[Optional[str], int]:
    """(file, byte offset) where the token at `loc` is actually written."""
    return _loc("clang_getSpellingLocation", loc)


def expansion_offset(loc: ci.SourceLocation) -> tuple[Optional[str], int]:
    return _loc("clang_getExpansionLocation", loc)


# Names of all macros of the translation unit being lowered (set by parse).
MACRO_NAMES: set[str] = set()
# name -> replacement text (after the name), for reading macro bodies: of
# the macros whose bodies parse.py looks into (_BODY_WORDS), and of all.
MACRO_BODIES: dict[str, str] = {}
ALL_MACRO_BODIES: dict[str, str] = {}
# Names of the file-scope typedefs (system headers' too).
TYPEDEF_NAMES: set[str] = set()


def is_clean(c: ci.Cursor) -> bool:
    """True when the cursor's tokens are exactly what the parser saw.

    libclang reports extents (and "spelling" locations of macro-body tokens)
    as file positions of the macro *use*, so a cursor is clean only if no
    token of its extent names a macro.
    """
    ext = c.extent
    if ext.start.file is None or ext.end.file is None or \
            ext.start.file.name != ext.end.file.name:
        return False
    any_token = False
    for t in c.get_tokens():
        any_token = True
        if t.kind == ci.TokenKind.IDENTIFIER and t.spelling in MACRO_NAMES:
            return False
    return any_token  # no tokens: the extent is a macro's, not the cursor's


@functools.lru_cache(maxsize=256)
def read_source(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def match_at(rx: re.Pattern[bytes], f: Optional[str], off: int) -> Optional[re.Match[bytes]]:
    """rx matched at byte offset off of file f (clang's offsets are byte
    offsets: a file is matched as bytes, or UTF-8 before off shifts them)."""
    if f is None:
        return None
    try:
        return rx.match(read_source(f), off)
    except OSError:
        return None


def source_text(c: ci.Cursor) -> Optional[str]:
    """The literal source text of a cursor whose extent is clean, else None."""
    if not is_clean(c):
        return None
    f, a = spelling_offset(c.extent.start)
    _, b = spelling_offset(c.extent.end)
    if f is None or b < a:
        return None
    try:
        return read_source(f)[a:b].decode("utf-8", "replace")
    except OSError:
        return None


def macro_texts(c: ci.Cursor, depth: int = 4) -> list[str]:
    """Bodies of the macros used in a cursor's extent, transitively.

    libclang cannot show where a token inside a macro body is written, so a
    construct that only exists in a macro body (a `_Generic` association
    list, say) is read back from the macro definitions.
    """
    names = [t.spelling for t in c.get_tokens()
             if t.kind == ci.TokenKind.IDENTIFIER and t.spelling in MACRO_BODIES]
    out: list[str] = []
    seen: set[str] = set()
    while names and depth > 0:
        nxt: list[str] = []
        for n in names:
            if n in seen:
                continue
            seen.add(n)
            body = MACRO_BODIES[n]
            out.append(body)
            nxt += [w for w in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", body) if w in MACRO_BODIES]
        names = nxt
        depth -= 1
    return out


_ATOMIC_RE = re.compile(r"\b__(?:c11_)?atomic_[a-z_]+")


def source_word(c: ci.Cursor) -> Optional[str]:
    """The identifier in the source where a cursor is (for an expression a
    macro use makes whole, which has no tokens: the macro's name)."""
    path, off = expansion_offset(c.location)
    if path is None:
        return None
    try:
        m = re.match(rb"[A-Za-z_][A-Za-z0-9_]*", read_source(path)[off:off + 256])
    except OSError:
        return None
    return m.group(0).decode() if m else None


def _atomic_operands(name: str) -> int:
    """How many operands clang's AtomicExpr of builtin `name` has."""
    op = re.sub(r"^__(c11_)?atomic_", "", name)
    if op in ("load_n", "init") or (op == "load" and name.startswith("__c11")):
        return 2
    if op == "exchange" and not name.startswith("__c11"):
        return 4
    if op.startswith("compare_exchange"):
        return 5 if name.startswith("__c11") else 6
    return 3


def atomic_builtin(c: ci.Cursor, operands: int) -> Optional[str]:
    """The builtin of an atomic operation (clang's AtomicExpr, which libclang
    does not expose) with that many operands: its first token, or, when
    the call is written by a macro (C11's atomic_load, a project's own
    wrappers), the atomic builtin of that arity the bodies of the macros
    it uses name -- None when they name several (a guess could pick the
    wrong operation).  An expression a macro use makes whole has no
    tokens: the macro's name is read from the source."""
    words = [str(t.spelling) for t in c.get_tokens() if t.kind == ci.TokenKind.IDENTIFIER]
    if not words:
        w = source_word(c)
        if w is None:
            return None
        words = [w]
    if _ATOMIC_RE.fullmatch(words[0]):
        return words[0]
    found: set[str] = set()
    seen: set[str] = set()
    for _ in range(8):
        nxt: list[str] = []
        for w in words:
            if w in seen or w not in ALL_MACRO_BODIES:
                continue
            seen.add(w)
            body = ALL_MACRO_BODIES[w]
            found |= {b for b in _ATOMIC_RE.findall(body) if _atomic_operands(b) == operands}
            nxt += re.findall(r"[A-Za-z_][A-Za-z0-9_]*", body)
        words = nxt
    return found.pop() if len(found) == 1 else None


_PACK_RE = re.compile(rb"^[ \t]*#[ \t]*pragma[ \t]+pack[ \t]*\(([^)]*)\)", re.M)


@functools.lru_cache(maxsize=64)
def _pack_events(path: str) -> list[tuple[int, str]]:
    try:
        data = read_source(path)
    except OSError:
        return []
    return [(m.start(), m.group(1).decode("ascii", "replace")) for m in _PACK_RE.finditer(data)]


def pragma_pack_at(path: str, offset: int) -> int:
    """The `#pragma pack` value in force at `offset` of `path` (0 = none).

    clang applies the pragma but does not report it; the emitter must write
    it again around the record.  Only pragmas of the same file are seen (a
    pack set by an included header and left open is not).
    """
    stack: list[int] = []
    cur = 0
    for pos, args in _pack_events(path):
        if pos >= offset:
            break
        parts = [a.strip() for a in args.split(",") if a.strip()]
        if not parts:
            cur = 0
        elif parts[0] == "push":
            stack.append(cur)
            if len(parts) > 1 and parts[-1].isdigit():
                cur = int(parts[-1])
        elif parts[0] == "pop":
            cur = stack.pop() if stack else 0
        elif parts[0].isdigit():
            cur = int(parts[0])
    return cur


def _cc_output(cc: str, args: list[str]) -> Optional[str]:
    """What the C compiler prints for args, or None if it cannot be run."""
    exe = shutil.which(cc)
    if exe is None:
        return None
    try:
        return subprocess.run([exe, *args], capture_output=True, text=True,
                              timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None


@functools.lru_cache(maxsize=None)
def gcc_version_macro(cc: str = "gcc") -> Optional[str]:
    """gcc's __VERSION__ ("12.2.0"), as a C string literal."""
    out = _cc_output(cc, ["-dM", "-E", "-x", "c", os.devnull])
    m = re.search(r"^#define __VERSION__ (\".*\")$", out or "", re.M)
    return m.group(1) if m else None


@functools.lru_cache(maxsize=None)
def gcc_include_dir(cc: str = "gcc") -> Optional[str]:
    """gcc's own builtin include directory (stddef.h, stdarg.h, ...)."""
    out = (_cc_output(cc, ["-print-file-name=include"]) or "").strip()
    return out if out and os.path.isdir(out) else None
