"""A form's reconciliation plan, compiled once per form definition, and the hot loop.

The loop compares the keyed strings of each field first (`a is b or a == b`): most fields
of a double keying are identical, and for them nothing is allocated; their normalized value
and explanation are produced only when `values` / `explanations` are read. Normalization,
rapidfuzz and the row alignment run only for fields whose keyed strings differ.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from keying.forms.markers import BLANK_ON_PAPER, ILLEGIBLE
from keying.reconcile.fields import Cell, Collector
from keying.reconcile.normalize import as_text, empty_reason, keyed_values, unkeyed_value
from keying.reconcile.result import Reconciliation
from keying.reconcile.tables import Table, as_rows
from keying.reconcile.tables3 import compare3

if TYPE_CHECKING:
    from keying.forms.compiled import FieldLike, FormLike

_MISSING = object()


class Shown:
    """A field with a `show_if`: hidden in a pass means not keyed in that pass."""

    __slots__ = ("field", "refs", "rule", "unit")

    def __init__(self, field: FieldLike, form: FormLike, unit: Cell | Table) -> None:
        # A hidden field was not keyed: its value is "" (or no rows), never [blank].
        assert field.show_rule is not None
        self.field = field
        self.rule = field.show_rule
        self.unit = unit
        names = dict.fromkeys(ref.split(".")[0] for ref in self.rule.references)
        self.refs = [form.field(n) for n in names]

    def visible(self, values: Mapping[str, Any]) -> bool:
        # As keying.forms.typed_values, but taking JSON scalars (the reconcile CLI's input
        # comes from outside) as their text, like every other comparison here. A field
        # may be a `PlainField` (keying.forms.compiled): it has what check_value reads.
        from keying.forms.values import check_value  # pydantic: show_if only

        typed: dict[str, Any] = {}
        for f in self.refs:
            raw = values.get(f.name)
            if f.is_table:
                typed[f.name] = [
                    {
                        c.name: check_value(c, as_text(row.get(c.name))).value  # type: ignore[arg-type]
                        for c in f.columns or []
                    }
                    for row in as_rows(raw)
                ]
            else:
                typed[f.name] = check_value(f, as_text(raw)).value  # type: ignore[arg-type]
        return self.rule.evaluate(typed) is True


class FormPlan:
    def __init__(self, form: FormLike) -> None:
        self.fields: list[Cell | Table] = []
        scalars: list[tuple[str, Cell]] = []
        tables: list[tuple[str, Table]] = []
        self.shown: list[Shown] = []
        for f in form.fields:
            unit: Cell | Table = Table(f, form) if f.is_table else Cell(f, form)
            self.fields.append(unit)
            if f.show_rule is not None:
                self.shown.append(Shown(f, form, unit))
            elif isinstance(unit, Table):
                tables.append((f.name, unit))
            else:
                scalars.append((f.name, unit))
        self.scalars = tuple(scalars)
        self.scalar_names = tuple(n for n, _ in scalars)
        self.scalar_cells = tuple(c for _, c in scalars)
        self.scalar_range = range(len(scalars))
        self.required = tuple(i for i, (_, c) in enumerate(scalars) if c.required)
        self.tables = tuple(tables)
        # (name, identical value, finish a decided value, identical reason) of every field,
        # in the form's order: what `Reconciliation.values` and `.explanations` walk
        self.slots = tuple(
            (u.name, u.identical_value, u.finish, u.identical_reason) for u in self.fields
        )
        # The same, as parallel tuples for `Reconciliation` to look identically keyed
        # values up in the fields' memos by C loops (`values` and `explanations` of a
        # document are mostly fields every pass keyed the same; tables have no memo).
        self.names = tuple(u.name for u in self.fields)
        self.value_memos = tuple(
            u.memo.get if isinstance(u, Cell) else _no_memo for u in self.fields
        )
        self.value_fns = tuple(u.identical_value for u in self.fields)
        self.why_memos = tuple(
            tuple(u.why[n - 2].get if isinstance(u, Cell) else _no_memo for u in self.fields)
            for n in (2, 3)
        )
        self.why_fns = tuple(
            tuple(partial(u.identical_reason, passes=n) for u in self.fields) for n in (2, 3)
        )
        self.finishers = {u.name: u.finish for u in self.fields}
        # Explanations of identically keyed scalars, by C loops: the keyed text trimmed
        # looked up in {"" / markers → their explanation}, anything else "identical"
        # (what `Cell.identical_reason` says of a string), for 2 and 3 passes.
        cells = [u for u in self.fields if isinstance(u, Cell)]
        self.cell_names = tuple(u.name for u in cells)
        self.why_marks = tuple(
            tuple(
                {
                    "": empty_reason(u.norm, n),
                    ILLEGIBLE: u._identical_reason(ILLEGIBLE, n),
                    BLANK_ON_PAPER: u._identical_reason(BLANK_ON_PAPER, n),
                }
                for u in cells
            )
            for n in (2, 3)
        )
        self.table_units = tuple((u.name, u) for u in self.fields if isinstance(u, Table))
        # where each scalar and table (without a show_if) is in `names`: `reconcile2` reads
        # every field of a keying once, by `names`, and hands pass A's to the result
        # (`Reconciliation.firsts`, what the CLI's lines read again otherwise)
        at = {name: i for i, name in enumerate(self.names)}
        self.scalar_at = tuple(at[name] for name in self.scalar_names)
        self.table_at = tuple(at[name] for name, _ in self.tables)

    def _differing(self, xs: list[Any], ys: list[Any]) -> list[int]:
        """Indexes of the scalars whose keyed values differ as the text they are read as.

        `xs != ys` alone would take `true` for `1`, `1` for `1.0`, `-0.0` for `0.0` (Python
        equality): values of other types (and floats equal to 0) are compared as text.
        One loop over the values (compiled, C without a call per value)."""
        differ: list[int] = []  # unequal values
        odd: list[int] = []  # values of different types
        floats = False
        for i in range(len(xs)):
            x, y = xs[i], ys[i]
            if x != y:
                differ.append(i)
            kind = type(x)
            if kind is float:
                floats = True
            if kind is not type(y):
                odd.append(i)
        if floats and 0 in xs:  # -0.0 == 0.0 (only floats are odd then)
            odd = sorted(set(odd).union(i for i in range(len(xs)) if type(xs[i]) is float))
        if not odd:
            return differ  # same types, unequal values: unequal text
        found = {i for i in odd if as_text(xs[i]) != as_text(ys[i])}
        return sorted(found.union(i for i in differ if type(xs[i]) is type(ys[i])))

    def _not_keyed(self, xs: list[Any], out: Collector | None, passes: int) -> Collector | None:
        """Required scalars every pass left empty (the same way): `not_keyed`."""
        cells, names = self.scalar_cells, self.scalar_names
        for i in self.required:
            v = xs[i]
            if v is None or (type(v) is str and (not v or v.isspace())):
                if out is None:
                    out = Collector()
                if names[i] not in out.decided:
                    out.decided[names[i]] = None
                    cells[i].record_not_keyed(passes, out, names[i], names[i])
        return out

    def reconcile2(self, a: Mapping[str, Any], b: Mapping[str, Any]) -> Reconciliation:
        out: Collector | None = None
        names, cells = self.scalar_names, self.scalar_cells
        firsts = keyed_values(a, self.names)
        seconds = keyed_values(b, self.names)
        xs = _pick(firsts, self.scalar_at)
        ys = _pick(seconds, self.scalar_at)
        if xs != ys or not _strings_or_none(xs):
            # (equal lists of strings and None are equal texts; other values are compared
            # as the text they are read as, `_differing`)
            # only the fields whose keyed values differ go further.
            differ = self._differing(xs, ys)
            if differ:
                out = Collector()
                decided = out.decided
                for i in differ:
                    name = names[i]
                    x, y = xs[i], ys[i]
                    decided[name] = cells[i].compare2(
                        x if type(x) is str else as_text(x),
                        y if type(y) is str else as_text(y),
                        out,
                        name,
                        name,
                    )
        if not _all_keyed(xs, self.required):
            out = self._not_keyed(xs, out, 2)
        tables, table_at = self.tables, self.table_at
        for k in range(len(tables)):
            table = tables[k][1]
            x = firsts[table_at[k]]
            y = seconds[table_at[k]]
            if (x is y or x == y) and not table.any_unkeyed(x):
                continue
            if out is None:
                out = Collector()
            table.compare2(x, y, out)
        if self.shown:
            out = self._shown((a, b), out)
        if out is None:
            result = Reconciliation(self, (a, b), None, None, [], None)
        else:
            result = Reconciliation(self, (a, b), out.decided, out.reasons, out.discrepancies, None)
        result.firsts = firsts
        return result

    def reconcile3(
        self, a: Mapping[str, Any], b: Mapping[str, Any], c: Mapping[str, Any]
    ) -> Reconciliation:
        out = Collector()
        ag, bg, cg = a.get, b.get, c.get
        for name, cell in self.scalars:
            x, y, z = ag(name), bg(name), cg(name)
            if x == y == z and type(x) is type(y) is type(z):
                if cell.required and unkeyed_value(x):
                    out.decided[name] = None
                    cell.record_not_keyed(3, out, name, name)
                continue
            texts = [as_text(x), as_text(y), as_text(z)]
            if texts[0] == texts[1] == texts[2] and not (cell.required and not texts[0].strip()):
                continue
            out.decided[name] = cell.compare(texts, out, name, name)
        for name, table in self.tables:
            x, y, z = ag(name), bg(name), cg(name)
            if x == y == z and not table.any_unkeyed(x):
                continue
            compare3(table, x, y, z, out)
        if self.shown:
            self._shown((a, b, c), out)
        keyings = (a, b, c)
        return Reconciliation(
            self, keyings, out.decided, out.reasons, out.discrepancies, out.dissent
        )

    def _shown(
        self, keyings: tuple[Mapping[str, Any], ...], out: Collector | None
    ) -> Collector | None:
        """Fields with a show_if: a pass where the field is hidden did not key it."""
        for s in self.shown:
            name = s.field.name
            unit = s.unit
            required = isinstance(unit, Cell) and unit.required
            raws = [k.get(name) for k in keyings]
            if not required and all(not r for r in raws):
                continue  # not keyed anywhere: identical, nothing to hide
            shown = [s.visible(k) for k in keyings]
            if not any(shown):
                if any(raws) or required:
                    out = out or Collector()
                    out.decided[name] = "" if isinstance(unit, Cell) else []
                    out.reasons[name] = "hidden in every pass (not keyed)"
                continue
            same = all(r == raws[0] and type(r) is type(raws[0]) for r in raws)
            if isinstance(unit, Table) and same and unit.any_unkeyed(raws[0]):
                same = False  # a required cell left empty by every pass: compared, flagged
            if all(shown) and same:
                if required and unkeyed_value(raws[0]):  # shown everywhere, keyed nowhere
                    out = out or Collector()
                    out.decided[name] = None
                    assert isinstance(unit, Cell)
                    unit.record_not_keyed(len(keyings), out, name, name)
                continue  # keyed identically where every pass showed it: the fast path's case
            raws = [r if seen else None for r, seen in zip(raws, shown, strict=True)]
            out = out or Collector()
            if isinstance(unit, Table):
                if len(raws) == 2:
                    unit.compare2(raws[0], raws[1], out)
                else:
                    compare3(unit, raws[0], raws[1], raws[2], out)
                continue
            texts = [as_text(r) for r in raws]
            if not all(shown) and all(not t.strip() for t in texts):
                # Shown in some passes only (they disagree on the field it depends on, which
                # is flagged) and keyed in none.
                out.decided[name] = ""
                out.reasons[name] = "not keyed (hidden in some passes)"
                continue
            out.decided[name] = unit.compare(texts, out, name, name)
        return out


def _no_memo(raw: Any) -> None:
    """A table's slot in `FormPlan.value_memos`: nothing remembered."""
    return None


def _pick(values: list[Any], at: tuple[int, ...]) -> list[Any]:
    """The values at these indexes (compiled: a loop of list reads, no lookups)."""
    return [values[i] for i in at]


def _strings_or_none(xs: list[Any]) -> bool:
    """Is every value a string or None? (compiled, a loop without a call per value)"""
    return all(type(x) is str or x is None for x in xs)


def _all_keyed(values: list[Any], at: tuple[int, ...]) -> bool:
    """Is none of the values at these indexes missing, "" or only spaces? (compiled: a loop
    without a call per value)"""
    return not any(unkeyed_value(values[i]) for i in at)


_PLANS: OrderedDict[int, tuple[FormLike, FormPlan]] = OrderedDict()
_PLAN_CACHE_SIZE = 32


def plan_for(form: FormLike) -> FormPlan:
    """The compiled plan of a form, cached by the identity of the definition object."""
    key = id(form)
    hit = _PLANS.get(key)
    if hit is not None and hit[0] is form:
        return hit[1]
    plan = FormPlan(form)
    _PLANS[key] = (form, plan)  # holding the form keeps its id from being reused
    while len(_PLANS) > _PLAN_CACHE_SIZE:
        _PLANS.popitem(last=False)
    return plan
