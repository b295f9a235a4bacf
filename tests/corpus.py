"""Reading the expectations written inside test C programs.

A program under tests/programs/ states its expectation in comments:
  // ARGS: a b c        command-line arguments
  // EXIT: 3            expected exit status (default 0)
  // STDIN: text        one line of standard input
  // EXTRA: other.c     more sources to build with it
  // LDFLAGS: -lm       link flags
  // HELPER             not a test on its own
  /* EXPECT-STDOUT:
  ...exact output...
  */
A violation program under tests/violations/ marks the faulting line with a
trailing `// VIOLATION: kind` comment and prints NOT-REACHED right after it;
its EXPECT-STDOUT block is the output printed before the fault.  Its first
lines record what other tools do with it:
  // ASAN: detects (...) | misses (...)
  // MSAN: ...            (uninitialized reads only)
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from dataclasses import dataclass, field
from typing import Optional

ROOT = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(ROOT, "programs")
VIOLATIONS = os.path.join(ROOT, "violations")

# The report kinds of DESIGN.md ("Report format"), plus memcpy-param-overlap.
VIOLATION_KINDS = (
    "heap-buffer-overflow", "stack-buffer-overflow", "global-buffer-overflow",
    "sub-object-overflow", "use-after-free", "use-after-return", "use-after-scope",
    "double-free", "invalid-free", "uninitialized-read", "null-dereference",
    "forged-pointer", "control-flow-violation", "vararg-violation", "format-violation",
    "memcpy-param-overlap",
)

_VIOLATION_RE = re.compile(r"//\s*VIOLATION:\s*(\S+)")


@dataclass
class Program:
    path: str
    args: list[str] = field(default_factory=list)
    exit: int = 0
    stdin: str = ""
    extra: list[str] = field(default_factory=list)
    ldflags: list[str] = field(default_factory=list)
    expect_stdout: Optional[str] = None
    helper: bool = False
    # (line, kind) of every `// VIOLATION: kind` marker, in file order
    violations: list[tuple[int, str]] = field(default_factory=list)
    asan: Optional[str] = None  # text after `// ASAN:`

    @property
    def violation(self) -> Optional[tuple[int, str]]:
        """(line, kind) of the single violation marker, or None."""
        return self.violations[0] if len(self.violations) == 1 else None

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    def sources(self) -> list[str]:
        d = os.path.dirname(self.path)
        return [self.path] + [os.path.join(d, e) for e in self.extra]


def read_program(path: str) -> Program:
    with open(path, encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    p = Program(path)
    for lineno, line in enumerate(text.splitlines(), 1):
        mv = _VIOLATION_RE.search(line)
        if mv:
            p.violations.append((lineno, mv.group(1)))
        s = line.strip()
        if not s.startswith("//"):
            continue
        body = s[2:].strip()
        if body == "HELPER":
            p.helper = True
        elif body.startswith("ARGS:"):
            p.args = shlex.split(body[5:])
        elif body.startswith("EXIT:"):
            p.exit = int(body[5:].strip())
        elif body.startswith("STDIN:"):
            p.stdin = body[6:].strip() + "\n"
        elif body.startswith("EXTRA:"):
            p.extra += body[6:].split()
        elif body.startswith("LDFLAGS:"):
            p.ldflags += body[8:].split()
        elif body.startswith("ASAN:"):
            p.asan = body[5:].strip()
    m = re.search(r"/\* EXPECT-STDOUT:\n(.*?)^\*/", text, re.S | re.M)
    if m:
        p.expect_stdout = m.group(1)
    return p


def all_programs(directory: str = PROGRAMS) -> list[Program]:
    if not os.path.isdir(directory):
        return []
    out = []
    for name in sorted(os.listdir(directory)):
        if name.endswith(".c"):
            p = read_program(os.path.join(directory, name))
            if not p.helper:
                out.append(p)
    return out


def run_binary(exe: str, p: Program, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *p.args], input=p.stdin, capture_output=True, text=True,
                          timeout=timeout)
