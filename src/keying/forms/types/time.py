"""`time`: a time of day, 24-hour, keyed as `HH:MM` (the hour may drop its leading zero)."""

from __future__ import annotations

import datetime
import random
import re
from typing import TYPE_CHECKING, Any

from keying.forms.types._base import FieldType
from keying.forms.wording import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from keying.forms.model import FieldDef

_TIME = re.compile(r"(\d{1,2}):(\d{2})")


def parse_time(text: str) -> datetime.time | None:
    """`14:30`, `09:05` or `9:05` → the time; None for anything else (`24:00`, `9:5`)."""
    m = _TIME.fullmatch(text.strip())
    if m is None:
        return None
    hour, minute = int(m[1]), int(m[2])
    if hour > 23 or minute > 59:
        return None
    return datetime.time(hour, minute)


def format_time(value: datetime.time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


class TimeType(FieldType):
    name = "time"
    compare_default = "time"
    compare_allowed = ("time", "exact", "text")
    description = "a time of day, 24-hour, as HH:MM (the hour may drop its leading zero)"
    storage = "time"

    def parse(self, text: str, field: FieldDef) -> Any:
        return parse_time(text)

    def error(self, field: FieldDef) -> str:
        return say(QT_TRANSLATE_NOOP("keying", "a time as HH:MM, 24-hour, for example 14:30"))

    def example(self, field: FieldDef) -> str | None:
        return "14:30"

    def canonical(self, value: Any, field: FieldDef) -> str:
        return format_time(value)

    def hint(self, field: FieldDef) -> str:
        return say(QT_TRANSLATE_NOOP("keying", "A time as HH:MM, 24-hour (14:30)."))

    def paper_hint(self, field: FieldDef) -> str | None:
        return "HH:MM"

    def demo_value(self, field: FieldDef, rng: random.Random) -> str:
        return format_time(datetime.time(rng.randint(7, 19), rng.randint(0, 59)))

    def export_text(self, value: Any, field: FieldDef | None) -> str:
        return format_time(value) if isinstance(value, datetime.time) else str(value)

    def export_json(self, value: Any, field: FieldDef | None) -> Any:
        return self.export_text(value, field)  # "HH:MM"

    def export_cell(self, value: Any, field: FieldDef | None) -> tuple[Any, str | None]:
        if isinstance(value, datetime.time):
            return value, "hh:mm"
        return value, None

    def stored_column(self, values: list[Any], field: FieldDef | None) -> list[Any]:
        return [v if isinstance(v, datetime.time) else None for v in values]


FIELD_TYPE = TimeType()
