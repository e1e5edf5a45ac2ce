"""`name`: compared as `text`; a disagreement that is the same words in another order is
classified `word_order` (rapidfuzz's token-sort ratio as its similarity)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from keying.reconcile.fuzzy import fuzz
from keying.reconcile.policies._base import FOLDED_ASCII, Classified, Policy, Spans, fold

if TYPE_CHECKING:
    from keying.reconcile.normalize import Normalizer


def word_spans(text: str) -> Spans:
    spans: Spans = []
    start = None
    for i, ch in enumerate(text + " "):
        if ch.isspace():
            if start is not None:
                spans.append([start, i])
                start = None
        elif start is None:
            start = i
    return spans


class Name(Policy):
    name = "name"
    fuzzy = True
    folds = True
    names = True
    identifies_rows = True
    description = "as text; discrepancies classified with name-aware scorers (word_order)"

    def key(self, norm: Normalizer, raw: str) -> Any:
        return fold(raw)

    def display(self, norm: Normalizer, raws: list[str]) -> str:
        return fold(raws[0])

    def display_one(self, norm: Normalizer, raw: str) -> str:
        return fold(raw)

    def canonical(self, norm: Normalizer) -> re.Pattern[str]:
        return FOLDED_ASCII

    def classify(
        self, norm: Normalizer, a: str, b: str, spans_a: Spans, spans_b: Spans, sim: float
    ) -> Classified | None:
        if a.split() == b.split() or sorted(a.split()) != sorted(b.split()):
            return None
        sim = round(fuzz.token_sort_ratio(a, b) / 100.0, 3)
        wa, wb = word_spans(a), word_spans(b)
        moved = [k for k in range(len(wa)) if a[slice(*wa[k])] != b[slice(*wb[k])]]
        return (
            "word_order",
            sim,
            [wa[k] for k in moved],
            [wb[k] for k in moved],
            "the same words in another order",
        )


POLICY = Name()
