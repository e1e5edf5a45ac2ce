"""`date`: a calendar date keyed in one of the field's `format`s (see keying.forms.dates)."""

from __future__ import annotations

import datetime
import random
from typing import TYPE_CHECKING, Any

from keying.forms.dates import parse_in_formats
from keying.forms.examples import with_example
from keying.forms.types._base import FieldType
from keying.forms.wording import QT_TRANSLATE_NOOP, one_of, say

if TYPE_CHECKING:
    from keying.forms.model import FieldDef


class DateType(FieldType):
    name = "date"
    keys = frozenset({"format", "two_digit_year", "min", "max"})
    compare_default = "date"
    compare_allowed = ("date", "exact", "text")
    bound = datetime.date
    bound_text = "a date as YYYY-MM-DD"
    column_weight = 2.0
    description = "as one of the formats; day and month may drop a leading zero"
    storage = "date"

    def check_definition(self, field: FieldDef) -> None:
        if not field.format:
            raise ValueError("a date field needs a format, for example format: DD/MM/YYYY")

    def parse(self, text: str, field: FieldDef) -> Any:
        found = parse_in_formats(text, field.date_formats)
        return None if found is None else found[1]

    def error(self, field: FieldDef) -> str:
        return with_example(
            say(QT_TRANSLATE_NOOP("keying", "a date as {0}"), self._formats(field)), field
        )

    def problem(self, text: str, field: FieldDef) -> str | None:
        for fmt in field.date_formats:
            why = fmt.impossible(text)
            if why is not None:
                return say(QT_TRANSLATE_NOOP("keying", "{0}; {1}"), why, self.error(field))
        return None

    def example(self, field: FieldDef) -> str | None:
        low = field.min if isinstance(field.min, datetime.date) else None
        high = field.max if isinstance(field.max, datetime.date) else None
        day = datetime.date(2019, 6, 5)
        if low is not None and day < low:
            day = low
        if high is not None and day > high:
            day = high
        return field.date_formats[0].format(day)

    def canonical(self, value: Any, field: FieldDef) -> str:
        return field.date_formats[0].format(value)

    def hint(self, field: FieldDef) -> str:
        return say(QT_TRANSLATE_NOOP("keying", "A date as {0}."), self._formats(field))

    def paper_hint(self, field: FieldDef) -> str | None:
        return str(self._formats(field))

    def demo_value(self, field: FieldDef, rng: random.Random) -> str:
        low = field.min if isinstance(field.min, datetime.date) else datetime.date(2015, 1, 1)
        high = field.max if isinstance(field.max, datetime.date) else datetime.date(2025, 12, 31)
        high = max(low, high)
        day = low + datetime.timedelta(days=rng.randrange((high - low).days + 1))
        return rng.choice(field.date_formats).format(day)

    def export_text(self, value: Any, field: FieldDef | None) -> str:
        return value.isoformat() if isinstance(value, datetime.date) else str(value)

    def export_json(self, value: Any, field: FieldDef | None) -> Any:
        return self.export_text(value, field)  # ISO text, YYYY-MM-DD

    def export_cell(self, value: Any, field: FieldDef | None) -> tuple[Any, str | None]:
        if isinstance(value, datetime.date):
            return value, "yyyy-mm-dd"
        return value, None

    def stored_column(self, values: list[Any], field: FieldDef | None) -> list[Any]:
        return [v if isinstance(v, datetime.date) else None for v in values]

    @staticmethod
    def _formats(field: FieldDef) -> str:
        return one_of([f.text for f in field.date_formats])


FIELD_TYPE = DateType()
