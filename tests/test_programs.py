"""Every corpus program gives the same output and exit status as plain gcc.

Each program is built twice, by plain gcc and by `safec build --mode c`,
and both are compared against the expectation written in the file.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from corpus import Program, all_programs, run_binary

PROGRAMS = all_programs()


def _gcc_build(p: Program, out: str) -> None:
    cmd = ["gcc", "-std=gnu17", "-O1", "-w", "-I", os.path.dirname(p.path), *p.sources(),
           "-o", out, *p.ldflags]
    subprocess.run(cmd, check=True, capture_output=True)


def _safec_build(p: Program, out: str, mode: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "safec", "build", "--mode", mode, "-O1", "-w",
           "-I", os.path.dirname(p.path), *p.sources(), "-o", out, *p.ldflags]
    return subprocess.run(cmd, capture_output=True, text=True)


def check_program(p: Program, tmp_path: object, mode: str) -> None:
    gexe = os.path.join(str(tmp_path), "gcc.out")
    sexe = os.path.join(str(tmp_path), "safec.out")
    _gcc_build(p, gexe)
    g = run_binary(gexe, p)
    assert g.returncode == p.exit, f"plain gcc exit {g.returncode} != expected {p.exit}"
    if p.expect_stdout is not None:
        assert g.stdout == p.expect_stdout, "plain gcc output differs from EXPECT-STDOUT"
    b = _safec_build(p, sexe, mode)
    assert b.returncode == 0, f"safec build failed:\n{b.stderr}"
    s = run_binary(sexe, p)
    assert s.stdout == g.stdout
    assert s.returncode == g.returncode, s.stderr


@pytest.mark.parametrize("prog", PROGRAMS, ids=[p.name for p in PROGRAMS])
def test_mode_c_matches_gcc(prog: Program, tmp_path: object) -> None:
    check_program(prog, tmp_path, "c")


# Programs safe mode refuses by design, with a named error (not a miscompile).
SAFE_REFUSED = {
    # pointer arithmetic on pointers to VLA rows whose bound is out of sight
    "vla_2d_params.c", "vla_pointer_types.c",
}


@pytest.mark.parametrize("prog", PROGRAMS, ids=[p.name for p in PROGRAMS])
def test_mode_safe_matches_gcc(prog: Program, tmp_path: object) -> None:
    """No false positives: every correct program runs unchanged in mode safe."""
    if prog.name in SAFE_REFUSED:
        out = os.path.join(str(tmp_path), "x")
        b = _safec_build(prog, out, "safe")
        assert b.returncode == 2 and "unsupported construct" in b.stderr, b.stderr
        return
    check_program(prog, tmp_path, "safe")


def test_corpus_is_large_enough() -> None:
    assert len(PROGRAMS) >= 150, f"only {len(PROGRAMS)} corpus programs"


HYBRID_SAMPLE = PROGRAMS[::4]


@pytest.mark.parametrize("prog", HYBRID_SAMPLE, ids=[p.name for p in HYBRID_SAMPLE])
def test_mode_hybrid_matches_gcc(prog: Program, tmp_path: object) -> None:
    if prog.name in SAFE_REFUSED:
        pytest.skip("refused in safe code (see SAFE_REFUSED)")
    check_program(prog, tmp_path, "hybrid")
