"""`text`: NFC, trimmed, runs of spaces made one; letter case and punctuation count."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from keying.reconcile.policies._base import FOLDED_ASCII, Policy, fold

if TYPE_CHECKING:
    from keying.reconcile.normalize import Normalizer


class Text(Policy):
    name = "text"
    fuzzy = True
    folds = True
    description = (
        "Unicode NFC, trimmed, runs of spaces made one, zero-width spaces and soft hyphens removed"
    )

    def key(self, norm: Normalizer, raw: str) -> Any:
        return fold(raw)

    def display(self, norm: Normalizer, raws: list[str]) -> str:
        return fold(raws[0])

    def display_one(self, norm: Normalizer, raw: str) -> str:
        return fold(raw)

    def canonical(self, norm: Normalizer) -> re.Pattern[str]:
        return FOLDED_ASCII


POLICY = Text()
