"""The emitter's output round-trips: emit(parse(emit(x))) == emit(x).

A printer that round-trips is the best test of an IR: anything the frontend
dropped or the emitter misprinted shows up as a difference or a parse error.
"""

from __future__ import annotations

import os
import re

import pytest

from safec.emit.cprint import emit_unit
from safec.emit.ctypes_print import reset_anon_names
from safec.frontend.parse import parse_file

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = sorted(f for f in os.listdir(os.path.join(HERE, "programs"))
                if f.endswith(".c") and not f.startswith("multi_"))[::5]


def _split_attrs(m: re.Match[str]) -> str:
    """`__attribute__((a, b(1, 2)))` as `__attribute__((a)) __attribute__((b(1, 2)))`."""
    parts, depth, cur, quoted = [], 0, "", False
    for ch in m.group(1):
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "(":
            depth += 1
        elif not quoted and ch in ")":
            depth -= 1
        elif not quoted and ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
            continue
        cur += ch
    parts.append(cur.strip())
    return " ".join(f"__attribute__(({p}))" for p in parts)


def _norm(text: str) -> str:
    text = re.sub(r"__safec_anon\d+", "ANON", text)
    # one attribute group written by a macro comes back as one group per
    # attribute: the same declaration
    text = re.sub(r"__attribute__\(\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)\)", _split_attrs,
                  text)
    return "\n".join(line for line in text.splitlines()
                     if not line.startswith(("/*", "#")))


@pytest.mark.parametrize("name", SAMPLE)
def test_round_trip(name: str, tmp_path: object) -> None:
    src = os.path.join(HERE, "programs", name)
    reset_anon_names()  # a new unit: anonymous records are named from 1
    once = emit_unit(parse_file(src, ["-I", os.path.join(HERE, "programs")]))
    p = os.path.join(str(tmp_path), name)
    with open(p, "w") as fh:
        fh.write(once)
    twice = emit_unit(parse_file(p, ["-I", os.path.join(HERE, "programs")]))
    assert _norm(once) == _norm(twice)


def test_layout_assertions_are_emitted(tmp_path: object) -> None:
    p = os.path.join(str(tmp_path), "l.c")
    with open(p, "w") as fh:
        fh.write("struct s { char c; double d; };\nstruct s g;\n")
    out = emit_unit(parse_file(p))
    assert "_Static_assert(sizeof(struct s) == 16 && _Alignof(struct s) == 8" in out
    assert "__builtin_offsetof(struct s, d) == 8" in out
