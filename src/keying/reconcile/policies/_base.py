"""What a compare policy is: the one class every module of `keying.reconcile.policies` fills in.

A policy decides, for the values of one field, what two passes must share to agree (`key`),
the normalized text of values that agree (`display`), why values that differ as keyed are
equal (`reasons`), and how a disagreement is classified and explained beyond the generic
character-level classification (`classify`, `parsed_text`). `prepare` runs once per field
when a reconciliation plan is built, so nothing is looked up per field pair.

Every method gets the field's `Normalizer` (`keying.reconcile.normalize`): `norm.data` is
what `prepare` returned. `key` and `display` see only values (not empty, not a marker).
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any, ClassVar

from keying.forms.minor_rules import MINOR_RULES_OF_POLICY

if TYPE_CHECKING:
    from keying.forms.compiled import FieldLike
    from keying.reconcile.normalize import Normalizer

Spans = list[list[int]]
# (kind, similarity, spans of A, spans of B, explanation)
Classified = tuple[str, float, Spans, Spans, str]


def nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def base(text: str) -> str:
    """NFC and trimmed: what every policy starts from, and what discrepancies show."""
    return nfc(text.strip())


def collapse(text: str) -> str:
    """NFC, trimmed, inner runs of whitespace made one space."""
    return " ".join(nfc(text).split())


# Optional word separators (typed between words in Khmer and Lao, and as hyphenation
# hints): folded away under `text` and `name`; `exact` still sees them.
FOLDED = ("\u200b", "\u00ad")


# Keyed texts that are their own normalized value (`display_one(raw) == raw`), matched by
# C (a compiled pattern) so that identically keyed values unique in a batch (form numbers,
# phone numbers) skip the normalizing calls: printable ASCII, no space at either end
# (`exact`: NFC and trimming change nothing); and no other space than one between words
# (`text`, `name`: nothing to collapse or fold either). Markers fit and are given back as
# keyed too (`[blank]`, `[illegible]`).
TRIMMED_ASCII = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")
FOLDED_ASCII = re.compile(r"[\x21-\x7e]+(?: [\x21-\x7e]+)*")


def fold(text: str) -> str:
    """`collapse`, without zero-width spaces and soft hyphens: the `text`/`name` key."""
    if text.isascii():
        return " ".join(text.split())
    for ch in FOLDED:
        text = text.replace(ch, "")
    return " ".join(nfc(text).split())


class Policy:
    """One compare policy. Subclasses set the class attributes and override what differs."""

    name: ClassVar[str]
    collapse_spaces: ClassVar[bool] = True  # inner runs of spaces count as one
    fuzzy: ClassVar[bool] = False  # in row alignment, unequal cells still score by rapidfuzz
    noun: ClassVar[str] = "values"  # what `parsed_text` gives, plural: "numbers ≠ ..."
    description: ClassVar[str] = ""
    # What the reconciler asks of a policy once per field (never per pair of values):
    folds: ClassVar[bool] = False  # zero-width spaces and soft hyphens folded away (`fold`)
    names: ClassVar[bool] = False  # values are names: list separators between them count
    identifies_rows: ClassVar[bool] = False  # a table's columns of this policy identify rows

    @property
    def minor_kinds(self) -> frozenset[str]:
        """The minor rules this policy allows (none: its discrepancies are never minor),
        as `keying.forms.minor_rules.MINOR_RULES_OF_POLICY` says for the definitions' `minor:`."""
        return MINOR_RULES_OF_POLICY.get(self.name, frozenset())

    def prepare(self, field: FieldLike) -> Any:
        """Per-field data (formats, a code reader) the other methods read as `norm.data`."""
        return None

    def key(self, norm: Normalizer, raw: str) -> Any:
        """What two passes must share to agree. Keys of different kinds never compare equal."""
        return collapse(raw)

    def display(self, norm: Normalizer, raws: list[str]) -> str:
        """The normalized text of values whose keys are equal (symmetric in `raws`)."""
        return collapse(raws[0])

    def display_one(self, norm: Normalizer, raw: str) -> str:
        """`display(norm, [raw])`: the normalized text of one value keyed identically by
        every pass (the common case: a policy may give it a faster path)."""
        return self.display(norm, [raw])

    def canonical(self, norm: Normalizer) -> re.Pattern[str] | None:
        """A pattern that only keyed texts whose `display_one` is the text itself fullmatch
        (so the caller may skip `display_one` for them), or None. Called once per field,
        after `prepare`. Must never match a text `display_one` would change: tests
        (tests/test_reconcile_speed.py) hold every policy's pattern to that."""
        return None

    def reasons(self, norm: Normalizer, texts: list[str]) -> list[str]:
        """Why texts (NFC, spaces normalized) that still differ are equal."""
        return ["the value"]

    def parsed_text(self, norm: Normalizer, raw: str) -> str | None:
        """The parsed value as text for explanations (`12.5`, `2021-04-03`), or None."""
        return None

    def classify(
        self, norm: Normalizer, a: str, b: str, spans_a: Spans, spans_b: Spans, sim: float
    ) -> Classified | None:
        """A classification of two differing values (shown as `a`, `b`) this policy knows
        better than the character-level one, or None."""
        return None

    def __repr__(self) -> str:
        return f"<compare policy {self.name}>"
