"""Alt+letters (mnemonics) are unique on each screen, in every shipped language: an operator
who works by keyboard alone reaches each box and button by its letter. Two parts sharing a
letter make Alt+letter go to one of them (a menu before a box) or cycle between them, and the
other part is out of reach. Every registered view of a supervisor's window is checked, with
the window's menus, and an operator's station, overview and training screens, in English,
French, Khmer, Lao and Swahili. (The dashboard's "&Keyer" went to the Keying menu.)"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)

from keying.ui.language import Language
from keying.ui.views import VIEWS
from tests.support.ui import open_window
from tests.support.world import World
from tests.test_stats import key_small_batch

LANGUAGES = ["en", "fr", "km", "lo", "sw"]
_LETTER = re.compile(r"&(.)")


def letter(text: str) -> str | None:
    """The mnemonic of a Qt text ("&&" is a plain ampersand), lower-cased; None: none."""
    found = _LETTER.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_letter_reads_qt_mnemonics() -> None:
    assert letter("&Keyer") == "k"
    assert letter("Ke&yer") == "y"
    assert letter("Save && close") is None
    assert letter("ខ្មែរ (&K)") == "k"


def _parts(screen: QWidget) -> Iterator[tuple[str, QWidget]]:
    """The texts with a mnemonic among the visible parts of `screen`."""
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen):
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QAbstractButton
        ):
            yield widget.text(), widget
        elif isinstance(widget, QGroupBox):
            yield widget.title(), widget
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i) and widget.isTabEnabled(i):
                    yield widget.tabText(i), widget


def clashes(window: QWidget, screen: QWidget) -> list[str]:
    """Each letter used twice on `screen` with the window's menu bar: 'k: A / B'."""
    used: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():  # type: ignore[attr-defined]
        if action.isVisible():
            key = letter(action.text())
            if key:
                used[key].append(f"menu {action.text()!r}")
    for text, _widget in _parts(screen):
        key = letter(text)
        if key:
            used[key].append(repr(text))
    return [f"{k}: {' / '.join(v)}" for k, v in sorted(used.items()) if len(v) > 1]


def _each_tab(window: QWidget, screen: QWidget, where: str, found: dict[str, list[str]]) -> None:
    """The clashes of `screen` with each page of its first tab bar shown in turn."""
    tabs = screen.findChildren(QTabBar)
    pages: list[int | None] = list(range(tabs[0].count())) if tabs else [None]
    for page in pages:
        if page is not None:
            tabs[0].setCurrentIndex(page)
            QApplication.processEvents()
        bad = clashes(window, screen)
        if bad:
            found[f"{where}[{page}]"] = bad


def _fail_on(found: dict[str, list[str]]) -> None:
    if found:
        pytest.fail("\n".join(f"{where}: {bad}" for where, bads in found.items() for bad in bads))


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_operators_screens_have_each_alt_letter_once(
    qtbot, world: World, app: QApplication, language: str
) -> None:  # type: ignore[no-untyped-def]
    Language().install(app, language)
    window = open_window(qtbot, key_small_batch(world), "op1")
    found: dict[str, list[str]] = {}
    _each_tab(window, window.pages.currentWidget(), "station", found)
    window.toggle_overview()
    QApplication.processEvents()
    _each_tab(window, window.pages.currentWidget(), "overview", found)
    window.show_view("training")  # the one view every role has
    QApplication.processEvents()
    _each_tab(window, window.views["training"], "training", found)
    _fail_on(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_screen_has_each_alt_letter_once(
    qtbot, world: World, app: QApplication, language: str
) -> None:  # type: ignore[no-untyped-def]
    Language().install(app, language)
    window = open_window(qtbot, key_small_batch(world), "sup")
    found: dict[str, list[str]] = {}
    for spec in VIEWS:
        window.show_view(spec.name)
        QApplication.processEvents()
        _each_tab(window, window.views[spec.name], spec.name, found)
    letters = [letter(text) for text, _ in _parts(window.views["dashboard"])]
    assert len([x for x in letters if x]) >= 10  # the parts are found: the check checks
    _fail_on(found)
