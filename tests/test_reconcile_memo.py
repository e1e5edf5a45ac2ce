"""The reconciler's memos and fast paths change no result: remembered values, explanations
and agreed pairs, the one-value `display` of each policy, and the C-loop lookups of
`values`/`explanations` give exactly what the plain (uncached) path gives. Also: required
table cells no pass keyed are `not_keyed` (issue 16), and a 5,000-digit integer is no crash."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from keying.bench import simulator as sim
from keying.forms import BLANK_ON_PAPER, ILLEGIBLE, parse_form
from keying.reconcile import reconcile
from keying.reconcile.fields import DESCRIBED_SIZE, EQUAL_SIZE, MEMO_SIZE, Cell
from keying.reconcile.normalize import why_equal
from keying.reconcile.plan import FormPlan

FORM = parse_form(
    """
form: m
title: Memo
version: 1
fields:
  - {name: code_no, label: Code, type: text, compare: exact}
  - {name: note, label: Note, type: text, required: false}
  - {name: person, label: Person, type: text, compare: name}
  - {name: qty, label: Qty, type: integer}
  - {name: amount, label: Amount, type: decimal}
  - {name: day, label: Day, type: date, format: [DD/MM/YYYY, DD-MMM-YY]}
  - {name: at, label: At, type: time}
  - {name: sex, label: Sex, type: choice, choices: {M: Male, F: Female}}
  - {name: paid, label: Paid, type: boolean}
  - name: members
    label: Members
    type: table
    required: false
    columns:
      - {name: name, label: Name, type: text, compare: name}
      - {name: age, label: Age, type: integer}
      - {name: note, label: Note, type: text, required: false}
""",
    "<test>",
)
SCALARS = [f for f in FORM.fields if not f.is_table]

digits = st.text(alphabet="0123456789", min_size=1, max_size=9)
# Values of every kind the policies read: canonical and not (padding, signs, separators,
# decimals below 1, non-ASCII digits), dates in both formats and not, markers, spaces.
keyed = st.one_of(
    digits,
    st.builds(lambda a, b: f"{a}.{b}", digits, digits),
    st.builds(lambda a, b: f"-{a}.{b}", digits, digits),
    st.sampled_from(["0", "-0", "007", "4.0", "0.0000001", "0.000001", "1,000", "+3", "١٢", "១២"]),
    st.sampled_from(["3/4/2021", "03/04/2021", "31/02/2021", "03-Apr-21", "03-APR-21", "9:05"]),
    st.sampled_from(["", " ", "[blank]", " [illegible] ", "m", "M", "y", "yes", "N/A"]),
    st.text(alphabet="aé e\u0301 \u200bZ7-.", max_size=8),
)


@given(st.sampled_from(SCALARS), keyed)
@settings(max_examples=400, deadline=None)
def test_remembered_value_and_reason_are_the_plain_ones(field: Any, raw: str) -> None:
    cell = Cell(field, FORM)
    plain = cell.norm.display([raw])
    assert cell.norm.display_one(raw) == plain  # each policy's one-value path
    for _ in range(2):  # made, then remembered
        assert cell.identical_value(raw) == plain
        for n in (2, 3):
            assert cell.identical_reason(raw, n) == cell._identical_reason(raw, n)


@given(st.sampled_from(SCALARS), keyed, keyed)
@settings(max_examples=300, deadline=None)
def test_a_remembered_agreed_pair_is_the_plain_one(field: Any, x: str, y: str) -> None:
    cell = Cell(field, FORM)
    if x == y or cell.key(x) != cell.key(y):
        return
    plain = (cell.norm.display([x, y]), why_equal(cell.norm, [x, y]))
    assert cell.agreed([x, y]) == plain
    assert cell.agreed([x, y]) == plain  # from the memo


@given(st.sampled_from(SCALARS), keyed, keyed)
@settings(max_examples=300, deadline=None)
def test_a_remembered_description_is_the_plain_one(field: Any, x: str, y: str) -> None:
    cell = Cell(field, FORM)
    plain = cell._describe(x, y)
    first = cell.describe(x, y)
    again = cell.describe(x, y)  # from the memo
    assert first == plain and again == plain
    # the spans are lists of each description's own: changing one changes no other
    assert first[4] is not again[4] and first[5] is not again[5]
    first[4].append([0, 0])
    assert cell.describe(x, y)[4] == plain[4]


def test_a_memo_that_fills_up_starts_again() -> None:
    cell = Cell(FORM.field("amount"), FORM)
    for i in range(MEMO_SIZE + 10):
        assert cell.identical_value(f"{i}.50") == f"{i}.50"
    assert len(cell.memo) <= MEMO_SIZE
    assert cell.identical_value("007") == "7"


def test_the_memos_of_pairs_are_bounded_lower_and_start_again() -> None:
    """The pairs' memos (`agreed` of texts keyed differently, `describe`) hold at most their
    own, smaller bounds (a worker's memory flat in batch size) and still answer rightly."""
    assert DESCRIBED_SIZE < MEMO_SIZE and EQUAL_SIZE < MEMO_SIZE
    cell, fresh = Cell(FORM.field("amount"), FORM), Cell(FORM.field("amount"), FORM)
    for i in range(DESCRIBED_SIZE + 10):
        assert cell.describe(f"{i}.50", f"{i}.6") == fresh.describe(f"{i}.50", f"{i}.6")
        fresh.described.clear()  # `fresh` describes every pair anew
        assert len(cell.described) <= DESCRIBED_SIZE
    assert len(cell.described) < DESCRIBED_SIZE  # emptied when full, then filled again
    for i in range(EQUAL_SIZE + 10):
        assert cell.agreed([f"{i}.5", f"{i}.50"]) == (
            f"{i}.50",
            "equal after normalizing trailing zeros",
        )
        assert len(cell.equal) <= EQUAL_SIZE
    assert len(cell.equal) < EQUAL_SIZE  # emptied when full, then filled again


def _document(draw: Any) -> dict[str, Any]:
    values: dict[str, Any] = {f.name: draw(keyed) for f in SCALARS}
    values["members"] = draw(
        st.lists(
            st.fixed_dictionaries(
                {"name": st.sampled_from(["Sokha", "Dara", "Vanna"]), "age": keyed}
            ),
            max_size=3,
        )
    )
    return values


@given(st.data())
@settings(max_examples=150, deadline=None)
def test_one_warm_plan_gives_what_a_fresh_plan_gives(data: st.DataObject) -> None:
    """The same documents through one plan (memos warm, filled by earlier documents) and
    each through a plan of its own (memos empty): the same JSON, for two and three passes."""
    warm = FormPlan(FORM)
    docs = [[_document(data.draw) for _ in range(3)] for _ in range(4)]
    docs.append(docs[0])  # a document again: everything remembered
    for k, (a, b, c) in enumerate(docs):
        for passes in ((a, b), (a, a), (a, b, c), (a, a, b)):
            fresh = FormPlan(FORM)
            got = _run(warm, passes).to_json(f"d{k}")
            want = _run(fresh, passes).to_json(f"d{k}")
            assert json.dumps(got) == json.dumps(want)


def _run(plan: FormPlan, passes: tuple[dict[str, Any], ...]) -> Any:
    return plan.reconcile2(*passes) if len(passes) == 2 else plan.reconcile3(*passes)


def test_simulated_batch_warm_and_cold_agree() -> None:
    form = sim.survey_form()
    docs = sim.simulate(300, seed=5)
    warm = FormPlan(form)
    for d in docs:
        got = warm.reconcile2(d.a.values, d.b.values).to_json(d.document)
        want = FormPlan(form).reconcile2(d.a.values, d.b.values).to_json(d.document)
        assert got == want


def test_unhashable_values_take_the_plain_path() -> None:
    """A caller of the library may pass a list where a scalar belongs: looked up in no
    memo, made the plain way (the CLI refuses such lines)."""
    r = reconcile(FORM, {"note": ["x"]}, {"note": ["x"]})
    assert r.values["note"] == "['x']"
    assert r.explanations["note"] == "identical"


# --- required table cells (issue 16): empty in every pass is `not_keyed` -----------------

REQ = {f.name: BLANK_ON_PAPER for f in SCALARS}


def test_a_required_cell_no_pass_keyed_is_not_keyed() -> None:
    rows = [{"name": "Sokha", "age": "34"}, {"name": "Dara", "age": ""}]
    for passes in ((rows, rows), (rows, rows, rows)):
        r = reconcile(FORM, *[{**REQ, "members": p} for p in passes])
        [d] = r.discrepancies
        assert (d.field, d.row_a, d.row_b, d.column, d.kind) == (
            "members",
            1,
            1,
            "age",
            "not_keyed",
        )
        assert d.severity == "material"
        assert r.values["members"] == [
            {"name": "Sokha", "age": "34", "note": ""},
            {"name": "Dara", "age": None, "note": ""},
        ]
        assert r.explanations["members[1].age"] == "discrepancy: not_keyed"
        if len(passes) == 3:
            assert d.row_c == 1 and d.passes == ["a", "b", "c"]


def test_required_cells_empty_in_other_ways_are_not_keyed_too() -> None:
    a = [{"name": "Sokha", "age": " "}, {"name": "Dara"}, {"name": "Vanna", "age": None}]
    b = [{"name": "Sokha", "age": ""}, {"name": "Dara", "age": ""}, {"name": "Vanna", "age": None}]
    r = reconcile(FORM, {**REQ, "members": a}, {**REQ, "members": b})
    assert [(d.row_a, d.kind) for d in r.discrepancies] == [
        (0, "not_keyed"),
        (1, "not_keyed"),
        (2, "not_keyed"),
    ]


def test_a_blank_cell_or_an_optional_one_is_agreed() -> None:
    """`[blank]` says "nothing on paper": a keyer's statement. An optional column empty in
    every pass stays "" as before."""
    rows = [{"name": "Sokha", "age": BLANK_ON_PAPER}]
    r = reconcile(
        FORM, {**REQ, "members": rows}, {**REQ, "members": [{"name": "Sokha", "age": ""}]}
    )
    assert r.discrepancies == []
    assert r.values["members"] == [{"name": "Sokha", "age": BLANK_ON_PAPER, "note": ""}]
    r = reconcile(FORM, {**REQ, "members": rows}, {**REQ, "members": rows})
    assert r.discrepancies == [] and r.status == "agreed"


def test_a_required_cell_keyed_by_one_pass_only_is_missing_value() -> None:
    a = [{"name": "Sokha", "age": "34"}, {"name": "Dara", "age": ILLEGIBLE}]
    b = [{"name": "Sokha", "age": ""}, {"name": "Dara", "age": ""}]
    r = reconcile(FORM, {**REQ, "members": a}, {**REQ, "members": b})
    assert [d.kind for d in r.discrepancies] == ["missing_value", "illegible"]


# --- a number too long for Python's int text (issue 10, hostile input) ----------------------


def test_a_5000_digit_integer_is_agreed_as_keyed() -> None:
    big = "1" * 5000
    r = reconcile(FORM, {**REQ, "qty": big}, {**REQ, "qty": big})
    assert r.values["qty"] == big
    r = reconcile(FORM, {**REQ, "qty": big + ".0"}, {**REQ, "qty": big})
    assert r.values["qty"] == big and r.discrepancies == []
