"""Which locals' scopes a jump can enter past their declaration.

C lets a `goto` (or a `switch` to a `case` label) jump into a block, past
the declaration of a local that is not a VLA; the local's lifetime is still
the block's (C11 6.2.4p6), so code after the label may take its address.
PCRE2's match() does this all the time: its RMATCH macro leaves a block
with `goto MATCH_RECURSE` and comes back with `goto L_RMxx`.

The safe instrumenter registers an address-taken local where it is
declared, in a block-scoped capability variable with a cleanup that ends
the object at the end of the block.  A jump past that declaration leaves
the variable indeterminate (and gcc still runs its cleanup).  The locals
found here get a registration that survives such jumps instead (see
instrument/safe.py `_register_local`).

A local is entered sideways if, in the statements after its declaration
in its block, there is a label that a `goto` outside those statements
names, a label whose address is taken (`&&l`, for a computed goto), or a
`case`/`default` label of a `switch` outside them.  Blocks that such a
jump can enter are found the same way (the temporaries the instrumenter
registers at the start of a block).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..ir import nodes as N
from ..ir.visitor import children, walk


@dataclass
class _Jumps:
    """What a statement contains: its labels, its gotos by target, and
    whether it holds a case label of a switch outside it."""

    labels: set[str] = field(default_factory=set)
    gotos: Counter[str] = field(default_factory=Counter)
    foreign_case: bool = False


def _scan(s: N.Stmt) -> _Jumps:
    out = _Jumps()
    stack: list[tuple[object, int]] = [(s, 0)]
    while stack:
        n, switches = stack.pop()
        if isinstance(n, N.Label):
            out.labels.add(n.name)
        elif isinstance(n, N.Goto):
            out.gotos[n.label] += 1
        elif isinstance(n, (N.Case, N.Default)) and switches == 0:
            out.foreign_case = True
        inner = switches + 1 if isinstance(n, N.Switch) else switches
        stack.extend((c, inner) for c in children(n))
    return out


@dataclass
class JumpEntry:
    locals: set[int] = field(default_factory=set)  # id(VarDecl) entered sideways
    blocks: set[int] = field(default_factory=set)  # id(Compound) entered sideways
    # id(While/DoWhile/For) a jump from outside can enter (Duff's device):
    # what the instrumenter computes before a loop (its windows) is skipped
    loops: set[int] = field(default_factory=set)


def jump_entries(body: N.Compound) -> JumpEntry:
    out = JumpEntry()
    nodes = list(walk(body))
    if not any(isinstance(n, (N.Label, N.Case, N.Default)) for n in nodes):
        return out  # no label: nothing can be entered sideways
    all_gotos = Counter(n.label for n in nodes if isinstance(n, N.Goto))
    computed = any(isinstance(n, N.IndirectGoto) for n in nodes)
    addressed = {n.label for n in nodes if isinstance(n, N.LabelAddr)} if computed else set()

    def is_open(lab: str, inside: Counter[str]) -> bool:
        return lab in addressed or all_gotos[lab] > inside[lab]

    for n in nodes:
        if isinstance(n, (N.While, N.DoWhile, N.For)):
            j = _scan(n)
            if j.foreign_case or any(is_open(lab, j.gotos) for lab in j.labels):
                out.loops.add(id(n))
    for n in nodes:
        if not isinstance(n, N.Compound):
            continue
        # entered[i]: can a jump from outside statements i.. land in them?
        # Built from the last statement back, keeping the labels seen whose
        # gotos are not all among those statements.
        labels: set[str] = set()
        inside: Counter[str] = Counter()
        open_labels: set[str] = set()
        foreign = False
        entered = [False] * (len(n.items) + 1)
        for i in range(len(n.items) - 1, -1, -1):
            j = _scan(n.items[i])
            labels |= j.labels
            inside.update(j.gotos)
            foreign = foreign or j.foreign_case
            for lab in j.labels | (set(j.gotos) & labels):
                if is_open(lab, inside):
                    open_labels.add(lab)
                else:
                    open_labels.discard(lab)
            entered[i] = foreign or bool(open_labels)
        if n is not body and entered[0]:
            out.blocks.add(id(n))
        for i, s in enumerate(n.items):
            decls: list[N.VarDecl] = []
            scope = entered[i + 1]
            if isinstance(s, N.DeclStmt):
                decls = [d for d in s.decls if isinstance(d, N.VarDecl)]
            elif isinstance(s, N.For) and isinstance(s.init, N.DeclStmt):
                decls = [d for d in s.init.decls if isinstance(d, N.VarDecl)]
                scope = entered[i]  # its registration precedes the loop
            if decls and scope:
                out.locals.update(id(d) for d in decls)
    return out
