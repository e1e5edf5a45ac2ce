"""The status bar at large text on the office PCs' screens: at most two lines, each whole,
inside the window. In Khmer at 200 % on 1024×768 the adjudication screen's status took three
lines (about 160 pixels) and the third fell below the screen's edge; the longest parts are
shortened now ("…"), every part's beginning stays, the whole text is the tooltip."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from keying.config import Settings
from keying.ui.language import Language
from keying.ui.status_label import SEPARATOR, StatusLabel
from keying.ui.theme import apply_theme
from tests.support.supervision import key_passes
from tests.test_adjudication import A
from tests.test_ui_adjudication import desk_view, settle

PASSES = {
    "D-001": (A, {**A, "household_size": 5}),
    "D-002": (A, {**A, "remarks": "near river."}),
}


@pytest.fixture
def world_options() -> dict[str, Any]:
    return {"documents": 2}


def _lines(label: StatusLabel) -> int:
    """How many lines the label's text takes at its width (in the fonts it falls back on)."""
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
    metrics = QFontMetrics(label.font())
    width = label.contentsRect().width()
    line = metrics.boundingRect(QRect(0, 0, 1 << 20, 1 << 20), flags, label.text()).height()
    tall = metrics.boundingRect(QRect(0, 0, width, 1 << 20), flags, label.text()).height()
    return round(tall / line)


@pytest.mark.parametrize("language", ["en", "km"])
@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_the_adjudication_screen_s_status_bar_is_two_whole_lines_at_most(
    qtbot, world, app, size: tuple[int, int], scale: float, language: str
) -> None:  # type: ignore[no-untyped-def]
    Settings(font_scale=scale).save()
    apply_theme(app, False, scale)
    Language().install(app, language)
    key_passes(world, PASSES)
    window, view = desk_view(qtbot, world)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    settle(qtbot, view)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    for _ in range(3):
        QApplication.processEvents()
    label = window.status_label
    assert window.minimumSizeHint().height() <= size[1], window.minimumSizeHint().toTuple()
    bar = window.statusBar()
    assert window.rect().contains(QRect(bar.mapTo(window, QPoint(0, 0)), bar.size()))
    assert label.heightForWidth(label.width()) <= label.height(), label.text()  # whole
    assert _lines(label) <= 2, (label.text(), _lines(label))
    whole = label.full_text()
    assert label.toolTip() == whole and label.accessibleDescription() == whole
    parts = whole.split(SEPARATOR)
    assert len(parts) >= 3  # who, what is decided, what waits
    shown = label.text().split(SEPARATOR)
    assert len(shown) == len(parts)
    for part, seen in zip(parts, shown, strict=True):  # each part, or its beginning and "…"
        assert seen == part or (seen.endswith("…") and part.startswith(seen[:-1])), seen
    if scale == 2.0 and size[0] == 1024 and language == "km":
        assert label.text() != whole  # it did not fit in two lines whole (three before)


def test_a_status_that_fits_is_shown_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = StatusLabel()
    qtbot.addWidget(label)
    label.resize(800, 100)
    label.set_parts(["Operator: Ana", "Sync: up to date"])
    assert label.text() == f"Operator: Ana{SEPARATOR}Sync: up to date"
    label.resize(300, 100)
    label.set_parts(["Operator: Ana", "Batch: " + "very long name " * 20, "Sync: up to date"])
    assert label.text().split(SEPARATOR)[1].endswith("…")
    assert label.text().split(SEPARATOR)[2] == "Sync: up to date"  # the last part kept
    assert _lines(label) <= 2
