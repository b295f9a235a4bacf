"""Entry point of the frontend: a C file and compiler flags -> IR TranslationUnit.

This is the only place that runs libclang's parser.  It also records the
preprocessor "prologue" (user macro definitions and system includes, in
source order) so the emitter can reproduce the same header environment for
gcc without re-printing any system declaration.
"""

from __future__ import annotations

import os
import re
from typing import Optional, Sequence

import clang.cindex as ci

from ..errors import ParseError, SafecError, UnsupportedError
from ..ir import nodes as N
from . import clang_ext as X
from .lower_decl import DeclLowering
from .lower_types import ensure_registered

CK = ci.CursorKind


class Lowerer(DeclLowering):
    """All lowering mixins combined; one instance per translation unit."""


# Macro bodies kept for reading back: attributes and _Generic association
# lists that libclang only shows as the macro's use.
_BODY_WORDS = ("_Generic", "__attribute__", "_Alignas", "alignas")
# ... and for loops written in a macro, whose omitted clauses libclang hides
_FOR_WORD = re.compile(r"\bfor\s*\(")

_PARSE_INCLUDE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                              "include", "parse")


def clang_args(flags: Sequence[str], cc: str = "gcc") -> list[str]:
    """Flags for libclang so it sees the same headers and macros as gcc."""
    args = ["-x", "c"]
    if not any(f.startswith("-std=") for f in flags):
        args.append("-std=gnu17")
    inc = X.gcc_include_dir(cc)
    if inc is None:
        raise SafecError(f"safec: error: C compiler '{cc}' not found "
                         "(install gcc or pass --cc)")
    # headers only libclang reads, ahead of gcc's (include/parse/stdatomic.h)
    args += ["-isystem", _PARSE_INCLUDE, "-isystem", inc, "-Wno-everything"]
    # the program is compiled by gcc: __VERSION__ is gcc's (clang's
    # __clang__ and __GNUC__ 4.2 stay, glibc's headers depend on them)
    ver = X.gcc_version_macro(cc)
    if ver is not None:
        args += ["-U__VERSION__", f"-D__VERSION__={ver}"]
    args += list(flags)
    # after the user's -m flags, which define more of them
    args += [f"-U__{m}__" for m in _VECTOR_ISA_MACROS]
    return args


# x86 instruction-set extensions whose code comes through gcc's intrinsics
# headers (vector types, __builtin_ia32_*), which safec cannot take in.
# Portable code picks its scalar path when these are not defined (xxHash's
# XXH_VECTOR, zstd, simdutf-style dispatch), so it builds unchanged and
# computes the same results; code that includes <immintrin.h> regardless
# is still refused at the #include.  __SSE_MATH__ and __SSE2_MATH__ stay:
# they say how float arithmetic is done, which does not change.
_VECTOR_ISA_MACROS = (
    "MMX", "SSE", "SSE2", "SSE3", "SSSE3", "SSE4_1", "SSE4_2", "SSE4A", "AVX", "AVX2",
    "AVX512F", "AVX512CD", "AVX512DQ", "AVX512BW", "AVX512VL", "AVX512IFMA", "AVX512VBMI",
    "AVX512VBMI2", "AVX512VNNI", "AVX512BITALG", "AVX512VPOPCNTDQ", "AVX512BF16",
    "AVX512FP16", "AVXVNNI", "AVXIFMA", "AVXVNNIINT8", "AVXNECONVERT", "EVEX256",
    "EVEX512", "F16C", "FMA", "FMA4", "XOP", "AES", "VAES", "PCLMUL", "VPCLMULQDQ",
    "GFNI", "SHA", "SHA512", "SM3", "SM4", "BMI", "BMI2", "LZCNT", "POPCNT", "TBM",
    "ADX", "RDRND", "RDSEED", "CRC32", "AMX_TILE", "AMX_INT8", "AMX_BF16",
)


# libclang's errors for GNU C that gcc takes and clang never will: named
# as the construct they are, not as a syntax error.
_GNU_ONLY = {
    "function definition is not allowed here":
        "a nested function (GNU C: a function defined inside another)",
    "fields must have a constant size: 'variable length array in structure' extension "
    "will never be supported":
        "a variable-length array member in a struct (GNU C)",
}


def _in_gcc_intrinsics(f: Optional[ci.File]) -> bool:
    """Is f one of gcc's x86 intrinsics headers (immintrin.h, ...)?"""
    return f is not None and re.search(r"/gcc/[^ ]*/include/\w*intrin\.h$", f.name) is not None


def _intrinsics_refused(tu: ci.TranslationUnit, path: str) -> UnsupportedError:
    """gcc's <immintrin.h> family is written with gcc-only builtins that
    libclang rejects (and vector types, which safec's IR does not have):
    name the #include that brought it in, not the header's own errors."""
    where: object = path
    header = "immintrin.h"
    for inc in tu.get_includes():
        src = inc.location.file
        if _in_gcc_intrinsics(inc.include) and src is not None and \
                not _in_gcc_intrinsics(src):
            where = f"{src.name}:{inc.location.line}:{inc.location.column}"
            header = os.path.basename(inc.include.name)
            break
    return UnsupportedError(where, f"x86 SIMD intrinsics (<{header}>: vector types and gcc's "
                                   "__builtin_ia32 functions)")


def parse_file(path: str, flags: Sequence[str] = (), cc: str = "gcc") -> N.TranslationUnit:
    if not os.path.exists(path):
        raise SafecError(f"safec: error: no such file: {path}")
    ensure_registered()
    index = ci.Index.create()
    try:
        tu = index.parse(path, args=clang_args(flags, cc),
                         options=ci.TranslationUnit.PARSE_DETAILED_PROCESSING_RECORD)
    except ci.TranslationUnitLoadError as e:
        raise ParseError(f"{path}: error: cannot parse ({e})") from None
    errors = [d for d in tu.diagnostics if d.severity >= ci.Diagnostic.Error]
    if any(_in_gcc_intrinsics(d.location.file) for d in errors):
        raise _intrinsics_refused(tu, path)
    for d in errors:
        what = _GNU_ONLY.get(d.spelling)
        if what is not None and d.location.file is not None:
            loc = d.location
            raise UnsupportedError(f"{loc.file.name}:{loc.line}:{loc.column}", what)
    if errors:
        msgs = []
        for d in errors[:20]:
            loc = d.location
            where = f"{loc.file.name}:{loc.line}:{loc.column}" if loc.file else path
            msgs.append(f"{where}: error: {d.spelling}")
        raise ParseError("\n".join(msgs))
    return lower_tu(tu, path)


def lower_tu(tu: ci.TranslationUnit, path: str) -> N.TranslationUnit:
    low = Lowerer()
    decls: list[N.TopDecl] = []
    prologue: list[tuple[str, str]] = []
    macro_names: set[str] = set()
    sys_cache: dict[str, bool] = {}

    def file_is_system(fname: str) -> bool:
        if fname not in sys_cache:
            f = tu.get_file(fname)
            loc = ci.SourceLocation.from_position(tu, f, 1, 1)
            sys_cache[fname] = bool(loc.is_in_system_header)
        return sys_cache[fname]

    children = list(tu.cursor.get_children())
    X.MACRO_NAMES = {c.spelling for c in children if c.kind == CK.MACRO_DEFINITION}
    X.TYPEDEF_NAMES = {c.spelling for c in children if c.kind == CK.TYPEDEF_DECL}
    X.MACRO_BODIES = {}
    X.ALL_MACRO_BODIES = {}
    for c in children:
        if c.kind == CK.MACRO_DEFINITION and c.location.file is not None:
            text = _file_slice(c)
            if text is not None:
                X.ALL_MACRO_BODIES[c.spelling] = text
            if text is not None and (any(w in text for w in _BODY_WORDS) or
                                     _FOR_WORD.search(text)):
                X.MACRO_BODIES[c.spelling] = text
    for c in children:
        k = c.kind
        f = c.location.file
        if k == CK.MACRO_DEFINITION:
            macro_names.add(c.spelling)
            if f is None or c.location.is_in_system_header:
                continue
            text = _file_slice(c)
            if text is not None:
                prologue.append(("define", text))
            continue
        if k == CK.MACRO_INSTANTIATION:
            continue
        if k == CK.INCLUSION_DIRECTIVE:
            if f is None or c.location.is_in_system_header:
                continue
            inc = c.get_included_file()
            if inc is None or not file_is_system(inc.name):
                continue
            toks = [t.spelling for t in c.get_tokens()]
            if "<" in toks:
                prologue.append(("include", f"<{c.spelling}>"))
            else:
                prologue.append(("include", f'"{os.path.abspath(inc.name)}"'))
            continue
        if f is None or c.location.is_in_system_header:
            continue
        d = low.top_decl(c)
        if d is not None:
            decls.append(d)
    return N.TranslationUnit(path, decls, prologue, macro_names)


def _file_slice(c: ci.Cursor) -> Optional[str]:
    f, a = X.spelling_offset(c.extent.start)
    _, b = X.spelling_offset(c.extent.end)
    if f is None:
        return None
    try:
        return X.read_source(f)[a:b].decode("utf-8", "replace")
    except OSError:
        return None
