"""Build and run the benchmark programs; collect raw measurements.

Everything that touches processes lives here; turning the collected results
into tables, comparisons and charts is in report.py (pure functions).
"""

import datetime
import importlib.util
import math
import os
import platform
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench import stats

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
PROGRAMS_DIR = BENCH_DIR / "programs"
BUILD_DIR = BENCH_DIR / "build"
DEFAULT_JSON = BENCH_DIR / "results" / "latest.json"

SCHEMA_VERSION = 1
BASELINE = "gcc"

# name -> (kind, extra arguments).  kind "cc" runs gcc directly, kind "safec"
# runs `safec build ARGS FILE -o OUT`.
CONFIGS = {
    "gcc": ("cc", ["-O2"]),
    "asan": ("cc", ["-O2", "-fsanitize=address", "-fno-omit-frame-pointer"]),
    "safec-c": ("safec", ["--mode", "c", "-O2"]),
    "safec-safe": ("safec", ["--mode", "safe", "--uninit=trap", "-O2"]),
    "safec-safe-zero": ("safec", ["--mode", "safe", "--uninit=zero", "-O2"]),
    "safec-hybrid": ("safec", ["--mode", "hybrid", "-O2"]),
}

# Lines on stderr that mean a checker found a bug even if the exit code is 0.
REPORT_MARKERS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:", "safec: ")

STATUS_OK = "ok"
STATUS_NA = "n/a"  # could not be built (e.g. mode not implemented)
STATUS_WRONG = "WRONG"  # built, but crashed, reported, or printed another checksum


# ---------------------------------------------------------------- programs


def discover_programs(filters=None, directory=PROGRAMS_DIR):
    """Sorted list of (name, path) of bench programs matching any filter substring."""
    progs = []
    for path in sorted(Path(directory).glob("*.c")):
        name = path.stem
        if filters and not any(f in name for f in filters):
            continue
        progs.append((name, path))
    return progs


def parse_ldflags(source_text):
    """Linker flags from a `// LDFLAGS: ...` header line (first one wins)."""
    m = re.search(r"^//\s*LDFLAGS:\s*(.*)$", source_text, re.MULTILINE)
    return shlex.split(m.group(1)) if m else []


def parse_checksum(stdout_text):
    """The `checksum: ...` line of a program's output, or None."""
    for line in stdout_text.splitlines():
        if line.startswith("checksum:"):
            return line.strip()
    return None


def first_error_line(*texts, default="failed"):
    """First non-empty line of the first text that has one (for n/a reasons).

    For a Python traceback the last line (the exception) is the useful one.
    """
    for text in texts:
        lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
        if not lines:
            continue
        if lines[0].startswith("Traceback (most recent call last)"):
            return lines[-1][:300]
        return lines[0][:300]
    return default


# ----------------------------------------------------------------- safec


def find_safec():
    """Command prefix for safec, or None.

    In order: $SAFEC (split like a shell would); `safec` on PATH; the repository's
    .venv/bin/safec (README quick start); `python -m safec` if importable; the
    repository's src/ tree run with this interpreter.
    """
    env = os.environ.get("SAFEC")
    if env:
        return shlex.split(env)
    exe = shutil.which("safec")
    if exe:
        return [exe]
    venv = REPO_ROOT / ".venv" / "bin" / "safec"
    if venv.is_file() and os.access(venv, os.X_OK):
        return [str(venv)]
    try:
        spec = importlib.util.find_spec("safec")
    except (ImportError, ValueError):
        spec = None
    if spec is not None:
        return [sys.executable, "-m", "safec"]
    src = REPO_ROOT / "src"
    if (src / "safec" / "__main__.py").is_file():
        path = os.pathsep.join(p for p in (str(src), os.environ.get("PYTHONPATH", "")) if p)
        return ["env", f"PYTHONPATH={path}", sys.executable, "-m", "safec"]
    return None


def build_command(config, src, out, ldflags, safec_cmd):
    """argv that builds src into out for a configuration; None if impossible."""
    kind, args = CONFIGS[config]
    if kind == "cc":
        return ["gcc", *args, str(src), "-o", str(out), *ldflags]
    if safec_cmd is None:
        return None
    return [*safec_cmd, "build", *args, str(src), "-o", str(out), *ldflags]


# ----------------------------------------------------------------- building


def build_one(config, name, src, safec_cmd, build_dir=BUILD_DIR, timeout=900):
    """Build one program in one configuration.

    Returns a dict: status ("ok" / "n/a"), reason, binary, size, build_time, command.
    Never raises for a failing compiler.
    """
    out = Path(build_dir) / config / name
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    ldflags = parse_ldflags(Path(src).read_text(errors="replace"))
    cmd = build_command(config, src, out, ldflags, safec_cmd)
    result = {
        "status": STATUS_NA,
        "reason": None,
        "binary": str(out),
        "size": None,
        "build_time": None,
        "command": cmd,
    }
    if cmd is None:
        result["reason"] = (
            "safec not found (no `safec` on PATH, no importable safec package; set $SAFEC)"
        )
        return result
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd,
            cwd=str(REPO_ROOT),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
            check=False,
        )
    except FileNotFoundError as e:
        result["reason"] = f"command not found: {e.filename}"
        return result
    except subprocess.TimeoutExpired:
        result["reason"] = f"build timed out after {timeout}s"
        return result
    except OSError as e:
        result["reason"] = f"cannot run build: {e}"
        return result
    result["build_time"] = time.perf_counter() - t0
    if proc.returncode != 0:
        result["reason"] = first_error_line(
            proc.stderr, proc.stdout, default=f"build exited with {proc.returncode}"
        )
        return result
    if not out.is_file():
        result["reason"] = first_error_line(
            proc.stderr, proc.stdout, default="build succeeded but produced no binary"
        )
        return result
    result["status"] = STATUS_OK
    result["size"] = os.path.getsize(out)
    return result


def build_all(programs, configs, safec_cmd, jobs=None, build_dir=BUILD_DIR, progress=None):
    """Build every (program, config); returns {program: {config: build result}}."""
    jobs = jobs or os.cpu_count() or 1
    tasks = [(name, src, cfg) for name, src in programs for cfg in configs]
    results = {name: {} for name, _ in programs}
    done = 0
    lock = threading.Lock()

    def work(task):
        nonlocal done
        name, src, cfg = task
        try:
            r = build_one(cfg, name, src, safec_cmd, build_dir=build_dir)
        except Exception as e:  # noqa: BLE001 -- a broken build must never end the run
            r = {
                "status": STATUS_NA,
                "reason": f"build error: {e}",
                "binary": None,
                "size": None,
                "build_time": None,
                "command": None,
            }
        with lock:
            done += 1
            if progress:
                progress(f"building {done}/{len(tasks)}  {name} [{cfg}]")
        return name, cfg, r

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for name, cfg, r in pool.map(work, tasks):
            results[name][cfg] = r
    return results


# ------------------------------------------------------------------ running


MEASURE_SRC = BENCH_DIR / "tools" / "measure.c"


def build_measure_helper(build_dir=BUILD_DIR):
    """Compile tools/measure.c (fork/exec/wait4 helper) if needed; returns its path."""
    exe = Path(build_dir) / "measure"
    if exe.is_file() and exe.stat().st_mtime >= MEASURE_SRC.stat().st_mtime:
        return exe
    exe.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        ["gcc", "-O2", str(MEASURE_SRC), "-o", str(exe)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"cannot build the measure helper: {first_error_line(proc.stderr)}")
    return exe


def run_binary(path, timeout=300, helper=None):
    """Run a binary once (through the measure helper): wall time, CPU time,
    peak RSS (KiB), exit code (negative: killed by that signal), output."""
    helper = helper or build_measure_helper()
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile(mode="r", suffix=".measure") as res,
    ):
        proc = subprocess.run(
            [str(helper), str(max(1, math.ceil(timeout))), res.name, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            cwd=str(BENCH_DIR),
            check=False,
        )
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace")
        stderr = err.read().decode(errors="replace")
        fields = res.read().split()
    if proc.returncode != 0 or len(fields) != 6:
        raise RuntimeError(f"measure helper failed ({proc.returncode}): {first_error_line(stderr)}")
    wall, user, system = (float(x) for x in fields[:3])
    status = int(fields[4])
    return {
        "wall": wall,
        "cpu": user + system,
        "rss_kb": int(fields[3]),  # KiB on Linux
        "returncode": os.waitstatus_to_exitcode(status),
        "stdout": stdout,
        "stderr": stderr,
        "timed_out": fields[5] == "1",
    }


def check_run(run, expected_checksum):
    """None if a run is correct, else a short reason."""
    if run["timed_out"]:
        return "timed out"
    for marker in REPORT_MARKERS:
        if marker in run["stderr"]:
            line = next(s for s in run["stderr"].splitlines() if marker in s)
            return f"checker report: {line.strip()[:200]}"
    if run["returncode"] != 0:
        return (
            f"exit code {run['returncode']}: {first_error_line(run['stderr'], default='')}".rstrip(
                ": "
            )
        )
    got = parse_checksum(run["stdout"])
    if got is None:
        return "no checksum line in output"
    if expected_checksum is not None and got != expected_checksum:
        return f"checksum differs: {got!r} != {expected_checksum!r}"
    return None


def order_for_round(round_index, configs):
    """Config order for a round: rotated each round so no config always runs first."""
    k = round_index % len(configs) if configs else 0
    return list(configs[k:]) + list(configs[:k])


def run_checked(binary, expected, timeout, helper):
    """(run, reason): run once and check; a failure to run becomes a reason."""
    try:
        run = run_binary(binary, timeout=timeout, helper=helper)
    except (OSError, RuntimeError) as e:
        return None, f"cannot run: {e}"
    return run, check_run(run, expected)


def measure(programs, configs, builds, rounds, timeout=300, progress=None):
    """Verify, then time every (program, config) round-robin.

    Returns {program: {"checksum": str|None, "configs": {config: entry}}}, where an
    entry has status, reason, size, command, times, cpu_times, rss_kb.
    """
    helper = build_measure_helper()
    results = {}
    for name, _ in programs:
        entries = {}
        for cfg in configs:
            b = builds[name][cfg]
            entries[cfg] = {
                "status": b["status"],
                "reason": b["reason"],
                "size": b["size"],
                "build_time": b["build_time"],
                "command": b["command"],
                "times": [],
                "cpu_times": [],
                "rss_kb": [],
            }
        results[name] = {"checksum": None, "configs": entries}

    # Verification run (also a warm-up; not timed). The gcc build defines the checksum.
    total = len(programs) * len(configs)
    step = 0
    for name, _ in programs:
        entries = results[name]["configs"]
        ordered = (
            [BASELINE] + [c for c in configs if c != BASELINE] if BASELINE in configs else configs
        )
        for cfg in ordered:
            step += 1
            e = entries[cfg]
            if progress:
                progress(f"verifying {step}/{total}  {name} [{cfg}]")
            if e["status"] != STATUS_OK:
                continue
            expected = results[name]["checksum"]
            run, reason = run_checked(builds[name][cfg]["binary"], expected, timeout, helper)
            if reason is None and cfg == BASELINE:
                results[name]["checksum"] = parse_checksum(run["stdout"])
            if reason is not None:
                e["status"], e["reason"] = STATUS_WRONG, reason
            elif BASELINE in configs and expected is None and cfg != BASELINE:
                e["status"], e["reason"] = (
                    STATUS_WRONG,
                    "the gcc build failed or did not verify; nothing to compare",
                )

    # Timed rounds, interleaved.
    for r in range(rounds):
        order = order_for_round(r, list(configs))
        step = 0
        for name, _ in programs:
            entries = results[name]["configs"]
            for cfg in order:
                step += 1
                e = entries[cfg]
                if e["status"] != STATUS_OK:
                    continue
                if progress:
                    progress(f"round {r + 1}/{rounds}  {step}/{total}  {name} [{cfg}]")
                run, reason = run_checked(
                    builds[name][cfg]["binary"], results[name]["checksum"], timeout, helper
                )
                if reason is not None:
                    e["status"], e["reason"] = STATUS_WRONG, f"round {r + 1}: {reason}"
                    continue
                e["times"].append(run["wall"])
                e["cpu_times"].append(run["cpu"])
                e["rss_kb"].append(run["rss_kb"])
    return results


# ------------------------------------------------------------ derived numbers


METRICS = ("wall", "cpu")


def summarize(results, baseline=BASELINE, metric="wall"):
    """Add medians and ratios to the results of measure() (in place); returns it.

    Ratios are to the baseline config of the same program; they are None when
    either side is not ok.  metric "wall" (default) bases time_ratio on wall
    time, "cpu" on user+system CPU time (steadier on a busy machine).
    """
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}")
    key = "median_time" if metric == "wall" else "median_cpu"
    for prog in results.values():
        entries = prog["configs"]
        for e in entries.values():
            ok = e["status"] == STATUS_OK and e["times"]
            e["median_time"] = stats.median(e["times"]) if ok else None
            e["median_cpu"] = stats.median(e["cpu_times"]) if ok else None
            e["median_rss_kb"] = stats.median(e["rss_kb"]) if ok else None
            e["time_spread"] = (
                stats.spread(e["times"] if metric == "wall" else e["cpu_times"]) if ok else None
            )
        base = entries.get(baseline)
        for e in entries.values():
            usable = base is not None and base["status"] == STATUS_OK and e["status"] == STATUS_OK
            e["time_ratio"] = stats.ratio(e[key], base[key]) if usable else None
            e["rss_ratio"] = (
                stats.ratio(e["median_rss_kb"], base["median_rss_kb"]) if usable else None
            )
            e["size_ratio"] = stats.ratio(e["size"], base["size"]) if usable else None
    return results


def geomeans(results, configs):
    """{config: {"time", "rss", "size", "n"}}: geometric means of the ratios."""
    out = {}
    for cfg in configs:
        row = {}
        for key in ("time", "rss", "size"):
            vals = [
                p["configs"][cfg][f"{key}_ratio"]
                for p in results.values()
                if cfg in p["configs"] and p["configs"][cfg].get(f"{key}_ratio")
            ]
            row[key] = stats.geomean(vals)
        row["n"] = sum(
            1
            for p in results.values()
            if cfg in p["configs"] and p["configs"][cfg].get("time_ratio")
        )
        out[cfg] = row
    return out


# ------------------------------------------------------------- machine info


def _first_line(cmd, cwd=None):
    try:
        p = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            timeout=60,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if p.returncode != 0:
        return None
    lines = p.stdout.strip().splitlines()
    return lines[0].strip() if lines else None


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def machine_info(safec_cmd=None):
    git = ["git", "-C", str(REPO_ROOT)]
    dirty = None
    try:
        p = subprocess.run(
            [*git, "status", "--porcelain"], capture_output=True, text=True, timeout=60, check=False
        )
        if p.returncode == 0:
            dirty = bool(p.stdout.strip())
    except (OSError, subprocess.TimeoutExpired):
        pass
    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "gcc": _first_line(["gcc", "--version"]),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "git_commit": _first_line([*git, "rev-parse", "HEAD"]),
        "git_dirty": dirty,
        "safec": " ".join(safec_cmd) if safec_cmd else None,
        "safec_version": _first_line([*safec_cmd, "--version"], cwd=str(REPO_ROOT))
        if safec_cmd
        else None,
    }


def make_document(results, configs, rounds, machine, filters=None, metric="wall"):
    """The JSON document written by a run (see report.load_results)."""
    return {
        "schema": SCHEMA_VERSION,
        "machine": machine,
        "settings": {
            "rounds": rounds,
            "configs": list(configs),
            "filter": filters or None,
            "baseline": BASELINE,
            "metric": metric,
        },
        "configs": {
            c: {"kind": CONFIGS[c][0], "args": CONFIGS[c][1]} for c in configs if c in CONFIGS
        },
        "programs": results,
        "geomean": geomeans(results, configs),
    }
