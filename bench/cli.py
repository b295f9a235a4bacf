"""Command line of the benchmark suite.

python -m bench [--rounds N | --quick] [--filter S[,S...]] [--configs a,b,c]
                [--json PATH] [--metric wall|cpu] [--timeout SEC] [--jobs N] [--list]
python -m bench compare A.json B.json
python -m bench report RESULTS.json [--svg OUT.svg]
"""

import argparse
import sys
import time
from pathlib import Path

from bench import report, runner


class Progress:
    """One status line on stderr, overwritten with \\r (plain lines if not a tty)."""

    def __init__(self, stream=sys.stderr):
        self.stream = stream
        self.tty = stream.isatty()
        self.width = 0
        self.last = 0.0

    def __call__(self, text):
        if not self.tty:
            now = time.monotonic()
            if now - self.last < 5:  # throttle when logging to a file
                return
            self.last = now
            self.stream.write(text + "\n")
        else:
            pad = max(0, self.width - len(text))
            self.stream.write("\r" + text + " " * pad)
            self.width = len(text)
        self.stream.flush()

    def done(self):
        if self.tty and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
        self.width = 0


def split_list(text):
    return [s.strip() for s in text.split(",") if s.strip()] if text else []


def run_main(argv):
    ap = argparse.ArgumentParser(
        prog="python -m bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds (default 5)")
    ap.add_argument("--quick", action="store_true", help="one timed round")
    ap.add_argument("--filter", default="", help="comma-separated substrings of program names")
    ap.add_argument(
        "--configs",
        default=",".join(runner.CONFIGS),
        help=f"comma-separated configurations (default: all: {','.join(runner.CONFIGS)}); "
        "gcc is always included as the baseline",
    )
    ap.add_argument(
        "--json",
        default=str(runner.DEFAULT_JSON),
        help="where to write results (default bench/results/latest.json); the SVG goes next to it",
    )
    ap.add_argument("--timeout", type=float, default=300, help="per-run timeout in seconds")
    ap.add_argument("--jobs", type=int, default=0, help="parallel builds (default: CPU count)")
    ap.add_argument(
        "--metric",
        choices=runner.METRICS,
        default="wall",
        help="time used for ratios: wall (default) or cpu (user+sys; steadier on a busy machine)",
    )
    ap.add_argument(
        "--list", action="store_true", help="list programs and configurations, then exit"
    )
    args = ap.parse_args(argv)

    configs = split_list(args.configs)
    unknown = [c for c in configs if c not in runner.CONFIGS]
    if unknown:
        ap.error(
            f"unknown configuration(s): {', '.join(unknown)}; known: {', '.join(runner.CONFIGS)}"
        )
    if runner.BASELINE not in configs:
        configs.insert(0, runner.BASELINE)
    rounds = 1 if args.quick else args.rounds
    if rounds < 1:
        ap.error("--rounds must be at least 1")
    filters = split_list(args.filter)
    programs = runner.discover_programs(filters)

    if args.list:
        for name, path in programs:
            print(f"{name:14s} {path}")
        print("configs:", ", ".join(configs))
        return 0
    if not programs:
        print(f"no programs match {args.filter!r} in {runner.PROGRAMS_DIR}", file=sys.stderr)
        return 2

    safec_cmd = None
    if any(runner.CONFIGS[c][0] == "safec" for c in configs):
        safec_cmd = runner.find_safec()
    progress = Progress()
    t0 = time.monotonic()
    started = runner.machine_info(safec_cmd)
    try:
        builds = runner.build_all(
            programs, configs, safec_cmd, jobs=args.jobs or None, progress=progress
        )
        results = runner.measure(
            programs, configs, builds, rounds, timeout=args.timeout, progress=progress
        )
    except KeyboardInterrupt:
        progress.done()
        print("interrupted", file=sys.stderr)
        return 130
    progress.done()
    runner.summarize(results, metric=args.metric)
    doc = runner.make_document(results, configs, rounds, started, filters, metric=args.metric)
    doc["settings"]["elapsed_seconds"] = round(time.monotonic() - t0, 1)

    json_path = Path(args.json)
    svg_path = json_path.with_suffix(".svg")
    report.save_results(doc, json_path)
    svg_path.write_text(report.make_svg(doc))

    print(report.format_header(doc))
    print(report.format_table(doc))
    print(f"results: {json_path}\nchart:   {svg_path}")
    wrong = [
        (n, c)
        for n, p in results.items()
        for c, e in p["configs"].items()
        if e["status"] == runner.STATUS_WRONG
    ]
    if wrong:
        print(
            f"WRONG: {len(wrong)} program/config pair(s) failed verification (see Notes)",
            file=sys.stderr,
        )
        return 1
    return 0


def compare_main(argv):
    ap = argparse.ArgumentParser(
        prog="python -m bench compare",
        description="per-config geomean differences between two result files (B vs A)",
    )
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument(
        "--threshold",
        type=float,
        default=0.05,
        help="list programs whose time ratio moved by more than this fraction (default 0.05)",
    )
    args = ap.parse_args(argv)
    doc_a, doc_b = report.load_results(args.a), report.load_results(args.b)
    print(report.format_compare(doc_a, doc_b, args.a, args.b, threshold=args.threshold), end="")
    return 0


def report_main(argv):
    ap = argparse.ArgumentParser(
        prog="python -m bench report",
        description="print the tables of a result file (and optionally redraw its chart)",
    )
    ap.add_argument("results")
    ap.add_argument("--svg", help="write the chart to this path")
    ap.add_argument(
        "--metric", choices=runner.METRICS, help="recompute the time ratios from wall or CPU time"
    )
    args = ap.parse_args(argv)
    doc = report.load_results(args.results)
    if args.metric:
        runner.summarize(doc["programs"], metric=args.metric)
        doc["geomean"] = runner.geomeans(doc["programs"], report.doc_configs(doc))
        doc.setdefault("settings", {})["metric"] = args.metric
    print(report.format_header(doc))
    print(report.format_table(doc), end="")
    if args.svg:
        Path(args.svg).write_text(report.make_svg(doc))
    return 0


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] == "compare":
        return compare_main(argv[1:])
    if argv and argv[0] == "report":
        return report_main(argv[1:])
    return run_main(argv)
