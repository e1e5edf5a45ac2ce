"""Small things of issue 14 item 7 in the entry form: a hard error's red goes as soon as the
text is a good value; F12 on a hard error says why nothing is finished; an impossible date
says which part is impossible, at the form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from keying.forms.entry import ERROR
from tests.support.ui import enter, key_field, make_form, press, type_text


def test_errors_say_why_and_go_away_when_the_value_is_right(qtbot) -> None:
    form = make_form(qtbot, "receipt")
    key_field("SHOP ONE")
    key_field("1 MAIN STREET")
    editor = form.current_editor()
    assert editor is not None and editor.path == "date"
    key_field("31/02/2019")
    assert form.current_editor() is editor and editor.state == ERROR
    assert "February 2019 has no day 31" in form.message.text()
    assert "for example" in form.message.text()

    press(Qt.Key.Key_F12)  # nothing is finished, and the form says so
    assert form.current_editor() is editor and editor.state == ERROR
    assert "The document is not finished" in form.message.text()

    editor.selectAll()
    type_text("05/06/")  # not yet a date: still red
    assert editor.state == ERROR
    type_text("2019")  # now it is: the red and the old message go before Enter
    assert editor.state != ERROR
    assert form.message.text() == ""
    press(Qt.Key.Key_Return)
    assert form.current_editor() is not None and form.current_editor().path == "total"


def test_enter_right_after_f4_flags_nothing(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QWidget

    from keying.services import PageFlagReason
    from keying.ui.station import FlagDialog

    offered: list[list[str]] = []

    def pick(index: int):  # type: ignore[no-untyped-def]
        def get_item(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
            offered.append(list(items))
            assert current == 0
            return items[index], True

        return get_item

    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QInputDialog, "getItem", pick(0))  # Enter at once: the first line
    assert FlagDialog.ask(parent) is None
    assert offered[0][0].startswith("Choose a reason")
    monkeypatch.setattr(QInputDialog, "getItem", pick(2))
    assert FlagDialog.ask(parent) == list(PageFlagReason)[1]


def test_a_resumed_table_cell_is_in_view(qtbot) -> None:
    """After a crash the document reopens in row 4 of the members: that cell is shown, not
    the top of the form."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication

    form = make_form(qtbot, "household_census")
    form.resize(700, 420)  # a small screen: the table is below the visible part
    rows = [{"name": f"Person {i}", "sex": "F", "age": str(20 + i)} for i in range(5)]
    form.load({"members": rows}, "members[3].name", resume=True)
    for _ in range(3):
        QApplication.processEvents()
    editor = form.current_editor()
    assert editor is not None and editor.path.startswith("members[3].")
    viewport = form.scroll_area.viewport()
    seen = QRect(QPoint(0, 0), viewport.size())
    box = QRect(editor.mapTo(viewport, QPoint(0, 0)), editor.size())
    assert seen.contains(box), (box, seen)
    assert form.scroll_area.verticalScrollBar().value() > 0


def test_a_code_field_shown_by_show_if_is_in_view_with_its_codes(qtbot) -> None:
    """The field that appears by show_if (electricity source) is scrolled into view whole,
    with the codes listed under it, in a short window; and a code keeps its meaning on its
    line (a no-break space between them)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication

    form = make_form(qtbot, "household_census")
    form.resize(420, 380)  # a small screen at large text: the form scrolls
    form.load({}, "has_electricity")
    key_field("Y")
    for _ in range(3):
        QApplication.processEvents()
    editor = form.current_editor()
    assert editor is not None and editor.path == "electricity_source"
    hint = form.row("electricity_source").hint
    assert hint is not None and "BATT\u00a0Car battery" in hint.text()
    viewport = form.scroll_area.viewport()
    seen = QRect(QPoint(0, 0), viewport.size())
    for widget in (editor, hint):
        box = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
        assert seen.contains(box), (widget.accessibleName(), box, seen)


@pytest.mark.parametrize("height", [330, 300, 280])
def test_the_field_being_keyed_stays_in_view_when_a_message_takes_room(qtbot, height: int) -> None:  # type: ignore[no-untyped-def]
    """Enter on the last field: "This is the last field…" takes a line above the fields on a
    short form (the message line took no room before it); the field being keyed stays whole
    in view (it was cut in half at the bottom at 150 % text on 1024×768, seen under Xvfb)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication

    form = make_form(qtbot, "herbarium_label")
    form.resize(520, height)
    form.load({}, "determiner", resume=True)
    for _ in range(3):
        QApplication.processEvents()
    editor = form.current_editor()
    assert editor is not None and editor.path == "determiner"
    before = form.scroll_area.viewport().height()
    enter()  # nothing keyed in the last field: the message says what to do
    qtbot.waitUntil(lambda: "last field" in form.message.text())
    for _ in range(3):
        QApplication.processEvents()
    assert form.current_editor() is editor
    viewport = form.scroll_area.viewport()
    assert viewport.height() < before  # the message took room from the fields
    seen = QRect(QPoint(0, 0), viewport.size())
    box = QRect(editor.mapTo(viewport, QPoint(0, 0)), editor.size())
    assert seen.contains(box), (box, seen)
