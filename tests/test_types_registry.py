"""The registries of field types (keying.forms.types) and compare policies
(keying.reconcile.policies): what each promises, and that the rest of the code asks them."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from keying.bench.sim_mistakes import HABITS
from keying.demo.render import render_document
from keying.demo.values import generate_values, generic_value
from keying.forms import FormDefinitionError, check_value, parse_form
from keying.forms.model import MINOR_RULES, MINOR_RULES_OF_POLICY
from keying.forms.types import TYPES, field_type
from keying.forms.types.boolean import yes_no
from keying.reconcile import reconcile
from keying.reconcile.minor import make_rules
from keying.reconcile.normalize import Normalizer, as_text, why_equal
from keying.reconcile.policies import POLICIES, compare_policy

EXTRA = {"date": ", format: DD/MM/YYYY", "choice": ", choices: {A: a, B: b}"}
HEAD = "form: t\ntitle: T\nversion: 1\nfields:\n"


def _form(*fields: str) -> str:
    return HEAD + "".join(f"  - {f}\n" for f in fields)


def test_every_module_is_registered_under_its_own_name() -> None:
    forms_types = Path(__file__).parents[1] / "src" / "keying" / "forms" / "types"
    modules = {p.stem for p in forms_types.glob("*.py") if not p.stem.startswith("_")}
    assert set(TYPES) == modules
    policies = Path(__file__).parents[1] / "src" / "keying" / "reconcile" / "policies"
    modules = {p.stem for p in policies.glob("*.py") if not p.stem.startswith("_")}
    assert set(POLICIES) == modules
    for name, kind in TYPES.items():
        assert field_type(name) is kind and kind.name == name
    for name, policy in POLICIES.items():
        assert compare_policy(name) is policy


@pytest.mark.parametrize("name", sorted(TYPES))
def test_every_policy_a_type_names_exists(name: str) -> None:
    kind = TYPES[name]
    for policy in kind.compare_allowed:
        assert policy in POLICIES, f"{name} allows {policy}, which is no policy module"
    if not kind.table:
        assert kind.compare_default in kind.compare_allowed
        assert kind.description


@pytest.mark.parametrize("name", sorted(n for n in TYPES if not TYPES[n].table))
def test_every_scalar_type_demo_value_is_valid(name: str) -> None:
    form = parse_form(_form(f"{{name: x, label: X, type: {name}{EXTRA.get(name, '')}}}"))
    field = form.field("x")
    rng = random.Random(7)
    for _ in range(30):
        value = field.kind.demo_value(field, rng)
        checked = check_value(field, value)
        assert checked.ok and checked.value is not None, (name, value)
        assert checked.warning is None
        # The canonical text of the typed value reads back as the same value.
        assert check_value(field, field.kind.canonical(checked.value, field)).value == (
            checked.value
        )


def test_unknown_type_names_the_known_ones() -> None:
    with pytest.raises(FormDefinitionError) as info:
        parse_form(_form("{name: x, label: X, type: colour}"), "f.yaml")
    assert "unknown type 'colour'" in info.value.message
    assert ", ".join(TYPES) in info.value.message


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("{name: x, label: X, type: text, format: DD/MM/YYYY}", "format is only for date"),
        ("{name: x, label: X, type: text, choices: {A: a}}", "choices is only for choice"),
        (
            "{name: x, label: X, type: text, min: 3}",
            "min is only for date, decimal and integer fields, not text",
        ),
        ("{name: x, label: X, type: integer, min_rows: 3}", "min_rows is only for table"),
        ("{name: x, label: X, type: date, format: DD/MM/YYYY, min: 3}", "must be a date"),
        ("{name: x, label: X, type: integer, min: 2020-01-01}", "must be a number"),
        ("{name: x, label: X, type: integer, min: 5, max: 3}", "min is greater than max"),
        ("{name: x, label: X, type: choice, choices: {a: x, A: y}}", "more than letter case"),
        ("{name: x, label: X, type: boolean, compare: number}", "allowed: code, exact"),
        ("{name: x, label: X, type: text, compare: fuzzy}", "compare: fuzzy does not fit"),
        (
            "{name: t, label: T, type: table, columns: [{name: a, label: A, type: table, "
            "columns: [{name: b, label: B, type: text}]}]}",
            "a table cannot hold a table",
        ),
    ],
)
def test_definition_keys_are_checked_by_the_type(field: str, message: str) -> None:
    with pytest.raises(FormDefinitionError) as info:
        parse_form(_form(field), "f.yaml")
    assert message in info.value.message


def test_yes_no_is_written_one_way() -> None:
    form = parse_form(_form("{name: paid, label: Paid, type: boolean}"))
    field = form.field("paid")
    assert (yes_no(True), yes_no(False)) == ("Y", "N")
    assert as_text(True) == "Y" and as_text(False) == "N"  # JSON booleans in the CLI's input
    assert field.kind.canonical(check_value(field, "true").value, field) == "Y"
    # The reconciler's agreed value of `yes` and `1` is the same code.
    assert reconcile(form, {"paid": "yes"}, {"paid": "1"}).values["paid"] == "Y"
    assert reconcile(form, {"paid": "f"}, {"paid": False}).values["paid"] == "N"
    assert reconcile(form, {"paid": "yes"}, {"paid": "no"}).status == "discrepant"


def test_policies_are_resolved_once_per_field() -> None:
    form = parse_form(
        _form(
            "{name: n, label: N, type: decimal}",
            "{name: c, label: C, type: choice, choices: {AB: x, CD: y}}",
            "{name: d, label: D, type: date, format: [DD/MM/YYYY, YYYY-MM-DD]}",
        )
    )
    n, c, d = (Normalizer(form.field(x)) for x in "ncd")
    assert n.impl is POLICIES["number"] and n.key("1,000.0") == n.key("1000")
    assert c.impl is POLICIES["code"] and c.key(" ab ") == c.key("AB") != c.key("cd")
    assert d.data == form.field("d").date_formats
    assert d.display(["2021-04-03", "03/04/2021"]) == "03/04/2021"


def test_what_the_reconciler_asks_of_a_policy_is_said_by_the_registries() -> None:
    """The minor rules a policy allows are the definitions' (`MINOR_RULES_OF_POLICY`, which
    forms checks `minor:` against), and name only policies that exist."""
    assert set(MINOR_RULES_OF_POLICY) <= set(POLICIES)
    for name, policy in POLICIES.items():
        assert policy.minor_kinds == MINOR_RULES_OF_POLICY.get(name, frozenset())
        assert policy.minor_kinds <= set(MINOR_RULES)
        assert (make_rules(name) is None) == (not policy.minor_kinds)
        if policy.names or policy.identifies_rows:  # a name list is also free text
            assert policy.folds and "name_separator" in policy.minor_kinds
    assert "name_separator" not in POLICIES["text"].minor_kinds
    form = parse_form(
        _form(
            "{name: n, label: N, type: integer}",
            "{name: d, label: D, type: decimal}",
            "{name: t, label: T, type: text}",
        )
    )
    agreed = reconcile(
        form, {"n": "4.0", "d": "4.0", "t": "a\u200bb"}, {"n": "4", "d": "4.0", "t": "ab"}
    )
    assert agreed.status == "agreed" and agreed.values == {"n": "4", "d": "4.0", "t": "ab"}
    assert why_equal(Normalizer(form.field("t")), ["a\u200bb", "ab"]).endswith("soft hyphens")


def test_the_keyer_simulator_knows_only_real_policies() -> None:
    assert set(HABITS) <= set(POLICIES)


def test_generic_demo_of_every_type_renders() -> None:
    fields = []
    for i, name in enumerate(sorted(n for n in TYPES if not TYPES[n].table)):
        zone = f"zone: {{x: 0.1, y: {0.05 + i * 0.08:.2f}, w: 0.5, h: 0.05}}"
        keys = f"label: {name}, type: {name}{EXTRA.get(name, '')}, {zone}"
        fields.append(f"{{name: f_{name}, {keys}}}")
    form = parse_form(_form(*fields))
    values = generate_values(form, random.Random(3))
    for field in form.fields:
        assert check_value(field, values[field.name]).ok
        assert generic_value(field, random.Random(1))
    [page] = render_document(form, values, 3)
    assert page.startswith(b"\x89PNG")
