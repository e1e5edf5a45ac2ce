"""keying.reconcile: the issue's examples, three passes, show_if, and hypothesis properties."""

from __future__ import annotations

import json
import random
import unicodedata
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from keying.bench import simulator as sim
from keying.forms import BLANK_ON_PAPER, ILLEGIBLE, FormDefinition, load_form, parse_form
from keying.paths import FORMS_DIR
from keying.reconcile import KINDS, reconcile
from keying.reconcile.classify import MIRROR_KIND

FORM = parse_form(
    """
form: t
title: Test
version: 1
fields:
  - {name: code_no, label: Code, type: text, compare: exact}
  - {name: note, label: Note, type: text, required: false}
  - {name: person, label: Person, type: text, compare: name}
  - {name: qty, label: Qty, type: integer}
  - {name: amount, label: Amount, type: decimal}
  - {name: day, label: Day, type: date, format: [DD/MM/YYYY, DD-MMM-YY]}
  - {name: sex, label: Sex, type: choice, choices: {M: Male, F: Female}}
  - {name: paid, label: Paid, type: boolean}
  - {name: remark, label: Remark, type: text, required: false, compare: text}
  - {name: extra, label: Extra, type: text, required: false, show_if: "paid == true"}
  - name: members
    label: Members
    type: table
    required: false
    columns:
      - {name: name, label: Name, type: text, compare: name}
      - {name: age, label: Age, type: integer}
      - {name: sex, label: Sex, type: choice, choices: {M: Male, F: Female}}
""",
    "<test>",
)


# Every other scalar field marked blank on paper in every pass (a required field no pass
# keyed at all would be a `not_keyed` discrepancy of its own).
REST = {f.name: BLANK_ON_PAPER for f in FORM.fields if f.type != "table"}


def rec(*passes: dict[str, Any]) -> Any:
    """reconcile(FORM, ...) with the scalars a pass does not name marked blank on paper."""
    return reconcile(FORM, *[{**REST, **p} for p in passes])


def one(field: str, a: str, b: str, c: str | None = None) -> Any:
    if c is None:
        return rec({field: a}, {field: b})
    return rec({field: a}, {field: b}, {field: c})


# --- the examples ------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "a", "b", "why"),
    [
        ("qty", "007", "7", "zero padding"),
        ("amount", "12.50", "12.5", "trailing zeros"),
        ("amount", "1,000", "1000", "thousands separators"),
        ("day", "3/4/2021", "03/04/2021", "zero padding of the date"),
        ("day", "03/04/2021", "03-Apr-21", "date format"),
        ("sex", "m", "M", "letter case"),
        ("paid", "y", "Y", "letter case"),
        ("person", "Jos\u0065\u0301", "Jos\u00e9", "NFC"),
        ("person", " Sokha  Chan", "Sokha Chan", "spaces"),
        ("code_no", "AB-1 ", "AB-1", "spaces"),
        ("note", "", BLANK_ON_PAPER, "blank on paper"),
    ],
)
def test_equal_after_normalizing(field: str, a: str, b: str, why: str) -> None:
    r = one(field, a, b)
    assert r.status == "agreed", r.discrepancies
    assert r.discrepancies == []
    assert why in r.explanations[field]
    assert r.values[field] is not None


def test_normalized_values() -> None:
    assert one("qty", "007", "7").values["qty"] == "7"
    assert one("amount", "12.50", "12.5").values["amount"] == "12.50"
    assert one("day", "3/4/2021", "03/04/2021").values["day"] == "03/04/2021"
    assert one("sex", "m", "M").values["sex"] == "M"
    assert one("person", "Jos\u0065\u0301", "Jos\u00e9").values["person"] == "Jos\u00e9"


@pytest.mark.parametrize(
    ("field", "a", "b", "kind"),
    [
        ("person", "José", "Jose", "substitution"),
        ("person", "Chan Sokha", "Sokha Chan", "word_order"),
        ("person", "sokha chan", "Sokha Chan", "substitution"),
        ("code_no", "AB 1", "AB  1", "insertion"),
        ("remark", "Dog at gate", "Dog at gate.", "insertion"),
        ("remark", "Dog at gate.", "Dog at gate", "deletion"),
        ("qty", "34", "43", "transposition"),
        ("qty", "34", "35", "substitution"),
        ("amount", "30.90", "3.90", "deletion"),
        ("amount", "30.90", "31.25", "different"),
        ("day", "03/04/2021", "04/03/2021", "substitution"),
        ("day", "03/04/2021", "17/11/2023", "different"),
        ("sex", "M", "F", "different"),
        ("person", ILLEGIBLE, "Sokha", "illegible"),
        ("person", "", "Sokha", "missing_value"),
        ("person", BLANK_ON_PAPER, "Sokha", "missing_value"),
    ],
)
def test_discrepancies(field: str, a: str, b: str, kind: str) -> None:
    r = one(field, a, b)
    assert r.status == "discrepant"
    [d] = r.discrepancies
    assert (d.field, d.kind, d.row_a, d.row_b, d.column) == (field, kind, None, None, None)
    assert 0.0 <= d.similarity <= 1.0
    assert d.explanation
    assert r.values[field] is None
    for spans, text in ((d.spans_a, d.a), (d.spans_b, d.b)):
        for s, e in spans:
            assert 0 <= s <= e <= len(text or "")


@pytest.mark.parametrize(
    ("a", "b", "said"),
    [
        ("abcdef", "bcdefg", "different values in 2 places: 1 character of A, 1 of B"),
        ("bcdefg", "abcdef", "different values in 2 places: 1 character of A, 1 of B"),
        ("abc", "xyz", "different values in 1 place: 3 characters of A, 3 of B"),
        ("Kibera", "Kiberxyz", "different values in 2 places: 1 character of A, 3 of B"),
        ("Kiberxyz", "Kibera", "different values in 2 places: 3 characters of A, 1 of B"),
    ],
)
def test_a_different_value_says_where_and_how_much_of_each_side(a: str, b: str, said: str) -> None:
    """Not "1 character differ" where a character of A and another of B are marked."""
    [d] = one("remark", a, b).discrepancies
    assert (d.kind, d.explanation) == ("different", said)
    assert len(d.spans_a) == len(d.spans_b) == int(said.split(" in ")[1][0])


def test_example_output_shape() -> None:
    a = {"person": "Sokha Chan", "members": [{"name": "Sokha Chan", "age": "34", "sex": "M"}]}
    b = {"person": "Sokha Chan", "members": [{"name": "Sokha Chan", "age": "34", "sex": "F"}]}
    data = rec(a, b).to_json("D-17")
    assert data["document"] == "D-17"
    assert data["status"] == "discrepant"
    assert data["values"]["members"] == [{"name": "Sokha Chan", "age": "34", "sex": None}]
    assert data["discrepancies"] == [
        {
            "field": "members",
            "row_a": 0,
            "row_b": 0,
            "column": "sex",
            "a": "M",
            "b": "F",
            "kind": "different",
            "severity": "material",
            "minor_kind": None,
            "similarity": 0.0,
            "spans_a": [[0, 1]],
            "spans_b": [[0, 1]],
            "explanation": data["discrepancies"][0]["explanation"],
        }
    ]
    assert data["explanations"]["person"] == "identical"
    json.dumps(data)  # plain JSON


def test_markers() -> None:
    r = one("person", ILLEGIBLE, ILLEGIBLE)
    assert r.status == "agreed"
    assert r.values["person"] == ILLEGIBLE
    assert "illegible" in r.explanations["person"]
    # A required field no pass keyed (missing, "", spaces): `not_keyed`, never agreement.
    for a, b in (({}, {"person": ""}), ({"person": "  "}, {"person": ""}), ({}, {})):
        r = rec({"person": a.get("person")}, {"person": b.get("person")})
        assert [(d.field, d.kind) for d in r.discrepancies] == [("person", "not_keyed")]
        assert r.values["person"] is None
        assert r.explanations["person"] == "discrepancy: not_keyed"
    # An optional field both left empty is agreed empty; not keyed against blank is blank.
    assert one("note", "", "  ").values["note"] == ""
    assert one("person", "", BLANK_ON_PAPER).values["person"] == BLANK_ON_PAPER
    # Illegible is not blank.
    assert one("note", ILLEGIBLE, BLANK_ON_PAPER).discrepancies[0].kind == "illegible"


def test_word_order_spans_cover_moved_words() -> None:
    [d] = one("person", "Chan Sokha", "Sokha Chan").discrepancies
    assert d.similarity == 1.0
    assert d.spans_a == [[0, 4], [5, 10]]
    assert d.spans_b == [[0, 5], [6, 10]]


# --- tables --------------------------------------------------------------------------

ROWS = [
    {"name": "Sokha Chan", "age": "34", "sex": "M"},
    {"name": "Dara Chan", "age": "30", "sex": "F"},
    {"name": "Vanna Chan", "age": "5", "sex": "M"},
    {"name": "Sophal Chan", "age": "3", "sex": "F"},
]


def test_skipped_row_is_one_discrepancy_and_the_rest_align() -> None:
    b_rows = [ROWS[0], ROWS[2], {**ROWS[3], "age": "8"}]
    r = rec({"members": ROWS}, {"members": b_rows})
    kinds = [(d.kind, d.row_a, d.row_b, d.column) for d in r.discrepancies]
    assert kinds == [("missing_row", 1, None, None), ("substitution", 3, 2, "age")]
    values = r.values["members"]
    assert [v["name"] for v in values] == ["Sokha Chan", None, "Vanna Chan", "Sophal Chan"]
    assert values[3]["age"] is None


def test_added_row_is_extra_row() -> None:
    r = rec({"members": ROWS[:2]}, {"members": [ROWS[0], ROWS[3], ROWS[1]]})
    assert [(d.kind, d.row_a, d.row_b) for d in r.discrepancies] == [("extra_row", None, 1)]


def test_benign_cell_variants_agree() -> None:
    b_rows = [{"name": " Sokha  Chan", "age": "034", "sex": "m"}, *ROWS[1:]]
    r = rec({"members": ROWS}, {"members": b_rows})
    assert r.status == "agreed"
    assert r.values["members"][0] == ROWS[0]
    assert "zero padding" in r.explanations["members[0].age"]


# --- three passes --------------------------------------------------------------------


def test_two_of_three() -> None:
    r = one("qty", "34", "43", "034")
    assert r.status == "agreed"
    assert r.values["qty"] == "34"
    assert r.explanations["qty"].startswith("2 of 3 (A, C)")
    assert r.dissent == {"qty": ["b"]}
    assert r.to_json("D")["dissent"] == {"qty": ["b"]}


def test_three_disagreeing_passes() -> None:
    r = one("qty", "34", "43", "44")
    [d] = r.discrepancies
    assert d.c == "44"
    assert d.passes == ["a", "b", "c"]
    assert r.to_json("D")["discrepancies"][0]["c"] == "44"


def test_three_passes_table_row() -> None:
    # B skipped row 1; C keyed it as A did: the row is agreed, 2 of 3.
    r = rec({"members": ROWS}, {"members": [ROWS[0], *ROWS[2:]]}, {"members": ROWS})
    assert r.status == "agreed", r.discrepancies
    assert r.values["members"] == ROWS
    # C skipped it too: 2 of 3 say there is no such row.
    r = rec(
        {"members": ROWS},
        {"members": [ROWS[0], *ROWS[2:]]},
        {"members": [ROWS[0], *ROWS[2:]]},
    )
    assert r.status == "agreed"
    assert [v["name"] for v in r.values["members"]] == ["Sokha Chan", "Vanna Chan", "Sophal Chan"]


# --- show_if -------------------------------------------------------------------------


def test_hidden_field_counts_as_not_keyed() -> None:
    # A keyed `extra`, then changed `paid` to N, which hides it: A did not key it.
    r = rec({"paid": "N", "extra": "stale"}, {"paid": "N"})
    assert r.status == "agreed"
    assert r.values["extra"] == ""
    r = rec({"paid": "Y", "extra": "x"}, {"paid": "N", "extra": "x"})
    kinds = sorted((d.field, d.kind) for d in r.discrepancies)
    assert kinds == [("extra", "missing_value"), ("paid", "different")]


# --- properties ----------------------------------------------------------------------

CENSUS = load_form(FORMS_DIR / "household_census.yaml").definition
SURVEY = sim.survey_form()


def keyings(
    seed: int, form: FormDefinition = SURVEY, p_err: float = 0.05, p_benign: float = 0.1
) -> sim.SimDoc:
    rng = random.Random(seed)
    truth = sim.truth(rng)
    return sim.SimDoc(
        "D",
        truth,
        sim.key(rng, form, truth, p_err, p_benign),
        sim.key(rng, form, truth, p_err, p_benign),
    )


seeds = st.integers(min_value=0, max_value=2**32 - 1)


@given(seeds)
@settings(max_examples=150, deadline=None)
def test_identical_keyings_agree(seed: int) -> None:
    doc = keyings(seed)
    r = reconcile(SURVEY, doc.a.values, json.loads(json.dumps(doc.a.values)))
    assert r.discrepancies == []
    assert r.status == "agreed"


@given(seeds)
@settings(max_examples=150, deadline=None)
def test_keyings_differing_only_in_benign_variants_agree(seed: int) -> None:
    """Identical keyings never reach a comparison (the fast path); keyings of the same truth
    with many benign variants (spaces, NFD, zero padding, unpadded dates, code case) and no
    errors go through every policy and must still agree."""
    doc = keyings(seed, p_err=0.0, p_benign=0.5)
    assert doc.a.values != doc.b.values or seed % 50 == 0  # mostly something to normalize
    r = reconcile(SURVEY, doc.a.values, doc.b.values)
    assert r.discrepancies == [], r.discrepancies
    assert r.status == "agreed"


def _mirrored(d: Any) -> tuple[Any, ...]:
    return (
        d.field,
        d.row_b,
        d.row_a,
        d.column,
        d.b,
        d.a,
        MIRROR_KIND.get(d.kind, d.kind),
        d.similarity,
        d.spans_b,
        d.spans_a,
    )


def _plain(d: Any) -> tuple[Any, ...]:
    return (
        d.field,
        d.row_a,
        d.row_b,
        d.column,
        d.a,
        d.b,
        d.kind,
        d.similarity,
        d.spans_a,
        d.spans_b,
    )


@given(seeds)
@settings(max_examples=200, deadline=None)
def test_swapping_a_and_b_mirrors_the_result(seed: int) -> None:
    doc = keyings(seed, p_err=0.15)
    ab = reconcile(SURVEY, doc.a.values, doc.b.values)
    ba = reconcile(SURVEY, doc.b.values, doc.a.values)
    assert [_mirrored(d) for d in ab.discrepancies] == [_plain(d) for d in ba.discrepancies]
    assert ab.status == ba.status
    assert {k: v for k, v in ab.values.items() if k != "members"} == {
        k: v for k, v in ba.values.items() if k != "members"
    }
    assert all(d.kind in KINDS for d in ab.discrepancies)


@given(seeds)
@settings(max_examples=200, deadline=None)
def test_flagged_exactly_when_materially_different(seed: int) -> None:
    """Normalization never makes materially different values equal (nor the reverse)."""
    doc = keyings(seed, p_err=0.2, p_benign=0.3)
    r = reconcile(SURVEY, doc.a.values, doc.b.values)
    flagged = {d.field for d in r.discrepancies if d.row_a is None and d.row_b is None}
    for f in SURVEY.fields:
        if f.type == "table":
            continue
        different = not sim.material_equal(f, doc.a.values[f.name], doc.b.values[f.name])
        assert (f.name in flagged) == different, (
            f.name,
            doc.a.values[f.name],
            doc.b.values[f.name],
        )


@given(seeds)
@example(1702981)  # two people, each with the name illegible in one pass, once merged
@settings(max_examples=200, deadline=None)
def test_no_disagreement_is_missed(seed: int) -> None:
    doc = keyings(seed, p_err=0.1, p_benign=0.1)
    r = reconcile(SURVEY, doc.a.values, doc.b.values)
    missed, _ = sim.score(SURVEY, doc, r.discrepancies)
    assert missed == 0


row_st = st.fixed_dictionaries(
    {
        # a name of only spaces is a required cell not keyed: a flag of its own
        "name": st.text(alphabet="abcdeéABC ខ្មែរ", min_size=1, max_size=12).filter(str.strip),
        "age": st.integers(0, 99).map(str),
        "sex": st.sampled_from(["M", "F"]),
    }
)


@given(st.lists(row_st, min_size=1, max_size=8), st.data())
@settings(max_examples=300, deadline=None)
def test_a_skipped_row_is_exactly_one_row_discrepancy(
    rows: list[dict[str, str]], data: st.DataObject
) -> None:
    k = data.draw(st.integers(0, len(rows) - 1))
    skipped = rows[:k] + rows[k + 1 :]
    r = rec({"members": rows}, {"members": skipped})
    [d] = r.discrepancies
    assert d.kind == "missing_row"
    assert d.row_a is not None
    assert rows[d.row_a] == rows[k]  # the skipped row (or an identical one)
    r = rec({"members": skipped}, {"members": rows})
    assert [x.kind for x in r.discrepancies] == ["extra_row"]


@given(seeds)
@settings(max_examples=50, deadline=None)
def test_deterministic(seed: int) -> None:
    doc = keyings(seed, p_err=0.2)
    first = json.dumps(reconcile(SURVEY, doc.a.values, doc.b.values).to_json("D"), sort_keys=True)
    again = json.dumps(reconcile(SURVEY, doc.a.values, doc.b.values).to_json("D"), sort_keys=True)
    fresh = parse_form(sim.SURVEY_YAML, "<again>")  # a new plan for an equal definition
    other = json.dumps(reconcile(fresh, doc.a.values, doc.b.values).to_json("D"), sort_keys=True)
    assert first == again == other


def test_census_form_show_if_and_table() -> None:
    a = {
        "has_electricity": "Y",
        "electricity_source": "grid",
        "members": [{"name": "Amina Wanjiru", "age": "34", "sex": "F"}],
    }
    b = {**a, "electricity_source": "GRID", "household_size": "1"}
    r = reconcile(CENSUS, a, b)
    assert r.values["electricity_source"] == "GRID"
    flagged = {d.field: d.kind for d in r.discrepancies}
    assert flagged.pop("household_size") == "missing_value"
    # The other required scalars neither pass keyed: each a not_keyed discrepancy.
    required = {f.name for f in CENSUS.fields if f.required and f.type != "table"}
    assert set(flagged) == required - {"household_size", "has_electricity", "electricity_source"}
    assert set(flagged.values()) == {"not_keyed"}


def test_nfd_names_in_other_scripts() -> None:
    for name in ("Nguyễn Thảo", "ສົມພອນ ແກ້ວມະນີ", "ចាន់ សុខា"):
        nfd = unicodedata.normalize("NFD", name)
        assert one("person", nfd, name).status == "agreed"


@given(seeds)
@settings(max_examples=100, deadline=None)
def test_a_third_pass_equal_to_a_settles_everything(seed: int) -> None:
    doc = keyings(seed, p_err=0.15)
    r = reconcile(SURVEY, doc.a.values, doc.b.values, doc.a.values)
    assert r.status == "agreed", r.discrepancies
    two = reconcile(SURVEY, doc.a.values, doc.b.values)
    scalar = {d.field for d in two.discrepancies if d.row_a is None and d.row_b is None}
    assert scalar <= {k for k, v in r.dissent.items() if v == ["b"]}
    for name in scalar:
        assert r.values[name] == reconcile(SURVEY, doc.a.values, doc.a.values).values[name]
