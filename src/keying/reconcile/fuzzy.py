"""rapidfuzz, imported when first used: `fuzz`, `OSA` and `Levenshtein` stand for its
modules of those names. Only fields keyed differently need it (classifying a discrepancy,
aligning table rows that differ), and importing it (C++ libraries) was about a fifth of
`keying reconcile`'s start-up. After the first use of a name, reading it is a plain
attribute lookup."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rapidfuzz import fuzz as fuzz
    from rapidfuzz.distance import OSA as OSA
    from rapidfuzz.distance import Levenshtein as Levenshtein


class _Module:
    """A module imported at the first attribute read; each name is then kept here."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        value = getattr(importlib.import_module(self._name), attr)
        setattr(self, attr, value)
        return value


if not TYPE_CHECKING:
    fuzz = _Module("rapidfuzz.fuzz")
    OSA = _Module("rapidfuzz.distance.OSA")
    Levenshtein = _Module("rapidfuzz.distance.Levenshtein")
