"""The driver: runs the pipeline per file and invokes the C compiler.

frontend.parse -> (instrument, by mode) -> emit -> gcc.  The driver owns
temporary files and compiler flags; it never inspects the IR itself.
"""

from __future__ import annotations

import functools
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from typing import Optional, Sequence

from .errors import SafecError

MODES = ("c", "safe", "hybrid")

# Flags that change what the preprocessor/parser sees (go to clang and gcc).
_PARSE_PREFIXES = ("-I", "-D", "-U", "-std=", "-include", "-isystem", "-iquote",
                   "-idirafter", "-funsigned-char", "-fsigned-char", "-m32", "-m64")
_TWO_PART = {"-I", "-D", "-U", "-include", "-isystem", "-iquote", "-idirafter", "-L",
             "-l", "-x", "-imacros"}
# Dependency output (what build systems pass: `-MD -MT x.o -MF x.d`).  It is
# made from the original source, never from the emitted file (whose name is
# temporary): see _write_deps.
_DEP_ALONE = {"-M", "-MM", "-MD", "-MMD", "-MP", "-MG"}
_DEP_VALUE = {"-MF", "-MT", "-MQ"}
# Other options whose value is the next argument: to the C compiler, or to
# the linker.
_CC_VALUE = {"--param", "-Xassembler", "-Xpreprocessor"}
_LINK_VALUE = {"-Xlinker", "-T"}


@dataclass
class Options:
    mode: str = "c"
    cc: str = "gcc"
    uninit: str = "trap"
    parse_flags: list[str] = field(default_factory=list)
    cc_flags: list[str] = field(default_factory=list)
    link_flags: list[str] = field(default_factory=list)
    keep: Optional[str] = None  # directory to keep emitted C in
    layout_asserts: bool = True
    boundary_calls: set[str] = field(default_factory=set)
    dep_flags: list[str] = field(default_factory=list)  # -MD -MF x.d ...: see _write_deps


def split_flags(
        args: Sequence[str]) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """(sources, parse_flags, cc_flags, link_flags, dep_flags) from
    compiler-style args."""
    sources: list[str] = []
    parse: list[str] = []
    cc: list[str] = []
    link: list[str] = []
    dep: list[str] = []
    it = iter(_preprocessor_spellings(_response_files(args)))
    for a in it:
        if a in _DEP_VALUE or a in _CC_VALUE or a in _LINK_VALUE:
            val = next(it, None)
            if val is None:
                raise SafecError(f"safec: error: missing argument after '{a}'")
            (dep if a in _DEP_VALUE else link if a in _LINK_VALUE else cc).extend([a, val])
            continue
        if a in _DEP_ALONE:
            dep.append(a)
            continue
        if a.startswith(("-MF", "-MT", "-MQ")):  # the value joined: -MFx.d
            dep += [a[:3], a[3:]]
            continue
        if a.startswith("-Wp,-M"):  # -Wp,-MD,file (kbuild)
            parts = a[4:].split(",")
            dep += [parts[0], *(["-MF", parts[1]] if len(parts) > 1 else [])]
            continue
        if a in _TWO_PART:
            try:
                a = a + next(it) if a in ("-D", "-U", "-I", "-L", "-l") else a
            except StopIteration:
                raise SafecError(f"safec: error: missing argument after '{a}'") from None
            if a in ("-include", "-isystem", "-iquote", "-idirafter", "-x", "-imacros"):
                val = next(it, None)
                if val is None:
                    raise SafecError(f"safec: error: missing argument after '{a}'")
                parse += [a, val]
                cc += [a, val]
                continue
        if a.startswith(("-l", "-L")) or a.startswith("-Wl,") or a in ("-pthread", "-lm"):
            link.append(a)
            if a == "-pthread":
                cc.append(a)
        elif a.startswith(_PARSE_PREFIXES):
            parse.append(a)
            cc.append(a)
        elif a.startswith("-"):
            cc.append(a)
        elif a.endswith((".o", ".a", ".so")):
            link.append(a)
        else:
            sources.append(a)
    return sources, parse, cc, link, dep


def _response_files(args: Sequence[str], depth: int = 0) -> list[str]:
    """gcc's `@file`: the arguments written in file (quoted and escaped as
    a shell would), in its place; an unreadable one stays as it is."""
    out: list[str] = []
    for a in args:
        if a.startswith("@") and len(a) > 1 and depth < 10 and os.path.isfile(a[1:]):
            try:
                with open(a[1:], encoding="utf-8", errors="replace") as fh:
                    out += _response_files(shlex.split(fh.read()), depth + 1)
                continue
            except (OSError, ValueError):
                pass
        out.append(a)
    return out


def _preprocessor_spellings(args: Sequence[str]) -> list[str]:
    """Preprocessor options passed through gcc's driver (`-Wp,-DX,-UY`,
    `-Xpreprocessor -DX`) as the options they are, so the parser sees them
    too; `-Wp,-MD,file` stays whole (a dependency request)."""
    out: list[str] = []
    it = iter(args)
    for a in it:
        if a.startswith("-Wp,") and not a.startswith("-Wp,-M"):
            out += [x for x in a[4:].split(",") if x]
        elif a == "-Xpreprocessor":
            val = next(it, None)
            if val is not None:
                out.append(val)
        else:
            out.append(a)
    return out


def find_cc(cc: str) -> str:
    exe = shutil.which(cc)
    if exe is None:
        raise SafecError(f"safec: error: C compiler '{cc}' not found; install gcc or pass "
                         "--cc PATH")
    return exe


def emit_c(path: str, opts: Options) -> str:
    """The C text safec hands to the C compiler for one source file."""
    from .emit.cprint import emit_unit
    from .emit.ctypes_print import reset_anon_names
    from .frontend.parse import parse_file

    if opts.mode not in MODES:
        raise SafecError(f"safec: error: unknown mode '{opts.mode}' (one of {', '.join(MODES)})")
    tu = parse_file(path, opts.parse_flags, opts.cc)
    reset_anon_names()
    if opts.mode in ("safe", "hybrid"):
        from .instrument.safe import SafeInstrumenter

        inst = SafeInstrumenter(tu, opts.uninit, hybrid=opts.mode == "hybrid")
        tu = inst.run()
        opts.boundary_calls.update(inst.boundary)
    header = f"/* generated by safec --mode {opts.mode} from {path} */"
    return emit_unit(tu, layout_asserts=opts.layout_asserts, header=header)


RUNTIME_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "runtime")


# No debug information in the runtime: reports name its frames from the
# symbol table and leave them out anyway (sc_ prefix), and DWARF was three
# quarters of every safe binary (460 KB for hello world; 130 KB without).
# Every function and variable of the runtime in its own section, so that
# the link (--gc-sections) keeps only what the program uses: most of the
# runtime is libc wrappers, and a program calls a few.  Its text was 140 KB
# in every binary, and page-fault-around made all of it resident.
_RUNTIME_CFLAGS = ["-O2", "-DSAFEC_PREINIT", "-pthread", "-ffunction-sections",
                   "-fdata-sections"]


def runtime_object(cc: str) -> str:
    """The safe-C runtime compiled once per content (cached), as an archive."""
    import hashlib

    srcs = sorted(f for f in os.listdir(RUNTIME_DIR) if f.endswith((".c", ".h")))
    h = hashlib.sha256(" ".join([cc, *_RUNTIME_CFLAGS]).encode())
    for f in srcs:
        with open(os.path.join(RUNTIME_DIR, f), "rb") as fh:
            h.update(f.encode() + fh.read())
    cache = os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")),
                         "safec", h.hexdigest()[:16])
    lib = os.path.join(cache, "libsafec_rt.a")
    if os.path.exists(lib):
        return lib
    os.makedirs(cache, exist_ok=True)
    objs = []
    for f in srcs:
        if not f.endswith(".c"):
            continue
        # private names until the archive is renamed into place: builds may
        # run in parallel
        o = os.path.join(cache, f"{f[:-2]}.{os.getpid()}.o")
        r = subprocess.run([cc, *_RUNTIME_CFLAGS, "-I", RUNTIME_DIR,
                            "-c", os.path.join(RUNTIME_DIR, f), "-o", o],
                           capture_output=True, text=True)
        if r.returncode != 0:
            raise SafecError(f"safec: error: cannot build the runtime ({f}):\n{r.stderr}")
        objs.append(o)
    tmp = lib + f".{os.getpid()}.tmp"
    r = subprocess.run(["ar", "rcs", tmp, *objs], capture_output=True, text=True)
    if r.returncode != 0:
        raise SafecError(f"safec: error: cannot archive the runtime:\n{r.stderr}")
    os.replace(tmp, lib)
    for o in objs:
        os.unlink(o)
    return lib


@functools.lru_cache(maxsize=None)
def _is_gcc(cc: str) -> bool:
    """Is cc gcc (not clang, which also defines __GNUC__)?"""
    r = subprocess.run([cc, "-dM", "-E", "-x", "c", os.devnull], capture_output=True, text=True)
    return "#define __GNUC__ " in r.stdout and "__clang__" not in r.stdout


def _gcse_limit(cc: str) -> list[str]:
    """gcc's RTL GCSE (PRE and const/copy propagation) only on functions
    whose bit matrices take less than 4 MB, not gcc's default 128 MB.
    It is the most expensive pass on a function with hundreds of inline
    checks: http_parser_execute took 41 s with it and 24 s without, uthash's
    test90.c 8.7 s and 5.2 s.  No function of the benchmarks comes near
    the limit (gcc says which ones do with -Wdisabled-optimization), and
    tree-level PRE still runs everywhere.  Goes before the user's flags:
    theirs win."""
    return ["--param", "max-gcse-memory=4096"] if _is_gcc(cc) else []


def _gc_sections(opts: Options) -> list[str]:
    """Drop the runtime's unused sections at the link (see _RUNTIME_CFLAGS),
    unless the link is partial (-r: ld has no root to keep sections from)
    or the user asked for --no-gc-sections."""
    flags = [*opts.cc_flags, *opts.link_flags]
    if any(f in ("-r", "--relocatable", "-Wl,-r", "-Wl,--relocatable") or
           "--no-gc-sections" in f for f in flags):
        return []
    return ["-Wl,--gc-sections"]


def _warnings_never_fail(cc_flags: Sequence[str]) -> list[str]:
    """The user's flags for compiling the emitted C, with warnings that
    never fail the build: -Werror dropped, -Werror=X made -WX and
    -pedantic-errors -pedantic.  The emitted C is not the user's text
    (macros expanded, checks added, layout asserts, the runtime's inline
    functions): gcc warns about what safec wrote there ("value computed is
    not used", "macro X is not used", C11 constructs under -std=c89
    -pedantic), and its warnings are not shown anyway (SAFEC_VERBOSE=1
    shows them).  Projects that build with -Werror (cJSON's default
    -Wall -Wextra -Werror -pedantic) would otherwise not build at all."""
    out: list[str] = []
    for f in cc_flags:
        if f == "-Werror" or f == "-pedantic-errors":
            if f == "-pedantic-errors":
                out.append("-pedantic")
            continue
        if f.startswith("-Werror="):
            out.append("-W" + f[len("-Werror="):])
            continue
        out.append(f)
    return out


def _safe_opt_floor(cc_flags: Sequence[str]) -> list[str]:
    """-Og for instrumented code the user builds without optimization.

    Without -O, gcc gives every local of every inlined check its own stack
    slot: a recursive parser's frame was 10 KB in mode safe against 100
    bytes for regular C, and a 1000-deep recursion overflowed an 8 MB
    stack.  -Og shares slots (1.4 KB) and keeps code debuggable; gcc uses
    the last -O, so it goes after the user's flags."""
    level = [f for f in cc_flags if f.startswith("-O")]
    if not level or level[-1] == "-O0":
        return ["-Og"]
    return []


def _write_deps(cc: str, src: str, dep: list[str], rest: list[str], obj: Optional[str]) -> None:
    """Run the preprocessor on the original source for its dependency
    output: the emitted file includes other headers (safec_rt.h) and is
    deleted, so its own dependencies would name a file that no longer
    exists.  With -MD/-MMD the file and target default as gcc's do: the
    object's name with .d, and the object."""
    flags = list(dep)
    out: list[str] = []
    if "-MD" in dep or "-MMD" in dep:
        if "-MF" not in dep:
            base = obj if obj else os.path.basename(src)
            flags += ["-MF", os.path.splitext(base)[0] + ".d"]
        if "-MT" not in dep and "-MQ" not in dep:
            flags += ["-MT", obj if obj else os.path.splitext(os.path.basename(src))[0] + ".o"]
        out = ["-o", os.devnull]
    r = subprocess.run([cc, *rest, *flags, "-E", src, *out], capture_output=True, text=True,
                       errors="replace")
    if r.returncode != 0:
        raise SafecError(f"safec: error: the C compiler failed on {src}:\n{r.stderr.strip()}")
    if "-MD" not in dep and "-MMD" not in dep:
        sys.stdout.write(r.stdout)  # -M / -MM: the rules are the output


def build(sources: Sequence[str], output: str, opts: Options, compile_only: bool = False) -> None:
    objects = [f for f in opts.link_flags if f.endswith((".o", ".a", ".so"))]
    if not sources and (compile_only or not objects):
        raise SafecError("safec: error: no input files")
    cc = find_cc(opts.cc)
    if opts.mode != "c" and not compile_only and "-shared" in opts.cc_flags:
        # one runtime per process: a library with a copy of its own would
        # keep objects the program's runtime does not know
        raise SafecError(f"safec: error: unsupported: linking a shared library ({output}) in "
                         f"--mode {opts.mode}: the safe-C runtime is one per process; link "
                         "the library's objects into the program instead (or build the "
                         "library with --mode c)")
    dep = opts.dep_flags
    if dep:
        for src in sources:
            if not os.path.exists(src):
                raise SafecError(f"safec: error: no such file: {src}")
            _write_deps(cc, src, dep, opts.cc_flags, output if compile_only else None)
        if "-MD" not in dep and "-MMD" not in dep:
            return  # -M, -MM: dependencies only, as with gcc
    if opts.keep:
        try:
            os.makedirs(opts.keep, exist_ok=True)
        except OSError as e:
            raise SafecError(f"safec: error: cannot create --keep directory {opts.keep}: "
                             f"{e.strerror}") from None
    tmp = opts.keep or tempfile.mkdtemp(prefix="safec-")
    ok = False
    try:
        emitted = []
        for i, src in enumerate(sources):
            text = emit_c(src, opts)
            base = os.path.splitext(os.path.basename(src))[0]
            out = os.path.join(tmp, f"{i}_{base}.safec.c")
            with open(out, "w") as fh:
                fh.write(text)
            emitted.append(out)
        # Quoted includes in the emitted file resolve like the original's.
        incdirs = []
        for src in sources:
            d = os.path.dirname(os.path.abspath(src))
            if d not in incdirs:
                incdirs.append(d)
        iflags = [f"-iquote{d}" for d in incdirs]
        link = list(opts.link_flags)
        if opts.mode != "c":
            iflags.append(f"-I{RUNTIME_DIR}")
            if not any(f.startswith("-g") for f in opts.cc_flags):
                # reports name functions (inlined ones too) and lines; -g1 has
                # those without the variable-location tracking that costs
                # gcc a third of its time on instrumented code
                iflags.append("-g1")
            iflags += _safe_opt_floor(opts.cc_flags)
            # after user objects
            link = [*link, runtime_object(cc), "-pthread", "-ldl", *_gc_sections(opts)]
        pre = _gcse_limit(cc) if opts.mode != "c" else []
        cflags = _warnings_never_fail(opts.cc_flags)
        if compile_only:
            if len(emitted) != 1:
                raise SafecError("safec: error: -c with -o takes exactly one source")
            cmd = [cc, "-c", *pre, *cflags, *iflags, emitted[0], "-o", output]
        else:
            if "-x" in cflags:  # the user's `-x c` is for the sources, not the objects
                link = ["-x", "none", *link]
            cmd = [cc, *pre, *cflags, *iflags, *emitted, "-o", output, *link]
        r = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
        if r.returncode != 0:
            raise SafecError(f"safec: error: the C compiler failed on the emitted code "
                             f"(kept in {tmp}; command: {' '.join(cmd)}):\n{r.stderr.strip()}")
        if r.stderr.strip() and os.environ.get("SAFEC_VERBOSE"):
            print(r.stderr, end="")
        ok = True
    finally:
        # on a compiler failure the emitted files stay for inspection
        if ok and opts.keep is None and os.path.isdir(tmp):
            shutil.rmtree(tmp, ignore_errors=True)


def run(sources: Sequence[str], args: Sequence[str], opts: Options) -> int:
    tmp = tempfile.mkdtemp(prefix="safec-run-")
    try:
        exe = os.path.join(tmp, "a.out")
        build(sources, exe, opts)
        r = subprocess.run([exe, *args])
        return r.returncode if r.returncode >= 0 else 128 - r.returncode
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
