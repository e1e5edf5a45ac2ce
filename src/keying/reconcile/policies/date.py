"""`date`: the calendar date, whatever format of the field was keyed (`18/11/18` =
`18-11-2018`); agreed values are written in the first format any pass used."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from keying.forms.dates import DateFormat, parse_in_formats
from keying.reconcile.policies._base import Policy, collapse, nfc

if TYPE_CHECKING:
    from keying.forms.model import FieldDef
    from keying.reconcile.normalize import Normalizer


def _parse(norm: Normalizer, raw: str) -> tuple[int, datetime.date] | None:
    """(index of the format that fits, date), or None."""
    return parse_in_formats(nfc(raw), norm.data)


class Date(Policy):
    name = "date"
    noun = "dates"
    description = "the calendar date, whatever format was keyed"

    def prepare(self, field: FieldDef) -> tuple[DateFormat, ...]:
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

    def reasons(self, norm: Normalizer, texts: list[str]) -> list[str]:
        found = [_parse(norm, t) for t in texts]
        if len({f[0] for f in found if f is not None}) > 1:
            return ["date format"]
        return ["zero padding of the date"]

    def parsed_text(self, norm: Normalizer, raw: str) -> str | None:
        found = _parse(norm, raw)
        return None if found is None else found[1].isoformat()


POLICY = Date()
