"""Form definitions: the loader, the rule language, typed values, `keying form check`."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from keying.forms import (
    BLANK_ON_PAPER,
    ILLEGIBLE,
    FieldDef,
    FormDefinition,
    FormDefinitionError,
    check_value,
    load_form,
    parse_form,
    run_checks,
    typed_values,
    visible_fields,
)
from keying.forms.dates import parse_format
from keying.forms.rules import RuleError, parse_rule
from keying.paths import FORMS_DIR, PROJECT_ROOT, shipped_forms

EXAMPLE = Path(__file__).parent / "data" / "example_census.yaml"
SHIPPED = ("herbarium_label.yaml", "household_census.yaml", "receipt.yaml")


# --- loading ---------------------------------------------------------------------------


def test_the_example_loads_unchanged() -> None:
    loaded = load_form(EXAMPLE)
    form = loaded.definition
    assert loaded.text == EXAMPLE.read_text(encoding="utf-8")
    assert form.key == "household_census@1"
    assert [f.name for f in form.fields] == [
        "form_no",
        "head_name",
        "visit_date",
        "household_size",
        "monthly_income",
        "has_electricity",
        "remarks",
        "members",
    ]
    assert form.field("has_electricity").choices == {"Y": "Yes", "N": "No"}
    assert form.field("remarks").required is False
    assert form.field("household_size").min == Decimal(1)
    assert [c.name for c in form.field("members").columns or []] == ["name", "age", "sex"]
    assert form.field("members").column("sex").choices == {"M": "Male", "F": "Female"}


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_form_loads_with_zones(name: str) -> None:
    form = load_form(FORMS_DIR / name).definition
    assert all(f.zone is not None for f in form.fields), "every field has a zone"
    assert any(f.instructions for f in form.fields)
    assert form.checks


def test_the_shipped_forms_are_the_three() -> None:
    assert [p.name for p in shipped_forms()] == list(SHIPPED)


def test_the_census_holds_every_field_of_the_example() -> None:
    example = load_form(EXAMPLE).definition
    census = load_form(FORMS_DIR / "household_census.yaml").definition
    for field in example.fields:
        written = field.model_dump(exclude_unset=True)  # the keys the example sets
        theirs, ours = field.model_dump(), census.field(field.name).model_dump()
        assert {k: ours[k] for k in written} == {k: theirs[k] for k in written}, field.name
    assert census.field("electricity_source").show_if == "has_electricity == 'Y'"
    assert any(c.rule == "household_size == count(members)" for c in census.checks)


def test_receipt_date_formats_are_those_printed() -> None:
    form = load_form(FORMS_DIR / "receipt.yaml").definition
    date_field = form.field("date")
    assert date_field.format == ["DD/MM/YYYY", "DD-MM-YYYY", "DD/MM/YY", "DD-MM-YY"]
    for text in ("18/11/2018", "18-11-2018", "18/11/18", "18-11-18"):
        assert check_value(date_field, text).value == date(2018, 11, 18)
    assert "RM" in (form.field("total").instructions or "")


def _receipt_truth(receipts: Path) -> list[tuple[str, dict[str, str]]]:
    return [
        (p.stem, json.loads(p.read_text(encoding="utf-8")))
        for p in sorted(receipts.glob("key/*.json"))
    ]


def test_real_receipt_values_fit_the_receipt_form(receipts_dir: Path) -> None:
    form = load_form(FORMS_DIR / "receipt.yaml").definition
    truth = _receipt_truth(receipts_dir)
    assert len(truth) >= 20
    for stem, values in truth:
        keyed = dict(values, total=values["total"].removeprefix("RM"))  # the form's instruction
        for field in form.fields:
            # The key files hold no time: an optional field, left blank.
            assert field.name in keyed or not field.required, (stem, field.name)
            result = check_value(field, keyed.get(field.name, ""))
            assert result.ok and result.warning is None, (stem, field.name, result)
        assert run_checks(form, keyed) == []


def test_receipt_zones_hold_the_real_values_on_most_receipts(receipts_dir: Path) -> None:
    """The zones are a fixed layout for receipts that vary: each must hold its value (the
    centre of a text line that carries it) on at least half of the real receipts."""
    form = load_form(FORMS_DIR / "receipt.yaml").definition
    truth = _receipt_truth(receipts_dir)
    keyed = [f for f in form.fields if f.name in truth[0][1]]  # the key files hold no time
    assert {f.name for f in form.fields} - {f.name for f in keyed} == {"time"}
    hits = dict.fromkeys((f.name for f in keyed), 0)
    for stem, values in truth:
        with Image.open(receipts_dir / "img" / f"{stem}.jpg") as im:
            width, height = im.size
        lines = []
        with open(receipts_dir / "box" / f"{stem}.csv", encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                if len(row) < 9:
                    continue
                xs, ys = list(map(int, row[0:8:2])), list(map(int, row[1:8:2]))
                text = ",".join(row[8:]).upper()
                lines.append(
                    ((min(xs) + max(xs)) / 2 / width, (min(ys) + max(ys)) / 2 / height, text)
                )
        for field in keyed:
            want = values[field.name].upper().removeprefix("RM")
            zone = field.zone
            assert zone is not None
            for cx, cy, text in lines:
                carries = want in text or (len(text) > 5 and text in want)
                inside = zone.x <= cx <= zone.x + zone.w and zone.y <= cy <= zone.y + zone.h
                if carries and inside:
                    hits[field.name] += 1
                    break
    for name, count in hits.items():
        assert count >= len(truth) / 2, (name, count, len(truth))


BASE = """\
form: t
title: T
version: 1
fields:
  - name: a
    label: A
    type: integer
  - name: b
    label: B
    type: text
"""

BROKEN: list[tuple[str, str, int, str]] = [
    (
        "unknown key",
        BASE.replace("    label: B\n", "    label: B\n    colour: red\n"),
        10,
        "unknown key 'colour'",
    ),
    ("typo of a key", BASE.replace("    label: B\n", "    lable: B\n"), 9, "unknown key 'lable'"),
    ("bad type", BASE.replace("type: text", "type: txt"), 10, "fields[2].type"),
    (
        "zone past the page",
        BASE + "    zone: {x: 0.8, y: 0.1, w: 0.5, h: 0.1}\n",
        11,
        "past the page",
    ),
    ("zone page", BASE + "    zone: {page: 2, x: 0.1, y: 0.1, w: 0.5, h: 0.1}\n", 11, "pages 1"),
    ("zone fraction", BASE + "    zone: {x: 10, y: 0.1, w: 0.5, h: 0.1}\n", 11, "zone.x"),
    (
        "bad rule",
        BASE + "checks:\n  - name: c\n    rule: a == = 3\n    message: m\n",
        13,
        "column 6",
    ),
    (
        "unknown function",
        BASE + "checks:\n  - {name: c, rule: eval(a), message: m}\n",
        12,
        "unknown function 'eval'",
    ),
    (
        "rule names unknown field",
        BASE + "checks:\n  - name: c\n    rule: a == zz\n    message: m\n",
        13,
        "'zz'",
    ),
    ("bad show_if", BASE + "    show_if: a >> 2\n", 11, "show_if"),
    ("show_if on itself", BASE + "    show_if: b == 'x'\n", 11, "unknown field 'b'"),
    ("YAML syntax", BASE.replace("    label: B\n", "    label: [B\n"), 10, "YAML syntax"),
    ("duplicate field", BASE.replace("name: b", "name: a"), 8, "duplicate field name 'a'"),
    (
        "duplicate key",
        BASE.replace("    label: B\n", "    label: B\n    label: C\n"),
        10,
        "appears twice",
    ),
    ("missing format", BASE.replace("type: text", "type: date"), 8, "needs a format"),
    (
        "format without year",
        BASE.replace("type: text", "type: date\n    format: DD/MM"),
        11,
        "year",
    ),
    ("missing label", BASE.replace("    label: B\n", ""), 8, "missing key 'label'"),
    ("bad version", BASE.replace("version: 1", "version: one"), 3, "version"),
    (
        "bad min",
        BASE.replace("    type: integer\n", "    type: integer\n    min: lots\n"),
        8,
        "min",
    ),
    ("bad pattern", BASE + "    pattern: '[a-'\n", 11, "regular expression"),
    ("choice without choices", BASE.replace("type: text", "type: choice"), 8, "needs choices"),
    ("compare does not fit", BASE + "    compare: number\n", 8, "does not fit"),
    ("empty file", "", 1, "empty"),
    ("not a mapping", "- a\n- b\n", 1, "mapping"),
]


@pytest.mark.parametrize(("case", "text", "line", "fragment"), BROKEN, ids=[b[0] for b in BROKEN])
def test_errors_name_file_line_and_problem(case: str, text: str, line: int, fragment: str) -> None:
    with pytest.raises(FormDefinitionError) as info:
        parse_form(text, "broken.yaml")
    err = info.value
    assert (err.path, err.line) == ("broken.yaml", line), str(err)
    assert str(err).startswith(f"broken.yaml:{line}: ")
    assert fragment in err.message


def test_load_form_reports_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(BASE.encode() + "    instructions: caf\xe9\n".encode("latin-1"))
    with pytest.raises(FormDefinitionError, match=r"latin1.yaml:11: not UTF-8"):
        load_form(path)


def test_yaml_scalars_stay_strings() -> None:
    form = parse_form(
        BASE.replace("type: text", "type: choice\n    choices: {Y: Yes, N: No, 01: x}")
    )
    assert form.field("b").choices == {"Y": "Yes", "N": "No", "01": "x"}


# --- rule language ---------------------------------------------------------------------

CENSUS_RULES = """\
form: c
title: C
version: 1
fields:
  - {name: size, label: Size, type: integer}
  - {name: power, label: Power, type: choice, choices: {Y: "Yes", N: "No"}}
  - {name: source, label: Source, type: text, show_if: power == 'Y'}
  - {name: born, label: Born, type: date, format: DD/MM/YYYY}
  - {name: note, label: Note, type: text, required: false}
  - name: members
    label: Members
    type: table
    columns:
      - {name: name, label: Name, type: text}
      - {name: age, label: Age, type: integer}
checks:
  - {name: size_rows, rule: size == count(members), message: size}
  - {name: ages, rule: sum(members.age) < 200 and max(members.age) >= 15, message: ages}
  - {name: born, rule: year(born) >= 1900 or blank(born), message: born}
"""


@pytest.fixture
def rules_form() -> FormDefinition:
    return parse_form(CENSUS_RULES)


def _members(*ages: str) -> list[dict[str, str]]:
    return [{"name": f"p{i}", "age": a} for i, a in enumerate(ages)]


def test_count_check(rules_form: FormDefinition) -> None:
    good = {"size": "2", "power": "N", "born": "01/02/1980", "members": _members("40", "3")}
    assert run_checks(rules_form, good) == []
    bad = dict(good, size="3")
    failures = run_checks(rules_form, bad)
    assert [f.name for f in failures] == ["size_rows"]
    assert failures[0].fields == ("size", "members")


def test_sum_and_max_checks(rules_form: FormDefinition) -> None:
    young = {"size": "2", "power": "N", "born": "", "members": _members("10", "3")}
    assert [f.name for f in run_checks(rules_form, young)] == ["ages"]
    old = {"size": "2", "power": "N", "born": "", "members": _members("120", "100")}
    assert [f.name for f in run_checks(rules_form, old)] == ["ages"]


def test_unknown_values_do_not_fail_checks(rules_form: FormDefinition) -> None:
    values = {"size": ILLEGIBLE, "power": "N", "born": "", "members": _members("40", ILLEGIBLE)}
    assert run_checks(rules_form, values) == []
    assert parse_rule("size == 2").evaluate({"size": None}) is None
    assert parse_rule("size == 2 or true").evaluate({"size": None}) is True
    assert parse_rule("size == 2 and false").evaluate({"size": None}) is False


def test_year_and_blank(rules_form: FormDefinition) -> None:
    values = {"size": "1", "power": "N", "born": "01/02/1850", "members": _members("40")}
    assert [f.name for f in run_checks(rules_form, values)] == ["born"]
    assert run_checks(rules_form, dict(values, born="")) == []


def test_show_if(rules_form: FormDefinition) -> None:
    shown = [f.name for f in visible_fields(rules_form, {"power": "y"})]
    assert "source" in shown  # codes compare without letter case
    assert "source" not in [f.name for f in visible_fields(rules_form, {"power": "N"})]
    assert "source" not in [f.name for f in visible_fields(rules_form, {"power": ILLEGIBLE})]


def test_rule_arithmetic_and_strings() -> None:
    rule = parse_rule("a + b - 1 == c and name != 'x' and not (a > 5)")
    assert rule.references == ("a", "b", "c", "name")
    assert rule.evaluate({"a": 2, "b": Decimal(3), "c": 4, "name": "y"}) is True
    assert rule.evaluate({"a": 2, "b": Decimal(3), "c": 4, "name": "X"}) is False
    assert parse_rule("-a < 0").evaluate({"a": Decimal(1)}) is True


def test_aggregates_of_the_wrong_type_are_unknown() -> None:
    rows = {"m": [{"name": "abc", "when": date(2020, 1, 1)}, {"name": "d", "when": "x"}]}
    assert parse_rule("sum(m.name) > 1").evaluate(rows) is None
    assert parse_rule("min(m.when) > 1").evaluate(rows) is None


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("a ==", 5),
        ("__import__('os').system('x') == 0", 17),
        ("a; b", 2),
        ("count(t.c) > 1", 7),
        ("sum(a) > 1", 5),
        ("t.c == 1", 1),
        ("(a == 1", 8),
    ],
)
def test_rule_errors_point_at_a_column(text: str, column: int) -> None:
    with pytest.raises(RuleError) as info:
        parse_rule(text)
    assert info.value.column == column, str(info.value)


# --- values ----------------------------------------------------------------------------


def _field(**kw: Any) -> FieldDef:
    return FieldDef.model_validate({"name": "f", "label": "F", **kw})


@pytest.mark.parametrize(
    ("raw", "value"),
    [("42", 42), ("1,000", 1000), ("007", 7), (" 12 ", 12), ("-3", -3)],
)
def test_integer_parsing(raw: str, value: int) -> None:
    assert check_value(_field(type="integer"), raw).value == value


@pytest.mark.parametrize("raw", ["4.5", "1,00", "12a", "one", "--1"])
def test_integer_errors_are_hard(raw: str) -> None:
    result = check_value(_field(type="integer"), raw)
    assert not result.ok and result.value is None


def test_decimal_parsing() -> None:
    field = _field(type="decimal", min="0")
    assert check_value(field, "1,250.50").value == Decimal("1250.50")
    assert check_value(field, ".5").value == Decimal("0.5")
    assert not check_value(field, "RM 30.90").ok


def test_range_is_soft() -> None:
    field = _field(type="integer", min="1", max="30")
    high = check_value(field, "31")
    assert high.ok and high.value == 31 and "maximum" in (high.warning or "")
    low = check_value(field, "0")
    assert low.ok and "minimum" in (low.warning or "")
    assert check_value(field, "30").warning is None


def test_date_parsing_in_every_format() -> None:
    field = _field(type="date", format=["DD/MM/YYYY", "DD MMM YYYY"], min="2000-01-01")
    assert check_value(field, "03/04/2021").value == date(2021, 4, 3)
    assert check_value(field, "3/4/2021").value == date(2021, 4, 3)
    assert check_value(field, "03 apr 2021").value == date(2021, 4, 3)
    assert not check_value(field, "31/02/2021").ok
    assert not check_value(field, "2021-04-03").ok
    assert "minimum" in (check_value(field, "01/01/1999").warning or "")


@pytest.mark.parametrize(
    ("fmt", "day", "text"),
    [
        ("DD/MM/YYYY", date(2021, 3, 4), "04/03/2021"),
        ("D/M/YYYY", date(2021, 3, 4), "4/3/2021"),
        ("DD-MM-YY", date(2005, 12, 31), "31-12-05"),
        ("DD MMM YYYY", date(1987, 5, 2), "02 May 1987"),
        ("MMM D, YYYY", date(2021, 3, 4), "Mar 4, 2021"),
        ("YYYY-MM-DD", date(2021, 3, 4), "2021-03-04"),
    ],
)
def test_date_formats_round_trip(fmt: str, day: date, text: str) -> None:
    parsed = parse_format(fmt)
    assert parsed.format(day) == text
    assert parsed.parse(text) == day


def test_two_digit_years_pivot_at_70() -> None:
    fmt = parse_format("DD/MM/YY")
    assert fmt.parse("01/01/69") == date(2069, 1, 1)
    assert fmt.parse("01/01/70") == date(1970, 1, 1)


def test_two_digit_year_rule_per_form_and_per_field() -> None:
    form = parse_form(
        """
form: label
title: Old label
version: 1
two_digit_year: {pivot: 30}
fields:
  - {name: collected, label: Collected, type: date, format: M/D/YY}
  - {name: det, label: Det., type: date, format: M/D/YY, two_digit_year: {century: 1800}}
  - name: visits
    label: Visits
    type: table
    columns:
      - {name: day, label: Day, type: date, format: DD/MM/YY}
""",
        "label.yaml",
    )
    assert check_value(form.field("collected"), "8/22/31").value == date(1931, 8, 22)
    assert check_value(form.field("collected"), "8/22/29").value == date(2029, 8, 22)
    assert check_value(form.field("det"), "8/22/31").value == date(1831, 8, 22)
    assert check_value(form.field("visits").column("day"), "22/08/31").value == date(1931, 8, 22)
    default = _field(type="date", format="M/D/YY")
    assert check_value(default, "8/22/31").value == date(2031, 8, 22)  # the stated default


@pytest.mark.parametrize(
    ("key", "fragment"),
    [
        ("two_digit_year: {pivot: 30, century: 1900}", "either pivot"),
        ("two_digit_year: {century: 1950}", "multiple of 100"),
        ("two_digit_year: {pivot: 130}", "less than or equal to 100"),
    ],
)
def test_two_digit_year_errors(key: str, fragment: str) -> None:
    text = f"""form: f
title: F
version: 1
fields:
  - name: d
    label: D
    type: date
    format: DD/MM/YY
    {key}
"""
    with pytest.raises(FormDefinitionError) as err:
        parse_form(text, "f.yaml")
    assert err.value.line == 9
    assert fragment in err.value.message


def test_two_digit_year_only_for_dates() -> None:
    with pytest.raises(FormDefinitionError, match="only for date fields"):
        parse_form(
            "form: f\ntitle: F\nversion: 1\nfields:\n"
            "  - {name: t, label: T, type: text, two_digit_year: {pivot: 30}}\n"
        )


def test_minor_keys() -> None:
    form = parse_form(
        """form: f
title: F
version: 1
abbreviations: {Bch: Beach, St: [Street, Saint]}
no_value_words: [N/A, nil, "-"]
fields:
  - {name: taxon, label: Taxon, type: text, compare: name, minor: {case_only: false}}
  - {name: place, label: Place, type: text, minor: false}
  - {name: note, label: Note, type: text}
"""
    )
    assert form.abbreviations == {"Bch": "Beach", "St": ["Street", "Saint"]}
    assert form.no_value_words == ["N/A", "nil", "-"]
    taxon = form.field("taxon")
    assert not taxon.minor_rule_on("case_only") and taxon.minor_rule_on("punctuation_only")
    assert not form.field("place").minor_rule_on("punctuation_only")
    assert form.field("note").minor_rule_on("abbreviation")


@pytest.mark.parametrize(
    ("field", "fragment"),
    [
        ("{name: n, label: N, type: integer, minor: false}", "compared as number"),
        ("{name: n, label: N, type: text, compare: exact, minor: false}", "compared as exact"),
        ("{name: n, label: N, type: text, minor: {name_separator: false}}", "only to name"),
        ("{name: n, label: N, type: text, minor: {case: false}}", "case_only"),
    ],
)
def test_minor_key_errors(field: str, fragment: str) -> None:
    with pytest.raises(FormDefinitionError) as err:
        parse_form(f"form: f\ntitle: F\nversion: 1\nfields:\n  - {field}\n", "f.yaml")
    assert err.value.line == 5
    assert fragment in err.value.message


def test_abbreviations_are_single_words() -> None:
    with pytest.raises(FormDefinitionError, match="single words"):
        parse_form(
            "form: f\ntitle: F\nversion: 1\nabbreviations: {US: United States}\n"
            "fields:\n  - {name: t, label: T, type: text}\n"
        )


def test_choice_and_boolean() -> None:
    choice = _field(type="choice", choices={"Y": "Yes", "N": "No"})
    assert check_value(choice, "y").value == "Y"
    assert not check_value(choice, "Yes").ok
    boolean = _field(type="boolean")
    assert check_value(boolean, "yes").value is True
    assert check_value(boolean, "0").value is False
    assert not check_value(boolean, "maybe").ok


def test_text_length_and_pattern() -> None:
    field = _field(type="text", max_length=5, pattern="^[A-Z]{2}-[0-9]+$")
    assert check_value(field, "KA-12").value == "KA-12"
    assert "at most 5" in (check_value(field, "KA-123").error or "")
    error = check_value(field, "ka-12").error or ""
    # In words, with an example that fits the field (5 characters at most), no regex.
    words = "write it as 2 capital letters, then “-”, then one or more digits"
    assert error == f"{words}, for example AB-1"


def test_markers_and_empty_are_no_errors() -> None:
    field = _field(type="integer")
    for raw in (ILLEGIBLE, BLANK_ON_PAPER, ""):
        result = check_value(field, raw)
        assert result.ok and result.value is None


def test_text_is_nfc_normalized() -> None:
    decomposed = "Nguye\u0302\u0303n"
    assert check_value(_field(type="text"), decomposed).value == "Nguyễn"


def test_typed_values_of_a_table(rules_form: FormDefinition) -> None:
    typed = typed_values(rules_form, {"size": "2", "members": _members("40", "x")})
    assert typed["size"] == 2
    assert typed["members"] == [{"name": "p0", "age": 40}, {"name": "p1", "age": None}]


# --- keying form check -----------------------------------------------------------------


def _keying(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "keying", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_form_check_passes_on_the_shipped_forms() -> None:
    files = [str(p.relative_to(PROJECT_ROOT)) for p in shipped_forms()]
    result = _keying("form", "check", *files, cwd=PROJECT_ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(": ok") == len(files)


def test_form_check_fails_with_file_and_line(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(BASE, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(BASE.replace("type: text", "type: txt"), encoding="utf-8")
    result = _keying("form", "check", "good.yaml", "bad.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("bad.yaml:10: ")
    assert "good.yaml: ok" in result.stdout


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(min_value=date(1970, 1, 1), max_value=date(2069, 12, 31)),
    fmt=st.sampled_from(
        ["DD/MM/YYYY", "D/M/YYYY", "DD-MM-YY", "DD MMM YYYY", "MMM D, YYYY", "YYYY-MM-DD"]
    ),
)
def test_any_date_round_trips_through_its_format(day: date, fmt: str) -> None:
    parsed = parse_format(fmt)
    assert parsed.parse(parsed.format(day)) == day
