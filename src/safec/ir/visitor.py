"""Generic traversal of IR nodes, in the style of CPython's `ast` module.

`children(node)` yields the sub-nodes of a node (expressions, statements,
init items, local declarations) in evaluation/source order.  `Visitor`
dispatches on the class name (`visit_Binary`), `Transformer` rebuilds a
tree by replacing each child with what its visit method returns.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterator

from . import nodes as N

_NODE_TYPES = (N.Expr, N.Stmt, N.VarDecl, N.FuncDecl, N.InitItem, N.TypedefDecl,
               N.RecordDef, N.EnumDef)
# Fields that refer to other nodes without owning them.
_NOT_CHILDREN = {"decl", "type", "field", "record", "loc", "of_type"}


def _is_node(v: Any) -> bool:
    return isinstance(v, _NODE_TYPES)


_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}


def _child_fields(cls: type) -> tuple[str, ...]:
    """Names of the fields of a node class that may hold sub-nodes (cached:
    `dataclasses.fields` was most of a traversal's time)."""
    names = _CHILD_FIELDS.get(cls)
    if names is None:
        names = tuple(f.name for f in dataclasses.fields(cls) if f.name not in _NOT_CHILDREN)
        _CHILD_FIELDS[cls] = names
    return names


def children(node: Any) -> Iterator[Any]:
    for name in _child_fields(type(node)):
        v = getattr(node, name)
        if _is_node(v):
            yield v
        elif isinstance(v, list):
            for x in v:
                if _is_node(x):
                    yield x
                elif isinstance(x, tuple):  # _Generic's (type text, expression) pairs
                    for y in x:
                        if _is_node(y):
                            yield y


class Visitor:
    def visit(self, node: Any) -> Any:
        meth = getattr(self, "visit_" + type(node).__name__, None)
        if meth is not None:
            return meth(node)
        return self.generic_visit(node)

    def generic_visit(self, node: Any) -> Any:
        for c in children(node):
            self.visit(c)
        return None


class Transformer(Visitor):
    """Each visit returns the replacement node (or the node itself)."""

    def generic_visit(self, node: Any) -> Any:
        for name in _child_fields(type(node)):
            v = getattr(node, name)
            if _is_node(v):
                setattr(node, name, self.visit(v))
            elif isinstance(v, list) and any(_is_node(x) or isinstance(x, tuple) for x in v):
                setattr(node, name, [self._visit_item(x) for x in v])
        return node

    def _visit_item(self, x: Any) -> Any:
        if _is_node(x):
            return self.visit(x)
        if isinstance(x, tuple) and any(_is_node(y) for y in x):
            return tuple(self.visit(y) if _is_node(y) else y for y in x)
        return x


def walk(node: Any) -> Iterator[Any]:
    """All nodes below and including `node`, pre-order."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(list(children(n))))
