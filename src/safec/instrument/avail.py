"""Checks already made: the byte ranges through each pointer local that a
full check (`sc_chk`) has passed on every path to the current point of a
function, so that a later access inside one of them needs no check.

Why a passed check still holds later:
  - the local's value (its address and capability) changes only by an
    assignment to it: such locals are never address-taken (`fat_vars`);
  - an object dies only in a call (free, realloc, longjmp, a callee ending
    a frame) or at the end of a block that registered objects; a call of a
    function that can end none (loops.FreeAnalysis: its calls, transitively,
    are of such functions or of libc that frees nothing) keeps the facts;
  - a checked read found its bytes written, and a checked write wrote them:
    bytes never become unwritten while their object lives (a copy of
    unwritten bytes over written ones leaves them written: sc__init_copy).
So a fact (local, [lo, hi)) is made by a check of a read, read-modify-write
or write, and dropped by an assignment to the local, a call that may free,
the end of a block with declarations, and any join the walk does not follow
(a label, a loop head, a case).  Facts made inside an expression become usable only at
its end (a full expression's sequence point): C leaves the order of
unsequenced operands to the compiler, which could run a later access before
an earlier check; and they are dropped if the expression also made a call
or assigned the local, which could have run between the check and the end.
Facts made in an operand that may not run (`a && b`'s b, a branch of
`?:`) are dropped at its end; the same holds for the branches of an `if`,
whose facts meet at the join.

In a program with threads, a free by another thread between two accesses
of one thread is a data race: the second access is then no more checked
than the first one's load after its check was.

A fact may also hold only under a flag the program computed (`cond`): a
first access through a struct pointer tests, besides its own bytes, whether
the whole struct passes a check's usual case (live, inside the capability,
wholly written), and keeps the answer in a flag; a later access inside the
struct then needs only the flag (instrument/safe.py, _whole_flag).  Such
facts live and die as the others do, and two paths keep one at a join only
if both made it with the same flag.

The walk is the instrumenter's (instrument/safe.py): it calls these
methods in evaluation order as it translates a function.
"""

from __future__ import annotations

from typing import Optional

_MAX_FACTS = 8  # ranges kept per local


class Facts:
    """Ranges per local (id of its declaration), and ranges that hold
    while a flag does."""

    def __init__(self, by_var: dict[int, list[tuple[int, int]]] | None = None,
                 cond: dict[int, list[tuple[int, int, str]]] | None = None) -> None:
        self.by_var: dict[int, list[tuple[int, int]]] = {
            k: list(v) for k, v in (by_var or {}).items()}
        self.cond: dict[int, list[tuple[int, int, str]]] = {
            k: list(v) for k, v in (cond or {}).items()}

    def copy(self) -> Facts:
        return Facts(self.by_var, self.cond)

    def drop(self, var: int) -> None:
        self.by_var.pop(var, None)
        self.cond.pop(var, None)

    def flag_for(self, var: int, lo: int, hi: int) -> Optional[str]:
        """A flag under which [lo, hi) through var is known good."""
        return next((f for a, b, f in self.cond.get(var, ()) if a <= lo and hi <= b), None)

    def add_cond(self, var: int, lo: int, hi: int, flag: str) -> None:
        ranges = self.cond.setdefault(var, [])
        if (lo, hi, flag) not in ranges and len(ranges) < _MAX_FACTS:
            ranges.append((lo, hi, flag))

    def covers(self, var: int, lo: int, hi: int) -> bool:
        return any(a <= lo and hi <= b for a, b in self.by_var.get(var, ()))

    def add(self, var: int, lo: int, hi: int) -> None:
        ranges = self.by_var.setdefault(var, [])
        if any(a <= lo and hi <= b for a, b in ranges):
            return
        ranges[:] = [(a, b) for a, b in ranges if not (lo <= a and b <= hi)]
        if len(ranges) < _MAX_FACTS:
            ranges.append((lo, hi))

    def merge(self, other: Facts) -> None:
        for var, ranges in other.by_var.items():
            for lo, hi in ranges:
                self.add(var, lo, hi)
        for var, conds in other.cond.items():
            for lo, hi, flag in conds:
                self.add_cond(var, lo, hi, flag)

    def meet(self, other: Facts) -> Facts:
        """The facts that hold in both (each range of one covered by the other)."""
        out = Facts()
        for var, ranges in self.by_var.items():
            for lo, hi in ranges:
                if other.covers(var, lo, hi):
                    out.add(var, lo, hi)
        for var, ranges in other.by_var.items():
            for lo, hi in ranges:
                if self.covers(var, lo, hi):
                    out.add(var, lo, hi)
        for var, conds in self.cond.items():
            for c in conds:
                if c in other.cond.get(var, ()):
                    out.add_cond(var, *c)
        return out


class Avail:
    """The walk's state: facts that hold here (`done`), and those made in
    the current full expression (`pending`, usable after its end)."""

    def __init__(self) -> None:
        self.done = Facts()
        self.pending = Facts()
        self.dirty: set[int] = set()  # locals assigned in this full expression
        self.called = False  # this full expression made a call
        self.dead = False  # after a jump: no path comes here (until a label)

    def covered(self, var: int, lo: int, hi: int) -> bool:
        return self.done.covers(var, lo, hi)

    def checked(self, var: int, lo: int, hi: int) -> None:
        self.pending.add(var, lo, hi)

    def flag_for(self, var: int, lo: int, hi: int) -> Optional[str]:
        return self.done.flag_for(var, lo, hi)

    def flagged(self, var: int, lo: int, hi: int, flag: str) -> None:
        """[lo, hi) through var is good while flag holds (from the end of
        this full expression on)."""
        self.pending.add_cond(var, lo, hi, flag)

    def assigned(self, var: int) -> None:
        self.done.drop(var)
        self.pending.drop(var)
        self.dirty.add(var)

    def call(self) -> None:
        self.done = Facts()
        self.pending = Facts()
        self.called = True

    def reset(self) -> None:
        """A join the walk does not follow: nothing is known."""
        self.done = Facts()
        self.pending = Facts()
        self.dead = False

    def jumped(self) -> None:
        """After a return, break, continue or goto."""
        self.reset()
        self.dead = True

    def end_full_expr(self) -> None:
        if not self.called:
            for var in self.dirty:
                self.pending.drop(var)
            self.done.merge(self.pending)
        self.pending = Facts()
        self.dirty = set()
        self.called = False

    def save(self) -> tuple[Facts, Facts]:
        return self.done.copy(), self.pending.copy()

    def only_if_run(self, saved: tuple[Facts, Facts]) -> None:
        """After an operand that may not run: what it made is dropped, what
        it ended stays ended."""
        self.done = saved[0].meet(self.done)
        self.pending = saved[1].meet(self.pending)

    def state(self) -> Optional[Facts]:
        """The facts here; None where no path comes."""
        return None if self.dead else self.done.copy()

    def restore(self, state: Optional[Facts]) -> None:
        """Back to a state (an if's, before its else)."""
        self.join(state, state)

    def join(self, a: Optional[Facts], b: Optional[Facts]) -> None:
        """After an if: what both branches leave (a branch that jumped away
        leaves the other's)."""
        self.pending = Facts()
        self.dead = a is None and b is None
        if a is None or b is None:
            self.done = (a or b or Facts()).copy()
        else:
            self.done = a.meet(b)
