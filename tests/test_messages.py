"""Messages for people who do not read regular expressions (issue 14, item 5): every field of
every shipped form, given a wrong value, says what to type with an example that is valid
for that field; a pattern is put into words; an impossible date says which part is wrong."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest

from keying.forms import load_form
from keying.forms.entry import commit
from keying.forms.examples import example_for
from keying.forms.model import FieldDef
from keying.forms.patterns import describe, example
from keying.forms.values import check_value

FORMS = Path(__file__).resolve().parents[1] / "forms"
WRONG = {
    "integer": "abc",
    "decimal": "12,34,5",
    "date": "5 June",
    "choice": "ZZZZ9",
    "boolean": "maybe",
    "time": "25h",
}


def leaf_fields() -> list[tuple[str, FieldDef]]:
    out = []
    for path in sorted(FORMS.glob("*.yaml")):
        for field in load_form(path).definition.fields:
            for leaf in field.columns or [] if field.is_table else [field]:
                out.append((f"{path.stem}.{field.name}.{leaf.name}", leaf))
    return out


@pytest.mark.parametrize(("name", "field"), leaf_fields(), ids=[n for n, _ in leaf_fields()])
def test_a_wrong_value_gets_words_and_a_valid_example(name: str, field: FieldDef) -> None:
    if field.type in WRONG:
        wrong = WRONG[field.type]
    elif field.pattern:
        wrong = "?" * 3
    elif field.max_length:
        wrong = "x" * (field.max_length + 1)
    else:
        pytest.skip("free text without a pattern or a length: every text is a value")
    checked = check_value(field, wrong)
    assert checked.error is not None, (name, wrong)
    assert not re.search(r"[\^$\[\]{}\\]", checked.error), checked.error  # no regex
    if field.type == "text" and not field.pattern:
        assert f"at most {field.max_length} characters" in checked.error
        return
    shown = example_for(field)
    assert shown is not None, name
    # A choice lists its codes: each is an example; everything else says "for example".
    said = f" {shown}" if field.type == "choice" else f"for example {shown}"
    assert said in checked.error, checked.error
    valid = check_value(field, shown)
    assert valid.ok and valid.warning is None, (name, shown, valid)


def out_of_range(field: FieldDef) -> str:
    """A value of `field` past its maximum (or below its minimum), written as it is keyed."""
    if field.type == "date":
        fmt = field.date_formats[0]
        if field.max is not None:
            return fmt.format(field.max + timedelta(days=1))  # type: ignore[operator]
        return fmt.format(field.min - timedelta(days=1))  # type: ignore[operator]
    return str(field.max + 1 if field.max is not None else field.min - 1)  # type: ignore[operator]


RANGED = [(n, f) for n, f in leaf_fields() if f.min is not None or f.max is not None]


@pytest.mark.parametrize(("name", "field"), RANGED, ids=[n for n, _ in RANGED])
def test_a_value_out_of_range_gets_a_valid_example(name: str, field: FieldDef) -> None:
    wrong = out_of_range(field)
    out = commit(field, wrong)
    assert out.warning is not None and ("minimum" in out.warning or "maximum" in out.warning)
    if field.type == "date":  # the bound written as it is keyed, not as YYYY-MM-DD
        bound = field.date_formats[0].format(field.min or field.max)  # type: ignore[arg-type]
        assert out.warning.endswith(f"the minimum {bound}") or out.warning.endswith(
            f"the maximum {bound}"
        ), out.warning
    shown = example_for(field)
    assert shown is not None, name
    assert f"for example {shown}" in out.message.text, out.message.text
    valid = check_value(field, shown)
    assert valid.ok and valid.warning is None, (name, shown, valid)


def test_patterns_in_words() -> None:
    assert describe("^[A-Z]{2,4}[0-9]{6}$") == "2 to 4 capital letters, then 6 digits"
    assert describe("^E[0-9]{3}$") == "“E”, then 3 digits"
    assert describe(r"^\+?[0-9 ]{8,16}$") == "“+” if written, then 8 to 16 digits or spaces"
    assert describe("^[A-Z][a-z]+aceae$") == (
        "a capital letter, then one or more small letters, then “aceae”"
    )
    assert describe("^(ab|cd)$") is None and example("^(ab|cd)$") is None
    for pattern in ["^[A-Z]{2}-[0-9]{6}$", r"^\d{3}-\d{2}$", "[A-Za-z]+", "^E[0-9]{3}$"]:
        made = example(pattern)
        assert made is not None and re.search(pattern, made), pattern


def test_the_catalogue_number_message() -> None:
    form = load_form(FORMS / "herbarium_label.yaml").definition
    error = check_value(form.field("catalog_no"), "NAI-0041").error
    assert error == "write it as 2 to 4 capital letters, then 6 digits, for example NAI004127"


def test_an_impossible_date_says_which_part() -> None:
    form = load_form(FORMS / "household_census.yaml").definition
    field = next(f for f in form.fields if f.type == "date")
    fmt = field.date_formats[0].text
    assert fmt.startswith("DD/MM/YYYY")
    assert check_value(field, "31/02/1990").error.startswith("February 1990 has no day 31;")
    assert check_value(field, "12/13/1990").error.startswith("there is no month 13;")
    wrong_format = check_value(field, "1990-02-31").error
    assert wrong_format.startswith("a date as") and "for example" in wrong_format


def test_examples_are_in_range() -> None:
    defs = {n: f for n, f in leaf_fields()}
    for name, field in defs.items():
        shown = example_for(field)
        if shown is not None:
            checked = check_value(field, shown)
            assert checked.ok and checked.warning is None, (name, shown)


def test_a_form_s_example_must_be_valid(tmp_path: Path) -> None:
    from keying.forms import FormDefinitionError

    path = tmp_path / "f.yaml"
    path.write_text(
        "form: f\ntitle: F\nversion: 1\nfields:\n"
        "  - {name: a, label: A, type: integer, min: 1, max: 30, example: '42'}\n",
        encoding="utf-8",
    )
    with pytest.raises(FormDefinitionError, match="example '42' is not a good value here"):
        load_form(path)
