"""What was still English (issue 14): the accessible names screen readers say, the role in
the window's title and the sentences of the start-up message boxes. They are translated now,
and said again at a change of language (`keying.ui.language.accessible`); the strings are in
each .ts file (tests/test_language.py finds them with lupdate)."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from keying.services.startup import cache_notice
from keying.ui.app import StartupDialog
from keying.ui.language import Language, local
from tests.support.ui import open_window, press
from tests.support.world import World
from tests.test_stats import key_small_batch

UI = Path(__file__).resolve().parents[1] / "src" / "keying" / "ui"


def _english_names() -> list[str]:
    """Where an accessible name is set from an English literal or an f-string (not through
    `translate`, a marked `Said`, or a form's own label)."""
    found = []
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "setAccessibleName" and path.name != "language.py":
                found.append(f"{path.name}:{node.lineno} setAccessibleName")  # use accessible()
            elif name == "accessible" and len(node.args) == 2:
                text = node.args[1]
                if isinstance(text, ast.JoinedStr) or (
                    isinstance(text, ast.Constant) and isinstance(text.value, str)
                ):
                    found.append(f"{path.name}:{node.lineno} accessible(…, {ast.unparse(text)})")
    return found


def test_no_accessible_name_is_english_only() -> None:
    assert _english_names() == []


def test_the_title_and_the_names_follow_the_language(
    qtbot, world: World, app: QApplication
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, key_small_batch(world), "sup")
    assert window.windowTitle().endswith("(Supervisor)")
    assert window.status_label.accessibleName() == "Status"
    press(Qt.Key.Key_F10)
    view = window.views["dashboard"]
    qtbot.waitUntil(lambda: view.figures is not None and not view.background.busy, timeout=30_000)
    assert view.since.accessibleName() == "From day (any: no limit)"
    assert view.tables["progress"].accessibleName() == "progress (table)"

    Language().install(app, "km")
    qtbot.waitUntil(lambda: window.windowTitle().endswith("(អ្នកត្រួតពិនិត្យ)"))
    assert window.windowTitle().startswith("keying — ")
    assert window.accessibleName() == "បង្អួចមេរបស់ keying"
    assert window.status_label.accessibleName() == "ស្ថានភាព"
    assert view.since.accessibleName() == "ពីថ្ងៃ (ណាមួយ៖ គ្មានដែនកំណត់)"
    assert view.tables["progress"].accessibleName() == "វឌ្ឍនភាព (តារាង)"
    chart = view.charts["progress"].accessibleName()
    assert chart.endswith("(គំនូសតាង តារាងក្បែរវាមានលេខដូចគ្នា)"), chart

    Language().install(app, "fr")
    qtbot.waitUntil(lambda: window.windowTitle().endswith("(Superviseur)"))
    assert view.since.accessibleName() == "Du jour (aucun : sans limite)"


def test_the_start_up_boxes_speak_the_operator_s_language(
    app: QApplication, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    notice = cache_notice(tmp_path / "cache.sqlite", None, [("D-001", "op1")])
    assert notice is not None and notice.startswith("The workstation cache ")
    assert notice.endswith("Tell your supervisor.")  # English stays the recorded text
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: shown.append((title, text))
    )
    Language().install(app, "lo")
    StartupDialog.notice(notice)
    [(title, text)] = shown
    assert text == local(notice) and text.startswith("ບ່ອນເກັບຂໍ້ມູນຊົ່ວຄາວຂອງສະຖານີ ")
    assert "D-001 (op1)" in text and text.endswith("ແຈ້ງຜູ້ກວດກາຂອງທ່ານ.")
    assert "The workstation" not in text and title != "keying: work was lost on this PC"
