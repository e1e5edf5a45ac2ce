"""`boolean` (yes/no): keyed as Y/N, yes/no, 1/0, true/false, t/f; written back as Y or N.

`yes_no` is the one place a yes/no value becomes text (the station, the reconciler's agreed
value and JSON `true`/`false` in its input all use it).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from keying.forms.types._base import FieldType
from keying.forms.types._number import stored_numbers
from keying.forms.wording import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from keying.forms.compiled import FieldLike
    from keying.forms.model import FieldDef

YES, NO = "Y", "N"
CODES: dict[str, str] = {
    YES: say(QT_TRANSLATE_NOOP("keying", "Yes")),
    NO: say(QT_TRANSLATE_NOOP("keying", "No")),
}
TRUE_WORDS = ("y", "yes", "1", "true", "t")
FALSE_WORDS = ("n", "no", "0", "false", "f")


def parse_boolean(text: str) -> bool | None:
    s = text.strip().casefold()
    if s in TRUE_WORDS:
        return True
    if s in FALSE_WORDS:
        return False
    return None


def yes_no(value: bool) -> str:
    """The code of a yes/no value: Y or N."""
    return YES if value else NO


def read_code(text: str) -> str | None:
    """Y or N for any word the checks take (`yes`, `1`, `true` ...), else None."""
    value = parse_boolean(text)
    return None if value is None else yes_no(value)


class BooleanType(FieldType):
    name = "boolean"
    compare_default = "code"
    compare_allowed = ("code", "exact")
    description = "Y/N, yes/no, 1/0, true/false, t/f (written back as Y or N)"
    storage = "number"  # 1/0, labelled Yes/No

    def parse(self, text: str, field: FieldDef) -> Any:
        return parse_boolean(text)

    def error(self, field: FieldDef) -> str:
        return say(QT_TRANSLATE_NOOP("keying", "Y (yes) or N (no)"))

    def example(self, field: FieldDef) -> str | None:
        return YES

    def canonical(self, value: Any, field: FieldDef) -> str:
        return yes_no(bool(value))

    def codes(self, field: FieldDef) -> dict[str, str] | None:
        return CODES

    def code_reader(self, field: FieldLike) -> Callable[[str], str | None] | None:
        return read_code

    def hint(self, field: FieldDef) -> str:
        return say(
            QT_TRANSLATE_NOOP("keying", "Type the code; its meaning shows beside the field.")
        )

    def demo_value(self, field: FieldDef, rng: random.Random) -> str:
        return rng.choice((YES, NO))

    def export_text(self, value: Any, field: FieldDef | None) -> str:
        if isinstance(value, bool):
            return "1" if value else "0"
        return str(value)

    def stored_column(self, values: list[Any], field: FieldDef | None) -> list[Any]:
        return stored_numbers(values)  # True → 1.0, False → 0.0

    def value_labels(self, field: FieldDef | None) -> dict[float, str] | None:
        return {1.0: str(CODES[YES]), 0.0: str(CODES[NO])}

    def dictionary_codes(self, field: FieldDef | None, numbered: bool) -> str:
        return f"1={CODES[YES]}; 0={CODES[NO]}" if numbered else "true; false"


FIELD_TYPE = BooleanType()
