"""The supervisor station by keyboard only: a batch's queue adjudicated to the end, a new
value checked like keying, undo, rows side by side, the same field across the batch, an
unreachable database, an undecodable page, and the item model under qtmodeltester."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from keying.storage import adjudications as store
from keying.storage.models import Adjudication, Blob, Document
from keying.ui.adjudication_view import AdjudicationView
from keying.ui.main_window import MainWindow
from keying.ui.same_field_view import COL_DECISION, SameFieldList
from tests.support.supervision import document_id, key_passes
from tests.support.ui import open_window, press, type_text
from tests.test_adjudication import A, B

KEY = {"A": Qt.Key.Key_A, "B": Qt.Key.Key_B, "N": Qt.Key.Key_N, "I": Qt.Key.Key_I}


@pytest.fixture
def world_options() -> dict[str, Any]:
    return {"documents": 3}


@pytest.fixture
def keyed(world):  # type: ignore[no-untyped-def]
    C = {**A, "household_size": "6", "members": A["members"][:1]}
    key_passes(world, {"D-001": (A, B), "D-002": (A, C), "D-003": (A, A)})
    return world


def desk_view(qtbot, world) -> tuple[MainWindow, AdjudicationView]:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, world, "sup")
    view = window.views["adjudication"]
    assert isinstance(view, AdjudicationView)
    assert window.current_view_name() == "adjudication"
    qtbot.waitUntil(lambda: view.shown is not None, timeout=20_000)
    return window, view


def settle(qtbot, view: AdjudicationView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view.link.busy, timeout=20_000)
    QApplication.processEvents()


def shown_path(view: AdjudicationView) -> str:
    assert view.shown is not None
    return f"{view.shown[0].external_id}:{view.shown[1].path}"


def final(world, external_id: str):  # type: ignore[no-untyped-def]
    with world.services.sessions() as session:
        return store.final_record(session, document_id(world, external_id))


def test_a_supervisor_adjudicates_the_queue_to_the_end_by_keyboard(qtbot, keyed) -> None:
    window, view = desk_view(qtbot, keyed)
    assert window.status_label.text().startswith("Supervisor: Supervisor")
    assert "Adjudicating D-001" in window.status_label.text()
    assert shown_path(view) == "D-001:household_size"
    assert view.panel.values[0].accessibleDescription() == "4"
    assert "5" in view.panel.values[1].text() and "background" in view.panel.values[1].text()
    press(Qt.Key.Key_A)  # 4
    assert shown_path(view) == "D-001:monthly_income"  # the next one at once
    press(Qt.Key.Key_N)
    type_text("12O.50")  # a letter O: refused as keying refuses it
    press(Qt.Key.Key_Return)
    assert view.editor.error.text() and shown_path(view) == "D-001:monthly_income"
    view.editor.value.clear()
    type_text("120.5")
    press(Qt.Key.Key_Return)
    assert shown_path(view) == "D-001:remarks"
    press(Qt.Key.Key_I)
    press(Qt.Key.Key_Return)  # no reason: Enter decides
    press(Qt.Key.Key_B)  # age 43
    assert shown_path(view) == "D-001:members[1]"
    assert "include this row" in view.panel.values[0].text()
    assert "leave the row out" in view.panel.values[1].text()
    press(Qt.Key.Key_A)  # include Vanna: D-001 is done
    settle(qtbot, view)
    record = final(keyed, "D-001")
    assert record is not None and record.values["monthly_income"] == "120.5"
    assert record.values["remarks"] == "[illegible]"
    # D-002: household size, then Vanna whom C's pass skipped
    assert shown_path(view) == "D-002:household_size"
    press(Qt.Key.Key_B)
    press(Qt.Key.Key_B)  # leave the row out
    settle(qtbot, view)
    assert final(keyed, "D-002").values["members"] == [A["members"][0]]
    assert view.shown is None and "No discrepancies wait" in view.empty.text()
    assert "Final records written: 2" in window.status_label.text()
    window.close()


def test_undo_takes_back_the_last_decision_even_after_the_final_record(qtbot, keyed) -> None:
    window, view = desk_view(qtbot, keyed)
    for key in ("A", "A", "A", "A", "A"):
        press(KEY[key])
    settle(qtbot, view)
    assert final(keyed, "D-001") is not None
    assert shown_path(view) == "D-002:household_size"
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the row of D-001 again
    assert shown_path(view) == "D-001:members[1]"
    settle(qtbot, view)
    assert final(keyed, "D-001") is None
    press(Qt.Key.Key_B)
    settle(qtbot, view)
    assert final(keyed, "D-001").values["members"] == [{"name": "Dara", "age": "34", "sex": "M"}]
    window.close()


def test_help_lists_the_supervisor_keys(qtbot, keyed) -> None:
    window, view = desk_view(qtbot, keyed)
    press(Qt.Key.Key_F1)
    rows = view.help.rows()
    keys = {(group, keys) for group, keys, _ in rows}
    for k in ("A", "B", "N", "I", "Ctrl+Z", "Ctrl+B", "P", "F"):
        assert ("Supervisor", k) in keys
    assert any(text.startswith("Key documents") for _, _, text in rows)
    press(Qt.Key.Key_Escape)
    window.close()


def test_decisions_wait_on_screen_while_the_database_is_unreachable(
    qtbot, keyed, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, view = desk_view(qtbot, keyed)
    from keying.services.adjudication import SupervisorDesk

    real = SupervisorDesk.decide
    down = {"on": True}

    def flaky(self, issue, made, form):  # type: ignore[no-untyped-def]
        if down["on"]:
            from keying.services.adjudication import NotSaved

            raise NotSaved("connection refused")
        return real(self, issue, made, form)

    monkeypatch.setattr(SupervisorDesk, "decide", flaky)
    press(Qt.Key.Key_B)
    settle(qtbot, view)
    assert view.notice.isVisible() and "connection refused" in view.notice.text()
    assert "D-001" in view.notice.text() and "B" in view.notice.text()  # kept on screen
    assert "NOT SAVED: 1" in window.status_label.text()
    down["on"] = False
    press(Qt.Key.Key_F5)  # send again now (also every 5 s)
    settle(qtbot, view)
    assert not view.notice.isVisible() and not view.flow.unsaved
    view.flow.retry()  # a second send of nothing: still once
    settle(qtbot, view)
    with keyed.services.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Adjudication)) == 1
    window.close()


def test_the_same_field_across_the_batch_by_keyboard(qtbot, keyed, qtmodeltester) -> None:
    window, view = desk_view(qtbot, keyed)
    press(Qt.Key.Key_F)
    same = view.same_field
    assert isinstance(same, SameFieldList)
    qtbot.waitUntil(lambda: same.model.rowCount() == 2, timeout=20_000)
    qtmodeltester.check(same.model)
    assert [same.model.index(r, 0).data() for r in range(2)] == ["D-001", "D-002"]
    # the snippets take at most a third of the width; the keys wrap between keys, not past it
    assert same.snippet_size.width() <= max(160, same.width() // 4)
    assert same.table.iconSize() == same.snippet_size
    assert same.minimumSizeHint().width() < 1024 // 2
    press(Qt.Key.Key_A)
    assert same.table.currentIndex().row() == 1  # the next row at once
    press(Qt.Key.Key_N)
    type_text("7")
    press(Qt.Key.Key_Return)
    assert same.model.index(1, COL_DECISION).data() == "new value '7'"
    settle(qtbot, view)
    press(Qt.Key.Key_Escape)  # back to one at a time: the other fields of D-001
    assert view.same_field is None
    qtbot.waitUntil(lambda: view.shown is not None, timeout=20_000)
    assert shown_path(view) == "D-001:monthly_income"
    with keyed.services.sessions() as session:
        values = {a.value for a in session.scalars(select(Adjudication))}
        assert values == {"4", "7"}
    window.close()


def test_an_undecodable_page_shows_a_placeholder_and_still_decides(qtbot, keyed) -> None:
    with keyed.services.sessions() as session:
        doc = session.get(Document, document_id(keyed, "D-001"))
        assert doc is not None
        for blob in session.scalars(select(Blob)):
            blob.data = b"\x89PNG\r\n\x1a\n broken"
        session.commit()
    window, view = desk_view(qtbot, keyed)
    qtbot.waitUntil(lambda: "cannot be shown" in view.snippet.text(), timeout=20_000)
    press(Qt.Key.Key_A)
    settle(qtbot, view)
    with keyed.services.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Adjudication)) == 1
    window.close()


def test_an_operator_has_no_supervisor_view(qtbot, keyed) -> None:
    window = open_window(qtbot, keyed, "op3")
    assert "adjudication" not in [s.name for s in window.specs]
    with pytest.raises(KeyError):
        window.view("adjudication")
    window.close()


def test_two_rows_the_reconciler_could_not_pair_are_shown_side_by_side(qtbot, world) -> None:
    other = {**A, "members": [A["members"][0], {"name": "Mealea", "age": "30", "sex": "F"}]}
    key_passes(world, {"D-001": (A, other)})
    window, view = desk_view(qtbot, world)
    assert shown_path(view) == "D-001:members[1]"  # Vanna, only A keyed her
    assert view.other_panel.isVisible() and view.other_snippet.isVisible()
    assert "Mealea" in view.other_panel.values[1].text()
    assert "include this row" in view.panel.values[0].text()
    press(Qt.Key.Key_A)  # Vanna in
    assert view.shown is not None and view.shown[1].rows == (None, 1)  # then Mealea
    assert not view.other_panel.isVisible()  # decided: nothing beside it any more
    press(Qt.Key.Key_A)  # A has no such row: Mealea left out
    settle(qtbot, view)
    assert [m["name"] for m in final(world, "D-001").values["members"]] == ["Dara", "Vanna"]
    window.close()


def test_ctrl_b_sends_the_document_back_after_asking_and_the_next_shows(qtbot, keyed) -> None:
    from keying.storage.models import Task

    window, view = desk_view(qtbot, keyed)
    press(Qt.Key.Key_A)  # household size decided: it stays with the supervisor
    assert shown_path(view) == "D-001:monthly_income"
    press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.isVisible() and view.editor.kind == "send back"
    prompt = view.editor.question.text()
    assert "Send D-001 back for a third keying of" in prompt and "cannot be undone" in prompt
    assert "Household size" not in prompt and "Monthly income" in prompt
    press(Qt.Key.Key_A)  # the decision keys are off while it asks
    press(Qt.Key.Key_Escape)  # not sent
    assert not view.editor.isVisible() and shown_path(view) == "D-001:monthly_income"
    press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Return)  # sent: the next document at once
    assert shown_path(view) == "D-002:household_size"
    settle(qtbot, view)
    told = window.statusBar().currentMessage()
    assert "D-001 sent back for a third keying of Monthly income" in told
    with keyed.services.sessions() as session:
        task = session.scalar(
            select(Task).where(Task.document_id == document_id(keyed, "D-001"), Task.pass_no == 3)
        )
        assert task is not None and "household_size" not in task.open_fields
        assert "monthly_income" in task.open_fields
        assert session.scalar(select(func.count()).select_from(Adjudication)) == 1
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # D-001 left: nothing of it
    assert shown_path(view) == "D-002:household_size"
    window.close()


def test_a_send_back_the_database_refuses_brings_the_document_back(
    qtbot, keyed, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keying.services.send_back import SendBack
    from keying.services.supervision import SupervisionRefused

    def down(self, document_id):  # type: ignore[no-untyped-def]
        raise SupervisionRefused("the central database did not answer: timeout")

    monkeypatch.setattr(SendBack, "send", down)
    window, view = desk_view(qtbot, keyed)
    press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Return)
    settle(qtbot, view)
    assert shown_path(view) == "D-001:household_size"  # back on screen, nothing lost
    assert view.notice.isVisible() and "Not sent back" in view.notice.text()
    assert "did not answer" in view.notice.text()
    window.close()


def test_sign_out_is_refused_while_a_decision_is_not_saved(
    qtbot, keyed, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keying.services.adjudication import NotSaved, SupervisorDesk
    from keying.ui import adjudication_view
    from keying.ui.main_window import SignOutRefused

    real = SupervisorDesk.decide
    down = {"on": True}

    def flaky(self, issue, made, form):  # type: ignore[no-untyped-def]
        if down["on"]:
            raise NotSaved("connection refused")
        return real(self, issue, made, form)

    told: list[str] = []
    monkeypatch.setattr(SupervisorDesk, "decide", flaky)
    monkeypatch.setattr(SignOutRefused, "tell", classmethod(lambda cls, p, text: told.append(text)))
    monkeypatch.setattr(adjudication_view, "SIGN_OUT_WAIT_S", 2.0)
    window, view = desk_view(qtbot, keyed)
    signed_out: list[bool] = []
    window.sign_out_requested.connect(lambda: signed_out.append(True))
    press(Qt.Key.Key_B)
    press(Qt.Key.Key_A)
    settle(qtbot, view)
    press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not signed_out and len(told) == 1
    assert told[0].startswith("2 decisions not saved yet") and "connection refused" in told[0]
    assert "D-001 · Persons in household: B" in told[0] and "stay signed in" in told[0]
    assert len(view.flow.unsaved) == 2  # kept, and sent again
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one taken back: dropped
    down["on"] = False  # the database answers again: the other is saved at sign-out
    window.sign_out()
    assert signed_out == [True] and len(told) == 1
    with keyed.services.sessions() as session:
        assert [a.decision for a in session.scalars(select(Adjudication))] == ["b"]
    window.close()


def test_a_small_screen_at_large_text_keeps_the_editor_and_the_keys_readable(qtbot) -> None:
    from keying.ui.adjudication_keys import key_bar
    from keying.ui.decision_editor import NEW, DecisionEditor

    for entry in key_bar(three=True).split("·"):  # a key's words never wrap apart
        assert " " not in entry.strip(), entry
    editor = DecisionEditor()
    qtbot.addWidget(editor)
    editor.ask(NEW)
    chars = editor.fontMetrics().averageCharWidth()
    editor.resize(120 * chars, 80)
    qtbot.waitUntil(lambda: editor.one_line is True)
    assert editor.grid.getItemPosition(editor.grid.indexOf(editor.reason))[:2] == (0, 2)
    editor.resize(60 * chars, 80)  # 1024×768 at 150 %: the reason under the value
    qtbot.waitUntil(lambda: editor.one_line is False)
    assert editor.grid.getItemPosition(editor.grid.indexOf(editor.reason))[:2] == (1, 1)
    assert editor.grid.getItemPosition(editor.grid.indexOf(editor.value))[:2] == (0, 1)


def test_the_key_bar_gives_its_room_to_the_page_while_a_value_is_typed(qtbot, keyed) -> None:
    window, view = desk_view(qtbot, keyed)
    assert view.key_bar.isVisible()
    press(Qt.Key.Key_N)
    assert not view.key_bar.isVisible() and view.editor.isVisible()
    press(Qt.Key.Key_Escape)
    assert view.key_bar.isVisible()
    window.close()


def test_a_screen_too_short_for_the_key_bar_gets_one_line_of_keys(
    qtbot, keyed, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keying.ui import adjudication_keys, adjudication_view

    monkeypatch.setattr(adjudication_view, "SHORT_SCREEN_LINES", 10_000)  # any screen is short
    window, view = desk_view(qtbot, keyed)
    assert view.key_bar.text() == adjudication_keys.KEY_BAR_SHORT
    assert view.key_bar.text().startswith("F1: every key")
    window.close()
