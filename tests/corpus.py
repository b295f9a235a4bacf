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
A violation program under tests/violations/ marks the faulting line with
`// VIOLATION: kind` and must not print the text after `// NOT-REACHED`.
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
    for line in text.splitlines():
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
