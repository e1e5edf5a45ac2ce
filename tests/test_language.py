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
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
CODES = ["km", "lo", "fr", "sw"]


def messages(ts: Path) -> dict[str, ET.Element]:
    root = ET.parse(ts).getroot()
    return {m.findtext("source") or "": m for m in root.iter("message")}


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The strings lupdate finds in the windows' code now."""
    out = tmp_path_factory.mktemp("ts") / "now.ts"
    found_in = [*UI.glob("*.py"), *FORMS.glob("*.py"), *FORMS.glob("types/*.py")]
    files = sorted(str(p) for p in found_in)
    subprocess.run(
        [str(LUPDATE), "-locations", "none", *files, "-ts", str(out)],
        check=True,
        capture_output=True,
    )
    found = set(messages(out))
    assert len(found) > 70
    return found


@pytest.mark.parametrize("code", CODES)
def test_every_string_is_translated_in_each_file(sources: set[str], code: str) -> None:
    ts = TRANSLATIONS / f"keying_{code}.ts"
    shipped_messages = messages(ts)
    assert sources <= set(shipped_messages), sorted(sources - set(shipped_messages))
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"keying_{code}.qm"))
    for source in sources:
        t = shipped_messages[source].find("translation")
        assert t is not None and t.text and t.get("type") is None, (code, source)
        # The same placeholders, markup and function keys.
        for token in re.findall(r"\{\d\}|</?\w+>|\bF\d+\b", source):
            assert token in t.text, (code, source, token)
        assert translator.translate(CONTEXT, source) == t.text, (code, source)  # .qm current


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
        footer = [w.text() for w in form.findChildren(QLabel) if w.accessibleName() == "Main keys"]
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
    for source, message in messages(TRANSLATIONS / f"keying_{code}.ts").items():
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
