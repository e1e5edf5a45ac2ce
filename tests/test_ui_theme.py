"""Font scaling that persists, the high-contrast theme, accessible names, the F1 help."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QSplitter,
    QWidget,
)

from keying.config import Settings
from keying.ui.entry_form import EntryForm
from keying.ui.help_overlay import shortcut_rows
from keying.ui.image_view import PageView
from keying.ui.preferences import Preferences
from keying.ui.theme import BASE_POINT_SIZE, apply_theme
from tests.support.ui import definition, focused, press, show_active

CTRL = Qt.KeyboardModifier.ControlModifier
OPERATOR_GUIDE = Path(__file__).resolve().parents[1] / "docs" / "operator.md"


@pytest.fixture(autouse=True)
def _default_theme(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, False, 1.0)  # the theme is application-wide: leave it as found


@pytest.fixture
def station(qtbot) -> tuple[QSplitter, PageView, EntryForm]:  # type: ignore[no-untyped-def]
    """The page view beside an entry form, as the station composes them, with the keys of
    the preferences the main window installs on itself."""
    host = QSplitter()
    host.setAccessibleName("Station")
    view = PageView()
    settings = Settings.load()
    form = EntryForm(definition("household_census"), settings)
    host.addWidget(view)
    host.addWidget(form)
    Preferences(settings, host).install(host)
    qtbot.addWidget(host)
    host.resize(1400, 900)
    show_active(qtbot, host)
    form.load({}, None)
    return host, view, form


def test_font_scaling_steps_up_to_200_percent_and_persists(qtbot, station) -> None:
    host, _, form = station
    app = QApplication.instance()
    said: list[str] = []
    host.findChild(Preferences).announced.connect(said.append)
    press(Qt.Key.Key_Plus, CTRL)
    assert Settings.load().font_scale == pytest.approx(1.1)
    assert app.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 1.1)
    for _ in range(15):
        press(Qt.Key.Key_Equal, CTRL)
    assert Settings.load().font_scale == 2.0  # capped at 200 %
    assert app.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 2)
    assert said[-1] == "Text size 200 %."
    press(Qt.Key.Key_Minus, CTRL)
    assert Settings.load().font_scale == pytest.approx(1.9)
    # A new start of the app applies the saved scale.
    apply_theme(app, False, 1.0)
    saved = Settings.load()
    apply_theme(app, saved.high_contrast, saved.font_scale)
    assert app.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 1.9)
    press(Qt.Key.Key_0, CTRL)
    assert Settings.load().font_scale == 1.0
    assert focused() is form.current_editor()  # the keys never move the focus


def test_high_contrast_theme_toggles_and_persists(qtbot, station) -> None:
    app = QApplication.instance()
    normal = app.palette().color(app.palette().ColorRole.Base).name()
    press(Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert Settings.load().high_contrast is True
    assert app.palette().color(app.palette().ColorRole.Base).name() == "#000000"
    assert app.palette().color(app.palette().ColorRole.Text).name() == "#ffffff"
    press(Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert Settings.load().high_contrast is False
    assert app.palette().color(app.palette().ColorRole.Base).name() == normal


def _ours(widget: QWidget) -> bool:
    """Widgets the app makes (not the scroll bars and viewports Qt adds inside them)."""
    if widget.objectName().startswith("qt_"):
        return False
    return isinstance(widget, QLabel | QLineEdit | QAbstractScrollArea | QFrame) or (
        widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    )


def test_every_widget_has_an_accessible_name(qtbot, station) -> None:
    host, _, form = station
    form.help.open()
    checked = [w for w in host.findChildren(QWidget) if _ours(w)]
    assert len(checked) > 40
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in checked if not w.accessibleName()]
    internal = {"QScrollBar", "QHeaderView", "QSplitterHandle", "QAbstractButton"}
    assert [u for u in unnamed if u.split()[0] not in internal] == []


def test_help_overlay_lists_every_shortcut_of_the_window(qtbot, station) -> None:
    host, view, form = station
    press(Qt.Key.Key_F1)
    assert form.help.isVisible()
    assert focused() is form.help.table
    listed = form.help.rows()
    keys = {k for _, k, _ in listed}
    for action in [*form.actions(), *view.actions(), *host.actions()]:
        for shortcut in action.shortcuts():
            assert any(shortcut.toString() in k for k in keys), shortcut.toString()
    assert {"Entry form", "Page image", "Settings"} <= {g for g, _, _ in listed}
    assert any("F2" in k and "llegible" in t for _, k, t in listed)
    assert any("F4" in k and "Flag" in t for _, k, t in listed)
    press(Qt.Key.Key_Escape)
    assert not form.help.isVisible()
    assert focused() is form.current_editor()


def test_operator_guide_names_every_key(qtbot, station) -> None:
    host, _, _ = station
    guide = OPERATOR_GUIDE.read_text(encoding="utf-8")
    documented = set(re.findall(r"`([^`]+)`", guide))
    missing = []
    for _, keys, text in shortcut_rows(host):
        for key in keys.split(", "):
            if key not in documented:
                missing.append(f"{key} ({text})")
    assert missing == []


def test_moving_between_fields_never_moves_the_fields(qtbot, qapp: QApplication) -> None:
    """The guide's text and the focused row's highlight change on every field: neither may lay
    the form out again, or the fields jump under the operator's eyes as they key."""
    apply_theme(qapp, False, 1.0)
    form = EntryForm(definition("household_census"), Settings())
    qtbot.addWidget(form)
    form.resize(640, 900)
    form.show()
    qtbot.waitExposed(form)
    form.load({}, None)
    qapp.processEvents()
    editors = [e for e in form.editors() if "[" not in e.path]

    def places() -> dict[str, tuple[int, int, int, int]]:
        out = {}
        for e in editors:
            top_left = e.mapTo(form, e.rect().topLeft())
            out[e.path] = (top_left.x(), top_left.y(), e.width(), e.height())
        return out

    before = places()
    for editor in editors:
        form.focus_path(editor.path)
        qapp.processEvents()
        assert places() == before, f"the fields moved when {editor.path} took the focus"
