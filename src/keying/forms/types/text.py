"""`text`: any text, trimmed and NFC-normalized; `max_length` and `pattern` check it."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from keying.forms.markers import BLANK_ON_PAPER
from keying.forms.types._base import FieldType
from keying.forms.wording import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from keying.forms.model import FieldDef

_WORDS = ("north", "field", "market", "river", "school", "clinic", "road", "new", "old", "east")


class TextType(FieldType):
    name = "text"
    compare_default = "text"
    compare_allowed = ("exact", "text", "name", "code")
    free_text = True
    column_weight = 4.0
    description = "any text; trimmed, NFC-normalized"

    def parse(self, text: str, field: FieldDef) -> Any:
        return text

    def hint(self, field: FieldDef) -> str:
        return say(QT_TRANSLATE_NOOP("keying", "Key exactly what is written."))

    def demo_value(self, field: FieldDef, rng: random.Random) -> str:
        if field.pattern:
            return BLANK_ON_PAPER  # a regular expression cannot be inverted in general
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 3))).capitalize()
        return text[: field.max_length] if field.max_length else text


FIELD_TYPE = TextType()
