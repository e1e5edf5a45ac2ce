"""The operator station on the screens of the office PCs: 1024×768 and 1366×768, at 100 % and
200 % text. Checked from the widgets' geometry, not assumed: every field, the status bar and
the F1 help are inside the window and not cut; the page keeps at least 40 % of the width, or
goes above the form; the focused field's zone is drawn at least as tall as the form's text.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from keying.config import Settings
from keying.ui.entry_form import EntryForm
from keying.ui.main_window import MainWindow
from keying.ui.station_layout import PAGE_SHARE_MIN
from keying.ui.theme import apply_theme
from tests.support.ui import FORMS, focused, open_window, press

SCREENS = [(1024, 768), (1366, 768)]
SCALES = [1.0, 2.0]
SHIPPED = ["herbarium_label", "household_census", "receipt"]


@pytest.fixture
def themed() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, False, 1.0)  # the next test starts at 100 %


def station_at(qtbot, new_world, form: str, size: tuple[int, int], scale: float) -> MainWindow:  # type: ignore[no-untyped-def]
    Settings(font_scale=scale).save()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, False, scale)
    world = new_world(documents=1, form_path=FORMS / f"{form}.yaml")
    window = open_window(qtbot, world, "op1")
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)  # the maximized window on that screen
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    QApplication.processEvents()
    QApplication.processEvents()
    return window


def in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def not_cut(label: QLabel) -> bool:
    """A label shows all of its text: as tall as its text needs at its width, as wide as its
    text when it does not wrap."""
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height()
    return label.sizeHint().width() <= label.width()


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("size", SCREENS)
@pytest.mark.parametrize("form_name", SHIPPED)
def test_every_field_the_status_bar_and_the_zone_fit(
    qtbot, new_world, themed, form_name, size, scale
) -> None:
    window = station_at(qtbot, new_world, form_name, size, scale)
    station = window.station_view
    assert station is not None
    form = station.current_form()
    assert isinstance(form, EntryForm)
    box = window.rect()

    # The status bar is inside the window and its text is whole (it wraps if it must).
    assert box.contains(in_window(window.statusBar(), window))
    assert not_cut(window.status_label), window.status_label.text()

    # The page keeps 40 % of the width, or is above the form across the whole width.
    page = in_window(station.view, window)
    if station.splitter.stacked:
        assert page.width() >= 0.95 * size[0]
        assert page.height() >= 0.3 * station.height()
    else:
        assert page.width() >= PAGE_SHARE_MIN * size[0] - station.splitter.handleWidth()

    text_height = QFontMetrics(form.font()).height()
    viewport = form.scroll_area.viewport()
    for editor in form.editors():
        form.focus_path(editor.path)
        for _ in range(3):  # the layout settles (the guide's text, the scroll bar)
            QApplication.processEvents()
        # Every field, once focused, is inside the window and inside the visible part of
        # the form; its label too, not cut.
        rect = in_window(editor, window)
        assert box.contains(rect), (editor.path, rect, box)
        seen = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
        assert seen.contains(rect), (editor.path, rect, seen)
        row = form.row(editor.path.split("[", 1)[0])
        if row.editor is not None:
            assert box.contains(in_window(row.label, window))
            assert not_cut(row.label), row.label.text()
            if row.hint is not None:
                assert not_cut(row.hint)
        # The zone, when the field has one, is drawn at least as tall as the form's text
        # per line of handwriting, and its start is in view.
        outline = station.view.zone_outline()
        if editor.definition.zone is not None or row.field.zone is not None:
            assert outline is not None
            drawn = outline.height() * station.view.scale_factor
            assert drawn >= 2 * text_height - 1, (editor.path, drawn, text_height)
            shown = station.view.visible_scene_rect()
            assert shown.contains(
                outline.topLeft() + (outline.bottomLeft() - outline.topLeft()) / 2
            )
    for label in (form.guide_title, form.guide_text, form.message):
        assert not_cut(label), label.text()


@pytest.mark.parametrize("scale", [*SCALES, 1.5])  # rows came out uneven at 150 %
@pytest.mark.parametrize("size", SCREENS)
def test_the_help_is_readable_and_scrolls_by_keyboard(
    qtbot, new_world, themed, size, scale
) -> None:
    window = station_at(qtbot, new_world, "household_census", size, scale)
    station = window.station_view
    assert station is not None
    form = station.current_form()
    assert form is not None
    press(Qt.Key.Key_F1)
    help_ = form.help
    assert help_.isVisible() and focused() is help_.table
    assert window.rect().contains(in_window(help_, window))
    assert help_.width() >= 0.9 * size[0]  # the whole window, not the form's part of it
    title = help_.findChild(QLabel, "helpTitle")
    assert title is not None and not_cut(title)
    table = help_.table
    assert sum(table.columnWidth(c) for c in range(3)) <= table.viewport().width() + 1
    line = QFontMetrics(table.font()).lineSpacing()
    least = table.verticalHeader().minimumSectionSize()
    for r in range(table.rowCount()):  # each row as tall as its text: not cut, not uneven
        needed = max(table.sizeHintForRow(r), least)
        spare = table.rowHeight(r) - needed
        assert 0 <= spare < line / 2, (r, table.item(r, 2).text(), spare)
    # What it does is wide enough to read: at least 20 characters a line.
    assert table.columnWidth(2) >= 20 * QFontMetrics(table.font()).averageCharWidth()
    bar = table.verticalScrollBar()
    assert bar.maximum() > 0  # there is more than one screen of keys at these sizes
    press(Qt.Key.Key_PageDown)
    press(Qt.Key.Key_PageDown)
    assert bar.value() > 0
    press(Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    press(Qt.Key.Key_Escape)
    assert not help_.isVisible()
    assert focused() is form.current_editor()


def test_the_window_opens_maximized_then_as_each_login_left_it(qtbot, world) -> None:
    from keying.ui.window_state import clamp_to, restore_window, save_window
    from tests.support.ui import show_active

    area = QApplication.primaryScreen().availableGeometry()
    first = MainWindow(world.services, world.sign_in("op1"), Settings.load())
    qtbot.addWidget(first)
    # The first time: maximized, and its normal size is the screen's, not a fixed 1500×950.
    assert first.windowState() & Qt.WindowState.WindowMaximized
    assert area.contains(first.geometry())
    show_active(qtbot, first)
    first.setWindowState(Qt.WindowState.WindowNoState)
    least = first.minimumSizeHint()
    size = (max(least.width(), area.width() * 3 // 4), max(least.height(), area.height() * 3 // 4))
    first.setGeometry(area.x() + 10, area.y() + 20, *size)
    station = first.station_view
    assert station is not None
    qtbot.waitUntil(lambda: first.size().toTuple() == size)
    total = sum(station.splitter.sizes())
    station.splitter.setSizes([round(total * 0.7), total - round(total * 0.7)])
    sizes = station.splitter.sizes()
    first.close()

    settings = Settings.load()
    saved = settings.windows["op1"]
    assert not saved.maximized and (saved.width, saved.height) == first.size().toTuple()
    again = MainWindow(world.services, world.sign_in("op1"), settings)
    qtbot.addWidget(again)
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    assert again.geometry() == QRect(saved.x, saved.y, saved.width, saved.height)
    show_active(qtbot, again)
    assert again.station_view is not None
    qtbot.waitUntil(lambda: again.station_view.splitter.sizes() == sizes)
    # Another login on the same PC account still opens maximized.
    other = MainWindow(world.services, world.sign_in("op2"), settings)
    qtbot.addWidget(other)
    assert other.windowState() & Qt.WindowState.WindowMaximized

    # A window saved on a larger screen, or off this one, opens whole on this screen.
    huge = QRect(area.right() + 500, area.y() - 100, area.width() * 2, area.height() + 300)
    assert clamp_to(huge, area) == area
    settings.windows["op3"] = settings.windows["op1"].model_copy(
        update={"x": huge.x(), "y": huge.y(), "width": huge.width(), "height": huge.height()}
    )
    assert settings.windows["op3"].maximized is False
    moved = MainWindow(world.services, world.sign_in("op3"), settings)
    qtbot.addWidget(moved)
    assert area.contains(moved.geometry())
    restore_window(moved, settings, "nobody")  # no saved layout: the screen's area, maximized
    assert moved.geometry() == area
    save_window(moved, settings, "op3")
    assert Settings.load().windows["op3"].maximized
    for window in (again, other, moved):
        window.close()  # their sync workers stop while the central database is still open


@pytest.mark.parametrize(("size", "scale"), [((1024, 768), 2.0), ((1366, 768), 1.0)])
def test_the_instructions_size_to_their_text_on_a_small_screen_at_large_text(
    qtbot, new_world, themed, size, scale
) -> None:  # type: ignore[no-untyped-def]
    """At 200 % on 1024×768 the guide kept three lines for the form's longest instructions
    and a line for a message not there: the form showed a field and a half. There it sizes to
    the text shown and the message line takes room only with a message; at 100 % the lines are
    kept (the fields do not move from field to field)."""
    window = station_at(qtbot, new_world, "herbarium_label", size, scale)
    station = window.station_view
    assert station is not None
    form = station.current_form()
    assert isinstance(form, EntryForm)
    guide, message = form.guide_text, form.message
    small = scale == 2.0
    assert (guide.lines < guide.most_lines) is small
    assert (message.height() == 0) is small, message.height()
    if small:  # the box is as tall as its text (a line of slack at most)
        own = QLabel.heightForWidth(guide, guide.width())
        assert own <= guide.height() <= own + guide.fontMetrics().lineSpacing()
    from tests.support.ui import key_field

    key_field("x1")  # a wrong catalogue number: the message shows whole
    for _ in range(3):
        QApplication.processEvents()
    assert message.text() and message.height() > 0 and not_cut(message), message.text()
    assert window.rect().contains(in_window(form.current_editor(), window))
