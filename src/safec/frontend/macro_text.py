"""Reading macros back as text, for what libclang only shows as a macro's
use: the argument of an `_Alignas` a macro wrote, an asm statement a macro
wrote (mode c re-emits it).  A small expander over the bodies parse.py
recorded (X.ALL_MACRO_BODIES): parameters are substituted, string and
character literals are left alone, `#` and `##` and variadic macros are
not expanded."""

from __future__ import annotations

import re
from typing import Optional

import clang.cindex as ci

from . import clang_ext as X
from .lower_expr import split_args

# An identifier with its parenthesized arguments, if any (matched on bytes).
IDENT_CALL_RE = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*\s*(\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))?")


def _macro_def(name: str) -> Optional[tuple[Optional[list[str]], str]]:
    """(parameters or None for an object-like macro, replacement text)."""
    body = X.ALL_MACRO_BODIES.get(name)
    if body is None or not body.startswith(name):
        return None
    rest = body[len(name):]
    if rest.startswith("("):
        close = rest.find(")")
        if close < 0:
            return None
        plist = rest[1:close].strip()
        return ([p.strip() for p in plist.split(",")] if plist else []), rest[close + 1:].strip()
    return None, rest.strip()


def asm_macro_text(c: ci.Cursor) -> Optional[tuple[str, list[str]]]:
    """An asm statement written with macros (`ADD_ASM(a, b);`, mbedtls's
    `MULADDC_INIT MULADDC_CORE MULADDC_STOP`, a `do { asm(...); } while
    (0)` macro): the statement, expanded from the source text between its
    first macro use and the end of its last, and the macros still named in
    it (kept defined in the emitted file).  None unless that expansion holds
    exactly one asm statement."""
    f, a = X.expansion_offset(c.extent.start)
    f2, b = X.expansion_offset(c.extent.end)
    if f is None or f != f2 or b < a:
        return None
    m = X.match_at(IDENT_CALL_RE, f, b)
    if m is not None and m.group(0).split(b"(")[0].strip().decode() in X.ALL_MACRO_BODIES:
        b = m.end()
    try:
        text = X.read_source(f)[a:b].decode("utf-8", "replace")
    except OSError:
        return None
    expanded = expand_macros(text)
    starts = [k.start() for k in re.finditer(r"\b(__asm__|__asm|asm)\b", expanded)]
    if len(starts) != 1:
        return None
    open_ = expanded.find("(", starts[0])
    if open_ < 0 or not re.fullmatch(r"[\w\s]*", expanded[starts[0]:open_]):
        return None
    depth = 0
    for k in range(open_, len(expanded)):
        depth += {"(": 1, ")": -1}.get(expanded[k], 0)
        if depth == 0:
            stmt = expanded[starts[0]:k + 1]
            break
    else:
        return None
    macros: list[str] = []
    todo = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", stmt)
    while todo:
        w = todo.pop()
        if w in X.ALL_MACRO_BODIES and w not in macros:
            macros.append(w)
            todo += re.findall(r"[A-Za-z_][A-Za-z0-9_]*", X.ALL_MACRO_BODIES[w])
    return stmt, macros


def _substitute(body: str, sub: dict[str, str]) -> str:
    return re.sub(r"[A-Za-z_][A-Za-z0-9_]*", lambda t: sub.get(t.group(0), t.group(0)), body)


_TOKEN_RE = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|[A-Za-z_][A-Za-z0-9_]*')


def expand_macros(text: str, depth: int = 8) -> str:
    """text with the program's macros replaced by their bodies (arguments
    substituted; no # or ##), as far as that goes in `depth` rounds."""
    for _ in range(depth):
        out, pos, changed = [], 0, False
        for m in _TOKEN_RE.finditer(text):
            if m.start() < pos or not m.group(0)[0].isalpha() and m.group(0)[0] != "_":
                continue  # (a string or character literal: never expanded)
            d = _macro_def(m.group(0))
            if d is None or "#" in d[1]:
                continue
            params, body = d
            end = m.end()
            if params is not None:
                after = text[end:].lstrip()
                if not after.startswith("("):
                    continue
                args = [a.strip() for a in split_args(after[1:])]
                if len(args) != len(params) and not (params == [] and args == [""]):
                    continue
                depth_ = 0
                close = end + (len(text[end:]) - len(after))
                for k in range(close, len(text)):
                    depth_ += {"(": 1, ")": -1}.get(text[k], 0)
                    if depth_ == 0:
                        end = k + 1
                        break
                body = _substitute(body, dict(zip(params, args)))
            out.append(text[pos:m.start()])
            out.append(body)
            pos, changed = end, True
        if not changed:
            return text
        text = "".join(out) + text[pos:]
    return text
