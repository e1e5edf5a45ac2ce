"""The rules of keying one value and of finishing a document, without Qt.

The entry form (ui/entry_form.py) is the view: it asks `commit` what happens when the
operator leaves a field and `FinishGate` whether a document may be finished, and shows the
answer. Nothing here touches a widget, so every rule is tested without Qt.

- `commit(field, raw, reference, pending, same)`: a code is completed from its unique
  beginning, yes/no is written Y or N, a type or format error keeps the operator in the field,
  a range warning is recorded and keying goes on, and under dependent verification a value
  unlike the other pass's must be keyed twice.
- `first_problem(keyed)`: the first value, in keying order, that stops the document from being
  finished (an error, or a required value left empty).
- `FinishGate`: soft cross-field check failures are shown once; pressing finish again with
  the same failures finishes the document as keyed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from keying.forms.examples import with_example
from keying.forms.model import FieldDef, FormDefinition
from keying.forms.values import (
    BLANK_ON_PAPER,
    ILLEGIBLE,
    MARKERS,
    CheckFailure,
    check_value,
    missing_required,
    run_checks,
)
from keying.forms.wording import QT_TRANSLATE_NOOP, say

# Every text here is a message (keying.forms.wording): English, spoken by the station in the
# operator's language.
MARKER_TEXT = {
    ILLEGIBLE: say(QT_TRANSLATE_NOOP("keying", "illegible")),
    BLANK_ON_PAPER: say(QT_TRANSLATE_NOOP("keying", "blank on paper")),
}

# States of a field and of the form's message, as the theme styles them.
ERROR, WARNING, INFO, PLAIN = "error", "warning", "info", ""


@dataclass(frozen=True)
class Message:
    """What the form says to the operator: its state and its text."""

    state: str
    text: str


CLEAR = Message(PLAIN, "")


def exact(a: str, b: str) -> bool:
    return a == b


@dataclass(frozen=True)
class Outcome:
    """What leaving a field with `raw` in it does.

    `text` is what the field holds afterwards (a completed code, Y or N, or "" when the
    operator is asked to key the value again); `accepted` False keeps the operator in it.
    `pending` is the first keying of a value unlike the reference, waiting to be confirmed
    (carried over unchanged when verification does not apply); `verification` is recorded
    in the field's figures once it is confirmed; `warning` is a range warning to record.
    """

    text: str
    accepted: bool
    state: str
    message: Message
    warning: str | None = None
    pending: str | None = None
    verification: dict[str, str] | None = None


def complete_code(field: FieldDef, text: str) -> str:
    """The code as defined of a field keyed as codes (keying.forms.types) for an exact (any
    case; a yes/no field's every word: `yes`, `1`, `true` → Y) or unique-prefix match; any
    other text, and the text of other fields, as it is."""
    codes = field.kind.codes(field)
    if text in MARKERS or not codes:
        return text
    typed = text.strip().casefold()
    if not typed:
        return text
    reader = field.kind.code_reader(field)
    code = None if reader is None else reader(typed)
    if code is not None:
        return code
    matches = [c for c in codes if c.casefold().startswith(typed)]
    return matches[0] if len(matches) == 1 else text


def commit(
    field: FieldDef,
    raw: str,
    reference: str | None = None,
    pending: str | None = None,
    same: Callable[[str, str], bool] = exact,
) -> Outcome:
    """Check `raw` as the operator leaves `field`.

    `reference` is the other pass's value under dependent verification (None: no
    verification, as when the focus leaves by a mouse click); `same` says whether two keyed
    values agree (the reconciler's rule for this field); `pending` is the value keyed first
    when this field was already asked again.
    """
    text = complete_code(field, raw)
    checked = check_value(field, text)
    if checked.error is not None:
        said = say(
            QT_TRANSLATE_NOOP("keying", "{0}: {1}. Correct it, or press F2 / F3."),
            field.label,
            checked.error,
        )
        message = Message(ERROR, said)
        return Outcome(text, False, ERROR, message, pending=pending)
    verification = None
    if reference is not None:
        if pending is not None:
            verification = {"reference": reference, "first": pending, "confirmed": text}
            pending = None
        elif not same(text, reference):
            message = Message(
                WARNING,
                say(
                    QT_TRANSLATE_NOOP(
                        "keying",
                        "{0}: this value differs from the other keying. "
                        "Look at the page again and key it once more.",
                    ),
                    field.label,
                ),
            )
            return Outcome("", False, WARNING, message, pending=text)
    if checked.warning is not None:
        warning = say(QT_TRANSLATE_NOOP("keying", "{0}: {1}"), field.label, checked.warning)
        shown = with_example(warning, field)  # a value in range, as every message has one
        said = say(QT_TRANSLATE_NOOP("keying", "{0} — recorded; keying goes on."), shown)
        message = Message(WARNING, said)
        recorded = str(warning)  # recorded as it is, in English
        return Outcome(text, True, WARNING, message, recorded, pending, verification)
    if text in MARKERS:
        said = say(
            QT_TRANSLATE_NOOP("keying", "{0}: keyed as {1}."), field.label, MARKER_TEXT[text]
        )
        message = Message(INFO, said)
    else:
        message = CLEAR
    return Outcome(text, True, PLAIN, message, None, pending, verification)


def reference_value(reference: Mapping[str, Any], path: str) -> str | None:
    """The other pass's value at a field path (`name` or `table[row].column`), or None."""
    if "[" not in path:
        value = reference.get(path)
        return value if isinstance(value, str) else None
    table, rest = path.split("[", 1)
    row_text, column = rest.split("].", 1)
    rows = reference.get(table)
    row = int(row_text)
    if not isinstance(rows, list) or row >= len(rows):
        return None
    cells = rows[row]
    value = cells.get(column) if isinstance(cells, Mapping) else None
    return value if isinstance(value, str) else None


@dataclass(frozen=True)
class Keyed:
    """One value of a document at finish: its path, field and text. A table cell in a row
    with nothing keyed is not required (`required` False)."""

    path: str
    field: FieldDef
    raw: str
    required: bool = True


@dataclass(frozen=True)
class Problem:
    """A value that stops the document from being finished."""

    path: str
    message: Message


def first_problem(keyed: Iterable[Keyed]) -> Problem | None:
    """The first value, in keying order, in error or required and left empty."""
    for k in keyed:
        error = check_value(k.field, k.raw).error
        if error is not None:
            said = say(QT_TRANSLATE_NOOP("keying", "{0}: {1}."), k.field.label, error)
            return Problem(k.path, Message(ERROR, said))
        if k.required and missing_required(k.field, k.raw):
            return Problem(
                k.path,
                Message(
                    ERROR,
                    say(
                        QT_TRANSLATE_NOOP(
                            "keying",
                            "{0} is required: key the value, F3 if it is blank on paper, "
                            "F2 if it cannot be read.",
                        ),
                        k.field.label,
                    ),
                ),
            )
    return None


@dataclass(frozen=True)
class FinishAttempt:
    """`done`: finish with `failures` recorded; otherwise show them and ask again."""

    done: bool
    failures: list[CheckFailure]
    message: Message


class FinishGate:
    """Cross-field checks at finish: failures hold the document once; finishing again with
    the same failures finishes it as keyed (the failures are recorded)."""

    def __init__(self, definition: FormDefinition) -> None:
        self.definition = definition
        self._armed: tuple[str, ...] | None = None

    def reset(self) -> None:
        self._armed = None

    def attempt(self, values: Mapping[str, Any]) -> FinishAttempt:
        failures = run_checks(self.definition, values)
        names = tuple(f.name for f in failures)
        if failures and self._armed != names:
            self._armed = names
            message = Message(
                WARNING,
                say(
                    QT_TRANSLATE_NOOP(
                        "keying",
                        "{0} failed — correct the fields, or press F12 again to "
                        "finish as keyed (a supervisor will see the failed checks).",
                    ),
                    _checks(len(failures)),
                ),
            )
            return FinishAttempt(False, failures, message)
        self._armed = None
        finished = say(QT_TRANSLATE_NOOP("keying", "Document finished."))
        return FinishAttempt(True, failures, Message(INFO, finished))


def _checks(n: int) -> str:
    if n == 1:
        return say(QT_TRANSLATE_NOOP("keying", "1 check"))
    return say(QT_TRANSLATE_NOOP("keying", "{0} checks"), n)


def type_hint(field: FieldDef) -> str:
    """The guide's text for a field without instructions of its own: its type's hint."""
    return field.kind.hint(field)
