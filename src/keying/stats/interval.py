"""The Wilson score interval of a proportion: an honest range for small counts.

With 1 error in 200 fields the rate is 5 per 1,000, but so few fields cannot tell 1 per 1,000
from 25 per 1,000; the Wilson interval says so, and unlike the textbook p ± z·√(p(1−p)/n) it
stays within 0…1 and is not zero-width when no error was seen (see docs/statistics.md).
"""

from __future__ import annotations

from math import sqrt

Z95 = 1.959963984540054  # the two-sided 95 % point of the normal distribution


def wilson(successes: int, trials: int, z: float = Z95) -> tuple[float, float]:
    """The (low, high) bounds of the proportion successes / trials; (0, 1) with no trials."""
    if trials <= 0:
        return 0.0, 1.0
    if not 0 <= successes <= trials:
        raise ValueError(f"{successes} successes in {trials} trials")
    n = trials
    p = successes / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z / (1 + z2 / n) * sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)
