"""A keyer's error rate: errors charged over the fields checked (docs/statistics.md, "Per
keyer"). The one definition both readers use: `keying stats` and the dashboard per keyer and
period (`keyers.KeyerFigures`, from a batch's facts) and verification sampling's measure of a
keyer on a form (`storage.sampling.keyer_measure`, the last N verified documents of the form
across batches, read in SQL). What each counts as its documents differs (a period of one
batch, a window of a form); fields, errors and every rate made of them are these.
"""

from __future__ import annotations

from dataclasses import dataclass

from keying.stats.interval import wilson


@dataclass(frozen=True)
class ErrorRate:
    """Errors charged to a keyer over the fields it keyed in documents checked (reconciled:
    two passes compared): each keying counts the form's fields (a table counts as one)."""

    documents: int
    fields: int
    errors: int

    @property
    def per_1000(self) -> float:
        """Errors per 1,000 fields (0 when no field was checked)."""
        return 1000 * self.errors / self.fields if self.fields else 0.0

    @property
    def accuracy(self) -> float | None:
        """Percent of fields right (None when nothing was measured)."""
        return 100 * (1 - self.errors / self.fields) if self.fields else None

    @property
    def interval_per_1000(self) -> tuple[float, float]:
        """The 95 % Wilson interval of errors per 1,000 fields (errors taken as at most the
        fields: a table field may be charged several)."""
        low, high = wilson(min(self.errors, self.fields), self.fields)
        return 1000 * low, 1000 * high
