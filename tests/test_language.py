"""The operator's language (issue 14, item 6): every operator-facing string of the windows is
in each shipped translation, translated, its placeholders kept; the compiled files say the
same; a Khmer-speaking operator switches the interface to Khmer."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel

from keying.config import Settings
from keying.ui import preferences
from keying.ui.language import CONTEXT, TRANSLATIONS, Language, resolve, shipped, translate
from tests.support.ui import make_form

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "keying" / "ui"
FORMS = ROOT / "src" / "keying" / "forms"  # the messages about a value (keying.forms.wording)
SERVICES = ROOT / "src" / "keying" / "services"  # their words the station shows (`Said`s)
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
CODES = ["km", "lo", "fr", "sw"]


def messages(ts: Path) -> dict[str, ET.Element]:
    """The file's messages by source, of the interface's context (Qt's own words aside)."""
    return {source: m for (context, source), m in in_contexts(ts).items() if context == CONTEXT}


def in_contexts(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """Every message of the file by (context, source)."""
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name") or "", m.findtext("source") or ""): m
        for c in root.iter("context")
        for m in c.iter("message")
    }


def lupdate(out: Path) -> None:
    found_in = [
        *UI.glob("*.py"),
        *FORMS.glob("*.py"),
        *FORMS.glob("types/*.py"),
        *SERVICES.glob("*.py"),
    ]
    files = sorted(str(p) for p in found_in)
    subprocess.run(
        [str(LUPDATE), "-locations", "none", *files, "-ts", str(out)],
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """The (context, source) pairs lupdate finds in the code now: the interface's strings and
    Qt's own button words (keying.ui.qt_words)."""
    out = tmp_path_factory.mktemp("ts") / "now.ts"
    lupdate(out)
    return set(in_contexts(out))


@pytest.fixture(scope="module")
def sources(found: set[tuple[str, str]]) -> set[str]:
    """The strings of the interface's context lupdate finds in the code now."""
    out = {source for context, source in found if context == CONTEXT}
    assert len(out) > 70
    return out


@pytest.mark.parametrize("code", CODES)
def test_every_string_is_translated_in_each_file(found: set[tuple[str, str]], code: str) -> None:
    ts = TRANSLATIONS / f"keying_{code}.ts"
    shipped_messages = in_contexts(ts)
    assert found <= set(shipped_messages), sorted(found - set(shipped_messages))
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"keying_{code}.qm"))
    for context, source in found:
        message = shipped_messages[context, source]
        t = message.find("translation")
        assert t is not None and t.get("type") is None, (code, source)
        if message.get("numerus") == "yes":  # a message about n things: each of its forms
            forms = [f.text or "" for f in t.iter("numerusform")]
            assert all("%n" in form and "(s)" not in form for form in forms), (code, source)
            for n in (0, 1, 2, 7):  # .qm current
                assert translator.translate(context, source, None, n) in forms, (code, source)
        else:
            assert t.text, (code, source)
            forms = [t.text]
            assert translator.translate(context, source) == t.text, (code, source)  # current
        # The same placeholders, markup and function keys.
        for token in re.findall(r"\{\d\}|</?\w+>|\bF\d+\b", source):
            for form in forms:
                assert token in form, (code, source, token)


def test_the_menus_status_bar_and_overview_are_in_the_sources(sources: set[str]) -> None:
    """Item 6: the window's menus, every registered view's title (its menu entry), the
    status bar's parts and the overview's words are translatable."""
    from keying.ui.views import VIEWS

    assert {spec.title for spec in VIEWS} <= sources
    for text in ("&Keying", "&View", "Overview of documents", "Sign out", "Batch: {0}"):
        assert text in sources
    for text in ("Your documents: {0}", "Where it stands", "waits for a supervisor"):
        assert text in sources
    # the supervisors' tables of flagged pages and tasks held: their headings
    from keying.ui import flagged_view, tasks_view

    assert set(flagged_view.HEADERS) | set(tasks_view.HEADERS) <= sources


def test_the_window_s_menus_follow_the_language(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    from tests.support.ui import open_window

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language = Language()
    try:
        assert language.install(app, "fr") == "fr"
        window = open_window(qtbot, world, "op1")
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&Saisie", "&Affichage"]
        assert window.status_label.text().startswith("Opérateur : OP1")
        window.toggle_overview()
        qtbot.waitUntil(lambda: window.overview.summary.text().startswith("Vos documents : "))
        header = window.overview.model.headerData(0, Qt.Orientation.Horizontal)
        assert header == "Lot"
    finally:
        language.install(app, "en")


def test_the_language_resolves_from_the_setting_then_the_system() -> None:
    assert set(CODES) <= set(shipped())
    assert resolve("km") == "km"
    assert resolve(None, system="lo_LA") == "lo"
    assert resolve(None, system="sw_KE") == "sw"  # an office PC in Kenya
    assert resolve(None, system="de_DE") == "en"
    assert resolve("xx", system="km_KH") == "km"


def test_a_khmer_speaking_operator_switches_the_interface_to_khmer(qtbot, monkeypatch) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = Settings.load()
    prefs = preferences.Preferences(settings)
    said: list[str] = []
    prefs.announced.connect(said.append)
    monkeypatch.setattr(preferences.LanguageDialog, "ask", classmethod(lambda cls, parent: "km"))
    assert prefs.choose_language() == "km"
    assert Settings.load().language == "km" and "ភាសាខ្មែរ" in said[-1]
    language = Language()
    try:
        assert language.install(app, Settings.load().language) == "km"  # at the next sign-in
        form = make_form(qtbot, "receipt")
        keys = "គ្រាប់ចុចសំខាន់ៗ"  # "Main keys": what a screen reader says of it, in Khmer too
        footer = [w.text() for w in form.findChildren(QLabel) if w.accessibleName() == keys]
        assert footer == ["F1 ជំនួយ  ·  F2 អានមិនបាន  ·  F3 ទទេលើក្រដាស  ·  F12 បញ្ចប់"]
        form.help.open()
        assert {"ទម្រង់បញ្ចូល"} <= {group for group, _, _ in form.help.rows()}
    finally:
        language.install(app, "en")
    assert translate(CONTEXT, "Larger text") == "Larger text"


@pytest.mark.parametrize("code", ["km", "lo"])
def test_a_mnemonic_never_splits_a_khmer_or_lao_cluster(code: str) -> None:
    """The `&` of a keyboard mnemonic underlines the character after it, which Qt draws as a
    run of its own: before a Khmer or Lao letter it cuts the letter from its vowel signs (a
    dotted circle on screen). Khmer and Lao texts put the English key after the words:
    `ឈ្មោះចូល (&L)`."""
    for (_, source), message in in_contexts(TRANSLATIONS / f"keying_{code}.ts").items():
        text = message.findtext("translation") or ""
        for i in [i for i, ch in enumerate(text) if ch == "&"]:
            if "&" in source and not source.startswith("<"):
                after = text[i + 1 : i + 2]
                assert after.isascii() and after.isalpha(), (code, source, text)


def test_the_supervisor_station_s_keys_and_words_are_translated(sources: set[str], qtbot) -> None:  # type: ignore[no-untyped-def]
    """The adjudication view's keys and its help, the decision line's prompts and reasons,
    the send-back question: in the sources, and shown in Khmer; the reason recorded stays
    English."""
    from keying.services.adjudication import REASONS
    from keying.ui import adjudication_keys, adjudication_view, decision_editor
    from keying.ui.decision_editor import ILLEGIBLE, DecisionEditor

    assert set(decision_editor.REASON_WORDS) == set(REASONS)
    marked = {
        *adjudication_keys.KEYS,
        adjudication_keys.KEY_BAR_SHORT,
        adjudication_view.EMPTY_TEXT,
    }
    assert marked | set(decision_editor.PROMPTS.values()) | set(REASONS) <= sources
    # the flagged pages' buttons and messages, the list views' "reading" line
    from keying.ui import flagged_view, refused_view, tasks_view

    views = (flagged_view.FlaggedView, tasks_view.TasksView, refused_view.RefusedView)
    assert {view.reading for view in views} <= sources
    assert {"Back to keying", "No flagged page waits.", "Not done: {0}"} <= sources
    assert (
        set(flagged_view.REASON_TEXT.values()) | set(flagged_view.OUTCOME_TEXT.values()) <= sources
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language = Language()
    try:
        language.install(app, "km")
        outcome = flagged_view.words(flagged_view.OUTCOME_TEXT, flagged_view.FlagOutcome.REJECTED)
        assert outcome == "បានបដិសេធ"
        assert adjudication_keys.key_bar(three=False).startswith("A\u00a0/\u00a0B៖\u00a0យកតម្លៃនោះ")
        editor = DecisionEditor()
        qtbot.addWidget(editor)
        editor.ask(ILLEGIBLE)
        assert editor.prompt.text() == "អានមិនបាន — ហេតុផល (ស្រេចចិត្ត), Enter សម្រេច៖"
        editor.reason.setCurrentIndex(1)
        assert editor.reason.currentText() == "អានពីទំព័រ"
        assert editor.reason_text() == "Read from the page"  # recorded in English
    finally:
        language.install(app, "en")


def test_the_services_words_the_lists_and_qt_s_buttons_are_in_the_sources(
    sources: set[str], found: set[tuple[str, str]]
) -> None:
    """The overview's "Where it stands", the synchronisation state (said by the services,
    without Qt), the tables of tasks held and refused items, and Qt's own OK and Cancel."""
    from keying.ui import refused_view, tasks_view

    said = {"synced", "{0} to send", "pass {0} in, waiting for pass {1}", "no pass in yet"}
    assert said | {"Third keying: only the fields sent back are open ({0})."} <= sources
    assert set(refused_view.HEADERS) | set(tasks_view.HEADERS) <= sources
    assert {"Release this task", "{0} tasks held", "Read the refused items again"} <= sources
    assert {("QPlatformTheme", "OK"), ("QPlatformTheme", "Cancel")} <= found


def test_the_services_words_are_said_in_the_operator_s_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from keying.services import SyncState
    from keying.services.documents import list_status
    from keying.services.sign_in import WRONG
    from keying.services.throttle import LOCK_AFTER, refusal
    from keying.storage.documents_list import DocumentFacts
    from keying.ui.language import local

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    state = SyncState(online=True, pending=3, refused=1)
    assert state.text == "3 to send — 1 refused"  # what is logged stays English
    facts = DocumentFacts(1, 1, "B", "D-001", 1, "keying", (1,), 0, False, None, None)
    _, note = list_status(facts)
    assert note == "pass 1 in, waiting for pass 2"
    language = Language()
    try:
        language.install(app, "km")
        assert local(state.text) == "3 ត្រូវផ្ញើ — 1 ត្រូវបានបដិសេធ"
        assert local(note) == "លើកទី 1 បានមកដល់ កំពុងរង់ចាំលើកទី 2"
        assert local(WRONG) == "ឈ្មោះចូល ឬពាក្យសម្ងាត់ខុស ឬគណនីត្រូវបានបិទ។"  # the sign-in's
        locked = refusal(LOCK_AFTER, None, datetime.now(UTC))
        assert locked is not None and local(locked).startswith("ឈ្មោះចូលនេះត្រូវបានចាក់សោ")
        language.install(app, "sw")
        assert local(SyncState(online=True, pending=0).text) == "imesawazishwa"
    finally:
        language.install(app, "en")
    assert local(state.text) == "3 to send — 1 refused"


def test_qt_s_own_ok_and_cancel_are_in_the_operator_s_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt ships no Khmer for its standard buttons: the interface's translation names them,
    also on a dialog already open when the language changes."""
    from PySide6.QtWidgets import QDialogButtonBox

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    buttons = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    box = QDialogButtonBox(buttons)
    qtbot.addWidget(box)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert (ok.text(), cancel.text()) == ("OK", "Cancel")
    language = Language()
    try:
        language.install(app, "km")
        qtbot.waitUntil(lambda: ok.text() == "យល់ព្រម")
        assert cancel.text() == "បោះបង់"
        language.install(app, "lo")
        qtbot.waitUntil(lambda: ok.text() == "ຕົກລົງ")
        language.install(app, "sw")
        qtbot.waitUntil(lambda: cancel.text() == "Ghairi")
    finally:
        language.install(app, "en")
    qtbot.waitUntil(lambda: ok.text() == "OK")
