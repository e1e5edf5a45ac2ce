"""A form with only some of its fields open: what a pass 3 from a send-back keys (the fields
a supervisor sent back, only those).

The other fields are not on it at all, so nothing of them is keyed, shown or checked. A
field's `show_if` that reads a field not on it is dropped (the field shows: the two passes
disagreed on it, so both keyed it), and so is a cross-field check that reads one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from keying.forms.model import FormDefinition
from keying.forms.rules import parse_rule


def _reads(rule: str) -> set[str]:
    """The fields a rule reads (a table's column `members.age` reads `members`)."""
    return {name.split(".", 1)[0] for name in parse_rule(rule).references}


def only_fields(form: FormDefinition, names: Sequence[str]) -> FormDefinition:
    """`form` with only the fields named (in the form's order). ValueError when none of the
    names is a field of the form."""
    keep = {n for n in names if any(f.name == n for f in form.fields)}
    if not keep:
        raise ValueError(f"none of {', '.join(names) or '(nothing)'} is a field of {form.key}")
    data: dict[str, Any] = form.model_dump(exclude_unset=True)
    fields = []
    for field in data["fields"]:
        if field["name"] not in keep:
            continue
        show_if = field.get("show_if")
        if show_if and not _reads(show_if) <= keep:
            field.pop("show_if")
        fields.append(field)
    data["fields"] = fields
    data["checks"] = [c for c in data.get("checks", []) if _reads(c["rule"]) <= keep]
    return FormDefinition.model_validate(data)
