"""A form's reconciliation plan, compiled once per form definition, and the hot loop.

The loop compares the keyed strings of each field first (`a is b or a == b`): most fields
of a double keying are identical, and for them nothing is allocated; their normalized value
and explanation are produced only when `values` / `explanations` are read. Normalization,
rapidfuzz and the row alignment run only for fields whose keyed strings differ.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from itertools import compress
from operator import ne
from typing import Any

from keying.forms.model import FieldDef, FormDefinition
from keying.forms.values import check_value
from keying.reconcile.fields import Cell, Collector
from keying.reconcile.normalize import as_text
from keying.reconcile.result import Reconciliation
from keying.reconcile.tables import Table, as_rows

_MISSING = object()


class Shown:
    """A field with a `show_if`: hidden in a pass means not keyed in that pass."""

    __slots__ = ("field", "refs", "rule", "unit")

    def __init__(self, field: FieldDef, form: FormDefinition, unit: Cell | Table) -> None:
        assert field.show_rule is not None
        self.field = field
        self.rule = field.show_rule
        self.unit = unit
        names = dict.fromkeys(ref.split(".")[0] for ref in self.rule.references)
        self.refs = [form.field(n) for n in names]

    def visible(self, values: Mapping[str, Any]) -> bool:
        # As keying.forms.typed_values, but taking JSON scalars (the reconcile CLI's input
        # comes from outside) as their text, like every other comparison here.
        typed: dict[str, Any] = {}
        for f in self.refs:
            raw = values.get(f.name)
            if f.is_table:
                typed[f.name] = [
                    {
                        c.name: check_value(c, as_text(row.get(c.name))).value
                        for c in f.columns or []
                    }
                    for row in as_rows(raw)
                ]
            else:
                typed[f.name] = check_value(f, as_text(raw)).value
        return self.rule.evaluate(typed) is True


class FormPlan:
    def __init__(self, form: FormDefinition) -> None:
        self.fields: list[Cell | Table] = []
        scalars: list[tuple[str, Cell]] = []
        tables: list[tuple[str, Table]] = []
        self.shown: list[Shown] = []
        for f in form.fields:
            unit: Cell | Table = Table(f) if f.is_table else Cell(f)
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
        self.tables = tuple(tables)
        # (name, identical value, finish a decided value, identical reason) of every field,
        # in the form's order: what `Reconciliation.values` and `.explanations` walk
        self.slots = tuple(
            (u.name, u.identical_value, u.finish, u.identical_reason) for u in self.fields
        )

    def reconcile2(self, a: Mapping[str, Any], b: Mapping[str, Any]) -> Reconciliation:
        out: Collector | None = None
        names, cells = self.scalar_names, self.scalar_cells
        xs = list(map(a.get, names))
        ys = list(map(b.get, names))
        if xs != ys:
            out = Collector()
            decided = out.decided
            # compress/map(ne) run in C: only the fields whose keyed strings differ reach Python.
            for i in compress(self.scalar_range, map(ne, xs, ys)):
                name = names[i]
                decided[name] = cells[i].compare([as_text(xs[i]), as_text(ys[i])], out, name, name)
        for name, table in self.tables:
            x = a.get(name)
            y = b.get(name)
            if x is y or x == y:
                continue
            if out is None:
                out = Collector()
            table.compare2(x, y, out)
        if self.shown:
            out = self._shown((a, b), out)
        if out is None:
            return Reconciliation(self, (a, b), None, None, [], None)
        return Reconciliation(self, (a, b), out.decided, out.reasons, out.discrepancies, None)

    def reconcile3(
        self, a: Mapping[str, Any], b: Mapping[str, Any], c: Mapping[str, Any]
    ) -> Reconciliation:
        out = Collector()
        ag, bg, cg = a.get, b.get, c.get
        for name, cell in self.scalars:
            x, y, z = ag(name), bg(name), cg(name)
            if x == y == z:
                continue
            out.decided[name] = cell.compare([as_text(x), as_text(y), as_text(z)], out, name, name)
        for name, table in self.tables:
            x, y, z = ag(name), bg(name), cg(name)
            if x == y == z:
                continue
            table.compare3(x, y, z, out)
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
            raws = [k.get(name) for k in keyings]
            if all(not r for r in raws):
                continue  # not keyed anywhere: identical, nothing to hide
            shown = [s.visible(k) for k in keyings]
            if all(shown) and all(r == raws[0] for r in raws):
                continue  # keyed identically where every pass showed it: the fast path's case
            raws = [r if seen else None for r, seen in zip(raws, shown, strict=True)]
            if out is None:
                out = Collector()
            unit = s.unit
            if isinstance(unit, Table):
                if len(raws) == 2:
                    unit.compare2(raws[0], raws[1], out)
                else:
                    unit.compare3(raws[0], raws[1], raws[2], out)
            else:
                out.decided[name] = unit.compare([as_text(r) for r in raws], out, name, name)
        return out


_PLANS: OrderedDict[int, tuple[FormDefinition, FormPlan]] = OrderedDict()
_PLAN_CACHE_SIZE = 32


def plan_for(form: FormDefinition) -> FormPlan:
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
