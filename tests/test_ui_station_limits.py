"""The station at the limits of a form definition (issue 15): 1,000 fields, a choice field
of 5,000 codes (`keying.forms.limits`). It opens the entry form, keys and finishes. How long
the open takes is `keying bench --only station_limits` (no wall-clock assert here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from keying.bench.limits_form import code, limits_form_yaml
from keying.forms import FormDefinitionError, parse_form
from keying.forms.limits import MAX_CHOICES, MAX_FIELDS
from keying.storage.models import Keying
from tests.support.ui import key_field, open_station, press, settle


def test_the_definition_is_at_the_limits_and_one_more_is_refused() -> None:
    form = parse_form(limits_form_yaml(), "<limits>")
    assert len(form.fields) == MAX_FIELDS
    assert len(form.fields[0].choices or {}) == MAX_CHOICES
    for over in (limits_form_yaml(MAX_FIELDS + 1), limits_form_yaml(10, MAX_CHOICES + 1)):
        with pytest.raises(FormDefinitionError):
            parse_form(over, "<over>")


def test_the_station_opens_keys_and_finishes_a_form_at_the_limits(
    qtbot: Any, new_world: Any, tmp_path: Path
) -> None:
    path = tmp_path / "limits.yaml"
    path.write_text(limits_form_yaml(), encoding="utf-8")
    world = new_world(documents=1, form_path=path)
    view = open_station(qtbot, world, "op1")
    assert view.current is not None
    form = view.current_form()
    assert form is not None and len(form.definition.fields) == MAX_FIELDS
    assert form.current_editor().path == "region"
    last = code(MAX_CHOICES - 1)
    key_field(last.lower())  # the last of 5,000 codes, in lower case
    assert form.current_editor().path == "count"
    key_field("7")
    assert form.current_editor().path == "f0002"
    key_field("NEAR THE RIVER")
    key_field("SHORT")
    assert form.current_editor().path == "f0004"
    press(Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: view.current is None)
    settle(qtbot, view)
    with world.services.sessions() as session:
        [keying] = session.scalars(select(Keying)).all()
    values = keying.values
    assert values["region"] == last and values["count"] == "7"
    assert values["f0002"] == "NEAR THE RIVER" and values["f0003"] == "SHORT"
    assert all(values.get(f"f{k:04d}", "") == "" for k in range(4, MAX_FIELDS))


def test_the_bench_reports_the_open_time() -> None:
    from keying.bench import station_limits

    figures = {f.name: f for f in station_limits.run(quick=True)}
    assert set(figures) == {"station_open_limits_ms", "form_parse_limits_ms"}
    assert figures["station_open_limits_ms"].value > figures["form_parse_limits_ms"].value > 0
