"""Training in the window (issue 17, item 3): a trainee keys a gold document by keys alone in
the same entry form as live work, with two mistakes, and the feedback shows exactly those two
(with what was right, why, and the field's zone); Enter goes on to the next document; a
trainee's window opens on training."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from keying.config import Settings
from keying.demo.values import generate_values
from keying.services.training import grant, set_threshold
from keying.storage.models import Document, TrainingScore
from keying.ui.training_status_view import TrainingStatusView
from keying.ui.training_view import TrainingView
from tests.support.ui import FORMS, definition, key_field, open_window, press, show_active
from tests.support.world import World, value_at

# A demo document's true values (Lao names: keyed with one QKeyEvent per character), on the
# shipped census form, whose fields have zones on the page.
CENSUS = definition("household_census")
TRUE: dict[str, Any] = generate_values(CENSUS, random.Random("t"))


def census_world(new_world: Callable[..., World]) -> World:
    world = new_world(documents=1, form_path=FORMS / "household_census.yaml")
    with world.services.sessions() as session:
        doc = session.scalars(select(Document).where(Document.external_id == "D-001")).one()
        doc.gold_values = TRUE
        session.commit()
    set_threshold(world.services.sessions, "household_census", 99.5, 4000, 20)
    return world


def open_training(qtbot, world: World, login: str = "op1") -> TrainingView:  # type: ignore[no-untyped-def]
    view = TrainingView(world.services.training(world.sign_in(login)), Settings.load())
    qtbot.addWidget(view)
    view.resize(1024, 700)
    show_active(qtbot, view)
    view.activate()
    qtbot.waitUntil(lambda: view.current_form() is not None, timeout=30_000)
    return view


def key_document(view: TrainingView, values: dict[str, Any]) -> None:
    """Every field by keys, Enter after each (an empty row ends the table), then F12."""
    form = view.current_form()
    assert form is not None
    seen: set[str] = set()
    while (editor := form.current_editor()) is not None and editor.path not in seen:
        seen.add(editor.path)
        key_field(value_at(values, editor.path))
    press(Qt.Key.Key_F12)


def test_a_trainee_keys_a_gold_document_with_two_mistakes_and_sees_both(
    qtbot, new_world: Callable[..., World]
) -> None:
    world = census_world(new_world)
    view = open_training(qtbot, world)
    assert view.current is not None and view.current.external_id == "D-001"
    assert TRUE["monthly_income"] == "2430" and TRUE["members"][0]["age"] == "43"
    members = [dict(row) for row in TRUE["members"]]
    members[0]["age"] = "34"  # a mistake: 43
    keyed = {
        **TRUE,
        "head_name": TRUE["head_name"].replace(" ", "  "),  # spaces: not a mistake
        "monthly_income": "243",  # a mistake: 2430
        "members": members,
    }
    key_document(view, keyed)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.feedback, timeout=30_000)
    shown = view.feedback.shown_mistakes()
    assert [(field, you, right) for field, you, right, _ in shown] == [
        ("✗ Monthly income (USD)", "243", "2430"),
        ("✗ Household members, row 1, Age", "34", "43"),
    ]
    assert shown[0][3] == "Characters left out: you left out '0' (numbers 243 ≠ 2430)"
    assert shown[1][3].startswith("Two characters swapped")
    # the keyboard: the first mistake is selected and its zone shown; Down goes on
    assert QApplication.focusWidget() is view.feedback.table
    assert view.feedback.snippet.zone is not None
    income_zone = view.feedback.snippet.zone
    press(Qt.Key.Key_Down)
    assert view.feedback.snippet.zone != income_zone
    summary = view.feedback.summary.text()
    assert "Mistakes: 2" in summary and "31 of 33 values right" in summary
    assert "to qualify: 99.5 % at 4,000 an hour" in summary
    with world.services.sessions() as session:
        (score,) = session.scalars(select(TrainingScore)).all()
        assert (score.errors, score.fields) == (2, 33)
        assert score.values["head_name"] == keyed["head_name"]
        assert score.keystrokes > 40
    # the window's sync round (MainWindow.sync_now: every 30 s, and F5) leaves the feedback
    # on screen: it used to fetch the next document under the trainee's eyes
    view.sync_now()
    QApplication.processEvents()
    assert not view.background.busy
    assert view.stack.currentWidget() is view.feedback and view.last is not None
    # Enter: the next gold document (the only one, again), keyed afresh
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.current_form() is not None, timeout=30_000)
    assert view.current is not None and view.current.external_id == "D-001"
    form = view.current_form()
    assert form is not None and form.values()["head_name"] == ""
    assert view.status_parts()[0] == "Training: 1 done"


def test_a_trainees_window_opens_on_training(qtbot, new_world: Callable[..., World]) -> None:
    world = census_world(new_world)
    window = open_window(qtbot, world, "op1")
    qtbot.waitUntil(lambda: window.current_view_name() == "training", timeout=30_000)
    view = window.view("training")
    assert isinstance(view, TrainingView)
    qtbot.waitUntil(lambda: view.current_form() is not None, timeout=30_000)
    assert window.station_view is not None and window.station_view.current is None  # no live
    qtbot.wait(500)  # the station's empty queue does not take the trainee to the overview
    assert window.current_view_name() == "training"
    window.shut_down(final_round=False)


def test_an_operator_with_nothing_to_qualify_on_stays_on_the_station(qtbot, world: World) -> None:
    window = open_window(qtbot, world, "op1")
    qtbot.wait(300)
    assert window.current_view_name() is None
    assert window.pages.currentWidget() is window.station_view
    window.shut_down(final_round=False)


def test_a_supervisor_sees_who_qualified_when(qtbot, qtmodeltester, world: World) -> None:
    set_threshold(world.services.sessions, "household_census", 99.5, 4000, 20)
    grant(world.services.sessions, "op2", "household_census", "sup")
    window = open_window(qtbot, world, "sup")
    window.show_view("training_status")
    view = window.view("training_status")
    assert isinstance(view, TrainingStatusView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=30_000)
    qtmodeltester.check(view.model)
    cells = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert cells[:5] == ["op2", "household_census", "0", "—", "—"]
    assert cells[5].endswith("UTC (granted by sup)")
    assert "household_census: 99.5 % at 4,000 keystrokes/hour over the last 20" in (
        view.limits.text()
    )
    window.shut_down(final_round=False)
