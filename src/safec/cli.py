"""The `safec` command line: run | build | emit | cc.

Compiler flags (-I -D -U -std= -O -g -W... -l -L) pass through to the parser
and to gcc.  Every user error ends with a one-line message and exit status 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Optional, Sequence

from . import __version__
from .driver import MODES, Options, build, emit_c, run, split_flags
from .errors import SafecError

USAGE = """safec run   [--mode M] FILE.c [MORE.c ...] [FLAGS] [-- ARGS]
       safec build [--mode M] FILE.c [MORE.c ...] [FLAGS] -o OUT
       safec emit  [--mode M] FILE.c [FLAGS]
       safec cc    [--mode M] [-c] FILE.c ... [FLAGS] -o OUT   (gcc-style, for build systems)

modes: c (regular C through the safec pipeline), safe, hybrid
flags: -I -D -U -std= -O -g -W... -f... -l -L pass through to the C compiler"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="safec", usage=USAGE, add_help=False)
    p.add_argument("command", nargs="?")
    p.add_argument("--mode", default="c", choices=MODES)
    p.add_argument("--cc", default="gcc", help="the C compiler to use (default gcc)")
    p.add_argument("--uninit", default="trap", choices=("trap", "zero"))
    p.add_argument("--keep", default=None, help="keep the emitted C files in this directory")
    p.add_argument("--no-layout-asserts", action="store_true")
    p.add_argument("-o", dest="output", default=None)
    p.add_argument("-c", dest="compile_only", action="store_true")
    p.add_argument("-h", "--help", action="store_true")
    p.add_argument("--version", action="store_true")
    return p


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    prog_args: list[str] = []
    if "--" in argv:
        i = argv.index("--")
        argv, prog_args = argv[:i], argv[i + 1:]
    p = _parser()
    ns, rest = p.parse_known_args(argv)
    if ns.version:
        print(f"safec {__version__}")
        return 0
    if ns.help or ns.command is None:
        print(USAGE)
        return 0 if ns.help else 2
    try:
        sources, parse_flags, cc_flags, link_flags, dep_flags = split_flags(rest)
        opts = Options(mode=ns.mode, cc=ns.cc, uninit=ns.uninit, parse_flags=parse_flags,
                       cc_flags=cc_flags, link_flags=link_flags, keep=ns.keep,
                       layout_asserts=not ns.no_layout_asserts, dep_flags=dep_flags)
        cmd = ns.command
        if cmd == "emit":
            if len(sources) != 1:
                raise SafecError("safec: error: emit takes exactly one C file")
            sys.stdout.write(emit_c(sources[0], opts))
            return 0
        if cmd == "cc":
            direct = _gcc_itself(rest, sources, ns)
            if direct is not None:
                return direct
            if "-" in sources:
                sources = [_stdin_source() if x == "-" else x for x in sources]
            if ns.compile_only and not ns.output and len(sources) > 1:
                for src in sources:  # gcc -c a.c b.c: a.o and b.o
                    build([src], _object_name(src), opts, compile_only=True)
                _note_boundary(opts)
                return 0
        if cmd in ("build", "cc"):
            # gcc -c dir/f.c writes f.o in the current directory
            out = ns.output or ("a.out" if not ns.compile_only else
                                (_object_name(sources[0]) if sources else "a.o"))
            build(sources, out, opts, compile_only=ns.compile_only)
            _note_boundary(opts)
            return 0
        if cmd == "run":
            if not sources:
                raise SafecError("safec: error: no input files")
            sys.stdout.flush()
            return run(sources, prog_args, opts)
        raise SafecError(f"safec: error: unknown command '{cmd}'\n{USAGE}")
    except SafecError as e:
        print(str(e), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except RecursionError:
        print("safec: error: input nests too deeply", file=sys.stderr)
        return 2
    except Exception as e:  # a bug in safec: still no traceback for the user
        import traceback
        if __import__("os").environ.get("SAFEC_DEBUG"):
            traceback.print_exc()
        print(f"safec: internal error: {type(e).__name__}: {e} "
              "(set SAFEC_DEBUG=1 for details)", file=sys.stderr)
        return 3


# What `cc` answers by running the C compiler itself: queries build systems
# make of the compiler (configure's `$CC -v`, libtool's -print-prog-name=ld)
# and preprocessing alone (`$CC -E`: autoconf's header and macro tests want
# the source's own preprocessed text, not safec's).
_QUERIES = ("-v", "-dumpversion", "-dumpfullversion", "-dumpmachine", "-dumpspecs", "-###",
            "--help", "-print-")


def _gcc_itself(rest: list[str], sources: list[str], ns: argparse.Namespace) -> Optional[int]:
    """The exit status of the C compiler run on the arguments as given, if
    they ask for no compilation of safec's; else None."""
    query = not sources and any(a.startswith(_QUERIES) for a in rest)
    if not (query or "-E" in rest):
        return None
    import subprocess

    from .driver import find_cc

    args = list(rest) + (["-o", ns.output] if ns.output else []) + \
        (["-c"] if ns.compile_only else [])
    sys.stdout.flush()
    return subprocess.run([find_cc(ns.cc), *args]).returncode


def _stdin_source() -> str:
    """`-` as a source (`$CC -x c -`): the program text read from standard
    input, in a file of its own (removed at exit)."""
    import atexit
    import tempfile

    fd, path = tempfile.mkstemp(prefix="safec-stdin-", suffix=".c")
    with os.fdopen(fd, "w") as fh:
        fh.write(sys.stdin.read())

    def remove() -> None:
        if os.path.exists(path):
            os.remove(path)

    atexit.register(remove)
    return path


def _object_name(src: str) -> str:
    """gcc -c dir/f.c writes f.o in the current directory."""
    return os.path.splitext(os.path.basename(src))[0] + ".o"


def _note_boundary(opts: Options) -> None:
    if opts.boundary_calls:
        print("safec: note: unchecked boundary calls (no model of these functions): "
              + ", ".join(sorted(opts.boundary_calls)), file=sys.stderr)


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
