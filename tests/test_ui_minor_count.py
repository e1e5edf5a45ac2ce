"""The queue's count of open minor flags (the status bar's "in the queue") follows the
supervisor's decisions at once — a bulk decision in the same-field list, one minor flag on
the one-at-a-time screen, an undo — not only the next claim (issue 16)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from keying.services.adjudication import NotSaved, SupervisorDesk
from keying.storage.vocabulary import Decision
from keying.ui.bulk_minor_dialog import BulkMinorDialog
from keying.ui.same_field_view import SameFieldList
from tests.support.supervision import key_passes
from tests.support.ui import press
from tests.test_adjudication import A
from tests.test_bulk_minor import B_BOTH, B_CASE, B_DOT
from tests.test_ui_adjudication import desk_view, settle, shown_path


@pytest.fixture
def world_options() -> dict[str, Any]:
    return {"documents": 4}


def test_the_queues_minor_count_follows_each_decision_without_a_claim(
    qtbot, world, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    key_passes(world, {"D-001": (A, B_BOTH), "D-002": (A, B_DOT), "D-003": (A, B_CASE)})
    monkeypatch.setattr(BulkMinorDialog, "ask", classmethod(lambda cls, *a: Decision.B))
    window, view = desk_view(qtbot, world)
    settle(qtbot, view)
    claims: list[Any] = []
    claim = view.link.claim
    monkeypatch.setattr(view.link, "claim", lambda *a: (claims.append(a), claim(*a)))
    status = window.status_label.text
    assert view.flow.minor_waiting == 3 and "(3 minor; 3 in the queue)" in status()
    # one minor flag on the one-at-a-time screen
    press(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # minor flags first
    assert shown_path(view) == "D-001:remarks"
    press(Qt.Key.Key_B)
    settle(qtbot, view)
    assert view.flow.minor_waiting == 2 and "(2 minor first; 2 in the queue)" in status()
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # taken back: counted again
    settle(qtbot, view)
    assert view.flow.minor_waiting == 3 and "(3 minor first; 3 in the queue)" in status()
    assert claims == []  # counted without claiming
    # the same-field list: two case-only flags in bulk, then the bulk taken back
    press(Qt.Key.Key_F)
    same = view.same_field
    assert isinstance(same, SameFieldList)
    qtbot.waitUntil(lambda: same.model.rowCount() == 3, timeout=20_000)
    settle(qtbot, view)
    assert "3 minor in the queue" in status()
    press(Qt.Key.Key_M)
    settle(qtbot, view)
    assert view.flow.minor_waiting == 1 and "1 minor in the queue" in status()
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, view)
    assert view.flow.minor_waiting == 3 and "3 minor in the queue" in status()
    press(Qt.Key.Key_M)  # again, and back to one at a time: the count stays the queue's
    settle(qtbot, view)
    press(Qt.Key.Key_Escape)
    settle(qtbot, view)
    assert view.same_field is None
    assert view.flow.minor_waiting == 1 and "1 in the queue" in status()
    window.close()


def test_a_count_the_database_does_not_answer_keeps_the_last_one(qtbot, world, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    key_passes(world, {"D-001": (A, B_BOTH), "D-002": (A, B_DOT), "D-003": (A, B_CASE)})
    window, view = desk_view(qtbot, world)
    settle(qtbot, view)

    def down(self) -> int:  # type: ignore[no-untyped-def]
        raise NotSaved("connection refused")

    monkeypatch.setattr(SupervisorDesk, "count_minor", down)
    press(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_B)  # a minor flag decided (and saved); its count not answered
    settle(qtbot, view)  # an answer came back all the same: nothing waits
    assert not view.link.busy and not view.flow.unsaved
    assert view.flow.minor_waiting == 3 and "3 in the queue" in window.status_label.text()
    assert not view.notice.isVisible()  # not a decision lost: nothing said
    window.close()
