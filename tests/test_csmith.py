"""Differential testing: random csmith programs print gcc's checksum via safec
(mode c and mode safe).

The number of seeds is SAFEC_CSMITH_SEEDS (default 50, seeds 1..N); CI runs
the default, a local run of 300+ uses tools/csmith_diff.py.
"""

from __future__ import annotations

import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "tools"))
from csmith_diff import check_seed, csmith_available  # noqa: E402

N = int(os.environ.get("SAFEC_CSMITH_SEEDS", "50"))

pytestmark = pytest.mark.skipif(not csmith_available() and not os.environ.get("CI"),
                                reason="csmith not installed")


@pytest.mark.parametrize("seed", range(1, N + 1))
def test_csmith_mode_c(seed: int) -> None:
    assert csmith_available(), "csmith must be installed in CI"
    r = check_seed(seed, "c")
    assert r.status in ("same", "skipped"), f"seed {seed}: {r.status}: {r.detail}"


@pytest.mark.parametrize("seed", range(1, N + 1))
def test_csmith_mode_safe(seed: int) -> None:
    """No false positives on random programs: same checksum, no report."""
    assert csmith_available(), "csmith must be installed in CI"
    r = check_seed(seed, "safe", opt="-O0")  # -O0: the instrumented C is heavy for gcc
    assert r.status in ("same", "skipped"), f"seed {seed}: {r.status}: {r.detail}"
