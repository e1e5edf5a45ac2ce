"""The widgets inside the operator station, against real services: keyed values are stored."""

from __future__ import annotations

import random
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from keying.demo.values import generate_values
from keying.forms import visible_fields
from keying.services import OperatorStation
from keying.storage.models import Keying, PageFlag
from keying.ui.station import FlagDialog
from tests.support.ui import FORMS, key_field, open_station, press, settle
from tests.support.world import World, value_at

RECEIPT = FORMS / "receipt.yaml"
VALUES = ["SHOP ONE", "1 MAIN STREET", "05/06/2019", "12.50", "9:05"]  # the time last


def stored(world: World) -> list[Keying]:
    with world.services.sessions() as session:
        return list(session.scalars(select(Keying).order_by(Keying.id)))


@pytest.fixture
def world_options() -> dict[str, Any]:
    return {"documents": 2, "form_path": RECEIPT}


def test_keyed_document_is_stored_and_the_zone_follows_focus(qtbot, world) -> None:
    view = open_station(qtbot, world, "op1")
    first = view.current.task.external_id
    form = view.current_form()
    for field, value in zip(form.definition.fields, VALUES, strict=True):
        assert form.current_editor().path == field.name
        assert view.view.zone == field.zone
        zone_rect = view.view.zone_rect(field.zone)
        assert view.view.visible_scene_rect().adjusted(-1, -1, 1, 1).contains(zone_rect)
        key_field(value)
    press(Qt.Key.Key_F12)
    assert view.current is not None and view.current.task.external_id != first
    assert form.current_editor().path == "company"  # the next document, from its first field
    assert form.values()["company"] == ""
    qtbot.waitUntil(lambda: len(stored(world)) == 1)  # sent after the next one is shown
    keyings = stored(world)
    assert keyings[0].values == dict(
        zip(["company", "address", "date", "total", "time"], VALUES, strict=True)
    )
    assert keyings[0].figures["company"]["keystrokes"] == len(VALUES[0])
    assert {"keystrokes", "corrections", "time_ms", "pauses"} <= set(keyings[0].figures["total"])
    assert keyings[0].check_failures == []


def test_zone_of_a_table_cell_is_its_table_s_zone(qtbot, new_world) -> None:
    """The station's own wiring (EntryForm.field_focused → StationView → PageView) zooms to
    the table's zone when a cell takes the focus, and back to a field's zone after it."""
    world = new_world(documents=1, form_path=FORMS / "household_census.yaml")
    view = open_station(qtbot, world, "op1")
    form = view.current_form()
    assert form is not None
    for path in ["village", "members[0].age", "remarks"]:
        form.focus_path(path)
        assert form.current_editor().path == path
        zone = form.definition.field(path.split("[")[0]).zone
        assert view.view.zone == zone
        zone_rect = view.view.zone_rect(zone)
        assert view.view.visible_scene_rect().adjusted(-1, -1, 1, 1).contains(zone_rect)


def test_dependent_verification_through_the_station(qtbot, new_world) -> None:
    world = new_world(documents=1, form_path=RECEIPT, dependent=True)
    first = open_station(qtbot, world, "op1")
    for value in VALUES[:4]:  # the optional time left blank by both passes
        key_field(value)
    press(Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: len(stored(world)) == 1)
    first.close()
    second = open_station(qtbot, world, "op2")
    assert second.current is not None and second.current.task.pass_no == 2
    form = second.current_form()
    assert form.values()["company"] == ""  # pass 1's values are never shown
    key_field("SHOP ONE")
    key_field("1 MAIN ST")  # differs from pass 1: keyed twice
    assert form.current_editor().path == "address"
    key_field("1 MAIN ST")
    key_field("5/6/2019")  # the same date
    key_field("12.50")
    press(Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: len(stored(world)) == 2)
    pass2 = stored(world)[1]
    assert pass2.values["address"] == "1 MAIN ST"
    assert pass2.figures["address"]["verification"] == {
        "reference": "1 MAIN STREET",
        "first": "1 MAIN ST",
        "confirmed": "1 MAIN ST",
    }
    assert "verification" not in pass2.figures["date"]


def test_undecodable_page_can_be_flagged(qtbot, world, monkeypatch) -> None:
    # Every page's bytes arrive damaged (the prefetcher reads them through the station).
    monkeypatch.setattr(OperatorStation, "page_bytes", lambda self, sha: b"\x89PNG broken")
    view = open_station(qtbot, world, "op1")
    qtbot.waitUntil(lambda: "cannot be shown" in view.view.placeholder_text)
    first = view.current.task.external_id
    monkeypatch.setattr(FlagDialog, "ask", classmethod(lambda cls, parent: "unreadable"))
    press(Qt.Key.Key_F4)
    press(Qt.Key.Key_Return)  # confirms the flag (flag_notice.py)
    assert view.current is not None and view.current.task.external_id != first
    settle(qtbot, view)  # the flag is sent by the sync worker
    with world.services.sessions() as session:
        flags = list(session.scalars(select(PageFlag)))
    assert [(f.page_no, f.reason) for f in flags] == [(1, "unreadable")]


def test_a_flag_waits_for_enter_and_ctrl_z_takes_it_back(qtbot, world, monkeypatch) -> None:
    """Issue 14, item 7: F4 asks for the reason; the flag is written only on Enter, and
    Ctrl+Z (while the document is on screen) takes it back: nothing is sent."""
    from tests.support.ui import focused, type_text

    view = open_station(qtbot, world, "op1")
    first = view.current.task.external_id
    pending = view.station.pending_count()
    monkeypatch.setattr(FlagDialog, "ask", classmethod(lambda cls, parent: "wrong_document"))
    press(Qt.Key.Key_F4)
    assert view.flag_notice.isVisible() and focused() is view.flag_notice
    assert "Page 1 flagged: Wrong document" in view.flag_notice.text()
    type_text("SHOP")  # kept from the form while the notice waits
    assert view.station.pending_count() == pending  # nothing in the outbox yet
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not view.flag_notice.isVisible()
    assert view.current is not None and view.current.task.external_id == first
    form = view.current_form()
    assert form is not None and focused() is form.current_editor()
    assert form.values()["company"] == "" and "taken back" in form.message.text()
    settle(qtbot, view)
    with world.services.sessions() as session:
        assert list(session.scalars(select(PageFlag))) == []
    # Flagged again and confirmed: sent, and the next document opens.
    press(Qt.Key.Key_F4)
    press(Qt.Key.Key_Return)
    assert view.current is not None and view.current.task.external_id != first
    settle(qtbot, view)
    with world.services.sessions() as session:
        flags = [(f.page_no, f.reason) for f in session.scalars(select(PageFlag))]
    assert flags == [(1, "wrong_document")]


@pytest.mark.parametrize("form_file", sorted(p.name for p in FORMS.glob("*.yaml")))
def test_every_shipped_form_keyed_by_keyboard_is_stored_as_keyed(
    qtbot, new_world, form_file: str
) -> None:
    """The true values of a demo document of each shipped form, keyed through the station
    by keys alone (Enter after each field; an empty row ends a table), arrive in the central
    database exactly as keyed."""
    world = new_world(documents=1, form_path=FORMS / form_file)
    view = open_station(qtbot, world, "op1")
    form = view.current_form()
    assert form is not None
    truth = generate_values(form.definition, random.Random(form_file))
    seen: set[str] = set()
    while (editor := form.current_editor()) is not None and editor.path not in seen:
        seen.add(editor.path)
        key_field(value_at(truth, editor.path))
    press(Qt.Key.Key_F12)
    if view.current is not None and view.current.task.external_id == "D-001":
        press(Qt.Key.Key_F12)  # soft check failures are shown; the second F12 finishes
    qtbot.waitUntil(lambda: len(stored(world)) == 1)
    keyed = stored(world)[0].values
    shown = {f.name for f in visible_fields(form.definition, truth)}
    assert keyed == {name: value for name, value in truth.items() if name in shown}
    assert set(stored(world)[0].figures) >= {p for p in seen if "[" not in p}


def test_a_view_whose_construction_failed_closes_without_a_second_error(
    qtbot, world, monkeypatch
) -> None:
    """Qt can still close a station view whose construction stopped half-way (the central
    database gone): closing then writes no flag and stops no worker, and raises nothing."""
    from PySide6.QtWidgets import QApplication

    from keying.config import Settings
    from keying.ui.station import StationView
    from tests.support.world import PASSWORD

    station = world.services.station(world.services.sign_in("op1", PASSWORD))

    def gone() -> str:
        raise RuntimeError("the central database is gone")

    monkeypatch.setattr(station, "last_form_keyed", gone)
    before = set(QApplication.topLevelWidgets())  # views of earlier tests may linger
    with pytest.raises(RuntimeError) as failed:
        StationView(station, Settings())
    half = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, StationView) and w not in before
    ]
    assert len(half) == 1
    half[0].close()  # an error in closeEvent fails the test (pytest-qt: exceptions in Qt)
    qtbot.wait(10)
    assert half[0].isHidden()
    del failed
