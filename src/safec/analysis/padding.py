"""Struct padding as the init tracking sees it.

The program never writes padding bytes, so a write of a struct member counts
for the padding that follows it: a struct written member by member ends up
wholly initialized (instrument/safe.py passes it to the runtime in the access
mode, analysis/fresh_alloc.py counts it the same way).
"""

from __future__ import annotations

from ..ir import nodes as N


def pad_after(lv: N.Expr) -> int:
    """Padding bytes right after struct member lv (up to the next member or
    the end of the struct, and on outward while lv ends its struct): the
    program never writes them, so a write of lv counts for them too and a
    struct written member by member ends up wholly initialized."""
    pad = 0
    while isinstance(lv, N.Member) and lv.field.bitwidth is None and lv.record.kind == "struct":
        f = lv.field
        end = f.offset + max(f.type.size, 0)
        later = [g.offset_bits // 8 for g in lv.record.fields if g.offset_bits > f.offset_bits]
        nxt = min(later) if later else lv.record.size
        if nxt < end:
            return pad
        pad += nxt - end
        if later or lv.arrow or not N.is_lvalue(lv.base):
            return pad
        lv = lv.base  # the last member: the enclosing struct's padding follows
    return pad
