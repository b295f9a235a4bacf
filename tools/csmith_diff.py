#!/usr/bin/env python3
"""Differential testing with csmith: safec must print gcc's checksum.

    python tools/csmith_diff.py --seeds 1-300 --mode c [--jobs 2]

For each seed, csmith writes a random program; it is built with plain gcc
and with `safec build --mode M`, both are run, and their outputs compared.
Seeds whose gcc build hangs (csmith sometimes writes endless loops) are
counted as skipped, not passed.  Exit status 1 if any seed differs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Optional

CSMITH_INC = "/usr/include/csmith"


@dataclass
class SeedResult:
    seed: int
    status: str  # "same", "differs", "skipped", "safec-failed"
    detail: str = ""


def csmith_available() -> bool:
    return shutil.which("csmith") is not None and os.path.isdir(CSMITH_INC)


def _run(cmd: list[str], timeout: float) -> Optional[subprocess.CompletedProcess[str]]:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None


def check_seed(seed: int, mode: str = "c", opt: str = "-O1", timeout: float = 10.0,
               extra: tuple[str, ...] = ()) -> SeedResult:
    with tempfile.TemporaryDirectory(prefix="safec-csmith-") as d:
        src = os.path.join(d, f"cs{seed}.c")
        with open(src, "w") as fh:
            r = subprocess.run(["csmith", "--seed", str(seed)], stdout=fh, text=True, cwd=d)
        if r.returncode != 0:
            return SeedResult(seed, "skipped", "csmith failed")
        gexe, sexe = os.path.join(d, "g"), os.path.join(d, "s")
        g = _run(["gcc", opt, "-w", f"-I{CSMITH_INC}", src, "-o", gexe], 120)
        if g is None or g.returncode != 0:
            return SeedResult(seed, "skipped", "gcc cannot build it")
        gout = _run([gexe], timeout)
        if gout is None:
            return SeedResult(seed, "skipped", "gcc binary timed out")
        b = _run([sys.executable, "-m", "safec", "build", "--mode", mode, *extra, opt, "-w",
                  f"-I{CSMITH_INC}", src, "-o", sexe], 300)
        if b is None or b.returncode != 0:
            return SeedResult(seed, "safec-failed", (b.stderr if b else "timeout")[-2000:])
        sout = _run([sexe], timeout * 20)
        if sout is None:
            return SeedResult(seed, "differs", "safec binary timed out")
        if sout.stdout != gout.stdout or sout.returncode != gout.returncode:
            return SeedResult(seed, "differs",
                              f"gcc: {gout.stdout.strip()!r} safec: {sout.stdout.strip()!r} "
                              f"{sout.stderr[-1500:]}")
        return SeedResult(seed, "same")


def parse_seeds(spec: str) -> list[int]:
    seeds: list[int] = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            seeds += range(int(a), int(b) + 1)
        else:
            seeds.append(int(part))
    return seeds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default="1-50")
    ap.add_argument("--mode", default="c")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--opt", default="-O1")
    args = ap.parse_args()
    if not csmith_available():
        print("csmith not installed (apt-get install csmith libcsmith-dev)", file=sys.stderr)
        return 2
    seeds = parse_seeds(args.seeds)
    counts: dict[str, int] = {}
    bad = []
    with ThreadPoolExecutor(args.jobs) as ex:
        for i, r in enumerate(ex.map(lambda s: check_seed(s, args.mode, args.opt), seeds)):
            counts[r.status] = counts.get(r.status, 0) + 1
            if r.status in ("differs", "safec-failed"):
                bad.append(r)
                print(f"\nseed {r.seed}: {r.status}: {r.detail}", file=sys.stderr)
            print(f"\r[{i + 1}/{len(seeds)}] " + " ".join(f"{k}={v}" for k, v in
                                                        sorted(counts.items())),
                  end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    print(f"mode {args.mode}: {len(seeds)} seeds: " +
          ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
