"""The violation corpus: every violation is caught, every correct program runs.

tests/violations/ holds two kinds of programs:

* `<kind>_<what>.c`: one memory-safety (or control-flow, vararg, format)
  violation each, on the line marked `// VIOLATION: kind`.  Built by safec in
  a safe variant, the program must print exactly its EXPECT-STDOUT (the
  output before the fault), never NOT-REACHED, and end with one report whose
  first stderr line is `safec: KIND: ...` and whose `at func (file:LINE:COL)`
  line names the marked line; exit status 86, or $SAFEC_EXITCODE when set.
* `ok_<what>.c`: correct programs a naive checker might flag (container_of,
  one-past pointers, ERR_PTR values, tagged pointers, ...).  Built by safec
  they must behave exactly like plain gcc: EXPECT-STDOUT, exit 0, no stderr.

Each program runs in every safe variant: `--mode safe`, `--mode safe
--uninit=zero` (where uninitialized reads are zero-filled, so those programs
are skipped) and `--mode hybrid` (expected to fail while the driver says it
is not implemented).  The well-formedness tests at the end need only gcc.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
import tempfile

import pytest
from corpus import VIOLATION_KINDS, VIOLATIONS, Program, all_programs, run_binary

ALL = all_programs(VIOLATIONS)
BAD = [p for p in ALL if not p.name.startswith("ok_")]
OK = [p for p in ALL if p.name.startswith("ok_")]

DEFAULT_EXITCODE = 86
OVERRIDE_EXITCODE = 99
# Every 5th violation program runs with SAFEC_EXITCODE set, to test the override.
OVERRIDE = {p.name for i, p in enumerate(BAD) if i % 5 == 2}

VARIANTS = {
    "safe": ["--mode", "safe"],
    "safe-uninit-zero": ["--mode", "safe", "--uninit=zero"],
    "hybrid": ["--mode", "hybrid"],
}

SRC = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src")
RUN_TIMEOUT = 60


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    # Work from a source checkout too (the package is normally installed with -e).
    env["PYTHONPATH"] = SRC + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("SAFEC_EXITCODE", None)
    env.update(extra)
    return env


def _safec_build(p: Program, out: str, variant: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "safec", "build", *VARIANTS[variant], "-O1", "-w",
           "-I", os.path.dirname(p.path), *p.sources(), "-o", out, *p.ldflags]
    return subprocess.run(cmd, capture_output=True, text=True, env=_env(), timeout=600)


@functools.lru_cache(maxsize=None)
def _not_implemented(variant: str) -> str:
    """The driver's message if `variant` says it is not implemented yet, else ''."""
    d = tempfile.mkdtemp(prefix="safec-probe-")
    src = os.path.join(d, "probe.c")
    with open(src, "w") as fh:
        fh.write("int main(void) { return 0; }\n")
    cmd = [sys.executable, "-m", "safec", "build", *VARIANTS[variant], src,
           "-o", os.path.join(d, "probe")]
    r = subprocess.run(cmd, capture_output=True, text=True, env=_env(), timeout=600)
    if r.returncode != 0 and "not implemented" in r.stderr:
        return r.stderr.strip()
    return ""


def _build_or_fail(p: Program, tmp_path: object, variant: str) -> str:
    if variant == "hybrid":
        msg = _not_implemented("hybrid")
        if msg:
            pytest.xfail(f"--mode hybrid: {msg}")
    exe = os.path.join(str(tmp_path), "prog")
    b = _safec_build(p, exe, variant)
    if b.returncode != 0:
        pytest.fail(f"safec build {' '.join(VARIANTS[variant])} {p.name} failed "
                    f"(exit {b.returncode}):\n{b.stderr.strip()[:2000]}", pytrace=False)
    return exe


def _run(exe: str, p: Program, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run([exe, *p.args], input=p.stdin, capture_output=True, text=True,
                              errors="replace", timeout=RUN_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{p.name}: no exit within {RUN_TIMEOUT}s", pytrace=False)


def _head(text: str, n: int = 12) -> str:
    return "\n".join(text.splitlines()[:n])


# ---------------------------------------------------------------- violations

# Violations safec does not catch yet.  Each is a known gap with its reason;
# the tests run anyway and are strict xfails, so one that starts passing
# fails the run until it is taken off this list.
KNOWN_GAPS = {
    "cfi_funcptr_from_stack_buffer.c": "a pointer slot rewritten as data with the same "
        "value keeps its capability (shadow entries compare the value)",
}


def check_violation(p: Program, tmp_path: object, variant: str) -> None:
    assert p.violation is not None, f"{p.name}: needs exactly one VIOLATION marker"
    line, kind = p.violation
    if kind == "uninitialized-read" and "--uninit=zero" in VARIANTS[variant]:
        pytest.skip("--uninit=zero zero-fills: an uninitialized read is no violation")
    exe = _build_or_fail(p, tmp_path, variant)
    want = OVERRIDE_EXITCODE if p.name in OVERRIDE else DEFAULT_EXITCODE
    env = _env(SAFEC_EXITCODE=str(OVERRIDE_EXITCODE)) if p.name in OVERRIDE else _env()
    r = _run(exe, p, env)
    where = (f"\n--- stdout ---\n{_head(r.stdout)}\n--- stderr ---\n{_head(r.stderr)}")
    assert "NOT-REACHED" not in r.stdout, f"execution went past the violation{where}"
    assert r.returncode == want, f"exit status {r.returncode}, want {want}{where}"
    lines = r.stderr.splitlines()
    first = lines[0] if lines else ""
    assert first.startswith(f"safec: {kind}:"), \
        f"first stderr line should start with 'safec: {kind}:'{where}"
    at = [ln for ln in lines if re.match(r"\s*at\s", ln)]
    assert at, f"report has no 'at func (file:LINE:COL)' line{where}"
    assert f"{p.name}:{line}:" in at[0], \
        f"report should point at {p.name}:{line} (the marked line), got {at[0].strip()!r}{where}"
    assert r.stdout == p.expect_stdout, \
        f"output before the fault not preserved: {r.stdout!r} != {p.expect_stdout!r}{where}"


# Every violation program runs in mode safe; the other variants run on every
# third one (and on all of them with SAFEC_FULL_MATRIX=1) to keep CI short.
_FULL = bool(os.environ.get("SAFEC_FULL_MATRIX"))
BAD_CASES = [(p, v) for i, p in enumerate(BAD) for v in VARIANTS
             if v == "safe" or _FULL or i % 3 == 0]


@pytest.mark.parametrize(("prog", "variant"), BAD_CASES,
                         ids=[f"{p.name}-{v}" for p, v in BAD_CASES])
def test_violation_is_caught(prog: Program, variant: str, tmp_path: object,
                             request: pytest.FixtureRequest) -> None:
    gap = KNOWN_GAPS.get(prog.name)
    if gap is not None and not (prog.violation and prog.violation[1] == "uninitialized-read"
                                and "--uninit=zero" in VARIANTS[variant]):
        request.applymarker(pytest.mark.xfail(reason=gap, strict=True))
    check_violation(prog, tmp_path, variant)


# ---------------------------------------------------------------- correct programs

@functools.lru_cache(maxsize=None)
def _gcc_output(path: str) -> tuple[int, str]:
    p = next(q for q in OK if q.path == path)
    d = tempfile.mkdtemp(prefix="safec-gcc-")
    exe = os.path.join(d, "prog")
    cmd = ["gcc", "-std=gnu17", "-O1", "-w", "-I", os.path.dirname(p.path), *p.sources(),
           "-o", exe, *p.ldflags]
    subprocess.run(cmd, check=True, capture_output=True)
    r = run_binary(exe, p)
    return r.returncode, r.stdout


def check_ok(p: Program, tmp_path: object, variant: str) -> None:
    grc, gout = _gcc_output(p.path)
    assert grc == 0 and gout == p.expect_stdout, "plain gcc disagrees with EXPECT-STDOUT"
    exe = _build_or_fail(p, tmp_path, variant)
    r = _run(exe, p, _env())
    where = f"\n--- stderr ---\n{_head(r.stderr)}"
    assert r.stderr == "", f"a correct program produced stderr output{where}"
    assert r.returncode == 0, f"exit status {r.returncode}{where}"
    assert r.stdout == gout, "output differs from plain gcc"


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("prog", OK, ids=[p.name for p in OK])
def test_correct_program_runs(prog: Program, variant: str, tmp_path: object) -> None:
    check_ok(prog, tmp_path, variant)


# ---------------------------------------------------------------- the corpus itself

def test_corpus_is_large_enough() -> None:
    assert len(BAD) >= 130, f"only {len(BAD)} violation programs"
    assert len(OK) >= 40, f"only {len(OK)} correct programs"


def test_every_kind_is_covered() -> None:
    kinds = {p.violation[1] for p in BAD if p.violation}
    assert kinds == set(VIOLATION_KINDS), sorted(set(VIOLATION_KINDS) - kinds)


@pytest.mark.parametrize("prog", BAD, ids=[p.name for p in BAD])
def test_violation_program_is_well_formed(prog: Program) -> None:
    assert len(prog.violations) == 1, f"markers: {prog.violations}"
    line, kind = prog.violations[0]
    assert kind in VIOLATION_KINDS, kind
    with open(prog.path) as fh:
        text = fh.read()
    after = "\n".join(text.splitlines()[line:])
    assert 'printf("NOT-REACHED\\n");' in after, "no NOT-REACHED after the marked line"
    assert prog.expect_stdout, "needs an EXPECT-STDOUT block (output before the fault)"
    assert "NOT-REACHED" not in prog.expect_stdout
    assert prog.asan and re.match(r"(detects|misses)\b", prog.asan), "needs // ASAN: detects|misses"
    r = subprocess.run(["gcc", "-std=gnu17", "-Wall", "-fsyntax-only", prog.path],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("prog", OK, ids=[p.name for p in OK])
def test_correct_program_is_well_formed(prog: Program) -> None:
    assert not prog.violations
    assert prog.expect_stdout is not None, "needs an EXPECT-STDOUT block"
    assert "NOT-REACHED" not in prog.expect_stdout
