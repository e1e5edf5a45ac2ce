"""`exact`: Unicode NFC and trimming only; inner spaces, case and punctuation count."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from keying.reconcile.policies._base import TRIMMED_ASCII, Policy, base

if TYPE_CHECKING:
    from keying.reconcile.normalize import Normalizer


class Exact(Policy):
    name = "exact"
    collapse_spaces = False
    fuzzy = True
    description = "Unicode NFC and trimming only"

    def key(self, norm: Normalizer, raw: str) -> Any:
        return base(raw)

    def display(self, norm: Normalizer, raws: list[str]) -> str:
        return base(raws[0])

    def display_one(self, norm: Normalizer, raw: str) -> str:
        return base(raw)

    def canonical(self, norm: Normalizer) -> re.Pattern[str]:
        return TRIMMED_ASCII


POLICY = Exact()
