"""Turn a results document into text tables, comparisons and an SVG chart.

All functions here are pure (documents in, strings out) except save/load.
A results document is what runner.make_document() returns and what is stored
as JSON: {"schema", "machine", "settings", "configs", "programs", "geomean"}.
"""

import functools
import json
import math
from pathlib import Path
from xml.sax.saxutils import escape

from bench import stats

BASELINE = "gcc"

# ------------------------------------------------------------------ JSON


def save_results(doc, path):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(doc, indent=1, sort_keys=False) + "\n")
    tmp.replace(path)


def load_results(path):
    doc = json.loads(Path(path).read_text())
    if not isinstance(doc, dict) or "programs" not in doc:
        raise ValueError(f"{path}: not a bench results file")
    return doc


def doc_configs(doc):
    """Configurations of a document in run order."""
    cfgs = (doc.get("settings") or {}).get("configs")
    if cfgs:
        return list(cfgs)
    seen = []
    for p in doc["programs"].values():
        for c in p["configs"]:
            if c not in seen:
                seen.append(c)
    return seen


# ------------------------------------------------------------------ tables


def fmt_ratio(x):
    if x is None:
        return "-"
    if x >= 100:
        return f"{x:.0f}x"
    if x >= 10:
        return f"{x:.1f}x"
    return f"{x:.2f}x"


def fmt_seconds(s):
    return "-" if s is None else f"{s:.3f}s"


def fmt_kib(kb):
    if kb is None:
        return "-"
    if kb >= 10 * 1024:
        return f"{kb / 1024:.0f}M"
    if kb >= 1024:
        return f"{kb / 1024:.1f}M"
    return f"{kb:.0f}K"


def fmt_bytes(n):
    return "-" if n is None else fmt_kib(n / 1024)


def _cell(entry, key, absolute):
    """Text of one table cell: a ratio (or for the baseline an absolute value)."""
    if entry is None:
        return ""
    status = entry.get("status")
    if status == "n/a":
        return "n/a"
    if status != "ok":
        return "WRONG"
    if absolute is not None:
        return absolute(entry)
    return fmt_ratio(entry.get(f"{key}_ratio"))


def _seconds_of(field, entry):
    return fmt_seconds(entry.get(field))


def _render(header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    lines = []
    for k, r in enumerate([header] + rows):
        cells = [
            str(c).ljust(widths[0]) if i == 0 else str(c).rjust(widths[i]) for i, c in enumerate(r)
        ]
        lines.append("  ".join(cells).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


SECTIONS = (
    ("time", "Time: median {metric} time; gcc column in seconds, others as ratio to gcc", None),
    (
        "rss",
        "Peak RSS: median ru_maxrss; gcc column absolute, others as ratio to gcc",
        lambda e: fmt_kib(e.get("median_rss_kb")),
    ),
    (
        "size",
        "Binary size: file size; gcc column absolute, others as ratio to gcc",
        lambda e: fmt_bytes(e.get("size")),
    ),
)


def format_table(doc):
    """The text report: one section each for time, peak RSS and binary size."""
    configs = doc_configs(doc)
    programs = doc["programs"]
    gm = doc.get("geomean") or {}
    out = []
    metric = (doc.get("settings") or {}).get("metric", "wall")
    for key, title, absolute in SECTIONS:
        if key == "time":
            title = title.format(metric="CPU (user+sys)" if metric == "cpu" else "wall")
            field = "median_cpu" if metric == "cpu" else "median_time"
            absolute = functools.partial(_seconds_of, field)
        header = ["program"] + configs
        rows = []
        for name in sorted(programs):
            entries = programs[name]["configs"]
            rows.append(
                [name]
                + [_cell(entries.get(c), key, absolute if c == BASELINE else None) for c in configs]
            )
        geo = ["geomean"]
        for c in configs:
            g = gm.get(c) or {}
            if c == BASELINE:
                geo.append("1.00x")
            elif g.get(key) is None:
                geo.append("-")
            else:
                n = g.get("n", 0)
                suffix = "" if n == len(programs) else f" ({n}/{len(programs)})"
                geo.append(fmt_ratio(g[key]) + suffix)
        rows.append(geo)
        out.append(title)
        out.extend(_render(header, rows[:-1] + [["-" * 7] + [""] * len(configs)] + rows[-1:]))
        out.append("")
    notes = format_notes(doc)
    if notes:
        out.append("Notes:")
        out.extend(notes)
    return "\n".join(out).rstrip() + "\n"


def format_notes(doc):
    """One line per (config, status, reason), grouping programs that share it;
    one line per config listing its noisy programs (spread > 10% of median)."""
    groups = {}
    noisy = {}
    for name in sorted(doc["programs"]):
        for cfg, e in doc["programs"][name]["configs"].items():
            if e.get("status") == "ok":
                sp = e.get("time_spread")
                if sp is not None and sp > 0.10 and len(e.get("times") or []) >= 3:
                    noisy.setdefault(cfg, []).append(f"{name} {sp:.0%}")
                continue
            groups.setdefault((cfg, e.get("status"), e.get("reason") or ""), []).append(name)
    lines = []
    total = len(doc["programs"])
    for (cfg, status, reason), names in groups.items():
        which = f"all {total} programs" if len(names) == total and total > 1 else ", ".join(names)
        lines.append(f"  {cfg}: {status} for {which}: {reason}")
    for cfg, items in noisy.items():
        lines.append(
            f"  {cfg}: noisy (time spread over the rounds > 10% of median): {', '.join(items)}"
        )
    return lines


def format_header(doc):
    m = doc.get("machine") or {}
    s = doc.get("settings") or {}
    commit = m.get("git_commit") or "no commit"
    if m.get("git_dirty"):
        commit += " (dirty)"
    return (
        f"safec run-time benchmarks  {m.get('date', '?')}  commit {commit}\n"
        f"cpu: {m.get('cpu', '?')} ({m.get('cores', '?')} cores)  {m.get('gcc', '?')}\n"
        f"rounds: {s.get('rounds', '?')}  configs: {', '.join(doc_configs(doc))}\n"
    )


# --------------------------------------------------------------- compare


def common_geomean(doc_a, doc_b, cfg, key):
    """Geomeans of one ratio over the programs where both documents have it."""
    pa, pb = doc_a["programs"], doc_b["programs"]
    va, vb = [], []
    for name in sorted(set(pa) & set(pb)):
        ea = pa[name]["configs"].get(cfg) or {}
        eb = pb[name]["configs"].get(cfg) or {}
        if ea.get(f"{key}_ratio") and eb.get(f"{key}_ratio"):
            va.append(ea[f"{key}_ratio"])
            vb.append(eb[f"{key}_ratio"])
    return stats.geomean(va), stats.geomean(vb), len(va)


def _pct(a, b):
    if a is None or b is None or a == 0:
        return "-"
    return f"{(b / a - 1) * 100:+.1f}%"


def format_compare(doc_a, doc_b, name_a="A", name_b="B", threshold=0.05):
    """Per-config geomean differences between two runs (B relative to A), over
    the programs both runs measured, and the programs whose time ratio moved
    by more than `threshold`."""
    ma, mb = doc_a.get("machine") or {}, doc_b.get("machine") or {}
    out = [
        f"A: {name_a}  commit {ma.get('git_commit') or '-'}  {ma.get('date', '')}",
        f"B: {name_b}  commit {mb.get('git_commit') or '-'}  {mb.get('date', '')}",
    ]
    sa, sb = doc_a.get("settings") or {}, doc_b.get("settings") or {}
    if sa.get("metric", "wall") != sb.get("metric", "wall"):
        out.append(
            f"warning: different time metrics: {sa.get('metric', 'wall')} vs {sb.get('metric', 'wall')}"
        )
    if ma.get("cpu") != mb.get("cpu"):
        out.append(f"warning: different CPUs: {ma.get('cpu')!r} vs {mb.get('cpu')!r}")
    out.append("")
    configs = [c for c in doc_configs(doc_a) if c in doc_configs(doc_b) and c != BASELINE]
    only = sorted(set(doc_configs(doc_a)) ^ set(doc_configs(doc_b)))
    header = [
        "config",
        "n",
        "time A",
        "time B",
        "change",
        "rss A",
        "rss B",
        "change",
        "size A",
        "size B",
        "change",
    ]
    rows = []
    for cfg in configs:
        row = [cfg]
        n_all = None
        for key in ("time", "rss", "size"):
            a, b, n = common_geomean(doc_a, doc_b, cfg, key)
            if n_all is None:
                n_all = n
            row += [fmt_ratio(a), fmt_ratio(b), _pct(a, b)]
        rows.append(row[:1] + [str(n_all)] + row[1:])
    out.extend(_render(header, rows) if rows else ["(no configuration measured in both runs)"])
    if only:
        out.append(f"configs in only one run: {', '.join(only)}")
    # base time (absolute gcc) change, which tells whether the machine/programs changed
    base = []
    for name in sorted(set(doc_a["programs"]) & set(doc_b["programs"])):
        ea = doc_a["programs"][name]["configs"].get(BASELINE) or {}
        eb = doc_b["programs"][name]["configs"].get(BASELINE) or {}
        if ea.get("median_time") and eb.get("median_time"):
            base.append(eb["median_time"] / ea["median_time"])
    if base:
        out.append(
            f"gcc -O2 absolute time, B/A geomean over {len(base)} programs: {fmt_ratio(stats.geomean(base))}"
        )
    moved = []
    for name in sorted(set(doc_a["programs"]) & set(doc_b["programs"])):
        for cfg in configs:
            ea = doc_a["programs"][name]["configs"].get(cfg) or {}
            eb = doc_b["programs"][name]["configs"].get(cfg) or {}
            a, b = ea.get("time_ratio"), eb.get("time_ratio")
            if a and b and abs(b / a - 1) > threshold:
                moved.append((abs(math.log(b / a)), name, cfg, a, b))
            elif ea.get("status") != eb.get("status") and ea.get("status") and eb.get("status"):
                moved.append((math.inf, name, cfg, ea.get("status"), eb.get("status")))
    if moved:
        out.append("")
        out.append(f"programs whose time ratio changed by more than {threshold:.0%}:")
        for _, name, cfg, a, b in sorted(moved, key=lambda t: (-t[0], t[1], t[2])):
            if isinstance(a, str):
                out.append(f"  {name} [{cfg}]: {a} -> {b}")
            else:
                out.append(f"  {name} [{cfg}]: {fmt_ratio(a)} -> {fmt_ratio(b)} ({_pct(a, b)})")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------- SVG

PALETTE = {
    "asan": "#d62728",
    "safec-c": "#8c8c8c",
    "safec-safe": "#1f77b4",
    "safec-safe-zero": "#17becf",
    "safec-hybrid": "#2ca02c",
}
EXTRA_COLOURS = ["#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#bcbd22", "#393b79"]


def colour_for(cfg, index):
    return PALETTE.get(cfg) or EXTRA_COLOURS[index % len(EXTRA_COLOURS)]


def nice_ceiling(x):
    """Smallest 'nice' axis maximum (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k) >= x."""
    if x <= 0:
        return 1.0
    exp = math.floor(math.log10(x))
    for m in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        v = m * 10**exp
        if v >= x - 1e-12:
            return v
    return 10 ** (exp + 1)


def tick_step(top):
    for step in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100):
        if top / step <= 10:
            return step
    return top / 10


def y_axis(values):
    """Axis for the ratio chart: linear from 0 when the largest ratio is at most
    5x, else log2 (ratios are multiplicative; one outlier must not flatten the
    rest).  Returns {"log", "bottom", "top", "ticks", "frac"}; frac maps a value
    to 0..1 of the plot height."""
    hi = max(list(values) + [1.0])
    if hi <= 5:
        top = nice_ceiling(hi * 1.05)
        step = tick_step(top)
        ticks = [round(i * step, 10) for i in range(round(top / step) + 1)]
        return {"log": False, "bottom": 0.0, "top": top, "ticks": ticks, "frac": lambda v: v / top}
    lo = min(list(values) + [1.0])
    k_lo = min(-1, math.floor(math.log2(lo)))
    k_hi = math.ceil(math.log2(hi * 1.05))
    span = k_hi - k_lo
    ticks = [2.0**k for k in range(k_lo, k_hi + 1)]
    return {
        "log": True,
        "bottom": 2.0**k_lo,
        "top": 2.0**k_hi,
        "ticks": ticks,
        "frac": lambda v: (math.log2(v) - k_lo) / span,
    }


def make_svg(doc):
    """Grouped bar chart of time ratios to gcc: one group per program plus a
    geomean group, one bar colour per configuration, a dashed line at 1.0x."""
    configs = [c for c in doc_configs(doc) if c != BASELINE]
    programs = sorted(doc["programs"])
    gm = doc.get("geomean") or {}
    groups = [
        (name, {c: (doc["programs"][name]["configs"].get(c) or {}) for c in configs})
        for name in programs
    ]
    groups.append(
        (
            "geomean",
            {c: {"status": "ok", "time_ratio": (gm.get(c) or {}).get("time")} for c in configs},
        )
    )

    values = [e.get("time_ratio") for _, es in groups for e in es.values() if e.get("time_ratio")]
    axis = y_axis(values)

    bar_w = 9 if len(configs) <= 5 else 7
    group_gap = 14
    min_plot_w = 640
    group_w = max(1, len(configs)) * bar_w + group_gap
    group_w = max(group_w, min_plot_w / len(groups))
    left, right, top_m, bottom = 70, 95, 60, 110
    plot_h = 300
    plot_w = group_w * len(groups)
    legend_h = 22 * ((len(configs) + 3) // 4) if configs else 0
    width = int(left + plot_w + right)
    height = top_m + plot_h + bottom + legend_h

    def y_of(v):
        return top_m + plot_h - axis["frac"](v) * plot_h

    m = doc.get("machine") or {}
    s = doc.get("settings") or {}
    metric = "CPU time" if s.get("metric") == "cpu" else "time"
    title = f"safec run-time benchmarks: {metric} relative to gcc -O2 (lower is better)"
    sub = (
        f"median of {s.get('rounds', '?')} interleaved rounds; commit {(m.get('git_commit') or 'none')[:12]}; "
        f"{m.get('date', '')}; {m.get('cpu', '')}"
    )

    e = []
    e.append(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">'
    )
    e.append(f'<rect x="0" y="0" width="{width}" height="{height}" fill="white"/>')
    e.append(f'<text x="{left}" y="22" font-size="15" font-weight="bold">{escape(title)}</text>')
    e.append(f'<text x="{left}" y="40" fill="#555">{escape(sub)}</text>')

    # grid and y axis
    for v in axis["ticks"]:
        y = y_of(v)
        e.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#e5e5e5"/>'
        )
        e.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{v:g}x</text>')
    e.append(f'<line x1="{left}" y1="{top_m}" x2="{left}" y2="{top_m + plot_h}" stroke="black"/>')
    e.append(
        f'<line x1="{left}" y1="{top_m + plot_h}" x2="{left + plot_w}" y2="{top_m + plot_h}" stroke="black"/>'
    )
    cy = top_m + plot_h / 2
    e.append(
        f'<text x="18" y="{cy:.1f}" text-anchor="middle" transform="rotate(-90 18 {cy:.1f})">'
        f"{metric} / gcc -O2 {metric}{' (log scale)' if axis['log'] else ''}</text>"
    )

    # bars
    for gi, (name, entries) in enumerate(groups):
        gx = left + gi * group_w + (group_w - len(configs) * bar_w) / 2
        if name == "geomean":
            e.append(
                f'<rect x="{left + gi * group_w:.1f}" y="{top_m}" width="{group_w:.1f}" height="{plot_h}" '
                f'fill="#f4f4f4"/>'
            )
        for ci, cfg in enumerate(configs):
            ent = entries.get(cfg) or {}
            x = gx + ci * bar_w
            r = ent.get("time_ratio")
            if ent.get("status") == "ok" and r:
                y = y_of(min(max(r, axis["bottom"]), axis["top"]))
                h = top_m + plot_h - y
                e.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w - 1}" height="{h:.1f}" '
                    f'fill="{colour_for(cfg, ci)}"><title>{escape(f"{name} [{cfg}]: {r:.2f}x")}</title></rect>'
                )
                if name == "geomean":
                    e.append(
                        f'<text x="{x + bar_w / 2:.1f}" y="{y - 3:.1f}" font-size="9" text-anchor="start" '
                        f'transform="rotate(-90 {x + bar_w / 2:.1f} {y - 3:.1f})">{r:.2f}</text>'
                    )
            elif ent.get("status") == "WRONG":
                e.append(
                    f'<text x="{x + bar_w / 2:.1f}" y="{top_m + plot_h - 3}" font-size="9" fill="red" '
                    f'text-anchor="middle">!</text>'
                )
        lx = gx + len(configs) * bar_w / 2
        ly = top_m + plot_h + 12
        weight = ' font-weight="bold"' if name == "geomean" else ""
        e.append(
            f'<text x="{lx:.1f}" y="{ly}" text-anchor="end"{weight} '
            f'transform="rotate(-45 {lx:.1f} {ly})">{escape(name)}</text>'
        )

    # baseline 1.0x
    y1 = y_of(1.0)
    e.append(
        f'<line x1="{left}" y1="{y1:.1f}" x2="{left + plot_w}" y2="{y1:.1f}" stroke="black" '
        f'stroke-dasharray="6,4"/>'
    )
    e.append(f'<text x="{left + plot_w + 6:.1f}" y="{y1 + 4:.1f}" fill="#333">gcc -O2 = 1x</text>')

    # x axis label and legend
    e.append(
        f'<text x="{left + plot_w / 2:.1f}" y="{top_m + plot_h + 95}" text-anchor="middle">program</text>'
    )
    ly0 = top_m + plot_h + bottom
    for ci, cfg in enumerate(configs):
        lx = left + (ci % 4) * 180
        ly = ly0 + (ci // 4) * 22
        e.append(f'<rect x="{lx}" y="{ly}" width="12" height="12" fill="{colour_for(cfg, ci)}"/>')
        gv = (gm.get(cfg) or {}).get("time")
        label = cfg + (f" (geomean {gv:.2f}x)" if gv else " (n/a)")
        e.append(f'<text x="{lx + 17}" y="{ly + 10}">{escape(label)}</text>')
    e.append("</svg>")
    return "\n".join(e) + "\n"
