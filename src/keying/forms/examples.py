"""A value that is valid for a field, to show in its messages: "for example NAI004127".

The form's own `example:` key when it has one; else one made from the field's pattern
(keying.forms.patterns) or its type (in range: `FieldType.example`). Free text has none.
Every example is checked against the field before it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from keying.forms import patterns
from keying.forms.wording import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from keying.forms.model import FieldDef


def example_for(field: FieldDef) -> str | None:
    if field.example is not None:
        return field.example  # checked when the form was loaded
    if field.pattern:
        made = patterns.example(field.pattern, field.max_length)
    else:
        made = field.kind.example(field)
    return made if made is not None and _fits(field, made) else None


def _fits(field: FieldDef, text: str) -> bool:
    """`text` is a value of `field` with no error and no warning (without building the
    messages, which show examples)."""
    from keying.forms.values import range_warning  # values shows examples: imported late

    if field.max_length is not None and len(text) > field.max_length:
        return False
    value = field.kind.parse(text, field)
    if value is None:
        return False
    pattern = field.compiled_pattern
    if pattern is not None and not pattern.search(text):
        return False
    return range_warning(field, value) is None


def with_example(text: str, field: FieldDef) -> str:
    """`text`, then ", for example …" when the field has an example."""
    example = example_for(field)
    return (
        say(QT_TRANSLATE_NOOP("keying", "{0}, for example {1}"), text, example) if example else text
    )
