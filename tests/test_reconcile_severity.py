"""keying.reconcile: severity and minor kinds, lone values, not_keyed, choice labels, canonical
typed values, the fast path on JSON scalars, invisible characters, documented rules."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from keying.forms import BLANK_ON_PAPER, ILLEGIBLE, parse_form
from keying.reconcile import reconcile
from keying.reconcile.classify import MIRROR_KIND, visible, visible_spans

FORM = parse_form(
    """
form: label
title: Label
version: 1
no_value_words: [N/A, none, s.n., "-"]
fields:
  - {name: collector, label: Collector, type: text, compare: name}
  - {name: locality, label: Locality, type: text}
  - {name: taxon, label: Taxon, type: text, compare: name, minor: {case_only: false}}
  - {name: number, label: Number, type: text, compare: exact}
  - {name: code_text, label: Code, type: text, compare: code}
  - {name: month, label: Month, type: integer}
  - {name: amount, label: Amount, type: decimal}
  - {name: county, label: County, type: choice, choices: {c4b4: Sarasota, e76d: Manatee}}
  - {name: flag, label: Flag, type: boolean}
  - {name: day, label: Day, type: date, format: M/D/YY, two_digit_year: {pivot: 30}}
  - {name: note, label: Note, type: text, required: false}
  - name: people
    label: People
    type: table
    required: false
    columns:
      - {name: name, label: Name, type: text, compare: name}
      - {name: role, label: Role, type: text}
""",
    "<label>",
)
REST = {f.name: BLANK_ON_PAPER for f in FORM.fields if f.type != "table"}


def rec(*passes: dict[str, Any]) -> Any:
    return reconcile(FORM, *[{**REST, **p} for p in passes])


def flag(field: str, *values: Any) -> Any:
    r = rec(*[{field: v} for v in values])
    assert len(r.discrepancies) == 1, r.discrepancies
    return r.discrepancies[0]


# --- severity ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "a", "b", "minor_kind"),
    [
        ("collector", "R.K. Godfrey", "R. K. Godfrey", "punctuation_only"),
        ("collector", "JAMES R BURKHALTER", "James R. Burkhalter", "punctuation_only"),
        ("collector", "Pohlad and Poppleton", "Pohlad, Poppleton", "name_separator"),
        ("locality", "Hobe Sound", "Hobe Sound.", "punctuation_only"),
        ("locality", "BM 109", "BM-109", "punctuation_only"),
        ("locality", "2 miles west of Salt Spring", "2 miles W of Salt Spring", "abbreviation"),
        ("locality", "silk bay", "Silk Bay", "case_only"),
        ("locality", "N/A", "", "no_value_word"),
        ("locality", "none", BLANK_ON_PAPER, "no_value_word"),
        ("taxon", "Persea palustris", "Persea palustris.", "punctuation_only"),
        # Material: words or numbers differ, or the field's policy gives no minor kinds.
        ("locality", "2.5 mi N", "25 mi N", None),
        ("locality", "81.27°", "-81.27°", None),
        ("locality", "Silk Bay?", "Silk Bay", None),
        ("locality", "Silk Bay", "Silk Bay Road", None),
        ("locality", "C7669", "", None),
        ("collector", "Chan Sokha", "Sokha Chan", None),
        ("taxon", "Persea Palustris", "Persea palustris", None),  # case_only switched off
        ("number", "2248-31", "224831", None),
        ("number", "BM 109", "BM-109", None),  # exact: never minor
        ("code_text", "AB 1", "AB-1", None),
        ("month", "4", "5", None),
        ("county", "c4b4", "e76d", None),
        ("day", "8/22/31", "8/22/32", None),
        ("locality", ILLEGIBLE, "Silk Bay", None),
    ],
)
def test_severity(field: str, a: str, b: str, minor_kind: str | None) -> None:
    for x, y in ((a, b), (b, a)):
        d = flag(field, x, y)
        assert d.minor_kind == minor_kind
        assert d.severity == ("material" if minor_kind is None else "minor")
        out = d.to_json()
        assert out["severity"] == d.severity
        assert out["minor_kind"] == minor_kind


def test_three_passes_minor_only_when_every_two_are() -> None:
    d = flag("collector", "R.K. Godfrey", "R. K. Godfrey", "R K Godfrey")
    assert (d.severity, d.minor_kind) == ("minor", "punctuation_only")
    d = flag("collector", "R.K. Godfrey", "r. k. godfrey", "R K Godfrey")
    assert (d.severity, d.minor_kind) == ("minor", "punctuation_only")
    d = flag("collector", "R.K. Godfrey", "R. K. Godfrey", "R. K. Godfree")
    assert d.severity == "material"
    d = flag("locality", "N/A", "none", "")
    assert (d.severity, d.minor_kind) == ("minor", "no_value_word")


def test_form_lists_replace_the_defaults() -> None:
    # This form's no-value words do not include `unknown`.
    assert flag("locality", "unknown", "").severity == "material"


# --- lone values: two blanks never outvote a keyed value ------------------------------------


@pytest.mark.parametrize(
    "passes",
    [("", "", "C7669"), ("C7669", "", ""), ("", "C7669", BLANK_ON_PAPER), ("", "Silk Bay", "")],
)
def test_a_keyed_value_is_never_outvoted_by_blanks(passes: tuple[str, str, str]) -> None:
    d = flag("locality", *passes)
    assert d.kind == "lone_value"
    assert d.severity == "material"
    assert (d.a, d.b, d.c) == tuple(p.strip() for p in passes)
    assert d.passes == ["a", "b", "c"]
    keyed = next(p for p in passes if p not in ("", BLANK_ON_PAPER))
    assert f"'{keyed}'" in d.explanation
    assert "do not outvote" in d.explanation


def test_a_no_value_word_or_a_marker_is_not_content() -> None:
    r = rec({"locality": ""}, {"locality": ""}, {"locality": "N/A"})
    assert r.status == "agreed"
    assert r.values["locality"] == BLANK_ON_PAPER  # required: "" with [blank]-equivalent
    assert r.dissent == {"locality": ["c"]}
    r = rec({"locality": BLANK_ON_PAPER}, {"locality": ILLEGIBLE}, {"locality": BLANK_ON_PAPER})
    assert r.status == "agreed"
    # A number field has no no-value words: `N/A` there is content.
    assert flag("month", "", "", "N/A").kind == "lone_value"


def test_lone_value_in_a_table_cell() -> None:
    row = {"name": "Sokha Chan", "role": ""}
    r = rec(
        {"people": [row]},
        {"people": [row]},
        {"people": [{**row, "role": "head"}]},
    )
    assert [(d.kind, d.column, d.c) for d in r.discrepancies] == [("lone_value", "role", "head")]


# --- not keyed ---------------------------------------------------------------------------


def test_a_required_field_no_pass_keyed() -> None:
    for passes in (({}, {}), ({"locality": ""}, {"locality": " "}), ({}, {}, {})):
        r = reconcile(FORM, *[{**REST, "locality": p.get("locality")} for p in passes])
        assert [(d.field, d.kind) for d in r.discrepancies] == [("locality", "not_keyed")]
        assert r.values["locality"] is None
    # Optional: agreed empty.
    r = rec({"note": ""}, {"note": None})
    assert r.status == "agreed" and r.values["note"] == ""


# --- choice labels, canonical typed values, two-digit years --------------------------------


def test_choice_flags_show_labels() -> None:
    d = flag("county", "c4b4", "e76d")
    assert d.explanation == "different codes: c4b4 (Sarasota) ≠ e76d (Manatee)"
    d = flag("county", "", "e76d")
    assert "e76d' (Manatee)" in d.explanation


def test_agreed_integers_in_canonical_text() -> None:
    r = rec({"month": "4.0"}, {"month": "4"})
    assert r.values["month"] == "4"
    r = rec({"month": "4.0"}, {"month": "4.0"})  # identical: canonical all the same
    assert r.values["month"] == "4"
    r = rec({"amount": "12.5"}, {"amount": "12.50"})  # decimals keep the most decimals
    assert r.values["amount"] == "12.50"


def test_two_digit_year_rule_in_reconciliation() -> None:
    r = rec({"day": "8/22/31"}, {"day": "08/22/31"})
    assert r.values["day"] == "8/22/31"
    d = flag("day", "8/22/31", "8/22/29")
    assert "1931-08-22 ≠ 2029-08-22" in d.explanation


# --- the fast path compares the text scalars are read as -----------------------------------


@pytest.mark.parametrize(
    ("field", "a", "b"),
    [
        ("flag", True, 1),
        ("month", 1, 1.0),
        ("flag", False, 0),
        ("amount", -0.0, 0.0),
        ("month", True, 1),
        ("locality", 1, "1.0"),
    ],
)
def test_json_scalars_are_compared_as_their_text(field: str, a: Any, b: Any) -> None:
    ra, rb = rec({field: a}, {field: b}), rec({field: b}, {field: a})
    assert ra.values[field] == rb.values[field]
    assert ra.explanations[field] != "identical"
    assert [d.kind for d in ra.discrepancies] == [
        MIRROR_KIND.get(d.kind, d.kind) for d in rb.discrepancies
    ]


def test_a_boolean_is_not_agreed_into_an_integer_field() -> None:
    r = rec({"month": False}, {"month": 0})
    assert r.values["month"] is None
    assert r.discrepancies[0].field == "month"


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.sampled_from([0.0, -0.0, 1.0, 1.5, 2.0]),
    st.sampled_from(["", " ", "0", "1", "1.0", "-0", "Y", "N", "true", "4", "4.0", "x"]),
)


def _mirror(d: dict[str, Any]) -> dict[str, Any]:
    out = dict(d)
    out["a"], out["b"] = d["b"], d["a"]
    out["row_a"], out["row_b"] = d["row_b"], d["row_a"]
    out["spans_a"], out["spans_b"] = d["spans_b"], d["spans_a"]
    out["kind"] = MIRROR_KIND.get(d["kind"], d["kind"])
    out.pop("explanation")
    return out


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["flag", "month", "amount", "locality"]), SCALARS), SCALARS)
def test_swapping_a_and_b_changes_only_the_side_names(values: dict[str, Any], other: Any) -> None:
    a = dict(values)
    b = {**values, **{k: other for k in list(values)[:1]}}
    ra = rec(a, b).to_json("D")
    rb = rec(b, a).to_json("D")
    assert ra["values"] == rb["values"]
    assert ra["status"] == rb["status"]
    mirrored = sorted(json.dumps(_mirror(d), sort_keys=True) for d in rb["discrepancies"])
    assert sorted(
        json.dumps({k: v for k, v in d.items() if k != "explanation"}, sort_keys=True)
        for d in ra["discrepancies"]
    ) == sorted(mirrored)


# --- invisible characters ----------------------------------------------------------------


def test_zero_width_space_and_soft_hyphen_fold_under_text_and_name() -> None:
    for field in ("collector", "locality"):
        for a in ("Sok\u200bha", "Sok\u00adha"):
            r = rec({field: a}, {field: "Sokha"})
            assert r.status == "agreed"
            assert r.values[field] == "Sokha"
            assert "zero-width" in r.explanations[field]
    d = flag("number", "AB\u200b1", "AB1")
    assert d.kind == "deletion"
    assert "⟨ZWSP⟩" in d.explanation


def test_lookalike_and_invisible_characters_are_spelled_out() -> None:
    d = flag("collector", "Sokh\u0430", "Sokha")  # a Cyrillic а
    assert "⟨U+0430⟩" in d.explanation
    d = flag("number", "AB\u00a01", "AB 1")
    assert "⟨NBSP⟩" in d.explanation
    assert visible("a\u200bb") == "a⟨ZWSP⟩b"
    assert visible("a\u2003b\u2028") == "a⟨U+2003⟩b⟨U+2028⟩"  # no short name: the code point
    text, spans = visible_spans("a\u200bb\u2003c", [[1, 2], [3, 4]])
    assert text == "a⟨ZWSP⟩b⟨U+2003⟩c"
    assert text[slice(*spans[0])] == "⟨ZWSP⟩"
    assert text[slice(*spans[1])] == "⟨U+2003⟩"


def test_non_ascii_digits_are_numbers() -> None:
    for digits in ("១២", "໑໒", "１２"):
        r = rec({"month": digits}, {"month": "12"})
        assert r.status == "agreed", digits
        assert r.values["month"] == "12"


SHOWN = parse_form(
    """
form: shown
title: Shown
version: 1
fields:
  - {name: paid, label: Paid, type: boolean}
  - {name: receipt, label: Receipt, type: text, show_if: "paid == true"}
""",
    "<shown>",
)


def test_a_required_field_hidden_in_every_pass_is_empty_not_blank() -> None:
    r = reconcile(SHOWN, {"paid": "N"}, {"paid": "N", "receipt": "stale"})
    assert r.status == "agreed"
    assert r.values["receipt"] == ""
    assert r.explanations["receipt"] == "hidden in every pass (not keyed)"
    # Shown in both and keyed in neither: not_keyed.
    r = reconcile(SHOWN, {"paid": "Y"}, {"paid": "Y", "receipt": ""})
    assert [(d.field, d.kind) for d in r.discrepancies] == [("receipt", "not_keyed")]
    # Shown in one pass only, keyed in neither: the flag is on `paid`; receipt is "".
    r = reconcile(SHOWN, {"paid": "Y"}, {"paid": "N"})
    assert [(d.field, d.kind) for d in r.discrepancies] == [("paid", "different")]
    assert r.values["receipt"] == ""


def _differing_before(xs: list[Any], ys: list[Any]) -> list[int]:
    """`FormPlan._differing` as it was written with `map(type, ...)` (stop 26): the loop
    that replaced it must find the same indexes."""
    from itertools import compress
    from operator import is_not, ne

    from keying.reconcile.normalize import as_text

    r = range(len(xs))
    differ = list(compress(r, map(ne, xs, ys)))
    odd = set(compress(r, map(is_not, map(type, xs), map(type, ys))))
    if float in map(type, xs) and 0 in xs:
        odd.update(i for i in r if type(xs[i]) is float)
    if not odd:
        return differ
    odd = {i for i in odd if as_text(xs[i]) != as_text(ys[i])}
    return sorted(odd.union(i for i in differ if type(xs[i]) is type(ys[i])))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(SCALARS, SCALARS), max_size=8))
def test_the_differing_scalars_are_those_of_the_text_comparison(pairs: list[Any]) -> None:
    from keying.reconcile.plan import plan_for

    xs, ys = [x for x, _ in pairs], [y for _, y in pairs]
    plan = plan_for(FORM)
    assert plan._differing(xs, ys) == _differing_before(xs, ys)
    assert plan._differing(ys, ys) == _differing_before(ys, ys)
