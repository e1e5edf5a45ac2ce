"""Verification sampling in numbers (pure): the seeded draw of a document, a keyer's measured
accuracy, and what the documents keyed once carry (see docs/import-export.md, "Verification
sampling").

The draw is a function of the batch's seed and the document's reference only, so it is the
same whatever order passes 1 come in, and anyone can recompute it: the first 8 bytes of
SHA-256(`seed:reference`) read as a fraction in [0, 1); a document is verified when the
fraction is below the rate.

A document not verified is pass 1 as keyed: its expected errors are its keyer's measured
error rate (errors charged / fields measured, when the draw was made) × its fields; and at
most its 95 % upper confidence bound (Clopper-Pearson) × its fields, since a keyer measured on
a few hundred fields with no error may still err.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass, field

from keying.stats.rates import ErrorRate

# keying.storage.vocabulary.SamplingReason, in words (the report, the dashboard)
REASON_WORDS = {
    "sampled": "drawn for verification",
    "not_sampled": "not drawn: keyed once, not verified",
    "below_threshold": "keyer's accuracy below the threshold: verified",
    "too_few_fields": "keyer measured on too few fields: verified",
    "gold": "gold document: verified",
    "pass_2_started": "pass 2 under way before the draw: verified",
}


def draw_value(seed: int, reference: str) -> float:
    """The document's draw in [0, 1), from the seed and its reference alone."""
    digest = hashlib.sha256(f"{seed}:{reference}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def upper_rate(errors: int, fields: int, confidence: float = 0.95) -> float:
    """The one-sided upper confidence bound (Clopper-Pearson) of an error rate measured as
    `errors` in `fields`: the rate p at which seeing `errors` or fewer has probability
    1 - confidence (0 errors in n fields: 1 - (1 - confidence)^(1/n)). 1.0 when nothing was
    measured."""
    if fields <= 0:
        return 1.0
    if errors >= fields:
        return 1.0
    alpha = 1 - confidence
    lo, hi = errors / fields, 1.0
    for _ in range(100):
        mid = (lo + hi) / 2
        if _binomial_cdf(errors, fields, mid) > alpha:
            lo = mid
        else:
            hi = mid
    return hi


def _binomial_cdf(k: int, n: int, p: float) -> float:
    if p <= 0:
        return 1.0
    if p >= 1:
        return 0.0 if k < n else 1.0
    log_p, log_q = math.log(p), math.log1p(-p)
    base = math.lgamma(n + 1)
    return sum(
        math.exp(base - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * log_p + (n - i) * log_q)
        for i in range(k + 1)
    )


def accuracy(fields: int, errors: int) -> float | None:
    """Percent of fields right (None when nothing was measured): `ErrorRate.accuracy`."""
    return ErrorRate(0, fields, errors).accuracy


@dataclass(frozen=True)
class DrawFacts:
    """One stored draw, as the report needs it."""

    keyer: str
    verified: bool
    reason: str
    fields: int  # the document's fields
    fields_measured: int
    errors_measured: int

    @property
    def error_rate(self) -> float:
        """The keyer's measured errors per field at the draw (0 when nothing was measured:
        such a keyer is always verified, so this never counts)."""
        return self.errors_measured / self.fields_measured if self.fields_measured else 0.0

    @property
    def error_rate_upper(self) -> float:
        """Its 95 % upper confidence bound (a short measure is uncertain: say how much)."""
        return upper_rate(self.errors_measured, self.fields_measured)


@dataclass
class SamplingFigures:
    rate: float
    min_accuracy: float
    seed: int
    drawn: int = 0
    verified: int = 0
    by_reason: Counter[str] = field(default_factory=Counter)
    unverified_fields: int = 0
    # expected errors in the documents keyed once: Σ (keyer's error rate × fields)
    unverified_errors: float = 0.0
    # the same with each keyer's 95 % upper bound of the rate (Clopper-Pearson)
    unverified_errors_upper: float = 0.0
    keyers: dict[str, int] = field(default_factory=dict)  # keyer → documents keyed once

    @property
    def unverified(self) -> int:
        return self.drawn - self.verified

    @property
    def unverified_per_1000(self) -> float:
        if not self.unverified_fields:
            return 0.0
        return 1000 * self.unverified_errors / self.unverified_fields

    def whole_batch_per_1000(self, residual_fields: float, fields_compared: int) -> float:
        """The estimated residual errors of the whole batch per 1,000 fields: the double
        keying's bound (`BatchQuality.residual_fields` over the fields compared) plus the
        errors expected in the documents keyed once, over both kinds of fields."""
        whole = fields_compared + self.unverified_fields
        return 1000 * (residual_fields + self.unverified_errors) / whole if whole else 0.0


def sampling_figures(
    rate: float, min_accuracy: float, seed: int, draws: list[DrawFacts]
) -> SamplingFigures:
    figures = SamplingFigures(rate, min_accuracy, seed)
    keyers: Counter[str] = Counter()
    for d in draws:
        figures.drawn += 1
        figures.by_reason[d.reason] += 1
        if d.verified:
            figures.verified += 1
            continue
        figures.unverified_fields += d.fields
        figures.unverified_errors += d.error_rate * d.fields
        figures.unverified_errors_upper += d.error_rate_upper * d.fields
        keyers[d.keyer] += 1
    figures.keyers = dict(sorted(keyers.items()))
    return figures
