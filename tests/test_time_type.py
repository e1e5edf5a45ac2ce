"""The `time` field type (HH:MM, 24-hour) and its `time` compare policy, end to end: form
definition, checks, the station's entry form, reconciliation, the services, the demo."""

from __future__ import annotations

import random
from datetime import time
from pathlib import Path

import pytest

from keying.demo.render import render_document
from keying.demo.values import generate_values
from keying.forms import ILLEGIBLE, FormDefinitionError, check_value, load_form, parse_form
from keying.reconcile import reconcile
from keying.services import OperatorStation
from tests.support.ui import focused, key_field, make_form
from tests.support.world import PASSWORD, make_world

YAML = """\
form: visits
title: Visits
version: 1
fields:
  - {name: place, label: Place, type: text, zone: {x: 0.1, y: 0.1, w: 0.6, h: 0.05}}
  - {name: arrived, label: Arrived at, type: time, zone: {x: 0.1, y: 0.2, w: 0.3, h: 0.05}}
  - {name: left_at, label: Left at, type: time, required: false, compare: exact}
  - name: stops
    label: Stops
    type: table
    required: false
    columns:
      - {name: stop, label: Stop, type: text}
      - {name: who, label: Met, type: text}
      - {name: at, label: At, type: time}
"""
FORM = parse_form(YAML)
PLACE = {"place": "x"}  # a required field: left unkeyed by both passes it is `not_keyed`


@pytest.mark.parametrize(
    ("keyed", "value"),
    [("14:30", time(14, 30)), ("09:05", time(9, 5)), ("9:05", time(9, 5)), (" 0:00 ", time(0))],
)
def test_times_that_may_be_keyed(keyed: str, value: time) -> None:
    checked = check_value(FORM.field("arrived"), keyed)
    assert checked.ok and checked.value == value


@pytest.mark.parametrize("keyed", ["24:00", "12:60", "1430", "9:5", "14.30", "2pm", "14:30:00"])
def test_anything_else_is_a_hard_error(keyed: str) -> None:
    checked = check_value(FORM.field("arrived"), keyed)
    assert checked.value is None
    assert checked.error == "a time as HH:MM, 24-hour, for example 14:30"


def test_definition_defaults_to_the_time_policy_and_checks_its_keys() -> None:
    assert FORM.field("arrived").compare_policy == "time"
    assert FORM.field("left_at").compare_policy == "exact"
    with pytest.raises(FormDefinitionError, match="compare: number does not fit a time field"):
        parse_form(YAML.replace("type: time,", "type: time, compare: number,", 1))
    with pytest.raises(FormDefinitionError, match="min is only for"):
        parse_form(YAML.replace("type: time,", "type: time, min: 1,", 1))


def test_reconciled_by_time_of_day() -> None:
    r = reconcile(FORM, {**PLACE, "arrived": "9:05"}, {**PLACE, "arrived": "09:05"})
    assert r.status == "agreed"
    assert r.values["arrived"] == "09:05"
    assert "zero padding of the time" in r.explanations["arrived"]
    r = reconcile(FORM, {**PLACE, "arrived": "14:30"}, {**PLACE, "arrived": "14:03"})
    [d] = r.discrepancies
    assert (d.kind, d.a, d.b) == ("transposition", "14:30", "14:03")
    assert "(times 14:30 ≠ 14:03)" in d.explanation
    r = reconcile(FORM, {**PLACE, "arrived": ILLEGIBLE}, {**PLACE, "arrived": "14:30"})
    assert [d.kind for d in r.discrepancies] == ["illegible"]
    # `exact` on a time field: padding counts.
    assert [
        d.kind
        for d in reconcile(
            FORM,
            {**PLACE, "arrived": "8:00", "left_at": "9:05"},
            {**PLACE, "arrived": "8:00", "left_at": "09:05"},
        ).discrepancies
    ] == ["insertion"]  # the padding 0, under `exact`


def test_time_cells_of_a_table() -> None:
    a = {"stops": [{"stop": "Market", "who": "Dara", "at": "8:15"}]}
    a["stops"].append({"stop": "Clinic", "who": "Nurse", "at": "10:40"})
    b = {"stops": [{"stop": "Market", "who": "Dara", "at": "08:15"}]}
    b["stops"].append({"stop": "Clinic", "who": "Nurse", "at": "10:45"})
    r = reconcile(
        FORM, {"place": "x", "arrived": "8:00", **a}, {"place": "x", "arrived": "8:00", **b}
    )
    [d] = r.discrepancies
    assert (d.field, d.column, d.row_a, d.a, d.b) == ("stops", "at", 1, "10:40", "10:45")
    assert r.values["stops"][0]["at"] == "08:15"


def test_demo_values_are_times_and_render() -> None:
    values = generate_values(FORM, random.Random(5))
    assert check_value(FORM.field("arrived"), values["arrived"]).value is not None
    [page] = render_document(FORM, values, 5)
    assert page.startswith(b"\x89PNG")


def test_keyed_in_the_entry_form(qtbot) -> None:
    form = make_form(qtbot, FORM)
    key_field("Kampot")
    assert form.current_editor().path == "arrived"
    assert "HH:MM" in form.guide_text.text()
    key_field("25:10")
    assert form.current_editor().path == "arrived"  # a hard error keeps the operator there
    assert "HH:MM" in form.message.text()
    focused().clear()
    key_field("9:05")
    assert form.current_editor().path == "left_at"
    assert form.values()["arrived"] == "9:05"  # stored as keyed; the reconciler normalizes


def _key(st: OperatorStation, values: dict[str, str]) -> str:
    task = st.next_task()
    assert task is not None
    for name in values:
        st.commit_field(task, dict(values), {name: {"keystrokes": 4}}, name)
    st.finish(task, dict(values), {}, [])
    return task.task.external_id


def test_two_passes_through_the_services_agree_on_the_time(tmp_path: Path) -> None:
    path = tmp_path / "visits.yaml"
    path.write_text(YAML, encoding="utf-8")
    world = make_world(tmp_path / "ws", documents=1, form_path=path)
    try:
        services = world.services
        first = services.station(services.sign_in("op1", PASSWORD), prefetch=0)
        doc = _key(first, {"place": "Kampot", "arrived": "9:05"})
        second = services.station(services.sign_in("op2", PASSWORD), prefetch=0)
        assert _key(second, {"place": "Kampot", "arrived": "09:05"}) == doc
        assert ("Test batch", doc, "final", 0) in services.overview()
    finally:
        world.services.close()
    assert load_form(path).definition.field("arrived").kind.name == "time"
