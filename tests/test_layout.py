"""Layout is unchanged in every mode: sizeof, _Alignof and offsetof of many
generated structs print the same through gcc and through safec c/safe/hybrid.
(The emitted code also asserts each user struct's layout at compile time.)"""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest

SCALARS = ["char", "short", "int", "long", "long long", "float", "double", "long double",
           "void *", "char *", "unsigned char", "_Bool", "__int128"]


def _struct(rnd: random.Random, i: int, names: list[str]) -> tuple[str, list[str]]:
    fields, named = [], []
    for k in range(rnd.randint(1, 7)):
        kind = rnd.random()
        name = f"f{k}"
        if kind < 0.5:
            fields.append(f"{rnd.choice(SCALARS)} {name};")
        elif kind < 0.65:
            fields.append(f"{rnd.choice(SCALARS[:4])} {name}[{rnd.randint(1, 5)}];")
        elif kind < 0.75:
            fields.append(f"unsigned {name} : {rnd.randint(1, 31)};")
            continue  # no offsetof of a bitfield
        elif kind < 0.82 and names:
            fields.append(f"struct {rnd.choice(names)} {name};")
        elif kind < 0.9:
            fields.append(f"union {{ int u{k}; double d{k}; char c{k}[3]; }};")
            named.append(f"u{k}")
            continue
        else:
            fields.append(f"{rnd.choice(SCALARS[:5])} {name} __attribute__((aligned("
                          f"{rnd.choice([1, 2, 4, 8, 16, 32])})));")
        named.append(name)
    attr = rnd.choice(["", "", "", " __attribute__((packed))", " __attribute__((aligned(16)))"])
    body = " ".join(fields)
    text = f"struct s{i} {{ {body} }}{attr};"
    if rnd.random() < 0.15:
        text = f"#pragma pack(push, {rnd.choice([1, 2, 4])})\n{text}\n#pragma pack(pop)"
    return text, named


def program(seed: int = 7, n: int = 60) -> str:
    rnd = random.Random(seed)
    out = ["#include <stdio.h>", "#include <stddef.h>"]
    prints = []
    names: list[str] = []
    for i in range(n):
        text, fields = _struct(rnd, i, names)
        out.append(text)
        names.append(f"s{i}")
        prints.append(f'    printf("s{i} %zu %zu\\n", sizeof(struct s{i}), _Alignof(struct s{i}));')
        for f in fields:
            prints.append(f'    printf(" {f} %zu\\n", offsetof(struct s{i}, {f}));')
    out.append("struct fam { int n; char tail[]; };")
    prints.append('    printf("fam %zu %zu\\n", sizeof(struct fam), offsetof(struct fam, tail));')
    out += ["int main(void)", "{", *prints, "    return 0;", "}"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("mode", ["c", "safe", "hybrid"])
def test_layout_identical_to_gcc(mode: str, tmp_path: object) -> None:
    d = str(tmp_path)
    src = os.path.join(d, "layout.c")
    with open(src, "w") as fh:
        fh.write(program())
    subprocess.run(["gcc", "-w", src, "-o", os.path.join(d, "g")], check=True)
    want = subprocess.run([os.path.join(d, "g")], capture_output=True, text=True).stdout
    r = subprocess.run([sys.executable, "-m", "safec", "build", "--mode", mode, "-w", src, "-o",
                        os.path.join(d, "s")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-3000:]
    got = subprocess.run([os.path.join(d, "s")], capture_output=True, text=True).stdout
    assert got == want
    assert want.count("\n") > 150
