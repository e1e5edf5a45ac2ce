"""The same field across the batch shows the page snippet of every document it lists, also of
documents the one-at-a-time screen does not hold (it holds three; the list claims the batch).
Seen in the demo: only the first row had its snippet, the others stayed empty."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap

from keying.ui.adjudication_flow import CLAIM_AHEAD
from keying.ui.same_field_view import COL_IMAGE, SameFieldList
from tests.support.supervision import key_passes
from tests.support.ui import press
from tests.test_adjudication import A, B
from tests.test_ui_adjudication import desk_view

DOCUMENTS = CLAIM_AHEAD + 2


@pytest.fixture
def world_options() -> dict[str, Any]:
    return {"documents": DOCUMENTS}


def test_every_row_of_the_same_field_list_gets_its_snippet(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    key_passes(world, {f"D-{n:03d}": (A, B) for n in range(1, DOCUMENTS + 1)})
    window, view = desk_view(qtbot, world)
    assert len(view.flow.cases) < DOCUMENTS  # the screen holds fewer than the list shows
    press(Qt.Key.Key_F)
    same = view.same_field
    assert isinstance(same, SameFieldList)
    qtbot.waitUntil(lambda: same.model.rowCount() == DOCUMENTS, timeout=20_000)

    def snippets() -> list[Any]:
        role = Qt.ItemDataRole.DecorationRole
        return [same.model.index(r, COL_IMAGE).data(role) for r in range(DOCUMENTS)]

    qtbot.waitUntil(lambda: all(isinstance(s, QPixmap) for s in snippets()), timeout=20_000)
    assert all(not s.isNull() for s in snippets())
    window.close()
