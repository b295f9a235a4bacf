"""IR -> safe IR: capability threading and checks (modes safe and hybrid).

Every pointer-typed expression is translated into an expression of type
`sc_fat` (address + capability, see runtime/safec_rt.h); pointer locals
whose address is never taken become sc_fat locals.  Memory accesses through
pointers go through `sc_chk`; direct accesses to variables need no check.
Pointers stored in memory keep their capability in the shadow table
(`sc_load_ptr`/`sc_store_ptr`).  Calls pass capabilities of pointer
arguments and results through thread-local slots, so the C signatures (the
ABI shared with regular C) do not change.  Objects are registered where they
start (globals: a constructor; locals: at their declaration, killed by a
cleanup handler when their scope ends; heap: in the malloc wrappers).

The pass reads the IR produced by the frontend and returns new statements;
it never looks at C text.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Optional, Sequence

from ..analysis.assigned import assigned_reads
from ..analysis.definite_init import certain_uninit_reads, filled_arrays, is_var
from ..analysis.fresh_alloc import born_whole
from ..analysis.jump_entry import jump_entries
from ..analysis.padding import pad_after as _pad_after
from ..errors import SafecError, UnsupportedError
from ..ir import nodes as N
from ..ir import types as T
from ..ir.visitor import children, walk
from .avail import Avail
from .libc import PRINTF_LIKE, SCANF_LIKE, WPRINTF_LIKE, WRAPPED
from .loops import (
    Access,
    CountedLoop,
    FreeAnalysis,
    access_counts_outside_loops,
    accessed_roots,
    affine,
    affine_in,
    body_accesses,
    clone,
    counted_loop,
    decompose,
    invariant_caps,
    lv_root,
    member_window,
    ptr_root,
    versionable_body,
    written_locals,
)
from .typeinfo import fixed_size, flexible_member, has_pointers, padding_mask, pointer_slots, type_id, type_name

FAT = T.TypedefType("sc_fat", T.OpaqueType("sc_fat", 24, 8))
CAP = T.TypedefType("sc_cap", T.OpaqueType("sc_cap", 16, 4))
# A capability passed as a call argument (sc_capw in safec_rt.h: a 128-bit
# scalar, which gcc keeps in registers where it spills an sc_cap).
CAPW = T.TypedefType("sc_capw", T.OpaqueType("sc_capw", 16, 16))
VOIDP = T.PointerType(T.VOID)
ULONG = T.ArithType("unsigned long", 8, 8, False, False)
LONG = T.ArithType("long", 8, 8, False, True)
INT = T.ArithType("int", 4, 4, False, True)
UCHAR = T.ArithType("unsigned char", 1, 1, False, False)
UINTPTR = T.TypedefType("uintptr_t", ULONG)
# libc functions whose address safe code takes as the runtime's sc_fn_NAME
# (safec_rt.h): called through a pointer, they still go through the wrapper.
FN_THUNKS = frozenset({"malloc", "calloc", "realloc", "free", "aligned_alloc", "strdup",
                       "strndup"})
I128 = T.ArithType("__int128", 16, 16, False, True)

_SC_K_STACK, _SC_K_GLOBAL = 2, 3
_SC_REG_UNINIT = 0x100  # safec_rt.h: the object's bytes start unwritten
# a struct local with more leaf members than this is tracked as an object
_MAX_LEAF_FLAGS = 64
# access modes of the checks (SC_READ ... in runtime/safec_rt.h)
READ, WRITE, RMW, COPY, PUT = 0, 1, 2, 3, 4


def _c_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


_Saved = tuple[dict[int, str], dict[tuple[int, int, int], str]]


@dataclass
class FuncState:
    decl: N.FuncDecl
    fat_vars: set[int] = field(default_factory=set)
    obj_vars: set[int] = field(default_factory=set)
    hoisted: list[N.Stmt] = field(default_factory=list)  # function-level objects (alloca)
    block_hoists: list[list[N.Stmt]] = field(default_factory=list)  # per open block
    orig_type: dict[int, T.CType] = field(default_factory=dict)  # fat vars' C types
    depth: int = 0  # block nesting: 1 is the function body
    va_entry: Optional[str] = None  # sc_va of a variadic function's arguments
    va_state: dict[int, str] = field(default_factory=dict)  # va_list var -> its sc_va
    init_flag: dict[int, str] = field(default_factory=dict)  # --uninit=trap flags
    tracked: set[int] = field(default_factory=set)  # objects whose bytes start unwritten
    ib_maps: dict[int, str] = field(default_factory=dict)  # tracked local -> its init bits
    # --uninit=trap flags of the leaves (field-index paths) of struct locals
    leaf_flags: dict[int, dict[tuple[int, ...], str]] = field(default_factory=dict)
    # struct locals initialized as a copy of one with flags: id -> the
    # initial values of their flags (the source's flags)
    flags_from: dict[int, list[str]] = field(default_factory=dict)
    # `memcpy(&v, p, sizeof v);` statements whose local v needs no record:
    # id(call) -> the argument index of &v
    local_copies: dict[int, int] = field(default_factory=dict)
    copied_vars: set[int] = field(default_factory=set)  # the v of those
    # reads of `x` in `x = (x & MASK) | v` (a bit-field written by hand): not
    # init-checked, as a bit-field's own read-modify-write is not
    merge_reads: set[int] = field(default_factory=set)
    ranges: dict[int, tuple[int, int]] = field(default_factory=dict)  # proven loop bounds
    windows: dict[int, str] = field(default_factory=dict)  # fat var -> its loop window
    func_windows: set[int] = field(default_factory=set)  # fat vars with a window for the body
    mwindows: dict[tuple[int, int, int], str] = field(default_factory=dict)  # p->arr windows
    # loop window -> the declarations before its loop (flags are added to them)
    window_decls: dict[str, list[N.Stmt]] = field(default_factory=dict)
    # (loop window, lo, hi) -> the flag: bytes [lo, hi) from its pointer are in it
    window_flags: dict[tuple[str, int, int], str] = field(default_factory=dict)
    fat_names: dict[int, str] = field(default_factory=dict)
    fat_records: dict[int, int] = field(default_factory=dict)  # fat var -> its struct's size
    locals: dict[int, N.VarDecl] = field(default_factory=dict)
    unchecked: set[int] = field(default_factory=set)  # accesses proven by a loop pre-check
    assigned: set[int] = field(default_factory=set)  # VarRefs of certainly assigned locals
    born_whole: set[int] = field(default_factory=set)  # mallocs wholly written before a read
    by_name: set[int] = field(default_factory=set)  # arrays only indexed by name: no record
    # locals and blocks a jump can enter past the registration (analysis/jump_entry.py)
    reentered: set[int] = field(default_factory=set)
    entered_blocks: set[int] = field(default_factory=set)
    entered_loops: set[int] = field(default_factory=set)
    block_ids: list[int] = field(default_factory=list)  # per open block
    # per open block: the registrations of its jump-entered objects, redone
    # at a label if undone, and their ends at the end of the block
    reentry: list[list[str]] = field(default_factory=list)
    reentry_ends: list[list[str]] = field(default_factory=list)
    elided: int = 0
    checked: int = 0
    avail: Avail = field(default_factory=Avail)  # checks already made (avail.py)


class SafeInstrumenter:
    """One instance per translation unit."""

    def __init__(self, tu: N.TranslationUnit, uninit: str = "trap", hybrid: bool = False) -> None:
        self.tu = tu
        self.uninit = uninit
        self.hybrid = hybrid
        self.counter = itertools.count(1)
        self.sites: dict[tuple[str, int, int, str], str] = {}
        self.pre: list[str] = []      # declarations printed before user code
        self.ctor: list[str] = []     # statements of the TU constructor
        self.ctor_late: list[str] = []
        self.literals: dict[int, tuple[N.StringLit, str]] = {}
        self.global_caps: dict[int, str] = {}
        self.func_caps: dict[str, str] = {}
        self.boundary: set[str] = set()
        self.fs: Optional[FuncState] = None
        self.alloc_hint: Optional[str] = None  # `int[10]` for `(int *)malloc(40)`
        self.slot_arrays: dict[tuple[int, ...], str] = {}  # (see _slots_array)
        self.static_ctx = False  # translating a static initializer (_static_rederive_text)
        self.static_inits: list[tuple[N.VarDecl, Optional[N.Expr]]] = []
        self.defined_funcs = {d.name for d in tu.decls
                              if isinstance(d, N.FuncDecl) and d.body is not None}
        self.frees = FreeAnalysis(d for d in tu.decls if isinstance(d, N.FuncDecl))
        self.capconv = _cap_convention_funcs(tu)
        # always_inline fails to compile into a caller with other optimize or
        # target attributes: no tiny helper of such a file is forced inline
        self.inline_ok = not any(isinstance(d, N.FuncDecl) and
                                 any(re.search(r"optimize|target", a) for a in d.attrs)
                                 for d in tu.decls)
        self.errors: list[str] = []  # certain uninitialized reads (all reported at once)
        self.keepalive: list[object] = []  # IR copies made by loop versioning

    # ================================================================ driver
    def run(self) -> N.TranslationUnit:
        _call_memcpy_directly(self.tu)
        decls: list[N.TopDecl] = []
        for d in self.tu.decls:
            if isinstance(d, N.VarDecl) and not d.system:
                self._global(d)
        # A static function whose address is never taken is only called
        # directly: no record (registering it took its address, so gcc
        # emitted an unused static inline helper and its references: a
        # header's helper calling another library's function did not link).
        taken = _address_taken_funcs(self.tu)
        unregistered = {d.name for d in self.tu.decls if isinstance(d, N.FuncDecl) and
                        d.body is not None and d.storage == "static" and d.name not in taken}
        for fname in sorted(self.defined_funcs - unregistered):
            cap = f"__sc_fcap_{fname}"
            self.func_caps[fname] = cap
            self.pre.append(f"static sc_cap {cap};")
        for d in self.tu.decls:
            if isinstance(d, N.FuncDecl) and d.name in self.capconv and d.body is None:
                _add_cap_params(d)
            if isinstance(d, N.FuncDecl) and d.body is not None and not d.system:
                tid = type_id(d.type)
                decls.append(self._function(d))
                if d.name in self.func_caps:
                    self.ctor.append(f"{self.func_caps[d.name]} = sc_reg_func((void *){d.name}, "
                                     f"{tid}u, {_c_string(d.name)});")
            elif isinstance(d, N.VarDecl) and d.init is not None and not d.system:
                d.init = self.raw_init(d.init)
                decls.append(d)
            else:
                decls.append(d)
        for v, init in self.static_inits:
            self.ctor_late.append(self._static_rederive_text(v.name, v.type, init))
        if self.errors:
            raise SafecError("\n".join(self.errors))
        self.tu.decls = decls
        self.tu.safe_pre = self.pre
        zero = ["sc_uninit_zero = 1;"] if self.uninit == "zero" else []
        body = "\n    ".join(["sc_init();", *zero, *self.ctor, *self.ctor_late])
        self.tu.safe_post = [
            "static void __attribute__((constructor(102))) __sc_tu_init(void)\n{\n    "
            + body + "\n}"]
        return self.tu

    # ================================================================ helpers
    def site(self, loc: N.Loc) -> N.Expr:
        func = self.fs.decl.name if self.fs else ""
        key = (loc.file, loc.line, loc.col, func)
        name = self.sites.get(key)
        if name is None:
            name = f"__sc_site{len(self.sites) + 1}"
            self.sites[key] = name
            self.pre.append(f"static const sc_site {name} = {{{_c_string(loc.file)}, "
                            f"{_c_string(func)}, {loc.line}, {loc.col}}};")
        return N.Raw(VOIDP, loc, "&" + name)

    def rt(self, name: str, args: list[N.Expr], ty: T.CType, loc: N.Loc) -> N.Expr:
        return N.RtCall(ty, loc, name, args)

    def tmp(self, ty: T.CType, init: Optional[N.Expr], loc: N.Loc) -> N.VarDecl:
        return N.VarDecl(f"__sc_t{next(self.counter)}", ty, init=init, loc=loc)

    def ref(self, v: N.VarDecl) -> N.Expr:
        return N.VarRef(v.type, v.loc, v)

    def sexpr(self, stmts: list[N.Stmt], result: Optional[N.Expr], ty: T.CType,
              loc: N.Loc) -> N.Expr:
        items = list(stmts)
        if result is not None:
            items.append(N.ExprStmt(loc, result))
        return N.StmtExpr(ty, loc, N.Compound(loc, items))

    def decl(self, v: N.VarDecl) -> N.Stmt:
        return N.DeclStmt(v.loc, [v])

    def raw_ptr(self, fat: N.Expr, ty: T.CType) -> N.Expr:
        return N.FatPtr(ty, fat.loc, fat)

    def null_fat(self, loc: N.Loc) -> N.Expr:
        return N.Raw(FAT, loc, "((sc_fat){0})")

    def size_of(self, t: T.CType, loc: N.Loc) -> N.Expr:
        if t.size > 0:
            return N.IntLit(ULONG, loc, t.size, f"{t.size}UL")
        return N.Raw(ULONG, loc, f"sizeof({self._tname(t)})")

    def _tname(self, t: T.CType) -> str:
        from ..emit.ctypes_print import TypePrinter
        name = TypePrinter(lambda e: "*", lambda rd: "struct ?").declare(t, "")
        # a pointer to a VLA type cannot be spelled here: C converts void * to it
        return "void *" if "[*]" in name and isptr(t) else name

    def unsupported(self, loc: N.Loc, what: str) -> UnsupportedError:
        return UnsupportedError(loc, f"{what} (in safe code; build this file with --mode c)")

    # ================================================================ globals
    def _global(self, v: N.VarDecl) -> None:
        if v.storage == "extern" and v.init is None:
            return
        if v.tls:
            return  # per-thread storage: accessed through lookup (wild)
        name = f"__sc_cap_{v.name}"
        if id(v) in self.global_caps:
            return
        self.global_caps[id(v)] = name
        static = "static " if v.storage == "static" else ""
        self.pre.append(f"{static}sc_cap {name};")
        site = self._site_text(v.loc, "")
        self.ctor.append(f"{name} = sc_reg((void *)&{v.name}, sizeof {v.name}, "
                         f"{_SC_K_GLOBAL}, {_c_string(type_name(v.type))}, {site});")
        if v.init is not None and has_pointers(v.type):
            self.static_inits.append((v, v.init))  # see run(): after every function

    def _site_text(self, loc: N.Loc, func: str) -> str:
        saved = self.fs
        self.fs = None
        s = self.site(loc)
        self.fs = saved
        assert isinstance(s, N.Raw)
        return s.text

    def _rederive_text(self, lv: str, t: T.CType, value: Optional[N.Expr] = None) -> str:
        """Re-derive the capabilities of lv's pointer slots; from the callee's
        own (sc_rederive_ret) when `value` is a call of a safe function."""
        slots = pointer_slots(t, limit=_MAX_TABLE_SLOTS)
        if slots is None or not slots:
            return f"sc_rederive_all((void *)&{lv}, sizeof {lv});"
        arr = self._slots_array(slots)
        fn = self._safe_callee(value)
        if fn is not None:
            return f"sc_rederive_ret((void *)&{lv}, {arr}, {len(slots)}, (void *){fn});"
        return f"sc_rederive((void *)&{lv}, {arr}, {len(slots)});"

    def _rederive_init_text(self, lv: str, t: T.CType, vals: list[tuple[int, str]],
                            static: bool) -> str:
        """Re-derive lv's pointer slots from the capabilities of its
        initializer's pointer items: (byte offset, C text of the sc_fat),
        the last item for an offset counting (as in C)."""
        slots = pointer_slots(t, limit=_MAX_TABLE_SLOTS)
        last = dict(vals)
        offs = sorted(last)
        if slots is None and offs:
            # too many slots to list: those without an item hold null (C11
            # 6.7.9p21); the items' slots say where the pointers are
            slots = offs
        if not slots:
            return f"sc_rederive_all((void *)&{lv}, sizeof {lv});"
        if not offs:
            return f"sc_rederive_init((void *)&{lv}, {self._slots_array(slots)}, {len(slots)}, " \
                   f"0, 0, 0, {int(static)});"
        return (f"sc_rederive_init((void *)&{lv}, {self._slots_array(slots)}, {len(slots)}, "
                f"(const sc_fat[]){{{', '.join(last[o] for o in offs)}}}, "
                f"{self._slots_array(offs)}, {len(offs)}, {int(static)});")

    def _static_rederive_text(self, lv: str, t: T.CType, init: Optional[N.Expr]) -> str:
        """Re-derive the pointer slots of an object of static storage after
        its constant initializer `init` (the original, untranslated one):
        from its address constants' own capabilities where the initializer
        is a plain brace list of them, else by looking the values up."""
        items = _pointer_items(init, t) if init is not None else None
        if items and len(items) <= _MAX_ITEM_CAPS and \
                all(_address_constant(it.value) for _, it in items):
            saved, self.fs, self.static_ctx = self.fs, None, True
            try:
                vals = [(off, self._text(self.fat(it.value))) for off, it in items]
            finally:
                self.fs, self.static_ctx = saved, False
            return self._rederive_init_text(lv, t, vals, True)
        return self._rederive_init_text(lv, t, [], True)

    def _agg_args(self, e: N.Call, callee: N.Expr) -> list[str]:
        """Statements passing the capabilities of e's struct arguments with
        pointers (see sc_pass_agg): from the argument's slots where it is a
        variable or a member of one by name, else none."""
        ft = T.strip(callee.type)
        if isinstance(ft, T.PointerType):
            ft = T.strip(ft.pointee)
        if not isinstance(ft, T.FunctionType):
            return []
        first = _agg_arg_slots(ft.params)
        out: list[str] = []
        for i, k in sorted(first.items()):
            if i >= len(e.args):
                break
            slots = pointer_slots(ft.params[i])
            assert slots
            a = e.args[i]
            while isinstance(a, N.Cast) and a.implicit:
                a = a.operand
            if isinstance(a, N.Load) and _named_root(a.lv) is not None and \
                    self.is_direct(a.lv, tracked_ok=True):
                lv = self._text(N.AddrOf(T.PointerType(a.lv.type), a.loc, self.direct(a.lv)))
                out.append(f"sc_pass_agg((const void *){lv}, {self._slots_array(slots)}, "
                           f"{len(slots)}, {k}u);")
            else:
                out.append(f"sc_pass_none({k}u, {len(slots)});")
        return out

    def _slots_array(self, slots: list[int]) -> str:
        arr = self.slot_arrays.get(tuple(slots))
        if arr is None:
            arr = f"__sc_slots{next(self.counter)}"
            self.slot_arrays[tuple(slots)] = arr
            self.pre.append(f"static const unsigned {arr}[] = {{{', '.join(map(str, slots))}}};")
        return arr

    def _safe_callee(self, e: Optional[N.Expr]) -> Optional[str]:
        """The name of the safe function e calls directly, if e is such a call
        (it returns its struct's capabilities with sc_return_agg)."""
        while isinstance(e, N.Cast) and e.implicit:
            e = e.operand
        if not (isinstance(e, N.Call) and isinstance(e.callee, N.Decay) and
                isinstance(e.callee.lv, N.FuncRef)):
            return None
        d = e.callee.lv.decl
        if d.system or d.builtin or _is_builtin(d.name):
            return None
        return d.name

    def global_cap(self, v: N.VarDecl, loc: N.Loc) -> N.Expr:
        name = self.global_caps.get(id(v))
        if name is not None:
            return N.Raw(CAP, loc, name)
        lookup = "sc_lookup_static_cap" if self.static_ctx else "sc_lookup_cap"
        return N.Raw(CAP, loc, f"{lookup}((void *)&{v.name})")

    def literal(self, s: N.StringLit) -> N.Expr:
        """A string literal becomes a named, registered static array."""
        # keyed by id() with the node kept: a translated initializer drops its
        # literal nodes, and a later node may get a dead one's id
        entry = self.literals.get(id(s))
        name = entry[1] if entry is not None and entry[0] is s else None
        if name is None:
            name = f"__sc_str{next(self.counter)}"
            self.literals[id(s)] = (s, name)
            elem = T.strip(s.type)
            assert isinstance(elem, T.ArrayType)
            from ..emit.ctypes_print import TypePrinter
            decl = TypePrinter(lambda e: "*", lambda rd: "?").declare(
                T.ArrayType(elem.elem.unqual(), elem.count), name)
            self.pre.append(f"static {decl} = {s.text};")
            self.pre.append(f"static sc_cap {name}__cap;")
            self.ctor.append(f"{name}__cap = sc_reg((void *){name}, sizeof {name}, 4, "
                             f"\"string literal\", 0);")
        return N.Raw(FAT, s.loc, f"sc_mk((void *){name}, {name}__cap)")

    # ================================================================ functions
    def _function(self, f: N.FuncDecl) -> N.FuncDecl:
        self.fs = FuncState(f)
        assert f.body is not None
        tiny = self.inline_ok and _tiny_leaf(f, self.defined_funcs)
        self._analyze(f)
        je = jump_entries(f.body)
        self.fs.reentered, self.fs.entered_blocks = je.locals, je.blocks
        self.fs.entered_loops = je.loops
        self.fs.born_whole = born_whole(f.body, set(self.fs.locals), self.fs.obj_vars)
        if self.uninit == "trap":
            # (the locals of memcpy idioms are written through their address too)
            for r in certain_uninit_reads(f.body, self.fs.obj_vars | self.fs.copied_vars):
                self.errors.append(
                    f"{r.loc}: error: uninitialized-read: '{r.var.name}' is read before any "
                    f"value is assigned to it (declared at line {r.var.loc.line}; "
                    f"--uninit=zero makes it read as zero)")
        entry: list[N.Stmt] = []
        new_params: list[N.VarDecl] = []
        agg_first = _agg_arg_slots([p.type for p in f.params])
        took_agg = False
        for i, p in enumerate(f.params):
            if not (isptr(p.type) or id(p) in self.fs.obj_vars
                    or has_pointers(p.type)):
                new_params.append(p)
                continue
            raw = N.VarDecl(f"__sc_in_{p.name}", p.type, is_param=True, loc=p.loc)
            new_params.append(raw)
            # references in the body point at p: p becomes the local
            p.is_param = False
            if isptr(p.type):
                if f.name == "main" and i == 1:
                    argc = f.params[0].name if f.params[0] is not p else "0"
                    argc_ref = f"__sc_in_{argc}" if id(f.params[0]) in self.fs.obj_vars else argc
                    val = N.Raw(FAT, p.loc, f"sc_main_argv({argc_ref}, (char **){raw.name})")
                elif f.name in self.capconv:
                    val = N.Raw(FAT, p.loc,
                                f"sc_mk((void *){raw.name}, sc_cap_of(__sc_cp_{p.name}))")
                else:
                    val = N.Raw(FAT, p.loc, f"sc_param((void *){raw.name}, {i}, "
                                            f"(void *){f.name})")
                if id(p) in self.fs.fat_vars:
                    self.fs.orig_type[id(p)] = p.type
                    p.type = FAT
                    p.init = val
                    entry.append(self.decl(p))
                else:
                    p.init = None
                    entry.append(self.decl(p))
                    entry += self._register_local(p)
                    entry.append(N.ExprStmt(p.loc, self.rt(
                        "sc_store_ptr", [N.Raw(VOIDP, p.loc, f"(void *)&{p.name}"), val],
                        T.VOID, p.loc)))
            else:
                p.init = N.Raw(p.type, p.loc, raw.name)
                entry.append(self.decl(p))
                if id(p) in self.fs.obj_vars:
                    entry += self._register_local(p)
                k = agg_first.get(i)
                slots = pointer_slots(p.type)
                if k is not None and slots and f.name not in self.capconv:
                    arr = self._slots_array(slots)
                    entry.append(N.RawStmt(p.loc, f"sc_rederive_arg((void *)&{p.name}, {arr}, "
                                                  f"{len(slots)}, {k}u, (void *){f.name});"))
                    took_agg = True
                elif has_pointers(p.type):
                    entry.append(N.RawStmt(p.loc, self._rederive_text(p.name, p.type)))
        if took_agg:
            entry.append(N.RawStmt(f.loc, "sc_aggarg_fn = 0;"))
        orig_names = [p.name for p in f.params]
        f.params = new_params
        if f.name in self.capconv:
            _add_cap_params(f, orig_names)
        if f.type.variadic:
            self.fs.va_entry = "__sc_va_entry"
            entry.insert(0, N.RawStmt(f.loc, f"sc_va __sc_va_entry; sc_va_enter(&__sc_va_entry, "
                                             f"(void *){f.name}, {len(f.type.params)});"))
        entry += self.function_windows(f)
        body = self.block(f.body)
        body.items = entry + self.fs.hoisted + body.items
        sites = _out_of_line_if_huge(body)
        if sites > _MAX_FORCED_INLINE_SITES:
            f.attrs = _without_always_inline(f.attrs)
        elif tiny:
            f.inline = True
            f.attrs = [*f.attrs, "__attribute__((always_inline))"]
        f.body = body
        self.fs = None
        return f

    def _analyze(self, f: N.FuncDecl) -> None:
        """Which locals need an object record, which pointer locals become fat."""
        assert self.fs is not None and f.body is not None
        for p in f.params:
            if T.is_array(p.type):  # `char s[]`, `int a[n][m]`: really pointers
                arr = T.strip(p.type)
                assert isinstance(arr, T.ArrayType)
                p.type = T.PointerType(arr.elem)
        locals_: dict[int, N.VarDecl] = {id(p): p for p in f.params}
        self.fs.locals = locals_
        for n in walk(f.body):
            if isinstance(n, N.DeclStmt):
                for d in n.decls:
                    if isinstance(d, N.VarDecl) and d.storage != "extern":
                        locals_[id(d)] = d
        copies = _local_copies(f.body, locals_)
        skip = {id(_addr_operand(c.args[i])) for c, i in copies}
        for n in walk(f.body):
            if isinstance(n, (N.AddrOf, N.Decay)) and id(n) not in skip:
                root = _lv_root(n.lv)
                if root is not None and id(root) in locals_:
                    self.fs.obj_vars.add(id(root))
        self.fs.local_copies = {id(c): i for c, i in copies
                                if id(_copy_var(c, i)) not in self.fs.obj_vars}
        self.fs.copied_vars = {id(_copy_var(c, i)) for c, i in copies}
        for key, v in locals_.items():
            if T.is_array(v.type):
                self.fs.obj_vars.add(key)
            if isptr(v.type) and key not in self.fs.obj_vars and v.storage != "static":
                self.fs.fat_vars.add(key)
                self.fs.fat_names[key] = v.name
                rec = T.strip(T.pointee(v.type))
                if isinstance(rec, T.RecordType) and rec.decl.size > 0:
                    self.fs.fat_records[key] = rec.decl.size
        if self.uninit == "trap":
            self.fs.assigned = assigned_reads(f.body)
            params = {id(p) for p in f.params}
            for key, v in locals_.items():
                if key in params or key in self.fs.obj_vars or v.init is not None or \
                        v.storage not in ("", "register"):
                    continue
                s = T.strip(v.type)
                if isinstance(s, (T.ArithType, T.EnumType, T.PointerType)):
                    self.fs.init_flag[key] = f"__sc_ini_{v.name}_{next(self.counter)}"
            for key, v in locals_.items():
                # a struct used by name only: a flag per member, as for
                # scalars (gcc folds those of definitely assigned members)
                if key in params or key in self.fs.obj_vars or key in self.fs.fat_vars or \
                        v.init is not None or v.storage not in ("", "register") or \
                        not T.is_record(v.type):
                    continue
                leaves = _leaf_paths(v.type)
                if len(leaves) <= _MAX_LEAF_FLAGS:
                    self.fs.leaf_flags[key] = {
                        path: f"__sc_ini_{v.name}_{next(self.counter)}" for path in leaves}
                else:  # too many: its bytes are tracked as an object's
                    self.fs.obj_vars.add(key)
            for key, v in locals_.items():
                # `S b = a;` (or `= u.s`) of a struct or union with member
                # flags: b's members are as written as a's were (a copy is
                # not a read)
                src = _copied_lv(v.init) if v.init is not None else None
                if key in params or key in self.fs.obj_vars or key in self.fs.fat_vars or \
                        key in self.fs.leaf_flags or v.storage not in ("", "register") or \
                        src is None or not T.is_record(v.type):
                    continue
                leaves = _leaf_paths(v.type)
                values = _copied_flags(self._init_flags(src)[0], len(leaves), src, v.type)
                if values is None or len(leaves) > _MAX_LEAF_FLAGS:
                    continue
                self.fs.leaf_flags[key] = {
                    path: f"__sc_ini_{v.name}_{next(self.counter)}" for path in leaves}
                self.fs.flags_from[key] = values
            if self.fs.flags_from:  # their reads are checked: drop them from the proven ones
                for n in walk(f.body):
                    if isinstance(n, (N.VarRef, N.Member)):
                        root = _lv_root(n)
                        if root is not None and id(root) in self.fs.flags_from:
                            self.fs.assigned.discard(id(n))
            filled = filled_arrays(f.body)  # written by loops before any read
            for key, v in locals_.items():
                # memory a local without initializer owns: its bytes are
                # tracked at run time (pointer variables start as NULL)
                if key in self.fs.obj_vars and key not in params and v.init is None and \
                        v.storage in ("", "register") and not isptr(v.type) and \
                        not _is_va_list(v.type) and fixed_size(v.type) and key not in filled:
                    self.fs.tracked.add(key)
        self.fs.by_name = _indexed_by_name_only(f.body, locals_)

    def _register_local(self, v: N.VarDecl, function_level: bool = False) -> list[N.Stmt]:
        """Register local v where it is declared (function_level: at the
        function's start, whatever block v belongs to)."""
        assert self.fs is not None
        cap = f"__sc_cap_{v.name}_{next(self.counter)}"
        self.global_caps[id(v)] = cap
        site = self.site(v.loc)
        assert isinstance(site, N.Raw)
        tn = _c_string(type_name(v.type))
        kind = f"{_SC_K_STACK}"
        if self.uninit == "trap" and not fixed_size(v.type) and v.storage in ("", "register"):
            # a VLA: its bytes are tracked like a heap block's (its size is
            # only known at run time, so not by bits beside it)
            kind += f" | {_SC_REG_UNINIT}"
        reg = f"sc_reg((void *)&{v.name}, sizeof {v.name}, {kind}, {tn}, {site.text})"
        pre: list[N.Stmt] = []
        if id(v) in self.fs.tracked:  # its init bits live beside it (sc_ib)
            ib = f"__sc_ib_{v.name}_{next(self.counter)}"
            self.fs.ib_maps[id(v)] = ib
            # declared at function level, cleared here: a jump into the block
            # past this declaration (a switch case) still finds them clear
            self.fs.hoisted.append(N.RawStmt(
                v.loc, f"unsigned long long {ib}[SC_IB_WORDS({v.type.size}UL)] = {{0}};"))
            pre.append(N.RawStmt(v.loc, f"__builtin_memset({ib}, 0, sizeof {ib});"))
            mask = padding_mask(v.type)
            pad = _c_bytes(mask) if mask is not None else "0"
            reg = f"sc_reg_local((void *)&{v.name}, sizeof {v.name}, {tn}, {site.text}, {ib}, " \
                  f"{pad})"
        if v.storage == "static":
            return [N.RawStmt(v.loc, f"static sc_cap {cap};"),
                    N.RawStmt(v.loc, f"if (!{cap}.obj) {cap} = sc_reg((void *)&{v.name}, "
                                     f"sizeof {v.name}, {_SC_K_GLOBAL}, {tn}, {site.text});")]
        if id(v) in self.fs.by_name:
            # no record: made only if an access fails (sc_chk_in_fail, sc_ib_fail);
            # the capability is an expression, not a variable a jump could skip
            lazy = f"__sc_lz_{v.name}_{next(self.counter)}"
            self.global_caps[id(v)] = f"sc_lazy_cap(&{lazy})"
            return [N.RawStmt(v.loc, f"static const sc_lazy {lazy} = "
                                     f"{{{tn}, {site.text}, sizeof {v.name}}};")] + pre
        if id(v) in self.fs.reentered and self.fs.reentry:
            # the capability lives at function level (a block-scoped one would
            # be indeterminate after the jump, and its cleanup would still
            # run); a label in the scope registers v again if it is not
            # registered, and the block's normal end ends it
            self.fs.hoisted.append(N.RawStmt(
                v.loc, f"__attribute__((cleanup(sc_kill_return))) sc_cap {cap} = {{0}};"))
            again = " ".join([t.text for t in pre if isinstance(t, N.RawStmt)] + [f"{cap} = {reg};"])
            self.fs.reentry[-1].append(f"if (!{cap}.obj) {{ {again} }}")
            self.fs.reentry_ends[-1].append(f"sc_scope_end(&{cap}); {cap} = (sc_cap){{0}};")
            return [N.RawStmt(v.loc, f"if ({cap}.obj) sc_scope_end(&{cap});"), *pre,
                    N.RawStmt(v.loc, f"{cap} = {reg};")]
        end = "sc_kill_return" if function_level or self.fs.depth <= 1 else "sc_scope_end"
        return pre + [N.RawStmt(v.loc, f"__attribute__((cleanup({end}))) sc_cap {cap} = {reg};")]

    # ================================================================ statements
    def block(self, b: N.Compound) -> N.Compound:
        items: list[N.Stmt] = []
        if self.fs is not None:
            self.fs.depth += 1
            self.fs.block_hoists.append([])
            self.fs.block_ids.append(id(b))
            self.fs.reentry.append([])
            self.fs.reentry_ends.append([])
        for s in b.items:
            items += self.stmts(s)
        if self.fs is not None:
            self.fs.depth -= 1
            if self.fs.block_hoists[-1] or any(isinstance(s, N.DeclStmt) for s in b.items):
                self.fs.avail.reset()  # its objects end here
            # objects of compound literals and struct temporaries of this block
            items = self.fs.block_hoists.pop() + items
            self.fs.block_ids.pop()
            self.fs.reentry.pop()
            items += [N.RawStmt(b.loc, t) for t in self.fs.reentry_ends.pop()]
        return N.Compound(b.loc, items)

    def hoist(self, v: N.VarDecl) -> None:
        """Declare and register a temporary object at the start of the
        innermost block being translated (its C lifetime is that block)."""
        assert self.fs is not None
        target = self.fs.block_hoists[-1] if self.fs.block_hoists else self.fs.hoisted
        if self.fs.block_ids and self.fs.block_ids[-1] in self.fs.entered_blocks:
            # a jump into the block would skip its start: the function's
            # start then (the object lives until the function returns)
            target = self.fs.hoisted
        target.append(self.decl(v))
        target += self._register_local(v, function_level=target is self.fs.hoisted)

    def labelled(self, s: N.Stmt) -> N.Stmt:
        """The statement after a label: first, the objects in scope that a
        jump to the label may have skipped the registration of are
        registered (see _register_local)."""
        assert self.fs is not None
        again = [t for lst in self.fs.reentry for t in lst]
        body = self.one(s)
        if not again or isinstance(s, N.DeclStmt):
            return body
        return N.Compound(s.loc, [N.RawStmt(s.loc, t) for t in again] + [body])

    def one(self, s: N.Stmt) -> N.Stmt:
        out = self.stmts(s)
        if len(out) == 1:
            return out[0]
        return N.Compound(s.loc, out)

    def stmts(self, s: N.Stmt) -> list[N.Stmt]:
        """A statement translated; the checks made so far (avail.py) flow
        through it."""
        assert self.fs is not None
        av = self.fs.avail
        if isinstance(s, (N.Case, N.Default, N.Label, N.While, N.DoWhile, N.For, N.Switch)):
            av.reset()  # a join: other paths come here
        out = self._stmts(s)
        if isinstance(s, (N.While, N.DoWhile, N.For, N.Switch)):
            av.reset()  # (left by a break too)
        elif isinstance(s, (N.Break, N.Continue, N.Goto, N.IndirectGoto, N.Return)):
            av.jumped()
        else:
            av.end_full_expr()
        return out

    def full_expr(self, e: N.Expr) -> N.Expr:
        """A condition translated: its checks count from its end."""
        assert self.fs is not None
        out = self.addr_only(e)
        self.fs.avail.end_full_expr()
        return out

    def _stmts(self, s: N.Stmt) -> list[N.Stmt]:  # noqa: C901 - one dispatch
        assert self.fs is not None
        if isinstance(s, N.Compound):
            return [self.block(s)]
        if isinstance(s, N.DeclStmt):
            return self.decl_stmt(s)
        if isinstance(s, N.ExprStmt):
            if isinstance(s.expr, N.Call) and id(s.expr) in self.fs.local_copies:
                self.fs.avail.call()
                return [self.local_copy(s.expr, self.fs.local_copies[id(s.expr)])]
            if isptr(s.expr.type):
                return [N.ExprStmt(s.loc, N.Cast(T.VOID, s.loc, self.fat(s.expr),
                                                 implicit=False))]
            return [N.ExprStmt(s.loc, self.rv(s.expr, void_ok=True))]
        if isinstance(s, N.If):
            av = self.fs.avail
            cond = self.full_expr(s.cond)
            before = av.state()
            then = self.one(s.then)
            after_then = av.state()
            av.restore(before)
            other = self.one(s.other) if s.other is not None else None
            av.join(after_then, av.state())
            return [N.If(s.loc, cond, then, other)]
        if isinstance(s, N.While):
            wins, saved = self.loop_windows(s, [s.cond, s.body])
            wcond = self.full_expr(s.cond)
            loop: N.Stmt = N.While(s.loc, wcond, self.one(s.body))
            return self.end_loop(s.loc, [], wins, saved, loop)
        if isinstance(s, N.DoWhile):
            wins, saved = self.loop_windows(s, [s.cond, s.body])
            body = self.one(s.body)
            dloop: N.Stmt = N.DoWhile(s.loc, body, self.full_expr(s.cond))
            return self.end_loop(s.loc, [], wins, saved, dloop)
        if isinstance(s, N.For):
            init: Optional[N.Stmt] = None
            pre: list[N.Stmt] = []
            if s.init is not None:
                out = self.stmts(s.init)
                if len(out) == 1 and isinstance(out[0], (N.ExprStmt, N.DeclStmt)) and \
                        not (isinstance(out[0], N.DeclStmt) and len(out[0].decls) != 1):
                    init = out[0]
                else:
                    pre = out
            bound = _counted_loop(s) if self.hybrid else None
            if bound is not None:
                self.fs.ranges[id(bound[0])] = bound[1]
            wins, saved = self.loop_windows(s, [s.cond, s.step, s.body])
            plan = self.version_plan(s)
            if (wins or plan) and init is not None:  # windows and pre-check follow the init
                pre, init = [init], None
            fast: Optional[N.Stmt] = None
            if plan is not None:
                self.fs.avail.reset()
                fast = self.fast_copy(s, plan)
            floop: N.Stmt = self._for_loop(s, init)
            if plan is not None and fast is not None:
                indep = self.independence(s, plan)
                if indep is not None:  # the pre-check also proves the accesses disjoint
                    fast = N.Compound(s.loc, [N.RawStmt(s.loc, "_Pragma(\"GCC ivdep\")"), fast])
                floop = N.If(s.loc, self.precheck(plan, indep or []), fast, floop)
            if bound is not None:
                del self.fs.ranges[id(bound[0])]
            return self.end_loop(s.loc, pre, wins, saved, floop)
        if isinstance(s, N.Switch):
            scond = self.rv(s.cond)
            self.fs.avail.reset()  # the body is entered at its labels
            return [N.Switch(s.loc, scond, self.one(s.body))]
        if isinstance(s, N.Case):
            return [N.Case(s.loc, s.value, s.hi, self.labelled(s.body), s.text)]
        if isinstance(s, N.Default):
            return [N.Default(s.loc, self.labelled(s.body))]
        if isinstance(s, N.Label):
            return [N.Label(s.loc, s.name, self.labelled(s.body))]
        if isinstance(s, N.Return):
            if s.value is None:
                return [s]
            if isptr(s.value.type):
                fat = self.fat(s.value)
                if self.fs.decl.name in self.capconv:
                    return [N.Return(s.loc, fat)]
                return [N.Return(s.loc, N.Cast(s.value.type, s.loc, self.rt(
                    "sc_return", [fat, N.Raw(VOIDP, s.loc, f"(void *){self.fs.decl.name}")],
                    VOIDP, s.loc), implicit=False))]
            if isinstance(s.value, N.Load) and isinstance(s.value.lv, N.VarRef) and \
                    T.is_record(s.value.type) and has_pointers(s.value.type):
                slots = pointer_slots(s.value.type)
                if slots:
                    v = s.value.lv.decl.name
                    return [N.RawStmt(s.loc, f"sc_return_agg((void *)&{v}, "
                                             f"{self._slots_array(slots)}, {len(slots)}, "
                                             f"(void *){self.fs.decl.name});"),
                            N.Return(s.loc, self.rv(s.value))]
            return [N.Return(s.loc, self.rv(s.value))]
        if isinstance(s, N.IndirectGoto):
            return [N.IndirectGoto(s.loc, self.rv(s.target))]
        if isinstance(s, N.Asm):
            raise self.unsupported(s.loc, "inline assembly")
        return [s]

    def _for_loop(self, s: N.For, init: Optional[N.Stmt]) -> N.Stmt:
        """The loop itself.  The checks of its body's end hold in its step
        when the body has no `continue` (one would come from elsewhere)."""
        assert self.fs is not None
        av = self.fs.avail
        av.reset()
        cond = self.full_expr(s.cond) if s.cond is not None else None
        body = self.one(s.body)
        if _continues(s.body):
            av.reset()
        step = self.rv(s.step, void_ok=True) if s.step is not None else None
        av.reset()
        return N.For(s.loc, init, cond, step, body)

    def loop_windows(self, loop: N.Stmt, parts: list[object]) -> tuple[list[N.Stmt], _Saved]:
        """Window declarations to put before a loop (see loops.py), and the
        enclosing windows to restore when the loop is done.  None for a loop
        a jump can enter from outside: it would skip them."""
        assert self.fs is not None
        loc = loop.loc
        saved = (dict(self.fs.windows), dict(self.fs.mwindows))
        if not self.frees.loop_ok(parts) or id(loop) in self.fs.entered_loops:
            return [], saved
        roots, members = accessed_roots(parts)
        written = written_locals(parts)
        # (a window of the whole body is renewed: it has the written prefix
        # of an initialization-tracked object as it was at entry)
        cands = (roots & self.fs.fat_vars) - (set(self.fs.windows) - self.fs.func_windows)
        out: list[N.Stmt] = []
        names = self.fs.fat_names
        for key in sorted(invariant_caps(parts, cands), key=lambda k: names[k]):
            name = f"__sc_w{next(self.counter)}"
            self.fs.windows[key] = name
            if key not in written:  # its address too is the same throughout
                self.fs.window_decls[name] = out
            out.append(N.RawStmt(loc, f"sc_win {name} = sc_win_of({names[key]});"))
        for mkey, pname in sorted(members.items(), key=lambda kv: (kv[1], kv[0][1:])):
            if mkey[0] not in self.fs.fat_vars or mkey[0] in written or mkey in self.fs.mwindows:
                continue
            name = f"__sc_w{next(self.counter)}"
            self.fs.mwindows[mkey] = name
            out.append(N.RawStmt(loc, f"sc_win {name} = sc_win_sub({pname}, {mkey[1]}, "
                                      f"{mkey[2]});"))
        return out, saved

    def function_windows(self, f: N.FuncDecl) -> list[N.Stmt]:
        """Windows made at entry for the pointer parameters that a body that
        cannot end an object accesses more than once outside its loops
        (see loops.py)."""
        assert self.fs is not None and f.body is not None
        if not self.frees.loop_ok([f.body]):
            return []
        counts = access_counts_outside_loops(f.body)
        cands = {k for k, n in counts.items() if n > 1 and k in self.fs.fat_vars}
        out: list[N.Stmt] = []
        names = self.fs.fat_names
        for key in sorted(invariant_caps([f.body], cands), key=lambda k: names[k]):
            name = f"__sc_w{next(self.counter)}"
            self.fs.windows[key] = name
            self.fs.func_windows.add(key)
            out.append(N.RawStmt(f.loc, f"sc_win {name} = sc_win_of({names[key]});"))
        return out

    def version_plan(self, s: N.For) -> Optional[CountedLoop]:
        """The accesses of a counted innermost loop a pre-check can prove
        (see loops.py), or None."""
        assert self.fs is not None
        if s.cond is None or s.step is None or not versionable_body(s.body) or \
                id(s) in self.fs.entered_loops or \
                any(isinstance(n, N.StmtExpr) for p in (s.cond, s.step) for n in walk(p)):
            return None
        written = written_locals([s.cond, s.step, s.body])
        inv = {k for k, v in self.fs.locals.items()
               if k not in written and k not in self.fs.obj_vars and
               v.storage in ("", "register") and not isptr(v.type)}
        counted = counted_loop(s, inv)
        if counted is None or id(counted[0]) not in self.fs.locals or \
                id(counted[0]) in self.fs.obj_vars:
            return None
        var = counted[0]
        accesses: list[Access] = []
        for lv in body_accesses([s.cond, s.body]):
            if self.is_direct(lv) or self.proven(lv):
                continue
            d = decompose(lv)
            if d is None:
                continue
            root, fat_root, terms, off = d
            if fat_root:
                if id(root) not in self.fs.windows or id(root) in written:
                    continue
            elif id(root) in self.fs.fat_vars or id(root) in written or \
                    self.static_window(lv) is None:
                continue  # (a variable declared in the loop is not visible before it)
            if all(affine(t.idx, var, inv) for t in terms):
                accesses.append(Access(lv, root, fat_root, terms, off))
        if not accesses:
            return None
        return CountedLoop(var, counted[1], counted[2], accesses)

    def fast_copy(self, s: N.For, plan: CountedLoop) -> N.Stmt:
        """The loop without the checks the pre-check proves: a copy of the
        loop translated with those accesses unchecked."""
        assert self.fs is not None
        decls: dict[int, N.VarDecl] = {}
        nodes: dict[int, object] = {}
        cond = clone(s.cond, decls, nodes)
        step = clone(s.step, decls, nodes)
        body = clone(s.body, decls, nodes)
        # the translation caches nodes by id(): copies must outlive the unit,
        # or a later node could reuse a dead copy's id (a string literal got
        # another literal's name)
        self.keepalive.append((cond, step, body))
        fs = self.fs
        for new in decls.values():
            fs.locals[id(new)] = new
        _carry_facts(fs, nodes)
        marked = {id(nodes[id(a.lv)]) for a in plan.accesses}
        fs.unchecked |= marked
        assert isinstance(cond, N.Expr) and isinstance(step, N.Expr) and isinstance(body, N.Stmt)
        loop = N.For(s.loc, None, self.rv(cond), self.rv(step, void_ok=True), self.one(body))
        fs.unchecked -= marked
        return loop

    def _groups(self, plan: CountedLoop) -> dict[str, tuple[Access, int, int]]:
        """Accesses through the same window with the same index terms are
        one range: b[j].x, b[j].y, b[j].mass -> [&b[j], &b[j].mass + 8)."""
        assert self.fs is not None
        groups: dict[str, tuple[Access, int, int]] = {}
        for a in plan.accesses:
            key = self._groups_key(a)
            lo, hi = a.offset, a.offset + a.lv.type.size
            if key in groups:
                g = groups[key]
                lo, hi = min(lo, g[1]), max(hi, g[2])
            groups[key] = (a, lo, hi)
        return groups

    def precheck(self, plan: CountedLoop, disjoint: list[tuple[str, str]]) -> N.Expr:
        """`!(j < B) || (every planned access is inside its window at the
        first and the last iteration, and no sub-expression of its index
        wraps there, and the ranges of each pair of groups in `disjoint`
        do not overlap over the whole loop)`."""
        assert self.fs is not None
        var = plan.var
        loc = var.loc
        jt = var.type
        j = N.Load(jt, loc, N.VarRef(jt, loc, var))
        bound = plan.bound
        nonempty = N.Binary(INT, loc, "<=" if plan.inclusive else "<", j, bound)
        last = bound if plan.inclusive else N.Binary(jt, loc, "-", bound, N.IntLit(jt, loc, 1, "1"))
        groups = self._groups(plan)
        conds: list[N.Expr] = []
        ends: dict[str, list[N.Expr]] = {}  # group -> its address at both ends
        for end in (j, last):
            for key, (a, lo, hi) in groups.items():
                if end is last and not any(affine_in(t.idx, var) for t in a.terms):
                    ends[key].append(ends[key][0])
                    continue  # the same at both ends
                addr = self._addr_at(a, var, end, conds)
                ends.setdefault(key, []).append(addr)
                conds += self._in_window(a, addr, lo, hi - lo)
        for k1, k2 in disjoint:
            r1 = self._span(ends[k1], groups[k1][1], groups[k1][2], loc)
            r2 = self._span(ends[k2], groups[k2][1], groups[k2][2], loc)
            conds.append(N.Binary(INT, loc, "||", N.Binary(INT, loc, "<=", r1[1], r2[0]),
                                  N.Binary(INT, loc, "<=", r2[1], r1[0])))
        ok = conds[0]
        for c in conds[1:]:
            ok = N.Binary(INT, loc, "&&", ok, c)
        return N.Binary(INT, loc, "||", N.Unary(INT, loc, "!", nonempty), ok)

    @staticmethod
    def _span(addrs: list[N.Expr], lo: int, hi: int, loc: N.Loc) -> tuple[N.Expr, N.Expr]:
        """[first byte, end) that a group with bytes [lo, hi) at these two
        end addresses covers over the loop (its address is affine)."""
        a, b = addrs

        def plus(e: N.Expr, k: int) -> N.Expr:
            return N.Binary(I128, loc, "+", e, N.Cast(I128, loc, N.IntLit(LONG, loc, k, str(k)),
                                                      implicit=False))
        less = N.Binary(INT, loc, "<", a, b)
        return (plus(N.Cond(I128, loc, less, a, b), lo),
                plus(N.Cond(I128, loc, less, b, a), hi))

    def independence(self, s: N.For, plan: CountedLoop) -> Optional[list[tuple[str, str]]]:
        """The pairs of access groups whose disjointness, checked at run time
        by the pre-check, proves the loop's iterations independent (gcc may
        then vectorize the unchecked copy without alias checks: `#pragma GCC
        ivdep`); None if that cannot be shown this way.

        It can when the loop calls nothing, every memory access in it is a
        planned one of a scalar (others are locals in registers), a written group moves
        by at least its own extent per iteration (so iterations touch
        different bytes of it), and groups of the same root are never
        written together with another index of that root."""
        assert self.fs is not None
        parts = [s.cond, s.step, s.body]
        for n in (n for p in parts for n in walk(p)):
            if isinstance(n, (N.Call, N.StmtExpr, N.Asm, N.VAArg, N.RtCall, N.Raw)):
                return None
        planned = {id(a.lv) for a in plan.accesses}
        if any(not isinstance(T.strip(a.lv.type), (T.ArithType, T.EnumType))
               for a in plan.accesses):
            return None  # pointer stores and aggregate copies also write the shadow
        for lv in body_accesses(parts):
            if id(lv) in planned:
                continue
            root = lv
            while isinstance(root, N.Member) and not root.arrow:
                root = root.base
            if not (isinstance(root, N.VarRef) and id(root.decl) in self.fs.locals and
                    id(root.decl) not in self.fs.obj_vars and
                    root.decl.storage in ("", "register")):
                return None
        written = {id(n.lv) for p in parts for n in walk(p)
                   if isinstance(n, (N.Assign, N.IncDec))}
        groups = self._groups(plan)
        writes = {self._groups_key(a) for a in plan.accesses if id(a.lv) in written}
        for k in writes:
            a, lo, hi = groups[k]
            moving = [t for t in a.terms if affine_in(t.idx, plan.var)]
            if len(moving) != 1 or abs(moving[0].scale) < hi - lo or \
                    not _steps_by_one(moving[0].idx, plan.var):
                return None
        pairs: list[tuple[str, str]] = []
        keys = list(groups)
        for i, k1 in enumerate(keys):
            for k2 in keys[i + 1:]:
                if k1 not in writes and k2 not in writes:
                    continue
                if groups[k1][0].root is groups[k2][0].root:
                    return None
                pairs.append((k1, k2))
        return pairs

    def _groups_key(self, a: Access) -> str:
        """The range group of access a (see _groups)."""
        assert self.fs is not None
        wkey = self.fs.windows[id(a.root)] if a.fat_root else \
            _skey(self.static_window(a.lv))  # type: ignore[arg-type]
        return repr((a.fat_root, id(a.root), wkey, [(_skey(t.idx), t.scale) for t in a.terms]))

    def _addr_at(self, a: Access, var: N.VarDecl, end: N.Expr, conds: list[N.Expr]) -> N.Expr:
        """Access a's exact address (__int128) at the iteration where
        var == end; conditions that its index terms do not wrap there go
        to conds."""
        assert self.fs is not None
        loc = a.lv.loc
        off: N.Expr = N.Cast(I128, loc, N.IntLit(LONG, loc, 0, "0"), implicit=False)
        for t in a.terms:
            exact = _exact(t.idx, var, end, conds)
            off = N.Binary(I128, loc, "+", off, N.Binary(I128, loc, "*", exact, N.Cast(
                I128, loc, N.IntLit(LONG, loc, t.scale, str(t.scale)), implicit=False)))
        if a.fat_root:
            name = self.fs.fat_names[id(a.root)]
            base: N.Expr = N.Raw(I128, loc, f"(__int128)(uintptr_t){name}.p")
        else:
            base = N.Raw(I128, loc, f"(__int128)(uintptr_t)&{a.root.name}")
        return N.Binary(I128, loc, "+", base, off)

    def _in_window(self, a: Access, addr: N.Expr, offset: int, n: int) -> list[N.Expr]:
        """Conditions for the n bytes at addr + offset to be inside access
        a's window."""
        assert self.fs is not None
        loc = a.lv.loc
        if a.fat_root:
            win = self.fs.windows[id(a.root)]
            lo: N.Expr = N.Raw(I128, loc, f"(__int128){win}.lo")
            hi: N.Expr = N.Raw(I128, loc, f"(__int128){win}.hi")
        else:
            wlv = self.static_window(a.lv)
            assert wlv is not None
            lo = N.Cast(I128, loc, N.Cast(UINTPTR, loc, N.AddrOf(
                T.PointerType(wlv.type), loc, self.direct(wlv)), implicit=False), implicit=False)
            hi = N.Binary(I128, loc, "+", lo, N.Cast(I128, loc, N.IntLit(
                LONG, loc, wlv.type.size, str(wlv.type.size)), implicit=False))
        start = N.Binary(I128, loc, "+", addr, N.Cast(
            I128, loc, N.IntLit(LONG, loc, offset, str(offset)), implicit=False))
        return [N.Binary(INT, loc, ">=", start, lo),
                N.Binary(INT, loc, "<=", N.Binary(I128, loc, "+", start, N.Cast(
                    I128, loc, N.IntLit(LONG, loc, n, str(n)), implicit=False)), hi)]

    def end_loop(self, loc: N.Loc, pre: list[N.Stmt], wins: list[N.Stmt],
                 saved: _Saved, loop: N.Stmt) -> list[N.Stmt]:
        assert self.fs is not None
        self.fs.windows, self.fs.mwindows = saved
        if pre or wins:
            return [N.Compound(loc, pre + wins + [loop])]
        return [loop]

    def _hoist_vla_sizes(self, t: T.CType, loc: N.Loc, out: list[N.Stmt]) -> T.CType:
        """t with each VLA size expression computed before the declaration
        into a variable (`char buf[strlen(s) + 1]`: the expression is safe
        code, s a fat pointer; the emitter prints a type's size as is)."""
        if not isinstance(t, T.ArrayType):
            return t  # (a VLA typedef's sizes were taken at the typedef)
        elem = self._hoist_vla_sizes(t.elem, loc, out)
        vla = t.vla
        if vla is not None and type(vla).__name__ != "_VlaUnknown":
            size = self.tmp(vla.type, self.rv(vla), loc)
            out.append(self.decl(size))
            vla = self.ref(size)
        return T.ArrayType(elem, t.count, vla, t.static_size, quals=t.quals)

    def decl_stmt(self, s: N.DeclStmt) -> list[N.Stmt]:
        assert self.fs is not None
        out: list[N.Stmt] = []
        for d in s.decls:
            if not isinstance(d, N.VarDecl) or d.storage == "extern":
                out.append(N.DeclStmt(s.loc, [d]))
                continue
            if d.storage != "static" and _has_vla(d.type):
                d.type = self._hoist_vla_sizes(d.type, d.loc, out)
            key = id(d)
            flag = self.fs.init_flag.get(key)
            leaves = self.fs.leaf_flags.get(key, {})
            values = self.fs.flags_from.get(key, ["0"] * len(leaves))
            for leaf, value in zip(leaves.values(), values):
                out.append(N.RawStmt(d.loc, f"_Bool {leaf} = {value};"))
            if flag is not None:
                out.append(N.RawStmt(d.loc, f"_Bool {flag} = 0;"))
            elif self.uninit == "zero" and d.init is None and d.storage in ("", "register") \
                    and key not in self.fs.fat_vars and not _is_va_list(d.type):
                d.storage = ""  # (`register` is only a hint, and forbids the memset's &)
                out.append(N.DeclStmt(s.loc, [d]))
                out.append(N.RawStmt(d.loc, f"__builtin_memset(&{d.name}, 0, sizeof {d.name});"))
                if key in self.fs.obj_vars:
                    out += self._register_local(d)
                continue
            if key in self.fs.fat_vars:
                init = d.init
                self.fs.orig_type[key] = d.type
                d.type = FAT
                d.init = self.fat(init) if init is not None else self.null_fat(d.loc)
                self.fs.avail.assigned(key)
                out.append(N.DeclStmt(s.loc, [d]))
                continue
            if d.storage == "static":
                out += self._static_local(d)
                continue
            if _is_va_list(d.type):
                st = f"__sc_va_{d.name}_{next(self.counter)}"
                self.fs.va_state[key] = st
                out.append(N.DeclStmt(s.loc, [d]))
                out.append(N.RawStmt(d.loc, f"sc_va {st} = {{0}};"))
                continue
            if isptr(d.type):
                # an address-taken pointer variable: memory with a shadow slot
                init = d.init
                d.init = None
                out.append(N.DeclStmt(s.loc, [d]))
                out += self._register_local(d)
                val = self.fat(init) if init is not None else self.null_fat(d.loc)
                if d.storage != "static":
                    out.append(N.ExprStmt(d.loc, self.rt(
                        "sc_store_ptr", [N.Raw(VOIDP, d.loc, f"(void *)&{d.name}"), val],
                        T.VOID, d.loc)))
                continue
            orig_init = d.init
            items = _pointer_items(d.init, d.type) if isinstance(d.init, N.InitList) and \
                has_pointers(d.type) else None
            computed = [it for _, it in items or [] if not _address_constant(it.value, True)]
            if any(_refers_to(it.value, d) for it in computed) or \
                    len(items or []) > _MAX_ITEM_CAPS:
                items = None  # (`{&self, f(&self)}`: the lookup after the declaration)
            temps: dict[int, N.VarDecl] = {}
            if items and d.init is not None:
                # the items' capabilities, not the objects their values fall in
                # (`{buf, buf + 8}`).  An address (`&x`, `buf + 8`, `&self`)
                # is computed again after the declaration; another item is
                # evaluated first (the items of a list are indeterminately
                # sequenced) and the list takes its address.
                for it in computed:
                    temps[id(it)] = self.tmp(FAT, self.fat(it.value), it.value.loc)
                out += [self.decl(t) for t in temps.values()]
                d.init = _replace_items(d.init, {
                    id(it): N.FatPtr(it.value.type, it.value.loc, self.ref(temps[id(it)]))
                    for _, it in items if id(it) in temps})
            if d.init is not None:
                d.init = self.raw_init(d.init)
            out.append(N.DeclStmt(s.loc, [d]))
            if key in self.fs.obj_vars:
                out += self._register_local(d)
            if items:
                vals = [(off, temps[id(it)].name if id(it) in temps else
                         self._text(self.fat(it.value))) for off, it in items]
                out.append(N.RawStmt(d.loc, self._rederive_init_text(d.name, d.type, vals,
                                                                     False)))
            elif d.init is not None and has_pointers(d.type):
                out.append(N.RawStmt(d.loc, self._rederive_text(d.name, d.type, orig_init)))
        return out

    def _static_local(self, d: N.VarDecl) -> list[N.Stmt]:
        """A static local: a global object, registered the first time its
        declaration is reached (its initializer is constant)."""
        assert self.fs is not None
        orig_init = d.init
        if d.init is not None:
            saved, self.fs = self.fs, None
            d.init = self.raw_init(d.init)  # constant context: literals get names
            self.fs = saved
        out: list[N.Stmt] = [N.DeclStmt(d.loc, [d])]
        cap = f"__sc_cap_{d.name}_{next(self.counter)}"
        self.global_caps[id(d)] = cap
        site = self.site(d.loc)
        assert isinstance(site, N.Raw)
        tn = _c_string(type_name(d.type))
        init = f"{cap} = sc_reg((void *)&{d.name}, sizeof {d.name}, {_SC_K_GLOBAL}, {tn}, " \
               f"{site.text});"
        if d.init is not None and has_pointers(d.type):
            init += " " + self._static_rederive_text(d.name, d.type, orig_init)
        out.append(N.RawStmt(d.loc, f"static sc_cap {cap};"))
        out.append(N.RawStmt(d.loc, f"if (__builtin_expect(!{cap}.obj, 0)) {{ {init} }}"))
        return out

    # ================================================================ values
    def raw_init(self, e: N.Expr) -> N.Expr:
        """An initializer, pointers as plain addresses (capabilities re-derived after)."""
        if isinstance(e, N.InitList):
            return N.InitList(e.type, e.loc, [N.InitItem(it.designators, self.raw_init(it.value))
                                              for it in e.items])
        if isinstance(e, N.StringLit) and T.is_array(e.type):
            return e
        if self.fs is None:
            # file scope: constant initializers; only string literals change
            if isinstance(e, N.Decay) and isinstance(e.lv, N.StringLit):
                lit = self.literal(e.lv)
                assert isinstance(lit, N.Raw)
                return N.Raw(e.type, e.loc, f"(({self._tname(e.type)}){self.literals[id(e.lv)][1]})")
            return e
        return self.rv(e)

    def rv(self, e: N.Expr, void_ok: bool = False) -> N.Expr:  # noqa: C901
        """A non-pointer value (a pointer-typed `e` gives its raw address)."""
        if isptr(e.type):
            return self.raw_ptr(self.fat(e), e.type)
        if isinstance(e, (N.IntLit, N.FloatLit, N.EnumConst, N.Raw, N.LabelAddr,
                          N.SizeofVlaType)):
            return e
        if isinstance(e, N.SizeofExpr):
            return e
        if isinstance(e, N.Load):
            if T.is_record(e.type) and not N.is_lvalue(e.lv):
                return N.Load(e.type, e.loc, self.rv(e.lv))
            if self.fs is not None and id(e) in self.fs.merge_reads:
                return N.Load(e.type, e.loc, self.access(e.lv, COPY))
            return self.init_check(e.lv, N.Load(e.type, e.loc, self.access(e.lv, READ)))
        if isinstance(e, N.Cast):
            src = e.operand.type
            if isptr(src) or T.is_array(src) or T.is_function(src):
                dst = T.strip(e.type)
                if isinstance(dst, T.ArithType) and dst.name == "_Bool" and isptr(src):
                    return N.Cast(e.type, e.loc, self.addr_only(e.operand), e.implicit)
                fat = self.fat(e.operand)
                if isinstance(dst, T.ArithType) and dst.name == "_Bool":
                    return N.Cast(e.type, e.loc, self.raw_ptr(fat, VOIDP), e.implicit)
                if isinstance(dst, T.VoidType):
                    return N.Cast(e.type, e.loc, fat, implicit=False)
                return N.Cast(e.type, e.loc, self.rt("sc_expose", [fat], UINTPTR, e.loc),
                              implicit=False)
            return N.Cast(e.type, e.loc, self.rv(e.operand), e.implicit)
        if isinstance(e, N.Unary):
            if e.op == "!":
                return N.Unary(e.type, e.loc, e.op, self.addr_only(e.operand))
            return N.Unary(e.type, e.loc, e.op, self.rv(e.operand))
        if isinstance(e, N.Binary):
            if e.op in ("&&", "||"):
                left = self.addr_only(e.left)
                return N.Binary(e.type, e.loc, e.op, left,
                                self.maybe_run(lambda: self.addr_only(e.right)))
            if e.op in _TESTS:
                return N.Binary(e.type, e.loc, e.op, self.addr_only(e.left),
                                self.addr_only(e.right))
            return N.Binary(e.type, e.loc, e.op, self.rv(e.left, True), self.rv(e.right, True))
        if isinstance(e, N.Cond):
            cond = self.addr_only(e.cond)
            return N.Cond(e.type, e.loc, cond, self.maybe_run(lambda: self.rv(e.then, True)),
                          self.maybe_run(lambda: self.rv(e.other, True)))
        if isinstance(e, N.ElvisCond):
            econd = self.rv(e.cond)
            return N.ElvisCond(e.type, e.loc, econd, self.maybe_run(lambda: self.rv(e.other)))
        if isinstance(e, N.Call):
            out = self.call(e)
            self._may_end_objects(e)
            return out
        if isinstance(e, N.Assign):
            return self.assign(e)
        if isinstance(e, N.IncDec):
            return self.init_check(e.lv, N.IncDec(e.type, e.loc, e.op, self.access(e.lv, RMW),
                                                  e.prefix))
        if isinstance(e, N.StmtExpr):
            self._may_end_objects(None)  # its statements' checks are not this expression's
            sx = N.StmtExpr(e.type, e.loc, self.block(e.body))
            self._may_end_objects(None)
            return sx
        if isinstance(e, N.VAArg):
            return self.va_arg(e)
        if isinstance(e, N.Generic):
            return self.generic(e)
        if isinstance(e, N.InitList):
            return self.raw_init(e)
        if isinstance(e, N.CompoundLit):
            return N.CompoundLit(e.type, e.loc, self.raw_init(e.init))  # type: ignore[arg-type]
        if N.is_lvalue(e):
            return self.access(e, READ)
        if isinstance(e, N.Member):  # a member of a struct value: f().x
            return N.Member(e.type, e.loc, self.rv(e.base), e.field, e.record, False)
        if isinstance(e, N.Decay):
            return self.raw_ptr(self.fat(e), e.type)
        if isinstance(e, N.FuncRef):
            return e
        raise self.unsupported(e.loc, f"expression {type(e).__name__}")

    # ================================================================ lvalues
    def is_direct(self, lv: N.Expr, tracked_ok: bool = False) -> bool:
        """An lvalue used as is: a variable, or a member of one, by name.
        (Not a variable whose bytes are tracked, unless tracked_ok: its
        accesses also set or test its init bits.)"""
        if isinstance(lv, N.VarRef):
            return tracked_ok or self.fs is None or id(lv.decl) not in self.fs.tracked
        if isinstance(lv, N.Member) and not lv.arrow:
            return self.is_direct(lv.base, tracked_ok) or not N.is_lvalue(lv.base)
        return isinstance(lv, (N.CompoundLit, N.StringLit))

    def direct(self, lv: N.Expr) -> N.Expr:
        """A direct lvalue with its sub-expressions translated."""
        if isinstance(lv, N.Member) and not lv.arrow:
            base = self.direct(lv.base) if N.is_lvalue(lv.base) else self.rv(lv.base)
            return N.Member(lv.type, lv.loc, base, lv.field, lv.record, False)
        if isinstance(lv, N.CompoundLit):
            return self.rv(lv)
        return lv

    def _init_flags(self, lv: N.Expr) -> tuple[list[str], str]:
        """The flags of the scalar local or struct-local members lv covers
        (a member path ending inside a flagged leaf gives that leaf), and
        a name for reports."""
        if self.fs is None:
            return [], ""
        if isinstance(lv, N.VarRef):
            flag = self.fs.init_flag.get(id(lv.decl))
            if flag is not None:
                return [flag], lv.decl.name
            return list(self.fs.leaf_flags.get(id(lv.decl), {}).values()), lv.decl.name
        path: list[int] = []
        names: list[str] = []
        while isinstance(lv, N.Member) and not lv.arrow:
            i = next((k for k, f in enumerate(lv.record.fields) if f is lv.field), None)
            if i is None:
                return [], ""
            path.insert(0, i)
            names.insert(0, lv.field.name)
            lv = lv.base
        if not (path and isinstance(lv, N.VarRef) and id(lv.decl) in self.fs.leaf_flags):
            return [], ""
        leaves = self.fs.leaf_flags[id(lv.decl)]
        name = ".".join([lv.decl.name, *[n for n in names if n]])
        for k in range(len(path), -1, -1):  # (k = 0: a union variable is one leaf)
            if tuple(path[:k]) in leaves:
                return [leaves[tuple(path[:k])]], name
        p = tuple(path)
        return [f for q, f in leaves.items() if q[:len(p)] == p], name

    def init_check(self, lv: N.Expr, value: N.Expr) -> N.Expr:
        """`value` (a read of lv) preceded by lv's initialization check, if
        any.  A struct read as a whole is copied, not used: no check."""
        flags, name = self._init_flags(lv)
        if len(flags) != 1 or T.is_record(lv.type) or \
                (self.fs is not None and id(lv) in self.fs.assigned):
            return value
        site = self.site(lv.loc)
        assert isinstance(site, N.Raw)
        chk = N.Raw(T.VOID, lv.loc, f"(__builtin_expect({flags[0]}, 1) ? (void)0 : "
                                    f"sc_uninit_local({site.text}, {_c_string(name)}))")
        return N.Binary(value.type, lv.loc, ",", chk, value)

    def init_set(self, lv: N.Expr, assign: N.Expr, src: Optional[N.Expr] = None) -> N.Expr:
        """`assign` (a store to lv) also setting lv's initialization flags:
        to 1, or, for a struct copied from a variable with member flags of
        the same type (src), to its flags."""
        flags, _ = self._init_flags(lv)
        if not flags:
            return assign
        values = ["1"] * len(flags)
        if src is not None and T.is_record(lv.type):
            values = _copied_flags(self._init_flags(src)[0], len(flags), src, lv.type) or values
        sets = ", ".join(f"{f} = {v}" for f, v in zip(flags, values))
        return N.Binary(assign.type, lv.loc, ",", N.Raw(INT, lv.loc, f"({sets})"), assign)

    def proven(self, lv: N.Expr) -> bool:
        """Hybrid mode: is this element access in bounds by construction?

        `a[k]` and `a[i]` inside `for (i = c; i < K; i++)` (i not written in
        the body) where `a` is an array variable (or a member array of one)
        with more than the index's largest value elements."""
        if not (self.hybrid and isinstance(lv, N.Index) and isinstance(lv.base, N.Decay)):
            return False
        arr = lv.base.lv
        if not (N.is_lvalue(arr) and self.is_direct(arr, tracked_ok=True)):
            return False
        at = T.strip(arr.type)
        if not (isinstance(at, T.ArrayType) and at.count is not None and at.vla is None):
            return False
        rng = self._index_range(lv.index)
        return rng is not None and 0 <= rng[0] and rng[1] < at.count

    def _index_range(self, e: N.Expr) -> Optional[tuple[int, int]]:
        while isinstance(e, N.Cast) and e.implicit:
            e = e.operand
        k = _const(e)
        if k is not None:
            return (k, k)
        if isinstance(e, N.Load) and isinstance(e.lv, N.VarRef) and self.fs is not None:
            return self.fs.ranges.get(id(e.lv.decl))
        return None

    def access(self, lv: N.Expr, mode: int) -> N.Expr:
        """An lvalue to read or write a non-pointer value, checked if indirect.
        mode is READ, WRITE or RMW; an aggregate read is a COPY (its bytes,
        padding included, need not all have been written)."""
        if mode == READ and (T.is_record(lv.type) or T.is_array(lv.type)):
            mode = COPY
        if self.is_direct(lv):
            return self.direct(lv)
        if self.proven(lv):
            assert isinstance(lv, N.Index) and isinstance(lv.base, N.Decay)
            if self.fs is not None:
                self.fs.elided += 1
            elem = N.Index(lv.type, lv.loc, N.Decay(lv.base.type, lv.loc,
                                                     self.direct(lv.base.lv)), self.rv(lv.index))
            return self.init_bits(lv, elem, lv.type, mode)
        if self.fs is not None:
            self.fs.checked += 1
        if isinstance(lv, N.Member) and lv.field.bitwidth is not None:
            return self.bitfield(lv, mode)
        return N.Deref(lv.type, lv.loc, self.chk_lv(lv, lv.type, mode))

    def bitfield(self, lv: N.Member, mode: int) -> N.Expr:
        """A bitfield access: the whole containing struct is checked for
        bounds (gcc may load or store its whole storage unit).  Under
        --uninit=trap the bytes holding the bitfield are read or written
        for initialization, not the struct's other members (byte-grained:
        a bitfield shares its bytes with its neighbours)."""
        loc = lv.loc
        rec = T.RecordType(lv.record)
        whole = COPY if mode == READ else WRITE
        if self.uninit != "trap":
            if lv.arrow:
                chk = self.chk(self.fat(lv.base), rec, whole, loc,
                               self.window_of(ptr_root(lv.base)))
            else:
                chk = self.chk_lv(lv.base, rec, whole)
            return N.Member(lv.type, loc, N.Deref(rec, loc, chk), lv.field, lv.record, False)
        f = lv.field
        assert f.bitwidth is not None
        first, last = f.offset_bits // 8, (f.offset_bits + max(f.bitwidth, 1) - 1) // 8
        window = self.window_of(ptr_root(lv.base)) if lv.arrow else None
        base = self.tmp(FAT, self.fat(lv.base) if lv.arrow else self.addr_fat(lv.base), loc)
        sp = self.tmp(T.PointerType(rec), self.chk(self.ref(base), rec, COPY if mode == READ
                                                   else PUT, loc, window), loc)
        span = T.ArrayType(UCHAR, last - first + 1)
        bits = self.chk(self.rt("sc_add", [self.ref(base), N.IntLit(LONG, loc, first, str(first))],
                                FAT, loc), span, mode, loc, window)
        ptr = self.sexpr([self.decl(base), self.decl(sp),
                          N.ExprStmt(loc, N.Cast(T.VOID, loc, bits, implicit=False))],
                         self.ref(sp), T.PointerType(rec), loc)
        return N.Member(lv.type, loc, N.Deref(rec, loc, ptr), lv.field, lv.record, False)

    def chk_lv(self, lv: N.Expr, ty: T.CType, mode: int) -> N.Expr:
        """The checked address of lvalue lv, accessed as a `ty`.  The check
        is the cheapest that is exact: by name (a variable's window is known
        and the variable is live), by a loop window, or the full one."""
        step = _post_step(lv, self.fs.fat_vars if self.fs is not None else set())
        if step is not None and self.fs is not None and id(lv) not in self.fs.unchecked:
            return self._chk_then_step(lv, step, ty, mode)
        fat = self.addr_fat(lv)
        if self.fs is not None and id(lv) in self.fs.unchecked:
            return self.raw_ptr(fat, T.PointerType(ty))
        if mode == WRITE and self.uninit == "trap":
            mode |= _pad_after(lv) << 8  # the padding after a member is written with it
        win = self.static_window(lv, tracked_ok=True)
        if win is not None:
            call = self.rt("sc_chk_in", [fat, self.size_of(ty, lv.loc), N.Cast(
                VOIDP, lv.loc, N.AddrOf(T.PointerType(win.type), lv.loc, self.direct(win)),
                implicit=False), N.IntLit(ULONG, lv.loc, win.type.size, f"{win.type.size}UL"),
                N.IntLit(INT, lv.loc, mode, str(mode)), self.site(lv.loc)],
                VOIDP, lv.loc)
            return N.Cast(T.PointerType(ty), lv.loc, self._ib_call(lv, call, ty, mode),
                          implicit=False)
        m = member_window(lv)
        if m is not None and self.fs is not None:
            mwin = self.fs.mwindows.get((id(m[0]), m[1], m[2]))
            if mwin is not None:
                loc = lv.loc
                call = self.rt("SC_CHK_WS", [
                    self.raw_ptr(fat, VOIDP), self.size_of(ty, loc), N.Raw(T.VOID, loc, mwin),
                    N.Raw(FAT, loc, m[0].name), N.IntLit(ULONG, loc, m[1], f"{m[1]}UL"),
                    N.IntLit(ULONG, loc, m[2], f"{m[2]}UL"),
                    N.IntLit(INT, loc, mode, str(mode)), self.site(loc)], VOIDP, loc)
                return N.Cast(T.PointerType(ty), loc, call, implicit=False)
        return self.chk(fat, ty, mode, lv.loc, self.window_of(lv_root(lv)))

    def _chk_then_step(self, lv: N.Expr, step: N.IncDec, ty: T.CType, mode: int) -> N.Expr:
        """`*p++` (p a pointer local): the access is checked at p, then p
        steps -- so that a check of `*p` just before (`while (*p) h ^= *p++;`)
        covers it (avail.py)."""
        assert isinstance(step.lv, N.VarRef)
        loc = lv.loc
        if mode == WRITE and self.uninit == "trap":
            mode |= _pad_after(lv) << 8
        at = self.tmp(T.PointerType(ty), self.chk(N.VarRef(FAT, loc, step.lv.decl), ty, mode, loc,
                                                  self.window_of(lv_root(lv))), loc)
        return self.sexpr([self.decl(at), N.ExprStmt(loc, self.incdec_ptr(step))], self.ref(at),
                          T.PointerType(ty), loc)

    def _ib_call(self, lv: N.Expr, addr: N.Expr, ty: T.CType, mode: int) -> N.Expr:
        """addr (of lv, accessed as a `ty`) through sc_ib when lv belongs to
        a tracked local: its init bits are set or tested inline."""
        var = _named_root(lv)
        if var is None or self.fs is None or id(var) not in self.fs.ib_maps:
            return addr
        loc = lv.loc
        return self.rt("sc_ib", [addr, self.size_of(ty, loc),
                                 N.Raw(VOIDP, loc, f"(void *)&{var.name}"),
                                 N.Raw(VOIDP, loc, f"SC_IB_BITS({self.fs.ib_maps[id(var)]})"),
                                 N.IntLit(INT, loc, mode, str(mode)),
                                 N.Raw(CAP, loc, self.global_caps[id(var)]),
                                 self.site(loc)], VOIDP, loc)

    def init_bits(self, lv: N.Expr, direct: N.Expr, ty: T.CType, mode: int) -> N.Expr:
        """A direct lvalue of a tracked local, its init bits set or tested."""
        var = _named_root(lv)
        if var is None or self.fs is None or id(var) not in self.fs.ib_maps:
            return direct
        pt = T.PointerType(ty)
        addr = N.Cast(VOIDP, lv.loc, N.AddrOf(pt, lv.loc, direct), implicit=False)
        return N.Deref(ty, lv.loc, N.Cast(pt, lv.loc, self._ib_call(lv, addr, ty, mode),
                                          implicit=False))

    def window_of(self, root: Optional[N.VarDecl]) -> Optional[tuple[str, str]]:
        """(loop window, pointer local) that checks accesses through root."""
        if root is None or self.fs is None or id(root) not in self.fs.windows:
            return None
        return self.fs.windows[id(root)], self.fs.fat_names[id(root)]

    def static_window(self, lv: N.Expr, tracked_ok: bool = False) -> Optional[N.Expr]:
        """The named object (a variable, or a member array of one) whose
        window checks an access to lv, when lv is reached from a variable
        by name through array elements and `.` members only.  (A tracked
        variable's accesses also need its init bits: only with tracked_ok.)"""
        if isinstance(lv, N.VarRef):
            v = lv.decl
            ok = self.fs is not None and id(v) not in self.fs.fat_vars and \
                (tracked_ok or id(v) not in self.fs.tracked) and v.storage != "register" and \
                fixed_size(v.type)
            return lv if ok else None
        if isinstance(lv, N.Member) and not lv.arrow and N.is_lvalue(lv.base):
            base = self.static_window(lv.base, tracked_ok)
            if base is not None and T.is_array(lv.field.type) and fixed_size(lv.field.type) \
                    and not flexible_member(lv.record, lv.field):
                return lv
            return base
        if isinstance(lv, N.Index) and isinstance(lv.base, N.Decay) and N.is_lvalue(lv.base.lv):
            return self.static_window(lv.base.lv, tracked_ok)
        return None

    def chk(self, fat: N.Expr, ty: T.CType, mode: int, loc: N.Loc,
            window: Optional[tuple[str, str]] = None) -> N.Expr:
        """`(T *)sc_chk(fat, sizeof(T), mode, site)`, or SC_CHK_W with a
        loop window (the capability is the pointer local's: only the address
        of `fat` is computed)."""
        size = self.size_of(ty, loc)
        w = N.IntLit(INT, loc, mode, str(mode))
        fact = self._fact_of(fat, ty)
        if fact is not None and self.fs is not None:
            av = self.fs.avail
            var, lo, hi = fact
            if (mode & 0xFF) in (READ, WRITE, RMW, COPY, PUT) and \
                    av.covered(var, lo, hi + (mode >> 8)):
                return N.Cast(T.PointerType(ty), loc, self.raw_ptr(fat, VOIDP), implicit=False)
            if (mode & 0xFF) in (READ, WRITE, RMW):
                av.checked(var, lo, hi)
        if window is not None:
            flag = self._window_flag(fact, window, mode) if fact is not None else None
            args = [self.raw_ptr(fat, VOIDP), size, N.Raw(T.VOID, loc, window[0]),
                    N.Raw(CAP, loc, f"{window[1]}.c"), w, self.site(loc)]
            call = self.rt("SC_CHK_W", args, VOIDP, loc) if flag is None else \
                self.rt("SC_CHK_WF", [N.Raw(INT, loc, flag), *args], VOIDP, loc)
        else:
            call = self.rt("sc_chk", [fat, size, w, self.site(loc)], VOIDP, loc)
            if fact is not None and (mode & 0xFF) in (READ, WRITE, RMW):
                call = self._whole_flag(fat, fact, mode, call)
        return N.Cast(T.PointerType(ty), loc, call, implicit=False)

    def _whole_flag(self, fat: N.Expr, fact: tuple[int, int, int], mode: int,
                    check: N.Expr) -> N.Expr:
        """An access through a pointer local to a struct (`n->left` after
        `n->item`), its own check `check`: the first one also tests whether
        the whole struct passes a check's usual case, into a flag; later
        ones inside the struct, while the flag's fact holds (avail.py), test
        the flag alone and make their own check only if it is false.
        Precise either way: an access is reported by its own check, at its
        own place."""
        assert self.fs is not None
        loc = check.loc
        var, lo, hi = fact
        hi += mode >> 8
        av = self.fs.avail
        flag = av.flag_for(var, lo, hi)
        if flag is not None:
            return self.rt("SC_CHK_IF", [N.Raw(INT, loc, flag), self.raw_ptr(fat, VOIDP),
                                         check], VOIDP, loc)
        size = self.fs.fat_records.get(var, 0)
        if not 0 <= lo < hi <= size:
            return check
        flag = f"__sc_whole{next(self.counter)}"
        self.fs.hoisted.append(N.RawStmt(loc, f"_Bool {flag} = 0;"))
        av.flagged(var, 0, size, flag)
        return self.rt("SC_CHK_SET", [N.Raw(INT, loc, flag),
                                      N.VarRef(FAT, loc, self.fs.locals[var]),
                                      N.IntLit(ULONG, loc, size, f"{size}UL"),
                                      self.raw_ptr(fat, VOIDP), check], VOIDP, loc)

    def _window_flag(self, fact: tuple[int, int, int], window: tuple[str, str],
                     mode: int) -> Optional[str]:
        """For an access at a constant offset from a pointer local with a
        loop window (`p->len` in `for (;;) { if (pc >= p->len) ... }`): a
        flag, computed once before the loop, that says its bytes are inside
        the window.  While it holds, the access needs no check: the window
        stays valid through its loop (no object ends there, and written bytes
        stay written).  gcc cannot hoist SC_CHK_W's own test out of the loop,
        as its miss path renews the window."""
        assert self.fs is not None
        var, lo, hi = fact
        decls = self.fs.window_decls.get(window[0])
        if decls is None or self.fs.windows.get(var) != window[0] or \
                (mode & 0xFF) not in (READ, WRITE, RMW):
            return None
        key = (window[0], lo, hi)
        flag = self.fs.window_flags.get(key)
        if flag is None:
            flag = f"__sc_ok{next(self.counter)}"
            self.fs.window_flags[key] = flag
            decls.append(N.RawStmt(decls[0].loc, f"const _Bool {flag} = SC_IN_WIN("
                                   f"(uintptr_t)({window[1]}).p + {lo}, {hi - lo}UL, "
                                   f"{window[0]});"))
        return flag

    def _fact_of(self, fat: N.Expr, ty: T.CType) -> Optional[tuple[int, int, int]]:
        """(pointer local, lo, hi) when `fat` is one plus a constant and
        `ty` has a size: the bytes an access of a `ty` there reaches."""
        if self.fs is None:
            return None
        if _has_vla(ty) or T.is_function(ty):
            return None
        size = T.strip(ty).size
        if size <= 0:
            return None
        off = 0
        if isinstance(fat, N.RtCall) and fat.name == "sc_add" and len(fat.args) == 2 and \
                isinstance(fat.args[1], N.IntLit):
            off = fat.args[1].value
            fat = fat.args[0]
        if isinstance(fat, N.VarRef) and id(fat.decl) in self.fs.fat_vars:
            return id(fat.decl), off, off + size
        return None

    def addr_fat(self, lv: N.Expr) -> N.Expr:
        """The address of an lvalue as an sc_fat (no access is made)."""
        loc = lv.loc
        if isinstance(lv, N.VarRef):
            v = lv.decl
            return self.rt("sc_mk", [N.Raw(VOIDP, loc, f"(void *)&{v.name}"),
                                     self.global_cap(v, loc)], FAT, loc)
        if isinstance(lv, N.Deref):
            return self.fat(lv.ptr)
        if isinstance(lv, N.Index):
            base = self.fat(lv.base)
            return self._add(base, self.rv(lv.index), _elem(lv.base.type), 1, loc, lv.base)
        if isinstance(lv, N.Member):
            if lv.arrow:
                base = self.fat(lv.base)
            elif N.is_lvalue(lv.base):
                base = self.addr_fat(lv.base)
            else:
                base = self.materialize(lv.base)
            off = lv.field.offset
            if T.is_array(lv.field.type):
                size = lv.field.type.size
                if size <= 0 or flexible_member(lv.record, lv.field):  # the object window
                    return self.rt("sc_add", [base, N.IntLit(LONG, loc, off, str(off))], FAT, loc)
                return self.rt("sc_narrow", [base, N.IntLit(ULONG, loc, off, f"{off}UL"),
                                             N.IntLit(ULONG, loc, size, f"{size}UL")], FAT, loc)
            if off == 0:
                return base
            return self.rt("sc_add", [base, N.IntLit(LONG, loc, off, str(off))], FAT, loc)
        if isinstance(lv, N.StringLit):
            return self.literal(lv)
        if isinstance(lv, N.CompoundLit):
            return self.compound_literal(lv)
        if isinstance(lv, N.FuncRef):
            return self.func_fat(lv.decl, loc)
        raise self.unsupported(loc, f"address of {type(lv).__name__}")

    def _padded(self, fat: N.Expr, call: N.Call, elem: T.CType, loc: N.Loc) -> N.Expr:
        """A new heap block of `elem`s (`(T *)malloc(...)`): under
        --uninit=trap its elements' padding counts as written."""
        callee = call.callee
        if self.fs is not None and id(call) in self.fs.born_whole:
            return fat  # wholly written before anything reads it: not tracked
        if self.uninit != "trap" or not (isinstance(callee, N.Decay) and
                                         isinstance(callee.lv, N.FuncRef) and
                                         callee.lv.decl.name in _UNINIT_ALLOCATORS):
            return fat
        mask = padding_mask(elem)
        if mask is None:
            return fat
        return self.rt("sc_init_pad", [fat, N.IntLit(ULONG, loc, elem.size, f"{elem.size}UL"),
                                       N.Raw(VOIDP, loc, _c_bytes(mask))], FAT, loc)

    def materialize(self, value: N.Expr) -> N.Expr:
        """A struct value whose member array is used (`f().arr[i]`): kept in
        a registered function-level temporary."""
        assert self.fs is not None
        v = N.VarDecl(f"__sc_rv{next(self.counter)}", value.type.unqual(), loc=value.loc)
        self.hoist(v)
        loc = value.loc
        assign = N.Assign(v.type, loc, "=", self.ref(v), self.rv(value))
        return N.Binary(FAT, loc, ",", assign, self.rt("sc_mk", [
            N.Raw(VOIDP, loc, f"(void *)&{v.name}"),
            N.Raw(CAP, loc, self.global_caps[id(v)])], FAT, loc))

    def compound_literal(self, lv: N.CompoundLit) -> N.Expr:
        """A block-scope compound literal whose address is used: a registered
        object of its enclosing block."""
        assert self.fs is not None
        v = N.VarDecl(f"__sc_cl{next(self.counter)}", lv.type, loc=lv.loc)
        self.hoist(v)
        init = self.raw_init(lv.init)
        assert isinstance(init, N.InitList)
        lit = N.CompoundLit(lv.type, lv.loc, init)
        addr = N.AddrOf(T.PointerType(lv.type), lv.loc, lit)
        stmts: list[N.Stmt] = [N.ExprStmt(lv.loc, self.rt(
            "__builtin_memcpy", [N.Raw(VOIDP, lv.loc, f"(void *)&{v.name}"), addr,
                                 N.Raw(ULONG, lv.loc, f"sizeof({v.name})")], VOIDP, lv.loc))]
        if has_pointers(lv.type):
            stmts.append(N.RawStmt(lv.loc, self._rederive_text(v.name, lv.type)))
        return self.sexpr(stmts, self.rt("sc_mk", [
            N.Raw(VOIDP, lv.loc, f"(void *)&{v.name}"),
            N.Raw(CAP, lv.loc, self.global_caps[id(v)])], FAT, lv.loc), FAT, lv.loc)

    def func_fat(self, f: N.FuncDecl, loc: N.Loc) -> N.Expr:
        cap = self.func_caps.get(f.name)
        if cap is not None:
            return self.rt("sc_mk", [N.Raw(VOIDP, loc, f"(void *){f.name}"),
                                     N.Raw(CAP, loc, cap)], FAT, loc)
        if f.name in FN_THUNKS:
            # through the pointer, blocks are allocated and freed as by direct calls
            return self.rt("sc_func_ptr", [N.Raw(VOIDP, loc, f"(void *)sc_fn_{f.name}")],
                           FAT, loc)
        return self.rt("sc_func_ptr", [N.Raw(VOIDP, loc, f"(void *){f.name}")], FAT, loc)

    def _scale(self, elem: T.CType, loc: N.Loc) -> Optional[N.Expr]:
        """sizeof(elem) as an expression (VLA element types included)."""
        s = T.strip(elem)
        if isinstance(s, T.VoidType):
            return N.IntLit(LONG, loc, 1, "1")
        if isinstance(s, T.ArrayType) and s.vla is not None:
            if type(s.vla).__name__ == "_VlaUnknown":
                return None
            inner = self._scale(s.elem, loc)
            if inner is None:
                return None
            return N.Binary(LONG, loc, "*", N.Cast(LONG, loc, self.rv(s.vla), implicit=False),
                            inner)
        if elem.size > 0:
            return N.IntLit(LONG, loc, elem.size, str(elem.size))
        return None

    def _add(self, base: N.Expr, idx: N.Expr, elem: T.CType, sign: int, loc: N.Loc,
             origin: Optional[N.Expr] = None) -> N.Expr:
        scale = self._scale(elem, loc)
        if scale is None and origin is not None:
            v = _origin_var(origin)
            vt = (self.fs.orig_type.get(id(v), v.type) if self.fs else v.type) if v else None
            if vt is not None and isinstance(T.strip(vt), (T.ArrayType, T.PointerType)):
                scale = self._scale(_elem(vt), loc)
        if scale is None:
            raise self.unsupported(loc, "pointer arithmetic on a variably modified type whose "
                                        "bound is not visible here")
        off: N.Expr = N.Binary(LONG, loc, "*", N.Cast(LONG, loc, idx, implicit=False), scale)
        if sign < 0:
            off = N.Unary(LONG, loc, "-", off)
        return self.rt("sc_add", [base, off], FAT, loc)

    # ================================================================ pointers
    def fat(self, e: N.Expr) -> N.Expr:  # noqa: C901 - one dispatch
        """A pointer-valued expression as an sc_fat."""
        loc = e.loc
        if isinstance(e, N.Load):
            return self.load_ptr(e.lv)
        if isinstance(e, N.Decay):
            if isinstance(e.lv, N.Generic):
                return self.fat(N.Cast(e.type, loc, e.lv, implicit=True))
            if isinstance(e.lv, N.FuncRef):
                return self.func_fat(e.lv.decl, loc)
            if isinstance(e.lv, N.Deref) and T.is_function(e.lv.type):
                return self.fat(e.lv.ptr)
            return self.addr_fat(e.lv)
        if isinstance(e, N.AddrOf):
            if isinstance(e.lv, N.FuncRef):
                return self.func_fat(e.lv.decl, loc)
            if isinstance(e.lv, N.Deref) and T.is_function(e.lv.type):
                return self.fat(e.lv.ptr)
            return self.addr_fat(e.lv)
        if isinstance(e, N.Cast):
            src = e.operand.type
            if isinstance(e.operand, N.Generic):
                t = self.tmp(e.type, self.rv_keep(e.operand), loc)
                return self.sexpr([self.decl(t)], self.rt("sc_mk", [
                    N.Raw(VOIDP, loc, f"(void *){t.name}"),
                    N.Raw(CAP, loc, f"sc_lookup_cap((void *){t.name})")], FAT, loc), FAT, loc)
            if T.is_array(src) and not N.is_lvalue(e.operand):
                return self.addr_fat(e.operand)  # an array member of a struct value
            if isptr(src) or T.is_array(src) or T.is_function(src):
                if _code_to_data(src, e.type) and not e.implicit:
                    raise self.unsupported(loc, "cast of a function pointer to a data pointer")
                if isinstance(e.operand, N.Call) and isptr(e.type):
                    self.alloc_hint = _alloc_type(e.operand, T.pointee(e.type))
                    try:
                        return self._padded(self.fat(e.operand), e.operand,
                                            T.pointee(e.type), loc)
                    finally:
                        self.alloc_hint = None
                return self.fat(e.operand)
            if isinstance(e.operand, N.IntLit) and e.operand.value == 0:
                return self.null_fat(loc)
            return self.rt("sc_from_int", [N.Cast(UINTPTR, loc, self.rv(e.operand),
                                                  implicit=False)], FAT, loc)
        if isinstance(e, N.IntLit):
            if e.value == 0:
                return self.null_fat(loc)
            return self.rt("sc_from_int", [N.Cast(UINTPTR, loc, e, implicit=False)], FAT, loc)
        if isinstance(e, N.Binary):
            if e.op in ("+", "-") and isptr(e.left.type):
                elem = T.pointee(e.left.type)
                return self._add(self.fat(e.left), self.rv(e.right), elem,
                                 1 if e.op == "+" else -1, loc)
            if e.op == "+" and isptr(e.right.type):
                return self._add(self.fat(e.right), self.rv(e.left), T.pointee(e.right.type),
                                 1, loc)
            if e.op == ",":
                return N.Binary(FAT, loc, ",", self.rv(e.left, True), self.fat(e.right))
            raise self.unsupported(loc, f"pointer-valued operator {e.op}")
        if isinstance(e, N.Cond):
            cond = self.rv(e.cond)
            return N.Cond(FAT, loc, cond, self.maybe_run(lambda: self.fat(e.then)),
                          self.maybe_run(lambda: self.fat(e.other)))
        if isinstance(e, N.ElvisCond):
            t = self.tmp(FAT, self.fat(e.cond), loc)
            other = self.maybe_run(lambda: self.fat(e.other))
            return self.sexpr([self.decl(t)], N.Cond(FAT, loc, N.Raw(INT, loc, f"{t.name}.p != 0"),
                                                     self.ref(t), other), FAT, loc)
        if isinstance(e, N.Call):
            out = self.call(e)
            self._may_end_objects(e)
            return out
        if isinstance(e, N.Assign):
            return self.assign(e)
        if isinstance(e, N.IncDec):
            return self.incdec_ptr(e)
        if isinstance(e, N.StmtExpr):
            self._may_end_objects(None)
            body = self.block(e.body)
            if body.items and isinstance(body.items[-1], N.ExprStmt):
                last = e.body.items[-1]
                assert isinstance(last, N.ExprStmt)
                body.items[-1] = N.ExprStmt(last.loc, self.fat(last.expr))
            self._may_end_objects(None)
            return N.StmtExpr(FAT, loc, body)
        if isinstance(e, N.VAArg):
            return self.va_arg(e)
        if isinstance(e, (N.Generic, N.Raw)):
            ty = T.PointerType(e.type) if T.is_function(e.type) else e.type
            t = self.tmp(ty, self.rv_keep(e), loc)
            return self.sexpr([self.decl(t)], self.rt("sc_mk", [
                N.Raw(VOIDP, loc, f"(void *){t.name}"),
                N.Raw(CAP, loc, f"sc_lookup_cap((void *){t.name})")], FAT, loc), FAT, loc)
        if isinstance(e, N.FatPtr):
            return e.fat
        if isinstance(e, N.LabelAddr):
            # code is not data: a label's address carries no capability
            return self.rt("sc_mk", [e, N.Raw(CAP, loc, "SC_NOCAP")], FAT, loc)
        if isinstance(e, N.VarRef) and self.fs is not None and id(e.decl) in self.fs.fat_vars:
            return N.VarRef(FAT, loc, e.decl)
        if (N.is_lvalue(e) or isinstance(e, N.Member)) and isptr(e.type):
            return self.load_ptr(e)
        raise self.unsupported(loc, f"pointer expression {type(e).__name__}")

    def addr_only(self, e: N.Expr) -> N.Expr:
        """A value that is only tested or compared (`if (p->next)`, `p == q`,
        `!p`): a pointer loaded from memory is read as its address alone,
        without its capability (the slot is still checked, and its
        initialization).  Loading the capability reads the slot's shadow
        entry, a second cache line per node of a list or tree walk."""
        if not isptr(e.type):
            return self.rv(e)
        if isinstance(e, N.Cast) and isptr(e.operand.type) and isinstance(e.operand, N.Load):
            return N.Cast(e.type, e.loc, self.addr_only(e.operand), e.implicit)
        if isinstance(e, N.Load) and N.is_lvalue(e.lv) and not T.is_record(e.lv.type) and \
                not (isinstance(e.lv, N.VarRef) and self.fs is not None and
                     id(e.lv.decl) in self.fs.fat_vars):
            return self.init_check(e.lv, N.Load(e.type, e.loc, self.access(e.lv, READ)))
        return self.rv(e)

    def rv_keep(self, e: N.Expr) -> N.Expr:
        """Translate sub-expressions but keep `e`'s own (pointer) type."""
        if isinstance(e, N.VAArg):
            return self.va_arg(e)
        if isinstance(e, N.Generic):
            return self.generic(e)
        return e

    def generic(self, e: N.Generic) -> N.Generic:
        """_Generic: one association runs, chosen by type."""
        control = self.rv(e.control)
        return N.Generic(e.type, e.loc, control,
                         [(t, self.maybe_run(functools.partial(self.rv, x, True)))
                          for t, x in e.assocs])

    def maybe_run(self, translate: Callable[[], N.Expr]) -> N.Expr:
        """An operand that may not run: the checks it makes are not
        counted on after it (avail.py)."""
        if self.fs is None:
            return translate()
        saved = self.fs.avail.save()
        out = translate()
        self.fs.avail.only_if_run(saved)
        return out

    def _may_end_objects(self, call: Optional[N.Call]) -> None:
        """After a call (None: a statement expression): any object may have
        ended, unless the callee is one that cannot end one (avail.py)."""
        if self.fs is not None and not (call is not None and self.frees.call_ok(call)):
            self.fs.avail.call()

    def load_ptr(self, lv: N.Expr) -> N.Expr:
        loc = lv.loc
        if isinstance(lv, N.VarRef) and self.fs is not None and id(lv.decl) in self.fs.fat_vars:
            return self.init_check(lv, N.VarRef(FAT, loc, lv.decl))
        if isinstance(lv, N.Member) and not lv.arrow and not N.is_lvalue(lv.base):
            # a pointer member of a struct value (e.g. `f().p`): no slot to ask
            t = self.tmp(lv.type, N.Member(lv.type, loc, self.rv(lv.base), lv.field, lv.record),
                         loc)
            return self.sexpr([self.decl(t)], self.rt("sc_mk", [
                N.Raw(VOIDP, loc, f"(void *){t.name}"),
                N.Raw(CAP, loc, f"sc_lookup_cap((void *){t.name})")], FAT, loc), FAT, loc)
        var = _named_root(lv)
        own = self.is_direct(lv) and var is not None and self.fs is not None and \
            id(var) in self.fs.locals and id(var) not in self.fs.obj_vars and \
            var.storage in ("", "register")
        return self.init_check(lv, self.rt("sc_load_ptr_own" if own else "sc_load_ptr",
                                           [self.slot(lv, READ)], FAT, loc))

    def slot(self, lv: N.Expr, mode: int) -> N.Expr:
        """`void *` address of a pointer-sized memory slot, checked if indirect."""
        loc = lv.loc
        if self.is_direct(lv):
            return N.Cast(VOIDP, loc, N.AddrOf(T.PointerType(lv.type), loc, self.direct(lv)),
                          implicit=False)
        return N.Cast(VOIDP, loc, self.chk_lv(lv, lv.type, mode), implicit=False)

    def store_ptr(self, lv: N.Expr, value: N.Expr, loc: N.Loc) -> N.Expr:
        if isinstance(lv, N.VarRef) and self.fs is not None and id(lv.decl) in self.fs.fat_vars:
            self.fs.avail.assigned(id(lv.decl))
            return self.init_set(lv, N.Assign(FAT, loc, "=", N.VarRef(FAT, loc, lv.decl), value))
        t = self.tmp(FAT, value, loc)
        s = self.tmp(VOIDP, self.slot(lv, WRITE), loc)
        return self.init_set(lv, self.sexpr([self.decl(t), self.decl(s), N.ExprStmt(loc, self.rt(
            "sc_store_ptr", [self.ref(s), self.ref(t)], T.VOID, loc))], self.ref(t), FAT, loc))

    def assign(self, e: N.Assign) -> N.Expr:
        loc = e.loc
        merge = _masked_merge_read(e)
        if merge is not None and self.fs is not None:
            self.fs.merge_reads.add(id(merge))
        if isptr(e.lv.type):
            if e.op == "=":
                return self.store_ptr(e.lv, self.fat(e.value), loc)
            # p += n / p -= n
            elem = T.pointee(e.lv.type)
            sign = 1 if e.op == "+=" else -1
            if isinstance(e.lv, N.VarRef) and self.fs is not None and \
                    id(e.lv.decl) in self.fs.fat_vars:
                cur = N.VarRef(FAT, loc, e.lv.decl)
                step = self.rv(e.value)
                self.fs.avail.assigned(id(e.lv.decl))
                return N.Assign(FAT, loc, "=", N.VarRef(FAT, loc, e.lv.decl),
                                self._add(cur, step, elem, sign, loc))
            s = self.tmp(VOIDP, self.slot(e.lv, RMW), loc)
            v = self.tmp(FAT, self._add(self.rt("sc_load_ptr", [self.ref(s)], FAT, loc),
                                        self.rv(e.value), elem, sign, loc), loc)
            return self.sexpr([self.decl(s), self.decl(v), N.ExprStmt(loc, self.rt(
                "sc_store_ptr", [self.ref(s), self.ref(v)], T.VOID, loc))], self.ref(v), FAT, loc)
        if T.is_record(e.lv.type) and e.op == "=" and (
                has_pointers(e.lv.type) or self._copies_init_state(e.lv, _copied_lv(e.value))):
            return self.init_set(e.lv, self.assign_record(e), _copied_lv(e.value))
        if isinstance(e.lv, N.Member) and e.lv.record.kind == "union" and \
                has_pointers(T.RecordType(e.lv.record)) and e.lv.field.bitwidth is None:
            # data written over a union's pointer: its slot holds data now
            pt = T.PointerType(e.lv.type)
            dst = self.tmp(pt, N.AddrOf(pt, loc, self.access(
                e.lv, WRITE if e.op == "=" else RMW)), loc)
            val = self.tmp(e.type, N.Assign(e.type, loc, e.op, N.Raw(e.lv.type, loc,
                                                                    f"*{dst.name}"),
                                            self.rv(e.value)), loc)
            return self.init_set(e.lv, self.sexpr([
                self.decl(dst), self.decl(val),
                N.RawStmt(loc, f"sc_data_store({dst.name}, sizeof *{dst.name});")],
                self.ref(val), e.type, loc))
        a = N.Assign(e.type, loc, e.op, self.access(e.lv, WRITE if e.op == "=" else RMW),
                     self.rv(e.value))
        if e.op == "=":
            return self.init_set(e.lv, a, _copied_lv(e.value))
        return self.init_check(e.lv, a)

    def assign_record(self, e: N.Assign) -> N.Expr:
        """Struct assignment: the pointer slots' capabilities come along."""
        loc = e.loc
        pt = T.PointerType(e.lv.type)
        src_lv = _copied_lv(e.value)
        if self._copies_init_state(e.lv, src_lv):
            # `*d = *s` through pointers: d's bytes get s's init state, as
            # memcpy's do (a field s never had stays unwritten in d)
            assert src_lv is not None
            dst = self.tmp(pt, N.AddrOf(pt, loc, self.access(e.lv, PUT)), loc)
            src = self.tmp(pt, N.AddrOf(pt, loc, self.access(src_lv, READ)), loc)
            copy: list[N.Stmt] = [self.decl(dst), self.decl(src),
                                  N.RawStmt(loc, f"*{dst.name} = *{src.name};")]
            if has_pointers(e.lv.type):
                copy.append(N.RawStmt(loc, f"sc_copy_shadow({dst.name}, {src.name}, "
                                           f"sizeof *{dst.name});"))
            return self.sexpr(copy + [
                N.ExprStmt(loc, self.rt("sc_init_copy", [
                    self.addr_fat(e.lv), self.addr_fat(src_lv),
                    N.Raw(ULONG, loc, f"sizeof *{dst.name}")], T.VOID, loc))],
                N.Raw(e.type, loc, f"*{dst.name}"), e.type, loc)
        dst = self.tmp(pt, N.AddrOf(pt, loc, self.access(e.lv, WRITE)), loc)
        stmts: list[N.Stmt] = [self.decl(dst)]
        if src_lv is not None:
            src = self.tmp(pt, N.AddrOf(pt, loc, self.access(src_lv, READ)), loc)
            stmts += [self.decl(src), N.RawStmt(loc, f"*{dst.name} = *{src.name};"),
                      N.RawStmt(loc, f"sc_copy_shadow({dst.name}, {src.name}, "
                                     f"sizeof *{dst.name});")]
        else:
            val = self.tmp(e.lv.type, self.rv(e.value), loc)
            stmts += [self.decl(val), N.RawStmt(loc, f"*{dst.name} = {val.name};"),
                      N.RawStmt(loc, self._rederive_text(f"*{dst.name}", e.lv.type, e.value)
                                .replace(f"&*{dst.name}", dst.name))]
        return self.sexpr(stmts, N.Raw(e.type, loc, f"*{dst.name}"), e.type, loc)

    def _copies_init_state(self, dst: N.Expr, src: Optional[N.Expr]) -> bool:
        """Does struct assignment dst = src copy init state (--uninit=trap)?
        When both sides are reached through capabilities (not variables by
        name, whose state is flags or nothing to copy) and their addresses
        can be computed twice (no side effects)."""
        return self.uninit == "trap" and src is not None and \
            not self.is_direct(dst) and not self.is_direct(src) and \
            not self.proven(dst) and not self.proven(src) and \
            _side_effect_free(dst) and _side_effect_free(src)

    def incdec_ptr(self, e: N.IncDec) -> N.Expr:
        loc = e.loc
        elem = T.pointee(e.lv.type)
        sign = 1 if e.op == "++" else -1
        one = N.IntLit(LONG, loc, 1, "1")
        if isinstance(e.lv, N.VarRef) and self.fs is not None and id(e.lv.decl) in self.fs.fat_vars:
            self.fs.avail.assigned(id(e.lv.decl))
            var = N.VarRef(FAT, loc, e.lv.decl)
            upd = N.Assign(FAT, loc, "=", var, self._add(var, one, elem, sign, loc))
            if e.prefix:
                return upd
            old = self.tmp(FAT, var, loc)
            return self.sexpr([self.decl(old), N.ExprStmt(loc, upd)], self.ref(old), FAT, loc)
        s = self.tmp(VOIDP, self.slot(e.lv, RMW), loc)
        old = self.tmp(FAT, self.rt("sc_load_ptr", [self.ref(s)], FAT, loc), loc)
        new = self.tmp(FAT, self._add(self.ref(old), one, elem, sign, loc), loc)
        return self.sexpr([self.decl(s), self.decl(old), self.decl(new), N.ExprStmt(
            loc, self.rt("sc_store_ptr", [self.ref(s), self.ref(new)], T.VOID, loc))],
            self.ref(new if e.prefix else old), FAT, loc)

    # ================================================================ calls
    def call(self, e: N.Call) -> N.Expr:  # noqa: C901
        loc = e.loc
        callee = e.callee
        direct: Optional[N.FuncDecl] = None
        if isinstance(callee, N.Decay) and isinstance(callee.lv, N.FuncRef):
            direct = callee.lv.decl
        name = direct.name if direct is not None else ""
        base_name = name[len("__builtin_"):] if name.startswith("__builtin_") else name
        if direct is not None and (direct.system or direct.builtin or _is_builtin(name)):
            if base_name == "strerror_r" and not isptr(e.type):
                base_name = "__xpg_strerror_r"  # the POSIX one (returns int)
            if base_name in WRAPPED:
                return self.wrapped_call(e, base_name)
            if base_name in PRINTF_LIKE or base_name in WPRINTF_LIKE:
                return self.printf_call(e, base_name)
            if base_name in SCANF_LIKE:
                return self.printf_call(e, base_name, scanf=True)
            if base_name in ("setjmp", "_setjmp", "sigsetjmp", "__sigsetjmp", "longjmp",
                             "_longjmp", "siglongjmp"):
                return self.jmp_call(e, base_name)
            if name in ("__builtin_va_start", "__builtin_va_copy", "__builtin_va_end"):
                return self.va_builtin(e, name)
            if base_name == "alloca" and self.fs is not None and len(e.args) == 1:
                return self.alloca_call(e)
            if direct.builtin or _is_builtin(name):
                args = [self.builtin_arg(a) for a in e.args]
                for i, mode in _builtin_accesses(name, e.args):
                    pt = T.strip(e.args[i].type)
                    assert isinstance(pt, T.PointerType)
                    args[i] = self.chk(self.fat(e.args[i]), pt.pointee, mode, e.args[i].loc)
                if _atomic_pointer_slot(name, e.args):
                    return self.atomic_ptr_call(e, name, callee, args)
                c = N.Call(e.type, loc, callee, args)
                return self._boundary_result(c, e.type, loc)
            if has_pointers(e.type) or any(has_pointers(a.type) for a in e.args):
                self.boundary.add(name)  # a call of only scalars has nothing to check
            return self.boundary_call(e, callee)
        if direct is not None and name in self.capconv:
            return self.capconv_call(e, callee)
        # a call into safe code (or regular C that ignores the capabilities)
        stmts: list[N.Stmt] = []
        raw_args: list[N.Expr] = []
        caps: list[str] = []
        for i, a in enumerate(e.args):
            if isptr(a.type):
                t = self.tmp(FAT, self.fat(a), a.loc)
                stmts.append(self.decl(t))
                raw_args.append(N.Raw(a.type, a.loc, f"(({self._tname(a.type)}){t.name}.p)"))
                if i < 16:
                    caps.append(f"sc_cap_put(&sc_argcap[{i}], {t.name}.c);")
            else:
                raw_args.append(self.rv(a))
        aggs = self._agg_args(e, callee)
        if direct is not None:
            target: N.Expr = callee
            target_text = f"(void *){direct.name}"
            if direct.implicit:  # only its calls declare it: naming it needs a declaration
                stmts.append(N.RawStmt(loc, f"extern int {direct.name}();"))
        else:
            ft = T.strip(callee.type)
            fat = self.fat(callee)
            tid = type_id(ft)
            fp = self.tmp(callee.type, N.Cast(callee.type, loc, self.rt(
                "sc_chk_call", [fat, N.Raw(INT, loc, f"{tid}u"), self.site(loc)], VOIDP, loc),
                implicit=False), loc)
            stmts.append(self.decl(fp))
            target = self.ref(fp)
            target_text = f"(void *){fp.name}"
        ptr_result = isptr(e.type)
        variadic = direct is not None and direct.type.variadic
        if not caps and not aggs and not ptr_result and direct is not None and not stmts and \
                not variadic:
            return N.Call(e.type, loc, callee, raw_args)
        stmts.append(N.RawStmt(loc, f"sc_argfn = {target_text};"))
        stmts += [N.RawStmt(loc, c) for c in caps]
        if aggs:
            stmts += [N.RawStmt(loc, c) for c in aggs]
            stmts.append(N.RawStmt(loc, f"sc_aggarg_fn = {target_text};"))
        ft_call = T.strip(callee.type)
        if isinstance(ft_call, T.PointerType):
            ft_call = T.strip(ft_call.pointee)
        if isinstance(ft_call, T.FunctionType) and ft_call.variadic:
            desc = "".join(_va_class(a.type) for a in e.args[len(ft_call.params):])
            stmts.append(N.RawStmt(loc, f"sc_va_desc = {_c_string(desc)};"))
        c = N.Call(e.type, loc, target, raw_args)
        if ptr_result:
            r = self.tmp(e.type, c, loc)
            stmts.append(self.decl(r))
            return self.sexpr(stmts, self.rt("sc_result", [
                N.Raw(VOIDP, loc, f"(void *){r.name}"), N.Raw(VOIDP, loc, target_text)],
                FAT, loc), FAT, loc)
        if isinstance(T.strip(e.type), T.VoidType):
            return self.sexpr(stmts, c, e.type, loc)
        r = self.tmp(e.type, c, loc)
        stmts.append(self.decl(r))
        return self.sexpr(stmts, self.ref(r), e.type, loc)

    def capconv_call(self, e: N.Call, callee: N.Expr) -> N.Expr:
        """A call of a static function whose address is never taken: the
        capabilities of pointer arguments are extra arguments, a pointer
        result comes back as an sc_fat (no thread-local traffic; gcc can
        inline and propagate them)."""
        loc = e.loc
        stmts: list[N.Stmt] = []
        raw_args: list[N.Expr] = []
        caps: list[N.Expr] = []
        for a in e.args:
            if isptr(a.type):
                t = self.tmp(FAT, self.fat(a), a.loc)
                stmts.append(self.decl(t))
                raw_args.append(N.Raw(a.type, a.loc, f"(({self._tname(a.type)}){t.name}.p)"))
                caps.append(N.Raw(CAPW, a.loc, f"sc_capw_of({t.name}.c)"))
            else:
                raw_args.append(self.rv(a))
        ty = FAT if isptr(e.type) else e.type
        c = N.Call(ty, loc, callee, raw_args + caps)
        if not stmts:
            return c
        if isinstance(T.strip(ty), T.VoidType):
            return self.sexpr(stmts, c, ty, loc)
        r = self.tmp(ty, c, loc)
        stmts.append(self.decl(r))
        return self.sexpr(stmts, self.ref(r), ty, loc)

    def boundary_call(self, e: N.Call, callee: N.Expr) -> N.Expr:
        """A call into code safec has no model for: raw pointers go out (their
        objects are marked as possibly holding pointers regular C stored), the
        result's capability is looked up."""
        loc = e.loc
        stmts: list[N.Stmt] = []
        raw: list[N.Expr] = []
        for a in e.args:
            if isptr(a.type):
                t = self.tmp(FAT, self.fat(a), a.loc)
                stmts += [self.decl(t), N.RawStmt(a.loc, f"sc_extern_touch({t.name});")]
                raw.append(N.Raw(a.type, a.loc, f"(({self._tname(a.type)}){t.name}.p)"))
            else:
                raw.append(self.rv(a, True))
        c = N.Call(e.type, loc, callee, raw)
        if not stmts:
            return self._boundary_result(c, e.type, loc)
        if isptr(e.type):
            r = self.tmp(e.type, c, loc)
            stmts.append(self.decl(r))
            return self.sexpr(stmts, self.rt("sc_mk", [
                N.Raw(VOIDP, loc, f"(void *){r.name}"),
                N.Raw(CAP, loc, f"sc_lookup_cap((void *){r.name})")], FAT, loc), FAT, loc)
        if isinstance(T.strip(e.type), T.VoidType):
            return self.sexpr(stmts, c, e.type, loc)
        r = self.tmp(e.type, c, loc)
        stmts.append(self.decl(r))
        return self.sexpr(stmts, self.ref(r), e.type, loc)

    def va_state_of(self, ap: N.Expr) -> str:
        """C text of the `sc_va *` that checks reads from this va_list."""
        v = _origin_var(ap)
        if self.fs is not None and v is not None and id(v) in self.fs.va_state:
            return "&" + self.fs.va_state[id(v)]
        return f"sc_va_lookup((const void *)({self._text(self.builtin_arg(ap))}))"

    def _text(self, e: N.Expr) -> str:
        from ..emit.cprint import CPrinter
        return CPrinter().expr(e)

    def va_builtin(self, e: N.Call, name: str) -> N.Expr:
        loc = e.loc
        args = [self.builtin_arg(a) for a in e.args]
        call = N.Call(e.type, loc, e.callee, args)
        first = self._text(args[0])
        v = _origin_var(e.args[0])
        st = self.fs.va_state.get(id(v)) if (self.fs is not None and v is not None) else None
        pre: list[str] = []
        if name == "__builtin_va_start" and st is not None:
            src = "__sc_va_entry" if self.fs and self.fs.va_entry else "(sc_va){0}"
            pre = [f"{st} = {src};", f"sc_va_bind((const void *)({first}), &{st});"]
        elif name == "__builtin_va_copy" and st is not None:
            pre = [f"{{ sc_va *__s = {self.va_state_of(e.args[1])}; "
                   f"if (__s) {st} = *__s; else {st}.desc = 0; }}",
                   f"sc_va_bind((const void *)({first}), &{st});"]
        elif name == "__builtin_va_end":
            pre = [f"sc_va_unbind((const void *)({first}));"]
        if not pre:
            return call
        return self.sexpr([N.RawStmt(loc, p) for p in pre], call, e.type, loc)

    def va_arg(self, e: N.VAArg) -> N.Expr:
        loc = e.loc
        cls = _va_class(e.type)
        site = self.site(loc)
        assert isinstance(site, N.Raw)
        c = self.tmp(CAP, N.Raw(CAP, loc, f"sc_va_next({self.va_state_of(e.ap)}, '{cls}', "
                                          f"{site.text})"), loc)
        v = self.tmp(e.type, N.VAArg(e.type, loc, self.builtin_arg(e.ap)), loc)
        if isptr(e.type):
            return self.sexpr([self.decl(c), self.decl(v)], self.rt("sc_mk", [
                N.Raw(VOIDP, loc, f"(void *){v.name}"), self.ref(c)], FAT, loc), FAT, loc)
        return self.sexpr([self.decl(c), self.decl(v)], self.ref(v), e.type, loc)

    def alloca_call(self, e: N.Call) -> N.Expr:
        """An alloca block is a stack object that ends when its function returns."""
        assert self.fs is not None
        loc = e.loc
        cap = f"__sc_alloca{next(self.counter)}"
        self.fs.hoisted.append(N.RawStmt(
            loc, f"__attribute__((cleanup(sc_kill_return))) sc_cap {cap} = {{0}};"))
        n = self.tmp(ULONG, self.rv(e.args[0]), loc)
        p = self.tmp(VOIDP, N.Raw(VOIDP, loc, f"__builtin_alloca({n.name})"), loc)
        site = self.site(loc)
        assert isinstance(site, N.Raw)
        # its bytes start unwritten: tracked, or zeroed under --uninit=zero
        kind = f"{_SC_K_STACK} | {_SC_REG_UNINIT}" if self.uninit == "trap" else f"{_SC_K_STACK}"
        reg = N.RawStmt(loc, f"{cap} = sc_reg({p.name}, {n.name}, {kind}, "
                             f"\"alloca block\", {site.text});")
        pre = [self.decl(n), self.decl(p), reg]
        if self.uninit == "zero":
            pre.append(N.RawStmt(loc, f"__builtin_memset({p.name}, 0, {n.name});"))
        return self.sexpr(pre, self.rt("sc_mk", [
            N.Raw(VOIDP, loc, p.name), N.Raw(CAP, loc, cap)], FAT, loc), FAT, loc)

    def jmp_call(self, e: N.Call, name: str) -> N.Expr:
        """setjmp records the frame; longjmp ends the objects of the frames it
        skips (and refuses a jmp_buf whose frame has returned)."""
        loc = e.loc
        args = [self.builtin_arg(a) for a in e.args]
        call = N.Call(e.type, loc, e.callee, args)
        buf = self.rv(e.args[0], True) if e.args else N.Raw(VOIDP, loc, "0")
        if "long" in name:
            prep = self.rt("sc_longjmp_prepare", [buf, self.site(loc)], T.VOID, loc)
        else:
            prep = self.rt("sc_setjmp_mark", [buf], T.VOID, loc)
        return N.Binary(e.type, loc, ",", prep, call)

    def local_copy(self, e: N.Call, at: int) -> N.Stmt:
        """`memcpy(&v, p, n);` or `memcpy(p, &v, n);` with v a local without
        pointers that nothing else takes the address of (the unaligned load
        and store idiom: `U32 v; memcpy(&v, p, sizeof v); return v;`): the
        local side is in bounds by construction, the other is checked
        inline, and v needs no object record -- a record made and ended on
        every call was most of lz4's and xxhash's time.  Bytes copied into
        v count as written (v is wholly written: n is its size), so a copy
        into a scalar v reads its source as a value: it must be initialized
        (v has no init state to carry the copy's; its reads are not checked).
        An aggregate's copy may carry uninitialized bytes (padding)."""
        loc = e.loc
        n = _const(e.args[2])
        assert n is not None
        addr = _addr_operand(e.args[at])
        assert isinstance(addr, (N.AddrOf, N.Decay))
        var = _copy_var(e, at)
        other = e.args[1 - at]
        mode = WRITE if at == 1 else READ if T.is_scalar(var.type) else COPY
        local = N.AddrOf(addr.type, addr.loc, self.direct(addr.lv)) if isinstance(addr, N.AddrOf) \
            else N.Decay(addr.type, addr.loc, self.direct(addr.lv))
        leaves = self.fs.leaf_flags.get(id(var)) if self.fs is not None else None
        if leaves and (at == 1 or mode == COPY):
            return N.ExprStmt(loc, self._flagged_copy(e, at, var, leaves, other, local, n))
        checked = self.chk(self.fat(other), T.ArrayType(UCHAR, n), mode, other.loc)
        args = [local, checked] if at == 0 else [checked, local]
        call = N.RtCall(T.VOID, loc, "__builtin_memcpy", [*args, N.IntLit(ULONG, loc, n, f"{n}UL")])
        if at == 0:  # v is written: its flags say so
            return N.ExprStmt(loc, self.init_set(N.VarRef(var.type, loc, var), call))
        return N.ExprStmt(loc, call)

    def _flagged_copy(self, e: N.Call, at: int, var: N.VarDecl,
                      leaves: dict[tuple[int, ...], str], other: N.Expr, local: N.Expr,
                      n: int) -> N.Expr:
        """local_copy for a struct local v with a written-flag per member:
        into v, each flag says whether the source's bytes of its member
        were written; out of v, only the bytes of members whose flag is set
        count as written in the destination (a fresh heap block keeps the
        rest unwritten, as a member-wise copy would).  An array, union or
        bit-field member is one flag: any of its bytes written sets it, and
        a set flag writes all of them."""
        loc = e.loc
        peer = self.tmp(FAT, self.fat(other), loc)
        span = T.ArrayType(UCHAR, n)
        checked = self.chk(self.ref(peer), span, COPY if at == 0 else PUT, other.loc)
        args = [local, checked] if at == 0 else [checked, local]
        call = N.RtCall(T.VOID, loc, "__builtin_memcpy", [*args, N.IntLit(ULONG, loc, n, f"{n}UL")])
        site = self.site(loc)
        assert isinstance(site, N.Raw)
        parts = []
        for path, flag in leaves.items():
            off, size, exact = _leaf_span(var.type, path)
            at_ = f"sc_add({peer.name}, {off})"
            if at == 0:
                parts.append(f"{flag} = sc_copied_init({at_}, {size}UL, {0 if exact else 1})")
            else:
                parts.append(f"({flag} ? (void)sc_chk({at_}, {size}UL, {WRITE}, {site.text}) "
                             ": (void)0)")
        body = [self.decl(peer), N.ExprStmt(loc, call),
                N.ExprStmt(loc, N.Raw(T.VOID, loc, f"(void)({', '.join(parts)})"))]
        return self.sexpr(body, None, T.VOID, loc)

    def atomic_ptr_call(self, e: N.Call, name: str, callee: N.Expr,
                        args: list[N.Expr]) -> N.Expr:
        """An atomic builtin on a pointer-holding slot (a lock-free list head):
        the pointer it stores gets the slot's shadow entry, as a plain store
        would give it, and the pointer it returns the capability the slot
        held (a compare-exchange that fails writes the slot's pointer into
        `expected`, which gets its entry too).  Without this a pointer
        published with __atomic_compare_exchange_n would read back as data."""
        loc = e.loc
        stmts: list[N.Stmt] = []
        slot = self.tmp(VOIDP, N.Cast(VOIDP, loc, args[0], implicit=False), loc)
        stmts.append(self.decl(slot))
        args[0] = N.Raw(e.args[0].type, loc, f"(({self._tname(e.args[0].type)}){slot.name})")
        before = self.tmp(FAT, self.rt("sc_load_ptr", [self.ref(slot)], FAT, loc), loc)
        stmts.append(self.decl(before))
        stored: Optional[N.VarDecl] = None
        at = _ATOMIC_PTR_STORE.get(name)
        if at is not None and at < len(e.args) and isptr(e.args[at].type):
            stored = self.tmp(FAT, self.fat(e.args[at]), loc)
            stmts.append(self.decl(stored))
            args[at] = N.Raw(e.args[at].type, loc,
                             f"(({self._tname(e.args[at].type)}){stored.name}.p)")
        expected: N.Expr = N.Raw(VOIDP, loc, "(void *)0")

        def by_addr(i: int) -> N.VarDecl:
            """Argument i (a pointer to a pointer), evaluated once."""
            v = self.tmp(VOIDP, N.Cast(VOIDP, loc, args[i], implicit=False), loc)
            stmts.append(self.decl(v))
            args[i] = N.Raw(e.args[i].type, loc, f"(({self._tname(e.args[i].type)}){v.name})")
            return v
        if name in ("__atomic_compare_exchange_n", "__atomic_compare_exchange"):
            expected = self.ref(by_addr(1))
        # The generic forms pass the other pointers by address: the one
        # stored is read from memory (its capability from its shadow), the
        # one returned is written there (it gets the slot's capability).
        ret: Optional[N.VarDecl] = None
        src = {"__atomic_store": 1, "__atomic_exchange": 1,
               "__atomic_compare_exchange": 2}.get(name)
        if src is not None and src < len(args):
            v = by_addr(src)
            stored = self.tmp(FAT, self.rt("sc_load_ptr", [self.ref(v)], FAT, loc), loc)
            stmts.append(self.decl(stored))
        dst = {"__atomic_load": 1, "__atomic_exchange": 2}.get(name)
        if dst is not None and dst < len(args):
            ret = by_addr(dst)
        c = N.Call(e.type, loc, callee, args)
        result: Optional[N.VarDecl] = None
        if isinstance(T.strip(e.type), T.VoidType):
            stmts.append(N.ExprStmt(loc, c))
        else:
            result = self.tmp(e.type, c, loc)
            stmts.append(self.decl(result))
        if stored is not None:
            stmts.append(N.ExprStmt(loc, self.rt("sc_atomic_ptr_stored", [
                self.ref(slot), self.ref(stored), expected], T.VOID, loc)))
        elif re.search(r"add|sub", name):  # atomic pointer arithmetic (a bump allocator)
            stmts.append(N.ExprStmt(loc, self.rt("sc_atomic_ptr_moved", [
                self.ref(slot), self.ref(before)], T.VOID, loc)))
        if ret is not None:
            stmts.append(N.ExprStmt(loc, self.rt("sc_set_shadow", [self.ref(ret), self.rt(
                "sc_atomic_ptr_result", [N.Raw(VOIDP, loc, f"*(void **){ret.name}"),
                                         self.ref(before)], FAT, loc)], T.VOID, loc)))
        if result is None:
            return self.sexpr(stmts, None, e.type, loc)
        if isptr(e.type):
            return self.sexpr(stmts, self.rt("sc_atomic_ptr_result", [
                N.Raw(VOIDP, loc, f"(void *){result.name}"), self.ref(before)], FAT, loc),
                FAT, loc)
        return self.sexpr(stmts, self.ref(result), e.type, loc)

    def builtin_arg(self, a: N.Expr) -> N.Expr:
        """Compiler builtins take their arguments as written (va_start takes
        `ap` as an lvalue, overflow builtins a result pointer)."""
        if N.is_lvalue(a) and self.is_direct(a):
            return self.direct(a)
        inner = a
        while isinstance(inner, N.Cast) and inner.implicit:
            inner = inner.operand
        if isinstance(inner, N.Decay) and isinstance(inner.lv, N.StringLit):
            return a  # __builtin_nan("") needs the literal itself
        if isinstance(inner, N.IntLit):
            return a  # a null pointer constant stays one (__atomic_is_lock_free folds)
        return self.rv(a, True)

    def _boundary_result(self, c: N.Call, ty: T.CType, loc: N.Loc) -> N.Expr:
        if not isptr(ty):
            return c
        t = self.tmp(ty, c, loc)
        return self.sexpr([self.decl(t)], self.rt("sc_mk", [
            N.Raw(VOIDP, loc, f"(void *){t.name}"),
            N.Raw(CAP, loc, f"sc_lookup_cap((void *){t.name})")], FAT, loc), FAT, loc)

    def wrapped_call(self, e: N.Call, name: str) -> N.Expr:
        loc = e.loc
        fats, ret_ptr, extra = WRAPPED[name]
        args: list[N.Expr] = []
        for i, a in enumerate(e.args):
            if i in fats:
                args.append(self.fat(a))
            else:
                args.append(self.rv(a, True))
        if extra == "type":
            hint = self.alloc_hint
            args.append(N.Raw(VOIDP, loc, _c_string(hint) if hint else "(const char *)0"))
        args.append(self.site(loc))
        if name == "malloc" and self.fs is not None and id(e) in self.fs.born_whole:
            name = "malloc_whole"  # wholly written before a read (analysis/fresh_alloc.py)
        if ret_ptr:
            return self.rt(f"sc_w_{name}", args, FAT, loc)
        return self.rt(f"sc_w_{name}", args, e.type, loc)

    def printf_call(self, e: N.Call, name: str, scanf: bool = False) -> N.Expr:
        """printf/scanf family: arguments checked against the format, then the
        real call (sprintf/snprintf: the destination must hold the output)."""
        loc = e.loc
        wide = name in WPRINTF_LIKE
        fmt_i = SCANF_LIKE[name] if scanf else WPRINTF_LIKE[name] if wide else PRINTF_LIKE[name]
        stmts: list[N.Stmt] = []
        temps: list[N.VarDecl] = []
        for a in e.args:
            if isptr(a.type):
                t = self.tmp(FAT, self.fat(a), a.loc)
            else:
                t = self.tmp(a.type, self.rv(a), a.loc)
            stmts.append(self.decl(t))
            temps.append(t)
        if len(temps) <= fmt_i:
            return N.Call(e.type, loc, e.callee, [self.rv(a) for a in e.args])
        desc = ""
        chk_args: list[str] = []
        for a, t in zip(e.args[fmt_i + 1:], temps[fmt_i + 1:]):
            s = T.strip(a.type)
            if isptr(a.type):
                desc += "p"
            elif isinstance(s, T.ArithType) and s.is_float:
                desc += "D" if s.size > 8 else "d"
            elif isinstance(s, (T.ArithType, T.EnumType)) and s.size <= 4:
                desc += "i"
            elif isinstance(s, T.ArithType) and s.size == 8:
                desc += "l"
            else:
                desc += "o"
            chk_args.append(t.name)
        site = self.site(loc)
        assert isinstance(site, N.Raw)
        check = "sc_chk_scanf" if scanf else "sc_chk_wprintf" if wide else "sc_chk_printf"
        if scanf and name == "sscanf":
            stmts.append(N.RawStmt(loc, f"sc_chk_str({site.text}, {temps[0].name});"))
        stmts.append(N.RawStmt(loc, f"{check}({site.text}, {temps[fmt_i].name}, "
                                    f"{_c_string(desc)}{''.join(', ' + x for x in chk_args)});"))
        raw = [N.Raw(a.type, a.loc, f"(({self._tname(a.type)}){t.name}.p)")
               if isptr(a.type) else self.ref(t) for a, t in zip(e.args, temps)]
        if name == "snprintf":
            stmts.append(N.RawStmt(loc, f"sc_chk_dst({site.text}, {temps[0].name}, "
                                        f"{temps[1].name});"))
        if name == "swprintf":
            stmts.append(N.RawStmt(loc, f"sc_chk_dst({site.text}, {temps[0].name}, "
                                        f"(unsigned long){temps[1].name} * sizeof(wchar_t));"))
        if name == "sprintf":
            args_text = ", ".join(_raw_text(x) for x in raw[1:])
            stmts.append(N.RawStmt(loc, f"sc_chk_dst({site.text}, {temps[0].name}, "
                                        f"(unsigned long)snprintf((char *)0, 0, {args_text}) + 1);"))
        if name == "asprintf":
            stmts.append(N.RawStmt(loc, f"sc_chk_dst({site.text}, {temps[0].name}, "
                                        f"sizeof(char *));"))
        r = self.tmp(e.type, N.Call(e.type, loc, e.callee, raw), loc)
        stmts.append(self.decl(r))
        if name == "asprintf":
            stmts.append(N.RawStmt(loc, f"sc_asprintf_done({site.text}, {temps[0].name}, "
                                        f"{r.name});"))
        if scanf:  # the strings of %m conversions (`%ms`) are the program's
            stmts.append(N.RawStmt(loc, f"sc_scanf_done({site.text}, {temps[fmt_i].name}, "
                                        f"{r.name}, {_c_string(desc)}"
                                        f"{''.join(', ' + x for x in chk_args)});"))
        return self.sexpr(stmts, self.ref(r), e.type, loc)


def _is_builtin(name: str) -> bool:
    return name.startswith(("__builtin", "__sync_", "__atomic_"))


def isptr(t: T.CType) -> bool:
    """A pointer that carries a capability (va_list, an array type adjusted
    to a pointer parameter, stays a plain machine value)."""
    s = T.strip(t)
    if not isinstance(s, T.PointerType):
        return False
    p = T.strip(s.pointee)
    return not (isinstance(p, T.RecordType) and p.decl.tag == "__va_list_tag")


def _elem(t: T.CType) -> T.CType:
    s = T.strip(t)
    if isinstance(s, T.PointerType):
        return s.pointee
    if isinstance(s, T.ArrayType):
        return s.elem
    raise AssertionError(t)


def _counted_loop(s: N.For) -> Optional[tuple[N.VarDecl, tuple[int, int]]]:
    """`for (i = c; i < K; i++) body` with i not written in body: (i, (c, K-1))."""
    var: Optional[N.VarDecl] = None
    start: Optional[int] = None
    if isinstance(s.init, N.DeclStmt) and len(s.init.decls) == 1:
        d = s.init.decls[0]
        if isinstance(d, N.VarDecl) and d.init is not None:
            var, start = d, _const(d.init)
    elif isinstance(s.init, N.ExprStmt) and isinstance(s.init.expr, N.Assign) and \
            s.init.expr.op == "=" and isinstance(s.init.expr.lv, N.VarRef):
        var, start = s.init.expr.lv.decl, _const(s.init.expr.value)
    if var is None or start is None or s.cond is None or s.step is None:
        return None
    c = s.cond
    if not (isinstance(c, N.Binary) and c.op in ("<", "<=") and isinstance(c.left, N.Load) and
            isinstance(c.left.lv, N.VarRef) and c.left.lv.decl is var):
        return None
    k = _const(c.right)
    if k is None:
        return None
    hi = k - 1 if c.op == "<" else k
    st = s.step
    if not (isinstance(st, N.IncDec) and st.op == "++" and isinstance(st.lv, N.VarRef)
            and st.lv.decl is var):
        return None
    for n in walk(s.body):
        if isinstance(n, (N.Assign, N.IncDec)) and isinstance(n.lv, N.VarRef) and n.lv.decl is var:
            return None
        if isinstance(n, N.AddrOf) and _lv_root(n.lv) is var:
            return None
    return var, (start, hi)


def _named_outside_calls(tu: N.TranslationUnit) -> tuple[set[str], str]:
    """Functions referenced other than as the callee of a direct call
    (their address taken), and the text of every attribute list (a
    function named there, as by cleanup(), is used without a call)."""
    direct: set[int] = set()
    for n in walk_all(tu):
        if isinstance(n, N.Call) and isinstance(n.callee, N.Decay) and \
                isinstance(n.callee.lv, N.FuncRef):
            direct.add(id(n.callee.lv))
    refs: set[str] = set()
    attrs: list[str] = []
    for n in walk_all(tu):
        if isinstance(n, N.FuncRef) and id(n) not in direct:
            refs.add(n.decl.name)
        attrs += getattr(n, "attrs", None) or []
    return refs, " ".join(attrs)


def _address_taken_funcs(tu: N.TranslationUnit) -> set[str]:
    """Functions named anywhere but as the callee of a direct call."""
    refs, attrs = _named_outside_calls(tu)
    return refs | set(re.findall(r"[A-Za-z_]\w*", attrs))


def _cap_convention_funcs(tu: N.TranslationUnit) -> set[str]:
    """Static functions defined here that only direct calls reach (never
    address-taken, never named in an attribute such as cleanup(), with a
    prototype, not variadic): they take capabilities as extra parameters."""
    defined = {d.name: d for d in tu.decls if isinstance(d, N.FuncDecl) and d.body is not None
               and not d.system}
    ok = {name for name, d in defined.items()
          if d.storage == "static" and not d.type.variadic and d.type.has_proto and not d.knr
          and name != "main" and (any(_capped_param(p) for p in d.type.params)
                                  or isptr(d.type.ret))}
    refs, attrs = _named_outside_calls(tu)
    ok = {name for name in ok if name not in refs and name not in attrs}
    for d in tu.decls:
        if isinstance(d, N.FuncDecl) and d.name in ok and (
                d.knr or not d.type.has_proto or d.storage not in ("static", "") or
                not all(_harmless_attr(a) for a in d.attrs)):
            ok.discard(d.name)
    return ok


# Function attributes that say nothing about the parameter list or result
# (format_arg, returns_nonnull, malloc... do: those functions keep the C ABI).
_HARMLESS_ATTRS = {"unused", "used", "noinline", "always_inline", "inline", "cold", "hot",
                   "pure", "const", "noreturn", "flatten", "noclone", "no_icf", "nothrow",
                   "leaf", "gnu_inline", "artificial", "warn_unused_result", "deprecated",
                   "maybe_unused", "noipa", "visibility", "optimize", "target", "section",
                   "aligned", "format", "nonnull"}


def _harmless_attr(text: str) -> bool:
    words = re.findall(r"[A-Za-z_]\w*", text)
    names = [w.strip("_") for w in words if w not in ("__attribute__", "attribute")]
    return bool(names) and names[0] in _HARMLESS_ATTRS


def _capped_param(t: T.CType) -> bool:
    """A parameter that carries a capability (array parameters are pointers;
    a va_list parameter is not one)."""
    s = T.strip(t)
    if isinstance(s, T.ArrayType):
        return isptr(T.PointerType(s.elem))
    return isptr(t)


def walk_all(tu: N.TranslationUnit) -> Iterator[object]:
    for d in tu.decls:
        if not getattr(d, "system", False):
            yield from walk(d)


def _add_cap_params(f: N.FuncDecl, names_of: Optional[list[str]] = None) -> None:
    """f's C type in the capability convention: one sc_capw per pointer
    parameter after the others, an sc_fat result for a pointer result."""
    ft = f.type
    ptrs = [i for i, p in enumerate(ft.params) if _capped_param(p)]
    if f.params:
        if names_of is None:
            names_of = [p.name for p in f.params]
        names = [names_of[i] or f"__sc_p{i}" for i in ptrs] if len(names_of) == len(
            ft.params) else [f"__sc_p{i}" for i in ptrs]
        f.params = f.params + [N.VarDecl(f"__sc_cp_{nm}", CAPW, is_param=True, loc=f.loc)
                               for nm in names]
    f.type = T.FunctionType(FAT if isptr(ft.ret) else ft.ret, ft.params + (CAPW,) * len(ptrs),
                            ft.variadic, ft.has_proto, ft.noreturn)


def _skey(e: object) -> str:
    """A structural key of an IR expression (equal keys: same computation)."""
    if isinstance(e, N.VarDecl):
        return f"v{id(e)}"
    if not dataclasses.is_dataclass(e):
        return repr(e)
    parts = [type(e).__name__]
    for f in dataclasses.fields(e):
        v = getattr(e, f.name)
        if f.name in ("loc", "record"):
            continue
        if f.name == "decl":
            parts.append(f"v{id(v)}")
        elif f.name == "field":
            parts.append(f"f{v.offset}:{v.name}")
        elif f.name == "type":
            parts.append(str(v))
        elif isinstance(v, list):
            parts.append("[" + ",".join(_skey(x) for x in v) + "]")
        else:
            parts.append(_skey(v))
    return "(" + " ".join(parts) + ")"


def _unsigned_of(t: T.CType) -> T.CType:
    size = T.strip(t).size
    return {4: T.ArithType("unsigned int", 4, 4, False, False), 8: ULONG}.get(
        size, T.ArithType("unsigned int", 4, 4, False, False))


def _typed(e: N.Expr, var: N.VarDecl, end: N.Expr) -> N.Expr:
    """Integer expression e with var replaced by `end`, computed as C does
    but without undefined behaviour: signed arithmetic wraps (it is done in
    the unsigned type and converted back, which gcc defines as modular)."""
    if isinstance(e, N.Load) and isinstance(e.lv, N.VarRef) and e.lv.decl is var:
        return N.Cast(e.type, e.loc, end, implicit=False)
    if isinstance(e, N.Cast):
        return N.Cast(e.type, e.loc, _typed(e.operand, var, end), implicit=False)
    t = T.strip(e.type)
    signed = not isinstance(t, T.ArithType) or t.is_signed
    if isinstance(e, N.Unary):
        x = _typed(e.operand, var, end)
        if e.op == "+":
            return x
        if not signed:
            return N.Unary(e.type, e.loc, "-", x)
        u = _unsigned_of(e.type)
        return N.Cast(e.type, e.loc, N.Unary(u, e.loc, "-", N.Cast(u, e.loc, x, implicit=False)),
                      implicit=False)
    if isinstance(e, N.Binary):
        a, b = _typed(e.left, var, end), _typed(e.right, var, end)
        if not signed:
            return N.Binary(e.type, e.loc, e.op, a, b)
        u = _unsigned_of(e.type)
        return N.Cast(e.type, e.loc, N.Binary(u, e.loc, e.op, N.Cast(u, e.loc, a, implicit=False),
                                              N.Cast(u, e.loc, b, implicit=False)),
                      implicit=False)
    return e


def _exact(e: N.Expr, var: N.VarDecl, end: N.Expr, conds: list[N.Expr]) -> N.Expr:
    """e's mathematical value (in __int128) with var == end; appends to
    `conds` that every cast and operation of e gives that value in C."""
    loc = e.loc
    if isinstance(e, N.Load) and isinstance(e.lv, N.VarRef) and e.lv.decl is var:
        return N.Cast(I128, loc, N.Cast(e.type, loc, end, implicit=False), implicit=False)
    if isinstance(e, (N.IntLit, N.EnumConst, N.Load)):
        return N.Cast(I128, loc, e, implicit=False)
    if isinstance(e, N.Cast):
        x = _exact(e.operand, var, end, conds)
    elif isinstance(e, N.Unary):
        x = _exact(e.operand, var, end, conds)
        if e.op == "-":
            x = N.Unary(I128, loc, "-", x)
    elif isinstance(e, N.Binary):
        x = N.Binary(I128, loc, e.op, _exact(e.left, var, end, conds),
                     _exact(e.right, var, end, conds))
    else:
        raise AssertionError(type(e).__name__)
    conds.append(N.Binary(INT, loc, "==", N.Cast(I128, loc, _typed(e, var, end), implicit=False),
                          x))
    return x


def _is_va_list(t: T.CType) -> bool:
    s = T.strip(t)
    if isinstance(s, T.ArrayType):
        e = T.strip(s.elem)
        return isinstance(e, T.RecordType) and e.decl.tag == "__va_list_tag"
    if isinstance(s, T.OpaqueType):
        return "va_list" in s.spelling
    return False


def _va_class(t: T.CType) -> str:
    """The class a variadic argument of type t is passed as (after promotion)."""
    s = T.strip(t)
    if isinstance(s, T.PointerType) or isinstance(s, T.ArrayType):
        return "p"
    if isinstance(s, T.ArithType):
        if s.is_float:
            return "D" if s.size > 8 else "d"
        if s.size <= 4:
            return "i"
        if s.size == 8:
            return "l"
    if isinstance(s, T.EnumType):
        return "i" if s.size <= 4 else "l"
    return "o"


def _indexed_by_name_only(body: N.Compound, locals_: dict[int, N.VarDecl]) -> set[int]:
    """Local one-dimensional arrays of numbers (by id) whose every use is
    `a[i]` read or assigned by name, and struct or union locals without
    pointers whose every use is by name (`s.n`, `s.buf[i]`, the whole
    value: lz4's `union { U32 u; BYTE c[4]; } one = {1}; return one.c[0];`):
    their address never leaves the expression, so nothing but those
    accesses (checked against the static window) can reach them."""
    def candidate(v: N.VarDecl) -> bool:
        if v.storage not in ("", "register") or v.is_param or not fixed_size(v.type) or \
                _is_va_list(v.type):
            return False
        t = T.strip(v.type)
        if isinstance(t, T.ArrayType):
            return isinstance(T.strip(t.elem), (T.ArithType, T.EnumType))
        return T.is_record(t) and not has_pointers(t)
    cands = {k for k, v in locals_.items() if candidate(v)}
    if not cands:
        return set()
    ok_ref: set[int] = set()  # VarRef nodes in an accepted use
    for n in walk(body):
        lv: Optional[N.Expr] = None
        if isinstance(n, N.Load) or isinstance(n, (N.Assign, N.IncDec)):
            lv = n.lv
        if isinstance(lv, N.Index) and isinstance(lv.base, N.Decay):
            lv = lv.base.lv  # a[i], u.buf[i]: the array by name
            if isinstance(lv, N.VarRef) and id(lv.decl) in cands:
                ok_ref.add(id(lv))
                continue
            if not isinstance(lv, N.Member) or _member_offset(lv) != 0:
                continue  # (a record made for a report starts at the array)
        while isinstance(lv, N.Member) and not lv.arrow:
            lv = lv.base  # s.n, u.in.buf[i]
        if isinstance(lv, N.VarRef) and id(lv.decl) in cands and \
                T.is_record(T.strip(lv.decl.type)):
            ok_ref.add(id(lv))
    for n in walk(body):
        if isinstance(n, N.VarRef) and id(n.decl) in cands and id(n) not in ok_ref:
            cands.discard(id(n.decl))
    return cands


def _member_offset(lv: N.Expr) -> Optional[int]:
    """Byte offset of member path lv (`s.a.b`) in its variable, if known."""
    off = 0
    while isinstance(lv, N.Member) and not lv.arrow:
        if lv.field.bitwidth is not None:
            return None
        off += lv.field.offset
        lv = lv.base
    return off if isinstance(lv, N.VarRef) else None


def _steps_by_one(e: N.Expr, var: N.VarDecl) -> bool:
    """Integer expression e is `var` plus or minus terms without var
    (`j`, `i * n + j`, `j - 1`): it moves by one when var does."""
    while isinstance(e, N.Cast):
        e = e.operand
    if is_var(e, var):
        return True
    if isinstance(e, N.Binary) and e.op in ("+", "-"):
        if _steps_by_one(e.left, var) and not affine_in(e.right, var):
            return True
        return e.op == "+" and _steps_by_one(e.right, var) and not affine_in(e.left, var)
    return False


def _const(e: N.Expr) -> Optional[int]:
    if isinstance(e, N.IntLit):
        return e.value
    if isinstance(e, N.Cast):
        return _const(e.operand)
    if isinstance(e, N.Binary) and e.op in ("*", "+"):
        a, b = _const(e.left), _const(e.right)
        if a is not None and b is not None:
            return a * b if e.op == "*" else a + b
    return None


def _alloc_type(call: N.Call, elem: T.CType) -> Optional[str]:
    """`int[10]` for `(int *)malloc(10 * sizeof(int))`, for reports."""
    callee = call.callee
    if not (isinstance(callee, N.Decay) and isinstance(callee.lv, N.FuncRef)):
        return None
    name = callee.lv.decl.name
    if name not in ("malloc", "calloc") or isinstance(T.strip(elem), T.VoidType):
        return None
    sizes = [_const(a) for a in call.args]
    if any(s is None for s in sizes) or elem.size <= 0:
        return None
    total = 1
    for s in sizes:
        assert s is not None
        total *= s
    if total % elem.size:
        return None
    n = total // elem.size
    tn = type_name(elem)
    return tn if n == 1 else f"{tn}[{n}]"


def _origin_var(e: N.Expr) -> Optional[N.VarDecl]:
    while isinstance(e, (N.Load, N.Decay, N.Cast)):
        e = e.lv if isinstance(e, (N.Load, N.Decay)) else e.operand  # type: ignore[union-attr]
    return e.decl if isinstance(e, N.VarRef) else None


def _raw_text(e: N.Expr) -> str:
    if isinstance(e, N.Raw):
        return e.text
    if isinstance(e, N.VarRef):
        return e.decl.name
    raise AssertionError(e)


def _lv_root(lv: N.Expr) -> Optional[N.VarDecl]:
    while True:
        if isinstance(lv, N.VarRef):
            return lv.decl
        if isinstance(lv, N.Member) and not lv.arrow:
            lv = lv.base
            continue
        return None


def _code_to_data(src: T.CType, dst: T.CType) -> bool:
    s, d = T.strip(src), T.strip(dst)
    src_fn = T.is_function(s) or (isinstance(s, T.PointerType) and T.is_function(s.pointee))
    dst_data = isinstance(d, T.PointerType) and not T.is_function(d.pointee)
    return src_fn and dst_data


def _copied_lv(value: N.Expr) -> Optional[N.Expr]:
    """The lvalue a struct assignment copies from (`= *s`, `= v`, `= a[i]`),
    if it reads one (a compound literal's slots have no shadow: none)."""
    if isinstance(value, N.Load) and N.is_lvalue(value.lv) and \
            not isinstance(value.lv, N.CompoundLit):
        return value.lv
    return None


def _copied_flags(src_flags: list[str], n: int, src: N.Expr, ty: T.CType) -> Optional[list[str]]:
    """The values of the n member flags of a struct copied from src, whose
    flags are src_flags: member by member from a struct of the same type;
    from a union's one flag, that flag for every member; else None (not
    known: a union's flag from a struct's many would have to say whether
    each of its bytes was written)."""
    if len(src_flags) == n and T.same_type(T.strip(src.type), T.strip(ty)):
        return list(src_flags)
    if len(src_flags) == 1:
        return src_flags * n
    return None


def _side_effect_free(e: N.Expr) -> bool:
    """Evaluating e twice is the same as once: no call, store or va_arg."""
    return not any(isinstance(n, (N.Call, N.Assign, N.IncDec, N.StmtExpr, N.VAArg,
                                  N.CompoundLit)) for n in walk(e))


# allocators whose memory starts unwritten (calloc's is zero)
_UNINIT_ALLOCATORS = ("malloc", "realloc", "reallocarray", "aligned_alloc")


def _c_bytes(b: bytes) -> str:
    """A `const unsigned char *` C expression for the bytes b."""
    return '(const unsigned char *)"' + "".join(f"\\x{x:02x}" for x in b) + '"'


def _pointer_items(init: N.Expr, t: T.CType) -> Optional[list[tuple[int, N.InitItem]]]:
    """The pointer-valued items of initializer `init` of an object of type
    t, with the byte offsets of the slots they initialize, in source order.
    None where that is not certain here: brace elision, a designator into
    a nested member (`.a.b =`), an array range, an aggregate-valued item
    with pointers (a struct copied in: its pointers are not items)."""
    out: list[tuple[int, N.InitItem]] = []

    def item(it: N.InitItem, t: T.CType, off: int) -> bool:
        v = it.value
        s = T.strip(t)
        if isinstance(v, N.InitList):
            return brace(v, t, off)
        if isinstance(s, (T.RecordType, T.ArrayType)):
            if isinstance(v, N.StringLit) or (T.is_record(v.type) and
                                              T.strip(v.type) == s):
                return not has_pointers(s)  # a char array's literal, a struct copy
            return False  # brace elision
        if isptr(v.type):
            out.append((off, it))
        return True

    def brace(lst: N.InitList, t: T.CType, base: int) -> bool:
        s = T.strip(t)
        if isinstance(s, T.RecordType):
            fields = [f for f in s.decl.fields if f.name or f.bitwidth is None]
            pos: Optional[int] = 0
            for it in lst.items:
                if it.designators:
                    d = it.designators[0]
                    if len(it.designators) != 1 or d.field is None:
                        return False
                    path = _field_path(fields, d.field)
                    if path is None:
                        return False
                    f, off = path[-1], base + sum(p.offset for p in path)
                    # the next item initializes the member after x: after the
                    # anonymous union x is in; (not worked out) in an anonymous struct
                    anon = T.strip(path[0].type)
                    pos = fields.index(path[0]) + 1 if len(path) == 1 or (
                        len(path) == 2 and isinstance(anon, T.RecordType) and
                        anon.decl.kind == "union") else None
                else:
                    if pos is None or pos >= len(fields) or (pos > 0 and s.decl.kind == "union"):
                        return False
                    f, off = fields[pos], base + fields[pos].offset
                    pos += 1
                if not item(it, f.type, off):
                    return False
            return True
        if isinstance(s, T.ArrayType):
            idx = 0
            for it in lst.items:
                if it.designators:
                    d = it.designators[0]
                    if len(it.designators) != 1 or d.index is None or d.hi is not None:
                        return False
                    idx = d.index
                if (s.count is not None and idx >= s.count) or \
                        not item(it, s.elem, base + idx * s.elem.size):
                    return False
                idx += 1
            return True
        # a scalar in braces (`char *p = {q};`)
        return len(lst.items) == 1 and not lst.items[0].designators and \
            item(lst.items[0], t, base)

    if isinstance(init, N.InitList):
        ok = brace(init, t, 0)
    else:
        ok = item(N.InitItem([], init), t, 0)
    return out if ok else None


def _field_path(fields: list[T.Field], want: T.Field) -> Optional[list[T.Field]]:
    """The members from a record's down to field `want`, through anonymous
    struct and union members (a designator names only the inner field)."""
    for f in fields:
        if f is want:
            return [f]
        s = T.strip(f.type)
        if not f.name and isinstance(s, T.RecordType):
            sub = _field_path(s.decl.fields, want)
            if sub is not None:
                return [f, *sub]
    return None


# An initializer with more pointer items than this has its slots' capabilities
# looked up by value, not taken from each item: an array of thousands of
# items' capabilities in one constructor took gcc a minute (the lookup
# differs only for an item pointing one past its object's end).
_MAX_ITEM_CAPS = 256
# Pointer slots an initialized table may list for re-deriving their
# capabilities (cmark's entity table has 2125 strings); a bigger object is
# re-derived word by word (sc_rederive_all).
_MAX_TABLE_SLOTS = 1 << 16


def _agg_arg_slots(params: Sequence[T.CType]) -> dict[int, int]:
    """Parameter index -> index of its first slot in sc_aggarg, for the
    struct parameters with pointers (caller and callee both count them from
    the function's type)."""
    out: dict[int, int] = {}
    k = 0
    for i, t in enumerate(params):
        if T.is_record(t) and has_pointers(t):
            slots = pointer_slots(t)
            if slots:
                out[i] = k
                k += len(slots)
    return out


def _replace_items(e: N.Expr, new: dict[int, N.Expr]) -> N.Expr:
    """Brace list e with the values of its items in `new` (by id) replaced."""
    if not isinstance(e, N.InitList):
        return e
    return N.InitList(e.type, e.loc, [
        N.InitItem(it.designators, new[id(it)] if id(it) in new else
                   _replace_items(it.value, new)) for it in e.items])


def _address_constant(e: N.Expr, local: bool = False) -> bool:
    """Is e an address constant of a static initializer in one of the forms
    whose capability safec derives like any address (an object, a member
    or element of one, plus or minus a constant, a literal, a function)?
    local: the object may be a local too (an address the same wherever it
    is computed in its scope, without side effects)."""
    while isinstance(e, N.Cast) and (isptr(e.operand.type) or T.is_array(e.operand.type) or
                                     T.is_function(e.operand.type)):
        e = e.operand
    if isinstance(e, N.IntLit):
        return e.value == 0
    if isinstance(e, N.Binary) and e.op in ("+", "-") and isptr(e.left.type):
        return isinstance(e.right, N.IntLit) and _address_constant(e.left, local)
    if isinstance(e, (N.Decay, N.AddrOf)):
        return _static_lvalue(e.lv, local)
    return False


def _static_lvalue(lv: N.Expr, local: bool = False) -> bool:
    if isinstance(lv, (N.StringLit, N.FuncRef)):
        return True
    if isinstance(lv, N.VarRef):
        return isinstance(lv.decl, N.VarDecl) and not lv.decl.tls and \
            (local or lv.decl.storage in ("static", "extern") or lv.decl.is_global)
    if isinstance(lv, N.Member) and not lv.arrow:
        return _static_lvalue(lv.base, local)
    if isinstance(lv, N.Index) and isinstance(lv.index, N.IntLit) and isinstance(lv.base, N.Decay):
        return _static_lvalue(lv.base.lv, local)
    return False


def _refers_to(e: N.Expr, v: N.VarDecl) -> bool:
    return any(isinstance(n, N.VarRef) and n.decl is v for n in walk(e))


# A static function at most this big (statements, accesses through
# pointers), with no loop and no call into the file's own functions, is
# inlined (see _tiny_leaf).
_TINY_STMTS = 6
_TINY_ACCESSES = 6
# calls that make a function uninlinable (or that safec treats specially)
_NOT_INLINABLE_CALLS = frozenset({
    "setjmp", "_setjmp", "sigsetjmp", "__sigsetjmp", "alloca", "__builtin_alloca",
    "__builtin_apply_args", "__builtin_return_address", "__builtin_frame_address"})


def _tiny_leaf(f: N.FuncDecl, defined: set[str]) -> bool:
    """Is f a helper as small as gcc inlines in the plain build (sort's
    three-line swap), to be emitted always_inline?  Instrumented, its
    checks make it look dozens of times bigger ("code would grow by 252"
    instructions), gcc's inliner keeps the call, and the caller pays the
    call, the capability passing and a window made anew at every call: 8%
    of sort's time.  Only where inlining cannot fail or recurse: static,
    not variadic or K&R, no loop, label, goto, switch, asm, statement
    expression or VLA, and no call into a function defined in this file."""
    if f.storage != "static" or f.inline or f.knr or f.type.variadic or f.body is None \
            or f.name == "main" or any(re.search(r"\b(\w*inline|noclone|cold|optimize|target|"
                                                 r"naked|section|used|constructor|destructor|"
                                                 r"ifunc)\b", a) for a in f.attrs):
        return False
    stmts = accesses = 0
    for n in walk(f.body):
        if isinstance(n, (N.While, N.DoWhile, N.For, N.Switch, N.Goto, N.IndirectGoto, N.Label,
                          N.Asm, N.LabelAddr, N.StmtExpr, N.VAArg, N.SizeofVlaType)):
            return False
        if isinstance(n, N.Call):
            callee = n.callee
            if isinstance(callee, N.Decay) and isinstance(callee.lv, N.FuncRef) and \
                    (callee.lv.decl.name in defined or callee.lv.decl.name in _NOT_INLINABLE_CALLS):
                return False
        elif isinstance(n, N.VarDecl) and _has_vla(n.type):
            return False
        elif isinstance(n, N.Stmt) and not isinstance(n, N.Compound):
            stmts += 1
        elif isinstance(n, (N.Deref, N.Index)) or (isinstance(n, N.Member) and n.arrow):
            accesses += 1
    return stmts <= _TINY_STMTS and accesses <= _TINY_ACCESSES


def _post_step(lv: N.Expr, fat_vars: set[int]) -> Optional[N.IncDec]:
    """`p++` or `p--` of `*p++` (p a pointer local), else None."""
    if isinstance(lv, N.Deref) and isinstance(lv.ptr, N.IncDec) and not lv.ptr.prefix and \
            isinstance(lv.ptr.lv, N.VarRef) and id(lv.ptr.lv.decl) in fat_vars:
        return lv.ptr
    return None


def _continues(body: N.Stmt) -> bool:
    """Has `body` (a loop's) a `continue` of its own loop (not of one inside it)?"""
    stack: list[object] = [body]
    while stack:
        n = stack.pop()
        if isinstance(n, N.Continue):
            return True
        if not isinstance(n, (N.While, N.DoWhile, N.For)):
            stack.extend(children(n))
    return False


def _has_vla(t: T.CType) -> bool:
    st = T.strip(t)
    while isinstance(st, T.ArrayType):
        if st.vla is not None:
            return True
        st = T.strip(st.elem)
    return False


# Operators whose pointer operands are only compared or tested (see addr_only).
_TESTS = frozenset({"==", "!=", "<", ">", "<=", ">=", "&&", "||"})


def _named_root(lv: N.Expr) -> Optional[N.VarDecl]:
    """The variable an lvalue reached by name (`.` members, array elements)
    belongs to."""
    while True:
        if isinstance(lv, N.VarRef):
            return lv.decl
        if isinstance(lv, N.Member) and not lv.arrow and N.is_lvalue(lv.base):
            lv = lv.base
        elif isinstance(lv, N.Index) and isinstance(lv.base, N.Decay) and N.is_lvalue(lv.base.lv):
            lv = lv.base.lv
        else:
            return None


def _builtin_accesses(name: str, args: list[N.Expr]) -> list[tuple[int, int]]:
    """(argument index, access mode) of the pointer arguments through which
    a compiler builtin reads or writes one object: the result pointer of
    the overflow builtins, the object of the atomic builtins."""
    def sized(i: int) -> bool:
        if i >= len(args) or not isptr(args[i].type):
            return False
        t = T.strip(T.pointee(args[i].type))
        return not isinstance(t, (T.VoidType, T.FunctionType)) and fixed_size(t)
    if name.endswith("_overflow") and name.startswith("__builtin_") and sized(len(args) - 1):
        return [(len(args) - 1, WRITE)]
    out: list[tuple[int, int]] = []
    if name.startswith(("__atomic_", "__sync_")) and sized(0):
        if "store" in name or name == "__sync_lock_release":
            out.append((0, WRITE))
        else:
            out.append((0, READ if "load" in name else RMW))
        # the generic forms' other objects
        more = {"__atomic_load": [(1, WRITE)], "__atomic_store": [(1, READ)],
                "__atomic_exchange": [(1, READ), (2, WRITE)],
                "__atomic_compare_exchange": [(1, RMW), (2, READ)],
                "__atomic_compare_exchange_n": [(1, RMW)]}.get(name, [])
        out += [(i, m) for i, m in more if sized(i)]
    return out


# Inline checks and pointer loads/stores a function may have before they
# become calls (see _out_of_line_if_huge).
_MAX_INLINE_SITES = 1500
# ... and before its checks test init bits in their slow path (sc_chk_lean).
_MAX_FULL_INLINE_SITES = 200
_LEAN = {"sc_chk": "sc_chk_lean", "SC_CHK_W": "SC_CHK_W_LEAN"}
# the inline forms -> their out-of-line functions (safec_rt.c)
_OUT_OF_LINE = {"sc_chk": "sc_chk_ool", "sc_chk_in": "sc_chk_in_ool",
                "sc_load_ptr": "sc_load_ptr_ool", "sc_load_ptr_own": "sc_load_ptr_own_ool",
                "sc_store_ptr": "sc_store_ptr_ool", "SC_CHK_W": "sc_chk_w_ool",
                "SC_CHK_WS": "sc_chk_ws_ool"}


def _out_of_line_if_huge(body: N.Compound) -> int:
    """A function with thousands of checks (pcre2's match(): a 20,000-line
    switch of gotos) gets them as calls.  Inlined, each check is a few
    dozen statements, and gcc's time and memory on one function grow much
    faster than its size: it took more than 45 minutes and 6 GB at -O2 (18
    GB at -O0) on match().  The calls check exactly the same; the loop
    windows they update are passed by address.  A function with hundreds
    of checks keeps them inline, lean (sc_chk_lean, SC_CHK_W_LEAN)."""
    calls = [n for n in walk(body) if isinstance(n, N.RtCall) and
             (n.name in _OUT_OF_LINE or n.name == "SC_CHK_WF")]
    if len(calls) <= _MAX_FULL_INLINE_SITES:
        return len(calls)
    for c in calls:  # no flags (window_flag): the plain window check
        if c.name == "SC_CHK_WF":
            c.name, c.args = "SC_CHK_W", c.args[1:]
    if len(calls) <= _MAX_INLINE_SITES:
        # hundreds of checks: a read check's inline test of init bits (for
        # objects not wholly written) doubles its code, and gcc's time on a
        # function grows faster than its size (uthash's test90.c: 14 s, a
        # third less without the tests); the slow path does the same test
        for c in calls:
            c.name = _LEAN.get(c.name, c.name)
        return len(calls)
    for c in calls:
        if c.name in ("SC_CHK_W", "SC_CHK_WS"):
            w = c.args[2]
            assert isinstance(w, N.Raw)
            c.args[2] = N.Raw(w.type, w.loc, f"&{w.text}")
        c.name = _OUT_OF_LINE[c.name]
    return len(calls)


# A function marked always_inline with more checks than this is left to
# gcc's own inlining decisions: lz4hc.c's forced-inline match finders,
# inlined with all their checks into each of several callers, made
# functions on which gcc's register dataflow took 12 minutes (75% of it in
# `df live&initialized regs` and `df live regs`).
_MAX_FORCED_INLINE_SITES = 40


def _without_always_inline(attrs: list[str]) -> list[str]:
    out = []
    for a in attrs:
        a = re.sub(r"\b(__)?always_inline(__)?\b\s*,?\s*", "", a)
        a = re.sub(r",\s*\)\)$", "))", a)
        if not re.fullmatch(r"__attribute__\s*\(\(\s*\)\)", a):
            out.append(a)
    return out


def _addr_operand(e: N.Expr) -> N.Expr:
    """`&v` or array `v` under the conversions to void * of an argument."""
    while isinstance(e, N.Cast) and isptr(e.type):
        e = e.operand
    return e


_MEMCPY_NAMES = ("memcpy", "memmove", "__builtin_memcpy", "__builtin_memmove")


def _memcpy_wrapper(f: N.FuncDecl) -> Optional[N.Expr]:
    """The memcpy (or memmove) callee f forwards its three parameters to, if
    f is a static wrapper that does only that (xxHash's XXH_memcpy, so a
    build can swap in its own): `return memcpy(d, s, n);` or
    `memcpy(d, s, n);`."""
    if f.storage != "static" or f.body is None or len(f.params) != 3 or \
            len(f.body.items) != 1 or f.type.variadic:
        return None
    st = f.body.items[0]
    call = st.value if isinstance(st, N.Return) else \
        st.expr if isinstance(st, N.ExprStmt) else None
    while isinstance(call, N.Cast) and call.implicit:
        call = call.operand
    if not (isinstance(call, N.Call) and isinstance(call.callee, N.Decay) and
            isinstance(call.callee.lv, N.FuncRef) and
            call.callee.lv.decl.name in _MEMCPY_NAMES and len(call.args) == 3):
        return None
    for a, p in zip(call.args, f.params):
        while isinstance(a, N.Cast) and a.implicit:
            a = a.operand
        if not (isinstance(a, N.Load) and isinstance(a.lv, N.VarRef) and a.lv.decl is p):
            return None
    ft = T.strip(call.callee.lv.decl.type)
    if not isinstance(ft, T.FunctionType) or not all(
            T.same_type(T.strip(p.type), T.strip(q)) for p, q in zip(f.params, ft.params)):
        return None
    return call.callee


def _call_memcpy_directly(tu: N.TranslationUnit) -> None:
    """Direct calls of a memcpy wrapper (_memcpy_wrapper) call memcpy
    itself: the same copy, but the idioms safe code compiles without a
    record see it (`u64 v; XXH_memcpy(&v, p, 8); return v;` registered v
    as an object, copied through the wrapper and ended v, at each of
    xxHash's reads: 70 times gcc's time)."""
    wrappers = {}
    for d in tu.decls:
        if isinstance(d, N.FuncDecl) and not d.system:
            callee = _memcpy_wrapper(d)
            if callee is not None:
                wrappers[d.name] = callee
    if not wrappers:
        return
    for d in tu.decls:
        if isinstance(d, N.FuncDecl) and d.body is not None and not d.system:
            for n in walk(d.body):
                if isinstance(n, N.Call) and isinstance(n.callee, N.Decay) and \
                        isinstance(n.callee.lv, N.FuncRef) and n.callee.lv.decl.name in wrappers \
                        and d.name != n.callee.lv.decl.name:
                    target = wrappers[n.callee.lv.decl.name]
                    assert isinstance(target, N.Decay) and isinstance(target.lv, N.FuncRef)
                    n.callee = N.Decay(target.type, n.callee.loc,
                                       N.FuncRef(target.lv.type, n.callee.loc, target.lv.decl))


def _uncast(e: N.Expr, explicit: bool = False) -> N.Expr:
    """e without its implicit conversions (and explicit integer ones)."""
    while isinstance(e, N.Cast) and (e.implicit or explicit and isinstance(
            T.strip(e.type), (T.ArithType, T.EnumType))):
        e = e.operand
    return e


def _same_lvalue(a: N.Expr, b: N.Expr) -> bool:
    """Do a and b name the same object by the same side-effect-free
    expression (`s->ll4[i >> 1]` twice)?"""
    a, b = _uncast(a), _uncast(b)
    if type(a) is not type(b):
        return False
    if isinstance(a, N.VarRef) and isinstance(b, N.VarRef):
        return a.decl is b.decl
    if isinstance(a, N.IntLit) and isinstance(b, N.IntLit):
        return a.value == b.value
    if isinstance(a, N.Member) and isinstance(b, N.Member):
        return a.field is b.field and a.arrow == b.arrow and _same_lvalue(a.base, b.base)
    if isinstance(a, N.Index) and isinstance(b, N.Index):
        return _same_lvalue(a.base, b.base) and _same_lvalue(a.index, b.index)
    if isinstance(a, N.Deref) and isinstance(b, N.Deref):
        return _same_lvalue(a.ptr, b.ptr)
    if isinstance(a, (N.Load, N.Decay)) and isinstance(b, (N.Load, N.Decay)):
        return _same_lvalue(a.lv, b.lv)
    if isinstance(a, N.Binary) and isinstance(b, N.Binary):
        return a.op == b.op and a.op not in (",", "&&", "||") and \
            _same_lvalue(a.left, b.left) and _same_lvalue(a.right, b.right)
    return False


def _masked_merge_read(e: N.Assign) -> Optional[N.Load]:
    """The read of x in `x = (x & MASK) | v` (or `v | (x & MASK)`, with ^ or
    +): new bits merged into an integer whose other bits are kept -- a
    bit-field written by hand (bzip2's SET_LL4 packs nibbles so into a fresh
    heap array).  The kept bits may never have been written, as a
    bit-field's neighbours need not be: the statement writes x, it does not
    use an indeterminate value."""
    if e.op != "=" or not isinstance(T.strip(e.lv.type), (T.ArithType, T.EnumType)):
        return None
    v = _uncast(e.value, True)
    if not (isinstance(v, N.Binary) and v.op in ("|", "^", "+")):
        return None
    for side in (v.left, v.right):
        m = _uncast(side, True)
        if not (isinstance(m, N.Binary) and m.op == "&"):
            continue
        for x, mask in ((m.left, m.right), (m.right, m.left)):
            x = _uncast(x, True)
            if isinstance(_uncast(mask), N.IntLit) and isinstance(x, N.Load) and \
                    _same_lvalue(x.lv, e.lv):
                return x
    return None


def _carry_facts(fs: FuncState, nodes: dict[int, object]) -> None:
    """Give the copies of a cloned loop (`nodes`: id of an original node or
    declaration -> its copy) the analysis facts of their originals, all of
    which are keyed by id: without them a struct declared in the copied
    body lost its member flags, an array its init bits, and a
    `memcpy(&v, p, sizeof v)` its v's flag (a false uninitialized read).
    The same flag and bit-map names serve both copies: only one runs."""
    for ids in (fs.fat_vars, fs.obj_vars, fs.tracked, fs.copied_vars, fs.by_name,
                fs.reentered, fs.entered_blocks, fs.born_whole, fs.assigned, fs.merge_reads):
        ids |= {id(nodes[k]) for k in ids if k in nodes}
    maps: tuple[dict[int, Any], ...] = (fs.fat_names, fs.init_flag, fs.leaf_flags,
                                        fs.flags_from, fs.local_copies, fs.orig_type)
    for facts in maps:
        facts.update({id(nodes[k]): v for k, v in facts.items() if k in nodes})


def _local_copies(body: N.Stmt, locals_: dict[int, N.VarDecl]) -> list[tuple[N.Call, int]]:
    """Statements `memcpy(&v, p, n);` / `memcpy(p, &v, n);` (memmove too)
    with v a local (or parameter) by name whose type holds no pointers and
    n its size: (call, index of &v)."""
    out: list[tuple[N.Call, int]] = []
    for st in walk(body):
        if not (isinstance(st, N.ExprStmt) and isinstance(st.expr, N.Call)):
            continue
        c = st.expr
        callee = c.callee
        if not (isinstance(callee, N.Decay) and isinstance(callee.lv, N.FuncRef)) or \
                callee.lv.decl.name not in ("memcpy", "memmove", "__builtin_memcpy",
                                            "__builtin_memmove") or len(c.args) != 3:
            continue
        n = _const(c.args[2])
        for i in (0, 1):
            a = _addr_operand(c.args[i])
            if not isinstance(a, (N.AddrOf, N.Decay)) or not isinstance(a.lv, N.VarRef):
                continue
            v = a.lv.decl
            t = T.strip(v.type)
            if id(v) in locals_ and v.storage in ("", "register") and n is not None and \
                    n > 0 and fixed_size(v.type) and n == t.size and not isptr(t) and \
                    not has_pointers(v.type) and not _is_va_list(v.type) and \
                    not _is_local_addr(_addr_operand(c.args[1 - i]), locals_):
                out.append((c, i))
                break
    return out


def _copy_var(c: N.Call, i: int) -> N.VarDecl:
    """The local v of a copy _local_copies found (`&v` is argument i)."""
    a = _addr_operand(c.args[i])
    assert isinstance(a, (N.AddrOf, N.Decay)) and isinstance(a.lv, N.VarRef)
    return a.lv.decl


def _is_local_addr(e: N.Expr, locals_: dict[int, N.VarDecl]) -> bool:
    """Is e `&w` or array `w` of a local w (both sides local: left as is)?"""
    if isinstance(e, (N.AddrOf, N.Decay)):
        root = _lv_root(e.lv)
        return root is not None and id(root) in locals_
    return False


# atomic builtins that store a pointer: the argument it is in
_ATOMIC_PTR_STORE = {"__atomic_store_n": 1, "__atomic_exchange_n": 1,
                     "__atomic_compare_exchange_n": 2, "__sync_lock_test_and_set": 1,
                     "__sync_val_compare_and_swap": 2, "__sync_bool_compare_and_swap": 2}


def _atomic_pointer_slot(name: str, args: list[N.Expr]) -> bool:
    """Is this an atomic builtin on an object that holds a pointer?"""
    if not name.startswith(("__atomic_", "__sync_")) or not args or not isptr(args[0].type):
        return False
    obj = T.strip(T.pointee(args[0].type))
    if isinstance(obj, T.AtomicType):
        obj = T.strip(obj.inner)
    return T.is_pointer(obj)


def _leaf_paths(t: T.CType, prefix: tuple[int, ...] = ()) -> list[tuple[int, ...]]:
    """Field-index paths of the members of a struct that get one init flag
    each: scalars, pointers, arrays, unions (a union is written as a whole
    by any of its members)."""
    st = T.strip(t)
    if not (isinstance(st, T.RecordType) and st.decl.kind == "struct" and st.decl.complete):
        return [prefix]
    out: list[tuple[int, ...]] = []
    for i, f in enumerate(st.decl.fields):
        if f.name or T.is_record(f.type):  # (an unnamed bitfield is padding)
            out += _leaf_paths(f.type, (*prefix, i))
    return out or [prefix]


def _leaf_span(t: T.CType, path: tuple[int, ...]) -> tuple[int, int, bool]:
    """(byte offset, byte size, exact) of the member of struct type t at
    field-index path (a leaf of _leaf_paths); exact: a scalar, whose bytes
    must all be written for it to be, rather than an array, a union or a
    bit-field, any byte of which written counts (as any store to it does)."""
    off_bits = 0
    ft = t
    width: Optional[int] = None
    for i in path:
        st = T.strip(ft)
        assert isinstance(st, T.RecordType)
        f = st.decl.fields[i]
        off_bits += f.offset_bits
        ft, width = f.type, f.bitwidth
    if width is not None:
        first = off_bits // 8
        return first, (off_bits + width + 7) // 8 - first, False
    st = T.strip(ft)
    exact = not isinstance(st, (T.ArrayType, T.RecordType))
    return off_bits // 8, st.size, exact


def instrument_safe(tu: N.TranslationUnit, uninit: str = "trap",
                    hybrid: bool = False) -> N.TranslationUnit:
    return SafeInstrumenter(tu, uninit, hybrid).run()
