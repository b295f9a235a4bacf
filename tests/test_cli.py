"""The safec command: its commands, its flags, and its errors (never a traceback)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
HELLO = os.path.join(HERE, "programs", "basic_bool.c")


def safec(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "safec", *args], capture_output=True,
                          text=True, env=env)


def _no_traceback(r: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in r.stderr
    assert "Traceback" not in r.stdout


def test_help_and_version() -> None:
    r = safec("--help")
    assert r.returncode == 0 and "safec run" in r.stdout
    assert safec("--version").returncode == 0


def test_missing_file() -> None:
    r = safec("run", "/nonexistent/x.c")
    assert r.returncode == 2
    assert "no such file" in r.stderr
    _no_traceback(r)


def test_parse_error_reports_file_line() -> None:
    r = safec("build", os.path.join(HERE, "bad", "syntax_error.c"), "-o", "/dev/null")
    assert r.returncode == 2
    assert "syntax_error.c:2:" in r.stderr and "error" in r.stderr
    _no_traceback(r)


def test_unsupported_construct_is_named_with_location() -> None:
    r = safec("emit", os.path.join(HERE, "bad", "vector_type.c"))
    assert r.returncode == 2
    assert "vector_type.c:" in r.stderr and "unsupported construct" in r.stderr
    assert "vector" in r.stderr
    _no_traceback(r)


def test_x86_intrinsics_are_refused_at_the_include() -> None:
    r = safec("emit", "--mode", "safe", os.path.join(HERE, "bad", "x86_intrinsics.c"))
    assert r.returncode == 2
    assert "x86_intrinsics.c:4:10: error: unsupported construct: x86 SIMD intrinsics " \
        "(<immintrin.h>" in r.stderr, r.stderr
    assert "__rdtsc" not in r.stderr  # not the header's own errors
    _no_traceback(r)


def test_vector_isa_macros_are_undefined_for_the_parse() -> None:
    """-mavx2 / -march=native turn on more instruction-set macros; the
    guarded intrinsics path stays out of the parse, the portable one is
    emitted (simd_guarded_scalar_fallback.c runs it against gcc's)."""
    prog = os.path.join(HERE, "programs", "simd_guarded_scalar_fallback.c")
    for flag in ("-mavx2", "-march=native"):
        r = safec("emit", "--mode", "safe", flag, prog)
        assert r.returncode == 0, r.stderr
        assert "_mm" not in r.stdout and "memcpy" in r.stdout, flag


@pytest.mark.parametrize("name,line,what", [
    ("nested_function.c", "5:20", "a nested function"),
    ("vla_member.c", "6:13", "a variable-length array member in a struct"),
])
def test_gnu_c_clang_rejects_is_named(name: str, line: str, what: str) -> None:
    for mode in ("c", "safe"):
        r = safec("emit", "--mode", mode, os.path.join(HERE, "bad", name))
        assert r.returncode == 2
        assert f"{name}:{line}: error: unsupported construct: {what}" in r.stderr, r.stderr
        _no_traceback(r)


STRICT_C89 = ["-std=c89", "-pedantic-errors", "-Wall", "-Wextra", "-Werror",
              "-Wunused-macros", "-Wcast-qual"]


@pytest.mark.parametrize("mode", ["c", "safe"])
def test_werror_builds_do_not_fail_on_the_emitted_code(mode: str, tmp_path: object) -> None:
    """A project built with -Werror and strict warnings (cJSON's defaults)
    builds: warnings about what safec wrote (expanded macros, checks, layout
    asserts, decimal float literals under C89) do not fail it."""
    prog = os.path.join(HERE, "flags", "c89_werror_pedantic.c")
    gexe = os.path.join(str(tmp_path), "g")
    subprocess.run(["gcc", *STRICT_C89, prog, "-o", gexe], check=True)
    want = subprocess.run([gexe], capture_output=True, text=True).stdout
    exe = os.path.join(str(tmp_path), "s")
    r = safec("build", "--mode", mode, *STRICT_C89, prog, "-o", exe)
    assert r.returncode == 0, r.stderr
    assert subprocess.run([exe], capture_output=True, text=True).stdout == want == \
        "alpine 1 1.25 3 done\n"


def test_cc_answers_compiler_queries_as_gcc() -> None:
    """configure's `$CC -v`, libtool's -print-prog-name=ld and friends."""
    for q in ("-dumpversion", "-dumpmachine", "-print-prog-name=ld", "-v"):
        want = subprocess.run(["gcc", q], capture_output=True, text=True)
        r = safec("cc", "--mode", "safe", q)
        assert r.returncode == want.returncode == 0, r.stderr
        assert (r.stdout + r.stderr).strip().splitlines()[-1] == \
            (want.stdout + want.stderr).strip().splitlines()[-1]


def test_cc_preprocesses_with_E(tmp_path: object) -> None:
    """`$CC -E` is the source's own preprocessed text (autoconf's tests),
    on stdout, also of a header and of standard input, and builds nothing."""
    d = str(tmp_path)
    src = os.path.join(d, "a.c")
    with open(src, "w") as fh:
        fh.write("#define GREETING hello_from_cpp\nint GREETING(void) { return 1; }\n")
    hdr = os.path.join(d, "x.h")
    with open(hdr, "w") as fh:
        fh.write("TOKEN\n")
    r = subprocess.run([sys.executable, "-m", "safec", "cc", "--mode", "safe", "-E", src],
                       capture_output=True, text=True, cwd=d)
    assert r.returncode == 0 and "int hello_from_cpp(void)" in r.stdout, r.stderr
    assert not os.path.exists(os.path.join(d, "a.out"))
    r = safec("cc", "--mode", "safe", "-E", "-DTOKEN=42", hdr)
    assert r.returncode == 0 and "42" in r.stdout, r.stderr
    r = subprocess.run([sys.executable, "-m", "safec", "cc", "-E", "-dM", "-"], input="",
                       capture_output=True, text=True)
    assert r.returncode == 0 and "__STDC__" in r.stdout, r.stderr


def test_cc_compiles_several_files_and_standard_input(tmp_path: object) -> None:
    d = str(tmp_path)
    for name, body in (("a.c", "int fa(void) { return 40; }\n"),
                       ("b.c", "int fa(void);\nint fb(void) { return fa() + 2; }\n")):
        with open(os.path.join(d, name), "w") as fh:
            fh.write(body)
    r = subprocess.run([sys.executable, "-m", "safec", "cc", "--mode", "safe", "-c", "a.c", "b.c"],
                       capture_output=True, text=True, cwd=d)
    assert r.returncode == 0, r.stderr
    assert os.path.exists(os.path.join(d, "a.o")) and os.path.exists(os.path.join(d, "b.o"))
    main = '#include <stdio.h>\nint fb(void);\nint main(void) { printf("%d\\n", fb()); return 0; }\n'
    exe = os.path.join(d, "m")
    r = subprocess.run([sys.executable, "-m", "safec", "cc", "--mode", "safe", "a.o", "b.o",
                        "-x", "c", "-", "-o", exe], input=main, capture_output=True, text=True,
                       cwd=d)
    assert r.returncode == 0, r.stderr
    assert subprocess.run([exe], capture_output=True, text=True).stdout == "42\n"


def test_preprocessor_options_in_other_spellings(tmp_path: object) -> None:
    """-Wp,-DX (Fedora's CFLAGS), -Xpreprocessor -DX and @file response
    files (CMake, ninja) reach the parser as well as gcc."""
    d = str(tmp_path)
    src = os.path.join(d, "r.c")
    with open(src, "w") as fh:
        fh.write('#include <stdio.h>\nint main(void) { printf("%d %d\\n", X, Y); return 0; }\n')
    rsp = os.path.join(d, "rsp")
    with open(rsp, "w") as fh:
        fh.write('-O2 "-DY=7"\n')
    exe = os.path.join(d, "r")
    r = safec("cc", "--mode", "safe", "-Wp,-DX=4,-UZ", f"@{rsp}", src, "-o", exe)
    assert r.returncode == 0, r.stderr
    assert subprocess.run([exe], capture_output=True, text=True).stdout == "4 7\n"
    r = safec("cc", "--mode", "c", "-Xpreprocessor", "-DX=5", "-DY=1", src, "-o", exe)
    assert r.returncode == 0, r.stderr
    assert subprocess.run([exe], capture_output=True, text=True).stdout == "5 1\n"


def test_safe_shared_library_link_is_refused_clearly(tmp_path: object) -> None:
    d = str(tmp_path)
    src = os.path.join(d, "lib.c")
    with open(src, "w") as fh:
        fh.write("int twice(int x) { return 2 * x; }\n")
    obj = os.path.join(d, "lib.o")
    r = safec("cc", "--mode", "safe", "-fPIC", "-c", src, "-o", obj)
    assert r.returncode == 0, r.stderr
    r = safec("cc", "--mode", "safe", "-shared", obj, "-o", os.path.join(d, "lib.so"))
    assert r.returncode == 2
    assert "unsupported: linking a shared library" in r.stderr and "one per process" in r.stderr
    _no_traceback(r)
    r = safec("cc", "--mode", "c", "-shared", src,
              "-fPIC", "-o", os.path.join(d, "libc_mode.so"))
    assert r.returncode == 0, r.stderr


def test_missing_compiler() -> None:
    r = safec("run", "--cc", "no-such-cc-safec", HELLO)
    assert r.returncode == 2
    assert "no-such-cc-safec" in r.stderr and "not found" in r.stderr
    _no_traceback(r)


def test_no_input() -> None:
    r = safec("build", "-o", "/dev/null")
    assert r.returncode == 2 and "no input files" in r.stderr


def test_unknown_command() -> None:
    r = safec("frobnicate", HELLO)
    assert r.returncode == 2 and "unknown command" in r.stderr


def _source(tmp_path: object, name: str, text: str) -> str:
    """Write text to tmp_path/name; its path."""
    src = os.path.join(str(tmp_path), name)
    with open(src, "w") as fh:
        fh.write(text)
    return src


def test_run_passes_args_stdout_and_exit_code(tmp_path: object) -> None:
    src = _source(tmp_path, "args.c",
                  '#include <stdio.h>\n#include <stdlib.h>\n'
                  'int main(int argc, char **argv) {\n'
                  '  for (int i = 1; i < argc; i++) printf("[%s]", argv[i]);\n'
                  '  fprintf(stderr, "to-stderr\\n");\n'
                  '  return argc + (getenv("HOME") != 0);\n}\n')
    r = safec("run", src, "--", "a", "b c")
    assert r.stdout == "[a][b c]"
    assert "to-stderr" in r.stderr
    assert r.returncode == 4


def test_boundary_note_names_only_calls_that_pass_pointers(tmp_path: object) -> None:
    """The note lists unmodelled functions that take or return pointers
    (their memory accesses are not checked); exit, sqrt or hcreate pass
    only scalars, so there is nothing to say about them."""
    src = _source(tmp_path, "bnd.c",
                  '#define _GNU_SOURCE\n#include <math.h>\n#include <pwd.h>\n'
                  '#include <search.h>\n#include <stdio.h>\n#include <stdlib.h>\n'
                  'int main(int argc, char **argv) {\n'
                  '  if (argc > 5) exit(3);\n'
                  '  struct passwd *pw = argc > 4 ? getpwnam("root") : NULL;\n'
                  '  hcreate(10);\n'
                  '  printf("%.1f %d\\n", sqrt(4.0 * argc), pw != NULL);\n'
                  '  return 0;\n}\n')
    exe = os.path.join(str(tmp_path), "bnd")
    r = safec("build", "--mode", "safe", src, "-o", exe, "-lm")
    assert r.returncode == 0, r.stderr
    notes = [ln for ln in r.stderr.splitlines() if "unchecked boundary calls" in ln]
    assert len(notes) == 1 and notes[0].endswith(": getpwnam"), r.stderr
    out = subprocess.run([exe], capture_output=True, text=True)
    assert out.stdout == "2.0 0\n"


def test_flags_pass_through(tmp_path: object) -> None:
    d = str(tmp_path)
    os.makedirs(os.path.join(d, "inc"))
    with open(os.path.join(d, "inc", "val.h"), "w") as fh:
        fh.write("#define BASE 40\n")
    src = os.path.join(d, "f.c")
    with open(src, "w") as fh:
        fh.write('#include <stdio.h>\n#include <math.h>\n#include "val.h"\n'
                 'int main(void) { printf("%d %.0f\\n", BASE + EXTRA, sqrt(16.0)); '
                 'return 0; }\n')
    out = os.path.join(d, "f")
    r = safec("build", src, f"-I{d}/inc", "-DEXTRA=2", "-O2", "-g", "-Wall", "-std=gnu11",
              "-o", out, "-lm")
    assert r.returncode == 0, r.stderr
    assert subprocess.run([out], capture_output=True, text=True).stdout == "42 4\n"


def test_emit_includes_system_headers_not_their_declarations() -> None:
    r = safec("emit", HELLO)
    assert r.returncode == 0, r.stderr
    assert "#include <stdio.h>" in r.stdout
    assert "extern int printf" not in r.stdout and "int printf(" not in r.stdout


def test_emitted_code_is_wall_clean(tmp_path: object) -> None:
    """The emitted C of several corpus programs compiles with -Wall -Werror."""
    names = ["basic_bool.c", "ctrl_case_ranges.c", "ctrl_computed_goto_interp.c"]
    for n in names:
        src = os.path.join(HERE, "programs", n)
        r = safec("emit", src)
        assert r.returncode == 0, r.stderr
        p = os.path.join(str(tmp_path), n)
        with open(p, "w") as fh:
            fh.write(r.stdout)
        c = subprocess.run(["gcc", "-Wall", "-Werror", "-c", p, "-o", p + ".o"],
                           capture_output=True, text=True)
        orig = subprocess.run(["gcc", "-Wall", "-Werror", "-c", src, "-o", p + ".orig.o"],
                              capture_output=True, text=True)
        if orig.returncode == 0:
            assert c.returncode == 0, c.stderr


def test_multi_file_build(tmp_path: object) -> None:
    d = str(tmp_path)
    with open(os.path.join(d, "a.c"), "w") as fh:
        fh.write('#include <stdio.h>\nint twice(int);\n'
                 'int main(void) { printf("%d\\n", twice(21)); return 0; }\n')
    with open(os.path.join(d, "b.c"), "w") as fh:
        fh.write("int twice(int x) { return 2 * x; }\n")
    r = safec("run", os.path.join(d, "a.c"), os.path.join(d, "b.c"))
    assert r.returncode == 0, r.stderr
    assert r.stdout == "42\n"


def test_keep_creates_its_directory(tmp_path: object) -> None:
    keep = os.path.join(str(tmp_path), "kept", "c")
    out = os.path.join(str(tmp_path), "a.out")
    r = safec("build", "--mode", "safe", "--keep", keep, HELLO, "-o", out)
    _no_traceback(r)
    assert r.returncode == 0, r.stderr
    assert [f for f in os.listdir(keep) if f.endswith(".safec.c")]
    blocked = os.path.join(str(tmp_path), "file")
    open(blocked, "w").close()
    r = safec("build", "--keep", os.path.join(blocked, "sub"), HELLO, "-o", out)
    _no_traceback(r)
    assert r.returncode != 0 and "--keep" in r.stderr, r.stderr


def test_compile_only_and_link_with_gcc_object(tmp_path: object) -> None:
    d = str(tmp_path)
    with open(os.path.join(d, "lib.c"), "w") as fh:
        fh.write("int add(int a, int b) { return a + b; }\n")
    with open(os.path.join(d, "main.c"), "w") as fh:
        fh.write('#include <stdio.h>\nint add(int, int);\n'
                 'int main(void) { printf("%d\\n", add(2, 3)); return 0; }\n')
    obj = os.path.join(d, "lib.o")
    r = safec("cc", "-c", os.path.join(d, "lib.c"), "-o", obj)
    assert r.returncode == 0, r.stderr
    subprocess.run(["gcc", os.path.join(d, "main.c"), obj, "-o", os.path.join(d, "m")],
                   check=True)
    assert subprocess.run([os.path.join(d, "m")], capture_output=True,
                          text=True).stdout == "5\n"


def test_partial_link_and_unused_runtime_sections(tmp_path: object) -> None:
    """A safe link drops the runtime's unused sections (--gc-sections),
    except a partial one (-r), where ld would have nothing to keep them
    from: the relocatable object still links into a program."""
    d = str(tmp_path)
    with open(os.path.join(d, "lib.c"), "w") as fh:
        fh.write("int second(const int *p) { return p[1]; }\n")
    with open(os.path.join(d, "main.c"), "w") as fh:
        fh.write('#include <stdio.h>\nint second(const int *);\n'
                 'int main(void) { int a[2] = {4, 5}; printf("%d\\n", second(a)); '
                 'return 0; }\n')
    part = os.path.join(d, "part.o")
    r = safec("build", "--mode", "safe", "-r", os.path.join(d, "lib.c"), "-o", part)
    _no_traceback(r)
    assert r.returncode == 0, r.stderr
    exe = os.path.join(d, "m")
    subprocess.run(["gcc", os.path.join(d, "main.c"), part, "-pthread", "-ldl", "-o", exe],
                   check=True)
    assert subprocess.run([exe], capture_output=True, text=True).stdout == "5\n"
    whole = os.path.join(d, "whole")
    r = safec("build", "--mode", "safe", os.path.join(d, "main.c"), os.path.join(d, "lib.c"),
              "-o", whole)
    assert r.returncode == 0, r.stderr
    syms = subprocess.run(["nm", whole], capture_output=True, text=True).stdout
    assert "sc_w_strtok" not in syms and "sc_chk_fail" in syms


def test_dependency_output_names_the_original_files(tmp_path: object) -> None:
    # what make and CMake pass to gcc: the rule must name the real source and
    # its headers, not the emitted temporary file
    d = str(tmp_path)
    with open(os.path.join(d, "defs.h"), "w") as fh:
        fh.write("#define K 7\n")
    with open(os.path.join(d, "u.c"), "w") as fh:
        fh.write('#include "defs.h"\nint k(void) { return K; }\n')
    obj, dep = os.path.join(d, "u.o"), os.path.join(d, "deps", "u.d")
    os.mkdir(os.path.join(d, "deps"))
    r = safec("cc", "--mode", "safe", "-c", os.path.join(d, "u.c"), "-o", obj,
              "-MD", "-MT", "obj/u.o", "-MF", dep, "--param", "max-inline-insns-auto=20")
    assert r.returncode == 0, r.stderr
    assert os.path.exists(obj)
    rule = open(dep).read()
    assert rule.startswith("obj/u.o:") and "u.c" in rule and "defs.h" in rule
    assert "safec" not in rule
    # -MMD with gcc's defaults: u.d beside the object, the object as target;
    # -c without -o writes into the current directory, as gcc does
    r = subprocess.run([sys.executable, "-m", "safec", "cc", "-c", os.path.join(d, "u.c"),
                        "-MMD", "-MP"], capture_output=True, text=True, cwd=d)
    assert r.returncode == 0, r.stderr
    rule = open(os.path.join(d, "u.d")).read()
    assert rule.startswith("u.o:") and "defs.h:" in rule  # -MP: a phony rule per header
    # -MM: the rule on stdout, nothing compiled
    r = safec("cc", "-MM", os.path.join(d, "u.c"))
    assert r.returncode == 0 and "defs.h" in r.stdout, r.stderr


def test_certain_uninitialized_read_is_a_compile_error_in_safe_mode() -> None:
    src = os.path.join(HERE, "bad", "uninit_certain_read.c")
    r = safec("build", "--mode", "safe", src, "-o", "/dev/null")
    assert r.returncode == 2
    assert "uninit_certain_read.c:10:20: error: uninitialized-read: 'total'" in r.stderr
    _no_traceback(r)
    for mode in (["--mode", "c"], ["--mode", "safe", "--uninit=zero"]):
        r = safec("emit", *mode, src)
        assert r.returncode == 0, r.stderr


ASM_MACROS = r"""
#include <stdio.h>
/* mbedtls's bn_mul.h writes one asm statement as three macros; aesni.c
 * and kernel-style code wrap asm in function-like macros */
#define INIT asm("movq %1, %%rax\n\t"
#define CORE "addq %2, %%rax\n\t"
#define STOP "movq %%rax, %0\n\t" : "=r"(out) : "r"(a), "r"(b) : "rax");
#define ADD_ASM(x, y) __asm__("addl %1, %0" : "+r"(x) : "r"(y))
#define BARRIER() do { __asm__ __volatile__("" ::: "memory"); } while (0)

int main(void)
{
    unsigned long a = 40, b = 2, out;
    INIT CORE STOP
    unsigned x = 1, y = 2;
    ADD_ASM(x, y);
    BARRIER();
    printf("%lu %u\n", out, x);
    return 0;
}
"""


@pytest.mark.skipif(os.uname().machine != "x86_64", reason="the asm is x86-64's")
def test_mode_c_builds_asm_written_by_macros(tmp_path: object) -> None:
    src = os.path.join(str(tmp_path), "asm.c")
    with open(src, "w") as fh:
        fh.write(ASM_MACROS)
    r = safec("run", "--mode", "c", src)
    _no_traceback(r)
    assert r.returncode == 0 and r.stdout == "42 3\n", r.stderr
    r = safec("build", "--mode", "safe", src, "-o", os.path.join(str(tmp_path), "s"))
    assert r.returncode == 2 and "inline assembly (in safe code" in r.stderr, r.stderr
