"""Send back from the supervisor station by keyboard (issue 12): Ctrl+B in the same-field
list (asked first, the same rules as on the adjudication screen), a send-back the central
database does not answer (kept, listed, sent again, sign-out refused, Ctrl+Z takes it back),
and the window's close button refused while a decision is not saved."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from keying.services.adjudication import NotSaved, SupervisorDesk
from keying.services.send_back import SendBack
from keying.services.supervision import SupervisionNoAnswer
from keying.storage.models import Adjudication, Task
from keying.ui.main_window import SignOutRefused
from keying.ui.same_field_view import SameFieldList
from tests.support.supervision import document_id
from tests.support.ui import press
from tests.test_ui_adjudication import desk_view, keyed, settle, shown_path  # noqa: F401

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def world_options() -> dict[str, Any]:
    return {"documents": 3}


def third_pass(world, external_id: str) -> Task | None:  # type: ignore[no-untyped-def]
    with world.services.sessions() as session:
        task = session.scalar(
            select(Task).where(
                Task.document_id == document_id(world, external_id), Task.pass_no == 3
            )
        )
        if task is not None:
            session.expunge(task)
        return task


def test_ctrl_b_in_the_same_field_list_asks_then_sends_the_highlighted_document(
    qtbot,
    keyed,  # noqa: F811
) -> None:
    window, view = desk_view(qtbot, keyed)
    press(Qt.Key.Key_F)  # household size across the batch: D-001 and D-002
    same = view.same_field
    assert isinstance(same, SameFieldList)
    qtbot.waitUntil(lambda: same.model.rowCount() == 2, timeout=20_000)
    press(Qt.Key.Key_Down)  # D-002
    assert same.current() is not None and same.current()[0].external_id == "D-002"
    press(Qt.Key.Key_B, CTRL)
    assert same.editor.isVisible() and same.editor.kind == "send back"
    prompt = same.editor.question.text()
    assert prompt.startswith("Send D-002 back for a third keying of Persons in household")
    assert "cannot be undone" in prompt
    press(Qt.Key.Key_A)  # the decision keys are off while it asks
    assert not same.flow.unsaved
    press(Qt.Key.Key_Escape)  # not sent
    assert not same.editor.isVisible() and same.model.rowCount() == 2
    assert third_pass(keyed, "D-002") is None
    press(Qt.Key.Key_B, CTRL)
    press(Qt.Key.Key_Return)  # sent: D-002 leaves the list at once
    assert [c.external_id for c, _ in same.model.rows()] == ["D-001"]
    settle(qtbot, view)
    assert "D-002 sent back for a third keying of" in window.statusBar().currentMessage()
    task = third_pass(keyed, "D-002")
    assert task is not None and "household_size" in task.open_fields
    press(Qt.Key.Key_A)  # the keys work again: D-001 decided from the list
    settle(qtbot, view)
    with keyed.services.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Adjudication)) == 1
    window.close()


def test_the_same_rules_refuse_a_send_back_in_the_same_field_list(
    qtbot,
    keyed,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def down(self, issue, made, form):  # type: ignore[no-untyped-def]
        raise NotSaved("connection refused")

    monkeypatch.setattr(SupervisorDesk, "decide", down)
    window, view = desk_view(qtbot, keyed)
    told: list[str] = []
    view.tell = told.append  # type: ignore[method-assign]
    press(Qt.Key.Key_F)
    same = view.same_field
    assert isinstance(same, SameFieldList)
    qtbot.waitUntil(lambda: same.model.rowCount() == 2, timeout=20_000)
    press(Qt.Key.Key_A)  # D-001 decided, not saved: the database does not answer
    settle(qtbot, view)
    assert same.flow.failed and "connection refused" in view.notice.text()
    press(Qt.Key.Key_Up)  # D-001 again
    press(Qt.Key.Key_B, CTRL)
    assert not same.editor.isVisible()
    assert told[-1].startswith("Not sent back: a decision of D-001 is not saved yet")
    assert third_pass(keyed, "D-001") is None
    press(Qt.Key.Key_Z, CTRL)  # dropped: the window may close
    window.close()


def test_a_send_back_the_database_does_not_answer_is_kept_and_sent_again(
    qtbot,
    keyed,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = SendBack.send
    down = {"on": True}

    def flaky(self, document_id):  # type: ignore[no-untyped-def]
        if down["on"]:
            raise SupervisionNoAnswer("the central database did not answer: timeout")
        return real(self, document_id)

    told: list[str] = []
    monkeypatch.setattr(SendBack, "send", flaky)
    monkeypatch.setattr(SignOutRefused, "tell", classmethod(lambda cls, p, text: told.append(text)))
    from keying.ui import adjudication_view

    monkeypatch.setattr(adjudication_view, "SIGN_OUT_WAIT_S", 1.0)
    window, view = desk_view(qtbot, keyed)
    press(Qt.Key.Key_B, CTRL)
    press(Qt.Key.Key_Return)
    assert shown_path(view) == "D-002:household_size"  # the next one at once
    settle(qtbot, view)
    # kept off the screen, listed, retried: not brought back as a refusal would be
    assert shown_path(view) == "D-002:household_size"
    assert view.notice.isVisible() and "D-001: send back" in view.notice.text()
    assert "did not answer" in view.notice.text()
    assert "NOT SAVED: 1" in window.status_label.text()
    assert view.flow._retry.isActive()
    # signing out is refused while it waits
    signed_out: list[bool] = []
    window.sign_out_requested.connect(lambda: signed_out.append(True))
    press(Qt.Key.Key_Q, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert not signed_out and len(told) == 1 and "D-001: send back" in told[0]
    # Ctrl+Z takes it back (it is the latest): D-001 on screen again, nothing waits
    press(Qt.Key.Key_Z, CTRL)
    assert shown_path(view) == "D-001:household_size"
    assert not view.flow.waiting()
    # sent again: the database answers at the next retry (F5: now)
    press(Qt.Key.Key_B, CTRL)
    press(Qt.Key.Key_Return)
    settle(qtbot, view)
    assert view.flow.waiting() and third_pass(keyed, "D-001") is None
    down["on"] = False
    press(Qt.Key.Key_F5)
    settle(qtbot, view)
    assert not view.flow.waiting() and not view.notice.isVisible()
    assert "D-001 sent back for a third keying" in window.statusBar().currentMessage()
    assert third_pass(keyed, "D-001") is not None
    assert shown_path(view) == "D-002:household_size"
    window.sign_out()
    assert signed_out == [True] and len(told) == 1
    window.close()
