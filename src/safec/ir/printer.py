"""A compact S-expression dump of IR, for tests and debugging.

    (Load int (VarRef x))

Each node prints as its class name, its C type (for expressions) and its
children; loads, decays and implicit conversions are visible, which is what
frontend tests check.
"""

from __future__ import annotations

from typing import Any

from . import nodes as N
from . import types as T
from .visitor import children


def type_str(t: T.CType) -> str:
    from ..emit.ctypes_print import TypePrinter

    try:
        return TypePrinter(lambda e: "?", lambda rd: f"{rd.kind} {{...}}").declare(t, "")
    except Exception:
        return type(t).__name__


def dump(node: Any) -> str:
    if isinstance(node, N.Expr):
        head = f"{type(node).__name__} {type_str(node.type)}"
        if isinstance(node, (N.VarRef, N.FuncRef)):
            head += f" {node.decl.name}"
        elif isinstance(node, N.IntLit):
            head += f" {node.value}"
        elif isinstance(node, (N.FloatLit, N.StringLit)):
            head += f" {node.text}"
        elif isinstance(node, N.Member):
            head += f" {'->' if node.arrow else '.'}{node.field.name}"
        elif isinstance(node, (N.Binary, N.Assign, N.Unary, N.IncDec)):
            head += f" {node.op}"
        elif isinstance(node, N.Cast):
            head += " implicit" if node.implicit else " explicit"
    elif isinstance(node, N.VarDecl):
        head = f"VarDecl {node.name} {type_str(node.type)}"
    elif isinstance(node, N.FuncDecl):
        head = f"FuncDecl {node.name}"
    else:
        head = type(node).__name__
    kids = [dump(c) for c in children(node)]
    return "(" + " ".join([head, *kids]) + ")"
