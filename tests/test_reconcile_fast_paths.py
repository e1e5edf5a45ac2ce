"""The reconciler's fast paths of issue 16 (speed) give exactly the general path's answer.

- a table of two passes with as many rows on both sides goes row by row without `align`
  (`positional.by_position`, with `_alike` for rows whose keys need not be made); the
  answer is compared, entry by entry, with the general path's (`Table.compare2_aligned`:
  `align`, then the rows compared cell by cell);
- `Cell.compare2` (two keyed texts) decides as the plain rules do, and its discrepancies,
  described when first read (`unclassified.py`), are the plain description made at once
  (equal, copied and pickled as a plain `Discrepancy`, which behaves as the dataclass it
  was: compared without its minor kind, unhashable, shown by its fields);
- tables of different lengths whose rows equal at both ends leave rows of one side only
  are aligned without the canonical order (`Table._ends_only`), as with it;
- `Table.any_unkeyed` is `Table.unkeyed` of some row, and a row is unkeyed when a required
  cell is missing, null, "" or spaces, whatever mapping holds it;
- the plan's check that no required scalar is left empty is `_not_keyed`'s rule;
- `keyed_values` (a plain dict read by direct lookups) is what each mapping's `get` says,
  pass A's values a result hands on (`first_values`, read once by `reconcile2`) are
  `keyings[0]`'s, and `all_same` is `len(set(texts)) <= 1`.
"""

from __future__ import annotations

import copy
import pickle
from types import MappingProxyType
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from keying.bench import simulator as sim
from keying.forms import BLANK_ON_PAPER, ILLEGIBLE, parse_form
from keying.reconcile import reconcile
from keying.reconcile.fields import Cell, Collector
from keying.reconcile.normalize import all_same, as_text, keyed_values, unkeyed_value
from keying.reconcile.plan import _all_keyed
from keying.reconcile.positional import by_position
from keying.reconcile.result import Discrepancy, Pending, resolve_reason
from keying.reconcile.tables import Row, Table, _sig
from keying.reconcile.unclassified import Unclassified

FORM = parse_form(
    """
form: fast
title: Fast paths
version: 1
fields:
  - name: members
    label: Members
    type: table
    columns:
      - {name: name, label: Name, type: text, compare: name}
      - {name: age, label: Age, type: integer}
      - {name: sex, label: Sex, type: choice, choices: {M: Male, F: Female}}
  - name: items
    label: Items
    type: table
    required: false
    columns:
      - {name: code, label: Code, type: text, compare: exact}
      - {name: qty, label: Qty, type: integer}
      - {name: note, label: Note, type: text, required: false}
""",
    "<fast>",
)

NAMES = ["Sokha", "Sokh", "sokha", "Dara", "Dara Chan", "Chan Dara", "Vanna", ""]
CELL = st.one_of(
    st.sampled_from(["", " ", "  ", "7", "07", "7.0", "8", "M", "m", "F", "AB-1", "AB 1"]),
    st.sampled_from([ILLEGIBLE, BLANK_ON_PAPER, f" {ILLEGIBLE}"]),
    st.sampled_from(NAMES),
    st.none(),
    st.integers(0, 9),
    st.booleans(),
)


def _row(draw: Any, columns: list[str]) -> dict[str, Any]:
    row = {}
    for c in columns:
        if draw(st.integers(0, 9)) == 0:
            continue  # the cell missing
        row[c] = draw(CELL if draw(st.booleans()) else st.sampled_from(NAMES))
    return row


@st.composite
def _tables(draw: Any, columns: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Two keyings of a table of the same length: B is A with a few cells changed."""
    a = [_row(draw, columns) for _ in range(draw(st.integers(0, 5)))]
    b = [dict(r) for r in a]
    for _ in range(draw(st.integers(0, 4))):
        if not b:
            break
        r = b[draw(st.integers(0, len(b) - 1))]
        r[draw(st.sampled_from(columns))] = draw(CELL)
    if draw(st.integers(0, 5)) == 0 and len(b) > 1:  # a row moved: not by position
        b.append(b.pop(0))
    return a, b


def _outcome(table: Table, out: Collector) -> Any:
    discrepancies = [(d.to_json(), d.row) for d in out.discrepancies]
    reasons = {k: resolve_reason(v) for k, v in out.reasons.items()}
    return table.finish(out.decided[table.name]), reasons, discrepancies


def _both_paths(field: int, a: list[Row], b: list[Row]) -> None:
    table = Table(FORM.fields[field], FORM)
    fast, slow = Collector(), Collector()
    table.compare2(a, b, fast)
    if a == b and not table.any_unkeyed(a):
        return  # identical tables: not compared (`_Same` rows)
    table.compare2_aligned(a, b, slow)
    assert _outcome(table, fast) == _outcome(table, slow)


@settings(max_examples=400, deadline=None)
@given(_tables(["name", "age", "sex"]))
def test_tables_paired_by_position_as_align_pairs_them(tables: Any) -> None:
    _both_paths(0, *tables)


@settings(max_examples=200, deadline=None)
@given(_tables(["code", "qty", "note"]))
def test_tables_without_a_name_column_too(tables: Any) -> None:
    _both_paths(1, *tables)


def test_the_fast_path_is_taken_and_agrees_on_the_simulated_batch() -> None:
    form = sim.survey_form()
    table = Table(next(f for f in form.fields if f.is_table), form)
    paired = 0
    for d in sim.simulate(400, seed=3):
        a: list[Row] = d.a.values["members"]
        b: list[Row] = d.b.values["members"]
        if a == b:
            continue
        if len(a) == len(b) and by_position(table, a, b) is not None:
            paired += 1
        for x, y in ((a, b), (b, a)):
            fast, slow = Collector(), Collector()
            table.compare2(x, y, fast)
            table.compare2_aligned(x, y, slow)
            assert _outcome(table, fast) == _outcome(table, slow)
    assert paired > 100  # the common case: rows of the same length, a cell differs


def test_an_equal_row_with_an_illegible_name_is_not_paired_by_position() -> None:
    """As `align`: a row known by an illegible name only is no evidence, so the table is
    aligned (the illegible rows shown whole), even though A and B keyed it alike."""
    a = [{"name": ILLEGIBLE, "age": "20", "sex": "F"}, {"name": "Dara", "age": "7", "sex": "M"}]
    b = [dict(a[0]), {"name": "Dara", "age": "8", "sex": "M"}]
    table = Table(FORM.fields[0], FORM)
    assert by_position(table, a, b) is None
    r = reconcile(FORM, {"members": a}, {"members": b})
    assert sorted(d.kind for d in r.discrepancies) == ["extra_row", "missing_row", "substitution"]


@st.composite
def _skipped(draw: Any, columns: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Two keyings of a table of different lengths: rows skipped or added, cells changed."""
    a, b = draw(_tables(columns))
    for _ in range(draw(st.integers(1, 2))):
        if b and draw(st.booleans()):
            b.pop(draw(st.integers(0, len(b) - 1)))
        else:
            b.insert(draw(st.integers(0, len(b))), _row(draw, columns))
    return a, b


def _canonical_align(table: Table, a: list[Row], b: list[Row]) -> Any:
    """`Table.align` of tables of different lengths without the ends-only answer: the rows'
    canonical order, then `align_rows`."""
    keys_a, keys_b = [table.row_keys(r) for r in a], [table.row_keys(r) for r in b]
    sig_a = ["\x1e".join(map(_sig, k)) for k in keys_a]
    sig_b = ["\x1e".join(map(_sig, k)) for k in keys_b]
    if sig_a > sig_b:
        return [(i, j) for j, i in table._align(keys_b, keys_a)]
    return table._align(keys_a, keys_b)


@settings(max_examples=400, deadline=None)
@given(_skipped(["name", "age", "sex"]), st.booleans())
def test_a_row_skipped_is_aligned_as_the_canonical_order_aligns_it(
    tables: Any, named: bool
) -> None:
    a, b = tables
    table = Table(FORM.fields[0 if named else 1], FORM)
    if not named:
        a = [{"code": r.get("name"), "qty": r.get("age"), "note": r.get("sex")} for r in a]
        b = [{"code": r.get("name"), "qty": r.get("age"), "note": r.get("sex")} for r in b]
    got = table.align(a, b, [None] * len(a), [None] * len(b))
    assert got == _canonical_align(table, a, b)
    fast, slow = Collector(), Collector()
    table.compare2(a, b, fast)
    if a == b and not table.any_unkeyed(a):
        return
    table.compare2_aligned(a, b, slow)
    assert _outcome(table, fast) == _outcome(table, slow)


@settings(max_examples=300, deadline=None)
@given(CELL, CELL, st.booleans())
def test_cell_compare2_decides_and_describes_as_the_plain_rules(
    x: Any, y: Any, in_table: bool
) -> None:
    """Two keyed texts: `not_keyed`, agreed (a `Pending`), or a discrepancy described when
    first read exactly as the plain description made at once (`Cell._discrepancy`)."""
    field = FORM.fields[0].columns[1] if in_table else FORM.fields[0].columns[0]  # type: ignore[index]
    tx, ty = as_text(x), as_text(y)
    key, column = ("members[0].age", "age") if in_table else ("members", None)
    rows = (0, 1, None)
    cell, plain = Cell(field, FORM), Cell(field, FORM)
    out = Collector()
    got = cell.compare2(tx, ty, out, "members", key, rows)
    if cell.not_keyed([tx, ty]):
        assert got is None and [d.kind for d in out.discrepancies] == ["not_keyed"]
    elif plain.key(tx) == plain.key(ty):
        assert isinstance(got, Pending) and not out.discrepancies
        assert resolve_reason(out.reasons[key]) == plain.agreed([tx, ty])[1]
    else:
        want = plain._discrepancy(tx, ty, "members", column, rows)
        (d,) = out.discrepancies
        assert type(d) is Unclassified and type(want) is Discrepancy
        assert resolve_reason(out.reasons[key]) == f"discrepancy: {want.kind}"
        assert d == want and want == d and d.to_json() == want.to_json()
        assert (d.severity, d.minor_kind) == (want.severity, want.minor_kind)
        copied = copy.deepcopy(d)
        assert type(copied) is Discrepancy and copied == want
        assert pickle.loads(pickle.dumps(d)) == want


def test_a_flag_is_described_when_first_read_and_a_value_set_stays() -> None:
    cell = Cell(FORM.fields[0].columns[1], FORM)  # type: ignore[index]
    d = Unclassified(cell, "34", "39", "members", "age", (2, 3, None))
    assert d._of is not None  # nothing described yet
    d.explanation += "; C keyed '34'"  # read, then set: described first
    assert d._of is None
    assert d.kind == "substitution" and (d.row_a, d.row_b, d.column) == (2, 3, "age")
    assert d.explanation.endswith("(numbers 34 ≠ 39); C keyed '34'")
    e = Unclassified(cell, "34", "39", "members", "age", (2, 3, None))
    e.explanation = "set"
    assert e.explanation == "set" and e.kind == "substitution"
    assert e != d


def test_a_discrepancy_compares_copies_and_shows_as_the_dataclass_it_was() -> None:
    args = ("members", 2, 3, "age", "34", "39", "substitution", 0.5, [[1, 2]], [[1, 2]], "e")
    d, same = Discrepancy(*args), Discrepancy(*args, minor_of=None, _minor="case")
    assert d == same and (d != same) is False  # the minor kind is not compared
    assert d != Discrepancy(*args, row=1) and d != Discrepancy(*args, c="3")
    assert d.__eq__("members") is NotImplemented
    try:
        hash(d)
    except TypeError:
        pass
    else:
        raise AssertionError("a Discrepancy is mutable: it must not be hashable")
    assert repr(d).startswith("Discrepancy(field='members', row_a=2, row_b=3, column='age'")
    assert "minor" not in repr(same) and repr(d).endswith("passes=[], row=None)")
    d.kind = "transposition"  # a plain discrepancy's fields are set as they are
    assert d.to_json()["kind"] == "transposition" and d.to_json()["severity"] == "material"
    assert pickle.loads(pickle.dumps(same)).minor_kind == "case"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(["name", "age", "sex"]), CELL), max_size=4))
def test_any_unkeyed_is_some_row_unkeyed(rows: list[dict[str, Any]]) -> None:
    table = Table(FORM.fields[0], FORM)
    empty = [any(unkeyed_value(r.get(c)) for c in ("name", "age", "sex")) for r in rows]
    assert [table.unkeyed(r) for r in rows] == empty
    assert [table.unkeyed(MappingProxyType(r)) for r in rows] == empty  # not a dict
    assert table.any_unkeyed(rows) == any(empty)


@given(st.lists(CELL, max_size=6))
def test_all_keyed_is_no_value_empty(values: list[Any]) -> None:
    old = [v is None or (type(v) is str and (v == "" or v.isspace())) for v in values]
    assert [unkeyed_value(v) for v in values] == old
    assert _all_keyed(values, tuple(range(len(values)))) == (not any(old))
    assert _all_keyed(values, tuple(range(0, len(values), 2))) == (not any(old[::2]))


class _Shouting(dict[str, Any]):
    """A dict whose `get` is its own: read through it, never by the dict's lookups."""

    def get(self, key: str, default: Any = None) -> Any:
        value = super().get(key, default)
        return value.upper() if isinstance(value, str) else value


@given(st.dictionaries(st.sampled_from(["name", "age", "sex", "x"]), CELL))
def test_keyed_values_is_each_mappings_get(values: dict[str, Any]) -> None:
    names = ("sex", "name", "age", "name", "y")
    assert keyed_values(values, names) == [values.get(n) for n in names]
    assert keyed_values(MappingProxyType(values), names) == [values.get(n) for n in names]
    shouting = _Shouting(values)
    assert keyed_values(shouting, names) == [shouting.get(n) for n in names]


@given(st.lists(st.sampled_from(["", " ", "7", "07", "M", "m"]), max_size=4))
def test_all_same_is_one_text_at_most(texts: list[str]) -> None:
    assert all_same(texts) == (len(set(texts)) <= 1)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 2**32), st.booleans())
def test_a_results_first_values_are_pass_as(seed: int, three: bool) -> None:
    doc = sim.simulate(1, seed=seed)[0]
    form = sim.survey_form()
    a, b = doc.a.values, doc.b.values
    others = (b, b) if three else (b,)
    result = reconcile(form, a, *others)
    names = result.plan.names
    assert (result.firsts is None) == three  # read once by reconcile2 only
    assert result.first_values() == [a.get(n) for n in names]
    # the same of pass A given as another mapping than a dict
    assert result.values == reconcile(form, MappingProxyType(a), *others).values
