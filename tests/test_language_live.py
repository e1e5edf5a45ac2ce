"""A change of language applies to the open window at once (issue 14): Ctrl+Shift+L installs
the chosen translation, Qt sends QEvent.LanguageChange, and the menus, the status bar, the
entry form (title, labels, code lists, guide, footer, the message shown) and the keys' help
are set again in it, while the text being keyed, the focus and the cursor stay as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from keying.config import Settings
from keying.ui import preferences
from keying.ui.language import Language, in_use
from tests.support.ui import FORMS, focused, key_field, open_window, type_text
from tests.support.world import World

CENSUS = FORMS / "household_census.yaml"
KM_MENUS = ["បញ្ចូល (&K)", "ទិដ្ឋភាព (&V)"]
EN_MENUS = ["&Keying", "&View"]


def choose(monkeypatch: pytest.MonkeyPatch, window, code: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+L, the operator choosing `code` in the dialog."""
    monkeypatch.setattr(preferences.LanguageDialog, "ask", classmethod(lambda cls, parent: code))
    assert window.preferences.choose_language() == code
    assert Settings.load().language == code and in_use() == code


def test_a_change_of_language_retranslates_the_open_station_and_keeps_what_is_keyed(
    qtbot, new_world: Callable[..., World], monkeypatch: pytest.MonkeyPatch, app: QApplication
) -> None:
    window = open_window(qtbot, new_world(documents=1, form_path=CENSUS), "op1")
    assert window.station_view is not None
    form = window.station_view.current_form()
    assert form is not None
    menus = lambda: [a.text() for a in window.menuBar().actions()]  # noqa: E731
    assert menus() == EN_MENUS
    assert form.row("form_no").label.text() == "Form number"

    editor = form.current_editor()
    assert editor.path == "form_no"
    type_text("KA-00")  # half keyed: no Enter yet
    cursor = editor.cursorPosition()
    choose(monkeypatch, window, "km")
    qtbot.waitUntil(lambda: menus() == KM_MENUS)
    # everything the station says is Khmer now ...
    assert form._layout.title.text() == "ទម្រង់ជំរឿនគ្រួសារ"
    assert form.row("form_no").label.text() == "លេខទម្រង់"
    assert form.guide_title.text() == "លេខទម្រង់"  # the field being keyed
    assert form.guide_text.text().startswith("អក្សរធំពីរ")
    keys = "គ្រាប់ចុចសំខាន់ៗ"  # its accessible name, "Main keys", said again in Khmer
    footer = [w.text() for w in form.findChildren(QLabel) if w.accessibleName() == keys]
    assert footer == ["F1 ជំនួយ  ·  F2 អានមិនបាន  ·  F3 ទទេលើក្រដាស  ·  F12 បញ្ចប់"]
    hint = form.row("has_electricity").hint
    assert hint is not None and "មាន" in hint.text() and "Yes" not in hint.text()
    assert window.status_label.text().startswith("អ្នកបញ្ចូល៖ ")
    assert "ភាសាខ្មែរ" in form.message.text()  # what the choice said, in Khmer
    # ... and nothing keyed moved: the text, the cursor, the focus
    assert focused() is editor
    assert (editor.text(), editor.cursorPosition()) == ("KA-00", cursor)

    type_text("4512")
    key_field("")  # Enter: the value is whole and accepted
    assert form.values()["form_no"] == "KA-004512"
    assert form.current_editor().path == "visit_date"
    form.help.open()
    groups = {group for group, _, _ in form.help.rows()}
    assert {"ទម្រង់បញ្ចូល"} <= groups and "Entry form" not in groups
    form.help.close_overlay()
    key_field("31/02/2021")  # an impossible date: the message is Khmer at once
    said = form.message.text()
    assert said.startswith("កាលបរិច្ឆេទចុះសួរ៖ ខែកុម្ភៈ ឆ្នាំ 2021 គ្មានថ្ងៃទី 31 ទេ")

    # back to English, installed as the sign-in does it (the chooser would say its own
    # words in the message line): the message shown is spoken again, in English
    Language().install(app, "en")
    qtbot.waitUntil(lambda: menus() == EN_MENUS)
    assert form.message.text().startswith("Date of visit: February 2021 has no day 31; ")
    assert form.row("form_no").label.text() == "Form number"
    assert form.current_editor().text() == "31/02/2021"
    assert window.status_label.text().startswith("Operator: ")


def test_a_khmer_value_being_keyed_survives_the_change(
    qtbot, new_world: Callable[..., World], monkeypatch: pytest.MonkeyPatch, app: QApplication
) -> None:
    window = open_window(qtbot, new_world(documents=1, form_path=CENSUS), "op1")
    assert window.station_view is not None
    form = window.station_view.current_form()
    assert form is not None
    for value in ("KA-004512", "05/06/2021", ""):  # to the head of household
        key_field(value)
    assert form.current_editor().path in ("enumerator_id", "head_name")
    if form.current_editor().path == "enumerator_id":
        key_field("")
    editor = form.current_editor()
    assert editor.path == "head_name"
    type_text("សុខ ចាន់")  # one key event per character
    choose(monkeypatch, window, "lo")
    qtbot.waitUntil(lambda: form.row("head_name").label.text() == "ຫົວໜ້າຄົວເຮືອນ")
    assert editor.text() == "សុខ ចាន់" and focused() is editor


def test_the_overview_s_filters_and_notes_and_the_flag_notice_follow_at_once(
    qtbot, new_world: Callable[..., World], monkeypatch: pytest.MonkeyPatch, app: QApplication
) -> None:
    """The overview's filters (their choices, the one chosen kept), its "Where it stands"
    (said by the services), the synchronisation state, and the page-flag notice waiting for
    Enter: all in the new language at once."""
    from PySide6.QtCore import Qt

    from keying.ui.overview import COL_NOTE, COL_STATUS
    from keying.ui.station import FlagDialog

    window = open_window(qtbot, new_world(documents=2), "op1")
    station = window.station_view
    assert station is not None
    monkeypatch.setattr(FlagDialog, "ask", classmethod(lambda cls, parent: "unreadable"))
    station.flag_page()
    notice = station.flag_notice
    assert notice.waiting and "Page 1 flagged: Unreadable." in notice.text()
    assert "Sync: " in window.status_label.text()
    choose(monkeypatch, window, "km")
    qtbot.waitUntil(lambda: "អានមិនបាន" in notice.text())  # Qt's LanguageChange is posted
    assert notice.waiting and "Unreadable" not in notice.text()
    assert "Enter" in notice.text() and "flagged" not in notice.text()
    assert "Sync" not in window.status_label.text()
    press_undo = notice.other_key  # Ctrl+Z: the flag taken back; nothing was written
    from PySide6.QtGui import QKeyEvent

    press_undo(
        QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    )
    assert not notice.waiting

    Language().install(app, "en")
    window.toggle_overview()
    overview = window.overview
    qtbot.waitUntil(lambda: overview.model.rowCount() == 2, timeout=10_000)
    overview.status_box.setCurrentIndex(
        overview.status_box.findData(overview.status_box.itemData(1))
    )
    chosen = overview.status_box.currentData()
    assert overview.status_box.itemText(0) == "all statuses"
    assert overview.filter.rowCount() == 2  # op1's two documents, being keyed
    note = overview.filter.index(0, COL_NOTE).data()
    assert note == "no pass in yet"
    choose(monkeypatch, window, "km")
    qtbot.waitUntil(lambda: overview.status_box.itemText(0) == "គ្រប់ស្ថានភាព")
    assert overview.batch_box.itemText(0) == "គ្រប់បាច់"
    assert overview.status_box.itemText(1) == "កំពុងបញ្ចូល"  # being keyed
    assert overview.status_box.currentData() == chosen  # the filter chosen stays
    header = overview.model.headerData(COL_NOTE, Qt.Orientation.Horizontal)
    assert header == "ដល់ណាហើយ"  # "Where it stands"
    labels = [w.text() for w in overview.findChildren(QLabel) if w.buddy() is not None]
    assert labels[0] == "បាច់ (&T)៖"
    assert overview.filter.index(0, COL_NOTE).data() == "មិនទាន់មានលើកណាមកដល់ទេ"
    assert overview.filter.index(0, COL_STATUS).data() == "កំពុងបញ្ចូល"
    assert overview.summary.text().startswith("ឯកសាររបស់អ្នក៖ ")


def test_the_supervisor_s_list_views_follow_the_language_at_once(
    qtbot, new_world: Callable[..., World], monkeypatch: pytest.MonkeyPatch, app: QApplication
) -> None:
    """The tasks held and the refused items: title, keys' line, headers, cells and the
    message line, set again when the language changes while they are on screen."""
    from PySide6.QtCore import Qt

    from keying.ui.tasks_view import COL_LEASE, COL_TASK

    world = new_world(documents=2)
    world.station("op1", prefetch=1).next_task()  # op1 holds two tasks
    window = open_window(qtbot, world, "sup")
    window.show_view("tasks")
    tasks = window.views["tasks"]
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 2, timeout=10_000)
    assert tasks.message.text() == "2 tasks held"
    assert tasks.model.index(0, COL_TASK).data() == "key pass 1"
    choose(monkeypatch, window, "km")
    qtbot.waitUntil(lambda: tasks.message.text() == "កិច្ចការកំពុងកាន់ 2")
    assert tasks.model.index(0, COL_TASK).data() == "បញ្ចូលលើកទី 1"
    assert tasks.model.headerData(COL_TASK, Qt.Orientation.Horizontal) != "Task"
    assert "នាទី" in tasks.model.index(0, COL_LEASE).data()  # "ends in 25 min", in Khmer
    texts = [w.text() for w in tasks.findChildren(QLabel)]
    assert "<h2>ការងារដែលកំពុងកាន់</h2>" in texts
    assert tasks.hint.text().startswith("F5 អានម្ដងទៀត")
    keys = {a.shortcut().toString(): a.text() for a in tasks.actions()}
    assert keys["Del"] == "ដោះលែងកិច្ចការដែលបានជ្រើស"

    window.show_view("refused")
    refused = window.views["refused"]
    qtbot.waitUntil(lambda: not refused.background.busy, timeout=10_000)
    assert refused.message.text() == "មិនមានធាតុណាត្រូវបានបដិសេធទេ។"
    choose(monkeypatch, window, "sw")
    qtbot.waitUntil(lambda: refused.message.text() == "Hakuna kipengee kilichokataliwa.")
    assert refused.model.headerData(0, Qt.Orientation.Horizontal) == "Lini"
    assert tasks.message.text() == "Kazi 2 zinashikiliwa"


def test_a_change_of_language_says_the_empty_station_s_name_again(
    qtbot, new_world: Callable[..., World], monkeypatch: pytest.MonkeyPatch, app: QApplication
) -> None:
    """The page shown when there is nothing to key: its accessible name (its heading) is in
    the new language, and a screen reader is told it again also when it reads the same (the
    refused forms' page is English), while that page is on screen."""
    from keying.ui import language as language_module

    told: list[tuple[object, str]] = []

    def update(event: object) -> None:
        told.append((event.object(), event.object().accessibleName()))  # type: ignore[attr-defined]

    monkeypatch.setattr(language_module.QAccessible, "updateAccessibility", update)
    window = open_window(qtbot, new_world(documents=0), "op1")
    view = window.station_view
    assert view is not None
    qtbot.waitUntil(lambda: "No documents to key" in view.empty.text(), timeout=20_000)
    assert view.empty.accessibleName() == "No documents to key"
    Language().install(app, "km")
    qtbot.waitUntil(lambda: view.empty.accessibleName() == "គ្មានឯកសារត្រូវបញ្ចូល")
    assert told == []  # the name changed: Qt tells the screen reader itself

    monkeypatch.setattr(view.station, "refused_forms", {"receipt@1": "form receipt broken"})
    view.open(None)  # a form this version refuses: the page is English
    window.show_keying()  # on screen (an empty queue had shown the overview)
    qtbot.waitUntil(view.empty.isVisible)
    named = "Documents here cannot be opened"
    assert view.empty.accessibleName() == named
    Language().install(app, "fr")
    qtbot.waitUntil(lambda: (view.empty, named) in told)
    assert view.empty.accessibleName() == named
