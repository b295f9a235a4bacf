"""Small statistics helpers (stdlib only, pure functions)."""

import math


def median(values):
    """Median of a non-empty sequence of numbers."""
    xs = sorted(values)
    if not xs:
        raise ValueError("median of an empty sequence")
    n = len(xs)
    mid = n // 2
    if n % 2:
        return xs[mid]
    return (xs[mid - 1] + xs[mid]) / 2


def geomean(values):
    """Geometric mean of positive numbers; None for an empty sequence."""
    xs = list(values)
    if not xs:
        return None
    if any(x <= 0 for x in xs):
        raise ValueError("geometric mean needs positive values")
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def spread(values):
    """Relative spread (max - min) / median, 0.0 for fewer than two values."""
    xs = list(values)
    if len(xs) < 2:
        return 0.0
    m = median(xs)
    if m == 0:
        return 0.0
    return (max(xs) - min(xs)) / m


def ratio(a, b):
    """a / b, or None if either is missing or b is zero."""
    if a is None or b is None or b == 0:
        return None
    return a / b
