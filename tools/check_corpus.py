#!/usr/bin/env python3
"""Check the C test corpus in tests/programs/ against plain gcc.

Every tests/programs/*.c that is not a helper is compiled with the host C
compiler (gcc -std=gnu17 -O2 by default), run, and its stdout and exit
status are compared with what the file itself expects.  This validates the
corpus (the expectations), not safec.

Test file format
----------------
Optional header lines at the very top of the file, each a line comment:

    // ARGS: a b c          command-line arguments, split on whitespace
    // EXIT: 3              expected exit status (default 0)
    // STDIN: some text     stdin content: the text plus a trailing newline
    // EXTRA: x_lib.c       more source files (relative to tests/programs)
    // LDFLAGS: -lm         extra linker flags
    // HELPER               not a test by itself (a file used via EXTRA)

The header ends at the first line that is not one of these.  The expected
stdout is the last block comment of the file:

    /* EXPECT-STDOUT:
    line 1
    line 2
    */

i.e. everything after the "/* EXPECT-STDOUT:" line up to the line that is
exactly "*/"; each line is followed by a newline (an empty block means empty
output).  The expected output itself never contains "*/".

Usage
-----
    python3 tools/check_corpus.py                 # all tests
    python3 tools/check_corpus.py gnu_ 'ptr_*'    # name prefixes or globs
    python3 tools/check_corpus.py -j 8 -v --cc clang --cflags '-std=gnu17 -O0'

Prints one line per failure and a closing "N passed, M failed" line; exits 1
if anything failed (or no test was selected).
"""

import argparse
import concurrent.futures
import fnmatch
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROG_DIR = os.path.join(ROOT, "tests", "programs")
EXPECT_MARK = "/* EXPECT-STDOUT:"
HEADER_RE = re.compile(r"^//\s*([A-Z]+):\s?(.*)$")
KNOWN_KEYS = {"ARGS", "EXIT", "STDIN", "EXTRA", "LDFLAGS"}


class CorpusError(Exception):
    pass


def parse_headers(text):
    """Return a dict of the header lines at the top of a test file."""
    headers = {}
    for line in text.splitlines():
        stripped = line.strip()
        if stripped == "// HELPER":
            headers["HELPER"] = ""
            continue
        m = HEADER_RE.match(stripped)
        if m and m.group(1) in KNOWN_KEYS:
            headers[m.group(1)] = m.group(2).strip()
            continue
        break
    return headers


def parse_expected(text):
    """Return the expected stdout from the EXPECT-STDOUT block."""
    idx = text.rfind(EXPECT_MARK)
    if idx < 0:
        raise CorpusError("no EXPECT-STDOUT block")
    rest = text[idx + len(EXPECT_MARK):]
    nl = rest.find("\n")
    if nl < 0 or rest[:nl].strip():
        raise CorpusError("EXPECT-STDOUT marker must end its line")
    lines = rest[nl + 1:].split("\n")
    out = []
    for line in lines:
        if line.rstrip("\r") == "*/":
            return "".join(s + "\n" for s in out)
        out.append(line)
    raise CorpusError("EXPECT-STDOUT block is not closed by a '*/' line")


def load_test(path):
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    headers = parse_headers(text)
    if "HELPER" in headers:
        return None
    expected = parse_expected(text)
    try:
        exit_code = int(headers.get("EXIT", "0"))
    except ValueError:
        raise CorpusError("bad EXIT header: %r" % headers.get("EXIT")) from None
    return {
        "name": os.path.basename(path),
        "path": path,
        "args": headers.get("ARGS", "").split(),
        "stdin": (headers["STDIN"] + "\n") if "STDIN" in headers else "",
        "extra": [os.path.join(PROG_DIR, e) for e in headers.get("EXTRA", "").split()],
        "ldflags": shlex.split(headers.get("LDFLAGS", "")),
        "exit": exit_code,
        "expected": expected,
    }


def first_diff(expected, actual):
    el, al = expected.splitlines(), actual.splitlines()
    for i in range(max(len(el), len(al))):
        e = el[i] if i < len(el) else "<missing>"
        a = al[i] if i < len(al) else "<missing>"
        if e != a:
            return "line %d: expected %r, got %r" % (i + 1, e, a)
    return "difference in trailing newline/whitespace"


def run_test(test, cc, cflags, timeout, workdir):
    exe = os.path.join(workdir, test["name"][:-2])
    cmd = [cc] + cflags + ["-I", PROG_DIR, test["path"]] + test["extra"] + ["-o", exe] + test["ldflags"]
    comp = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    if comp.returncode != 0:
        return False, "compile failed:\n" + comp.stderr.strip()[:2000], 0.0
    try:
        t1 = time.monotonic()
        res = subprocess.run([exe] + test["args"], input=test["stdin"].encode(), capture_output=True,
                             timeout=timeout, cwd=workdir)
        elapsed = time.monotonic() - t1
    except subprocess.TimeoutExpired:
        return False, "timed out after %.1fs" % timeout, timeout
    out = res.stdout.decode("utf-8", errors="surrogateescape")
    problems = []
    if res.returncode != test["exit"]:
        problems.append("exit status %d, expected %d" % (res.returncode, test["exit"]))
    if out != test["expected"]:
        problems.append("stdout differs: " + first_diff(test["expected"], out))
    if problems and res.stderr:
        problems.append("stderr: " + res.stderr.decode("utf-8", errors="replace").strip()[:500])
    return not problems, "; ".join(problems), elapsed


def select(files, patterns):
    if not patterns:
        return files
    chosen = []
    for f in files:
        base = os.path.basename(f)
        for p in patterns:
            p = os.path.basename(p)
            if any(ch in p for ch in "*?["):
                hit = fnmatch.fnmatch(base, p) or fnmatch.fnmatch(base, p + ".c")
            else:
                hit = base == p or base.startswith(p)
            if hit:
                chosen.append(f)
                break
    return chosen


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("patterns", nargs="*", help="test names, prefixes or globs (default: all)")
    ap.add_argument("--cc", default="gcc", help="C compiler (default: gcc)")
    ap.add_argument("--cflags", default="-std=gnu17 -O2 -w", help="compiler flags (default: %(default)s)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2, help="parallel jobs")
    ap.add_argument("--timeout", type=float, default=10.0, help="per-test run timeout in seconds")
    ap.add_argument("--slow", type=float, default=0.2, help="report tests whose run takes longer (seconds)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every test result")
    args = ap.parse_args()

    if not shutil.which(args.cc):
        print("compiler not found: %s" % args.cc)
        return 2
    files = sorted(os.path.join(PROG_DIR, f) for f in os.listdir(PROG_DIR) if f.endswith(".c"))
    files = select(files, args.patterns)
    tests, failures = [], []
    for f in files:
        try:
            t = load_test(f)
        except CorpusError as e:
            failures.append((os.path.basename(f), "bad test file: %s" % e))
            continue
        if t is not None:
            tests.append(t)

    cflags = shlex.split(args.cflags)
    passed = 0
    slow = []
    with tempfile.TemporaryDirectory(prefix="check_corpus_") as tmp:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futs = {pool.submit(run_test, t, args.cc, cflags, args.timeout, tmp): t for t in tests}
            results = []
            for fut in concurrent.futures.as_completed(futs):
                t = futs[fut]
                ok, msg, elapsed = fut.result()
                results.append((t["name"], ok, msg, elapsed))
    for name, ok, msg, elapsed in sorted(results):
        if ok:
            passed += 1
            if args.verbose:
                print("PASS %s (%.3fs)" % (name, elapsed))
        else:
            failures.append((name, msg))
        if elapsed > args.slow:
            slow.append((name, elapsed))
    for name, msg in failures:
        print("FAIL %s: %s" % (name, msg))
    for name, elapsed in slow:
        print("SLOW %s: %.3fs" % (name, elapsed))
    print("%d passed, %d failed" % (passed, len(failures)))
    return 0 if not failures and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
