"""`date`: the calendar date, whatever format of the field was keyed (`18/11/18` =
`18-11-2018`); agreed values are written in the first format any pass used."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Any

from keying.forms.dates import MONTHS, DateFormat, parse_in_formats
from keying.reconcile.policies._base import Policy, collapse, nfc

if TYPE_CHECKING:
    from keying.forms.compiled import FieldLike
    from keying.reconcile.normalize import Normalizer


def _parse(norm: Normalizer, raw: str) -> tuple[int, datetime.date] | None:
    """(index of the format that fits, date), or None."""
    return parse_in_formats(nfc(raw), norm.data)


# Month lengths for the patterns of dates written as a format writes them: a day the month
# always has (29 February is left to the parser).
_MONTH_DAYS = (((1, 3, 5, 7, 8, 10, 12), 31), ((4, 6, 9, 11), 30), ((2,), 28))


def _alternatives(texts: list[str]) -> str:
    return "(?:" + "|".join(re.escape(t) for t in texts) + ")"


def _as_written(fmt: DateFormat) -> str | None:
    """A pattern of exactly the dates `fmt.format` writes (the day, month and year as it
    writes them, valid in every year), or None when the format's years cannot be read
    back so (a fixed century that is not a whole one, or below 1000)."""
    years = fmt.years
    if years.century is not None and (years.century % 100 or not 1000 <= years.century <= 9900):
        return None
    out = []
    for months, last in _MONTH_DAYS:
        days = range(1, last + 1)
        write = {
            "DD": _alternatives([f"{d:02d}" for d in days]),
            "D": _alternatives([str(d) for d in days]),
            "MM": _alternatives([f"{m:02d}" for m in months]),
            "M": _alternatives([str(m) for m in months]),
            "MMM": _alternatives([MONTHS[m - 1].title() for m in months]),
            "YYYY": "[1-9][0-9]{3}",
            "YY": "[0-9]{2}",
        }
        out.append("".join(re.escape(p) if w is None else write[p] for p, w in fmt.pieces))
    return "(?:" + "|".join(out) + ")"


def _canonical(formats: tuple[DateFormat, ...]) -> re.Pattern[str] | None:
    """Dates keyed exactly as the first format they fit writes them: their `display_one`
    is the keyed text. A text written as format i is taken only if no earlier format's
    pattern fits it (else the parser decides)."""
    parts = []
    for i, fmt in enumerate(formats):
        written = _as_written(fmt)
        if written is None:
            continue
        earlier = "|".join(_unnamed(f.regex.pattern) for f in formats[:i])
        parts.append(f"(?!(?i:{earlier})\\Z){written}" if earlier else written)
    return re.compile("|".join(parts)) if parts else None


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


class Date(Policy):
    name = "date"
    noun = "dates"
    description = "the calendar date, whatever format was keyed"

    def prepare(self, field: FieldLike) -> tuple[DateFormat, ...]:
        return field.date_formats

    def key(self, norm: Normalizer, raw: str) -> Any:
        found = _parse(norm, raw)
        return collapse(raw) if found is None else found[1]

    def display(self, norm: Normalizer, raws: list[str]) -> str:
        found = [_parse(norm, r) for r in raws]
        if any(f is None for f in found):
            return collapse(raws[0])
        index = min(f[0] for f in found if f is not None)
        assert found[0] is not None
        formats: tuple[DateFormat, ...] = norm.data
        return formats[index].format(found[0][1])

    def display_one(self, norm: Normalizer, raw: str) -> str:
        found = _parse(norm, raw)
        if found is None:
            return collapse(raw)
        formats: tuple[DateFormat, ...] = norm.data
        return formats[found[0]].format(found[1])

    def canonical(self, norm: Normalizer) -> re.Pattern[str] | None:
        return _canonical(norm.data)

    def reasons(self, norm: Normalizer, texts: list[str]) -> list[str]:
        found = [_parse(norm, t) for t in texts]
        if len({f[0] for f in found if f is not None}) > 1:
            return ["date format"]
        return ["zero padding of the date"]

    def parsed_text(self, norm: Normalizer, raw: str) -> str | None:
        found = _parse(norm, raw)
        return None if found is None else found[1].isoformat()


POLICY = Date()
