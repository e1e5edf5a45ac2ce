"""`choice`: one of the field's codes (`choices: {CODE: label}`), keyed in any letter case."""

from __future__ import annotations

import math
import random
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from keying.forms.markers import MARKERS
from keying.forms.types._base import FieldType
from keying.forms.wording import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from keying.forms.compiled import FieldLike
    from keying.forms.model import FieldDef


class ChoiceType(FieldType):
    name = "choice"
    keys = frozenset({"choices"})
    compare_default = "code"
    compare_allowed = ("code", "exact")
    description = "one of the codes, any letter case"
    storage = "number"  # Stata and SPSS: numbered codes with value labels (`code_numbers`)

    def check_definition(self, field: FieldDef) -> None:
        if not field.choices:
            raise ValueError("a choice field needs choices: {CODE: label, ...}")
        for code in field.choices:
            problem = _unkeyable(code, field)
            if problem:
                raise ValueError(f"choice code {code!r} {problem}")
        folded = [c.casefold() for c in field.choices]
        if len(set(folded)) != len(folded):
            raise ValueError("choice codes must differ in more than letter case")

    def parse(self, text: str, field: FieldDef) -> Any:
        return field.choice_lookup.get(text.strip().casefold())

    def error(self, field: FieldDef) -> str:
        return say(
            QT_TRANSLATE_NOOP("keying", "one of the codes {0}"), ", ".join(field.choices or {})
        )

    def example(self, field: FieldDef) -> str | None:
        return next(iter(field.choices or {}), None)

    def codes(self, field: FieldDef) -> dict[str, str] | None:
        return field.choices or {}

    def code_reader(self, field: FieldLike) -> Callable[[str], str | None] | None:
        return field.choice_lookup.get

    def hint(self, field: FieldDef) -> str:
        return say(
            QT_TRANSLATE_NOOP("keying", "Type the code; its meaning shows beside the field.")
        )

    def demo_value(self, field: FieldDef, rng: random.Random) -> str:
        return rng.choice(sorted(field.choices or {}))

    def stored_column(self, values: list[Any], field: FieldDef | None) -> list[Any]:
        numbers = code_numbers(field)
        return [float(numbers[v]) if v in numbers else math.nan for v in values]

    def value_labels(self, field: FieldDef | None) -> dict[float, str] | None:
        numbers = code_numbers(field)
        choices = field.choices or {} if field is not None else {}
        return {float(numbers[c]): str(label) for c, label in choices.items()}  # default text

    def dictionary_codes(self, field: FieldDef | None, numbered: bool) -> str:
        numbers = code_numbers(field)
        choices = field.choices or {} if field is not None else {}
        return "; ".join(
            (f"{numbers[c]}={c} {label}" if numbered else f"{c}={label}")
            for c, label in choices.items()
        )


def code_numbers(field: FieldDef | None) -> dict[str, int]:
    """Numbers for the codes of a choice field (Stata and SPSS value labels need numbers): the
    codes themselves when they are all whole numbers, else 1, 2, ... in definition order."""
    codes = list(field.choices or {}) if field is not None else []
    if codes and all(c.lstrip("-").isdigit() for c in codes):
        return {c: int(c) for c in codes}
    return {c: i for i, c in enumerate(codes, start=1)}


def _unkeyable(code: str, field: FieldDef) -> str | None:
    """Why an operator could never key this code (the station trims and checks keyed text)."""
    if not code.strip():
        return "is empty: a code must be something to key"
    if code != code.strip():
        return "has spaces around it (keyed text is trimmed)"
    if code.casefold() in MARKERS:
        return "is a marker: that key means illegible or blank, never this code"
    if code != unicodedata.normalize("NFC", code):
        return "is not in Unicode NFC form (keyed text is)"
    if field.max_length is not None and len(code) > field.max_length:
        return f"is longer than max_length {field.max_length}"
    pattern = field.compiled_pattern
    if pattern is not None and not pattern.search(code):
        return f"does not match the field's pattern {field.pattern}"
    return None


FIELD_TYPE = ChoiceType()
