"""The simulated keyer's mistakes and benign variants of a keyed value (`keying.bench.simulator`).

Errors (`make_error`) are alike for every field; what a keyer writes differently without
changing the meaning (`make_benign`), and whether a value is sometimes written in another
form (`make_form_variant`), depends on the field's compare policy: `HABITS`, one entry a
policy, is the one place that says so.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from keying.forms import BLANK_ON_PAPER, ILLEGIBLE, FieldDef

_ROWS = ("1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm")
NEIGHBOURS: dict[str, str] = {}
for _r, _row in enumerate(_ROWS):
    for _i, _ch in enumerate(_row):
        near = _row[max(0, _i - 1) : _i] + _row[_i + 1 : _i + 2]
        NEIGHBOURS[_ch] = near
        NEIGHBOURS[_ch.upper()] = near.upper()


def _neighbour(rng: random.Random, ch: str) -> str:
    near = NEIGHBOURS.get(ch)
    if near:
        return rng.choice(near)
    return chr(ord(ch) + 1) if ch.isalpha() else "x"


Benign = Callable[[random.Random, str], str]

ERRORS = ("substitution", "transposition", "deletion", "insertion", "doubled", "illegible")


def make_error(rng: random.Random, fd: FieldDef, value: str) -> str:
    if fd.choices and rng.random() < 0.7:
        others = [c for c in fd.choices if c != value]
        return rng.choice(others)
    kind = rng.choice(ERRORS)
    if kind == "illegible" or not value or value in (BLANK_ON_PAPER, ILLEGIBLE):
        return ILLEGIBLE if value != ILLEGIBLE else "x"
    i = rng.randrange(len(value))
    if kind == "substitution":
        return value[:i] + _neighbour(rng, value[i]) + value[i + 1 :]
    if kind == "transposition" and len(value) > 1:
        i = min(i, len(value) - 2)
        return value[:i] + value[i + 1] + value[i] + value[i + 2 :]
    if kind == "deletion" and len(value) > 1:
        return value[:i] + value[i + 1 :]
    if kind == "doubled":
        return value[: i + 1] + value[i:]
    return value[:i] + _neighbour(rng, value[i]) + value[i:]


def _lower(rng: random.Random, value: str) -> str:
    return value.lower()


def _padded(rng: random.Random, value: str) -> str:
    return value + "0" if "." in value else "0" + value


def _unpadded(rng: random.Random, value: str) -> str:
    if "/" not in value:
        return " " + value
    return "/".join(part.lstrip("0") or "0" for part in value.split("/"))


def _trailing_space(rng: random.Random, value: str) -> str:
    return value + " "


def _spaced(rng: random.Random, value: str) -> str:
    words = value.split(" ")
    if len(words) > 1 and rng.random() < 0.5:
        k = rng.randrange(1, len(words))
        return " ".join(words[:k]) + "  " + " ".join(words[k:])
    return " " + value


def _or_nfd(spaced: Benign) -> Benign:
    """Half the values with letters NFC would compose keyed NFD, the others `spaced`."""

    def benign(rng: random.Random, value: str) -> str:
        nfd = unicodedata.normalize("NFD", value)
        if nfd != value and rng.random() < 0.5:
            return nfd
        return spaced(rng, value)

    return benign


@dataclass(frozen=True)
class Habits:
    """What the simulated keyer does with the fields of one compare policy (the oracle's
    rules for them are its own, independent of `keying.reconcile.policies`)."""

    benign: Benign  # a variant that means the same (zero padding, spaces, NFD, a code's case)
    spaces_count: bool = False  # to the oracle, inner spaces are content
    forms: bool = False  # sometimes written in another form (letter case, a final period)


_WORDS = Habits(_or_nfd(_spaced), forms=True)
# compare policy → the keyer's habits; any other policy (`time`, a new one): `_OTHER`
HABITS: dict[str, Habits] = {
    "code": Habits(_lower),
    "number": Habits(_padded),
    "date": Habits(_unpadded),
    "exact": Habits(_or_nfd(_trailing_space), spaces_count=True),
    "text": _WORDS,
    "name": _WORDS,
}
_OTHER = Habits(_or_nfd(_spaced))


def habits(fd: FieldDef) -> Habits:
    return HABITS.get(fd.compare_policy, _OTHER)


def make_benign(rng: random.Random, fd: FieldDef, value: str) -> str:
    if not value or value in (BLANK_ON_PAPER, ILLEGIBLE):
        return value
    return habits(fd).benign(rng, value)


def make_form_variant(rng: random.Random, value: str) -> str:
    """The same content written in another form: other letter case, or a final period."""
    if not value or value in (BLANK_ON_PAPER, ILLEGIBLE):
        return value
    how = rng.choice(("upper", "lower", "period"))
    variant = value.upper() if how == "upper" else value.lower() if how == "lower" else value
    return variant if variant != value else value + "."
