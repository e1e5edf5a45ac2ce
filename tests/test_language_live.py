"""A change of language applies to the open window at once (issue 14): Ctrl+Shift+L installs
the chosen translation, Qt sends QEvent.LanguageChange, and the menus, the status bar, the
entry form (title, labels, code lists, guide, footer, the message shown) and the keys' help
are set again in it, while the text being keyed, the focus and the cursor stay as they were."""

from __future__ import annotations

from collections.abc import Callable, Iterator

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


@pytest.fixture
def app() -> Iterator[QApplication]:
    """The application, back in English after the test (asked for after `new_world`, so
    before its windows are closed: a closed window's status bar reads a closed cache)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    Language().install(app, "en")


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
    footer = [w.text() for w in form.findChildren(QLabel) if w.accessibleName() == "Main keys"]
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
