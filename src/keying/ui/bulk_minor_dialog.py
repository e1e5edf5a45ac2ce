"""The confirmation of a bulk decision of minor flags (same-field mode, key M): how many
flags of which field and kind, every one listed with A's and B's values, and a choice of the
form to keep — A's form (key A), B's form (key B) — or Esc. Nothing is decided silently.
Each flag's line wraps (no scrolling sideways: B's value is seen at 150 % and 200 % text).
`BulkMinorDialog.ask` is what the view calls (tests monkeypatch it)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keying.forms.wording import say
from keying.reconcile import visible_spans
from keying.services import Decision
from keying.services.bulk_minor import Row
from keying.ui.discrepancy_panel import NOTHING, minor_text
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, local, translate


def row_text(row: Row) -> str:
    case, issue = row
    nothing = translate("keying", NOTHING)
    a, b = (visible_spans(v, [])[0] if v else nothing for v in issue.values[:2])
    return f"{case.external_id}:  A “{a}”   ·   B “{b}”"


class BulkMinorDialog(QDialog):
    def __init__(self, label: str, kind: str, rows: Sequence[Row], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.choice: Decision | None = None
        n = len(rows)
        self.setWindowTitle(translate("keying", "Decide minor flags in bulk"))
        accessible(self, translate("keying", "Decide minor flags in bulk"))
        if n == 1:
            what = translate("keying", "<b>Decide 1 minor flag of {1}</b>")
        else:
            what = translate("keying", "<b>Decide {0} minor flags of {1}</b>")
        rest = translate(
            "keying",
            "{0} — the same content written differently ({1}). Each is stored as a decision of "
            "its own (reason “bulk: minor”); Ctrl+Z right after takes them all back.",
        )
        head = QLabel(rest.format(what.format(n, escape(local(label))), minor_text(kind)))
        head.setWordWrap(True)
        self.list = QListWidget()
        accessible(self.list, translate("keying", "The minor flags to decide"))
        self.list.addItems([row_text(r) for r in rows])
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        buttons = QDialogButtonBox()
        self.buttons: dict[Decision, QPushButton] = {}
        for decision in (Decision.A, Decision.B):
            letter = decision.value.upper()
            button = QPushButton(translate("keying", "{0}’s form for all ({0})").format(letter))
            accessible(button, say(QT_TRANSLATE_NOOP("keying", "{0}'s form for all"), letter))
            button.clicked.connect(lambda _=False, d=decision: self._choose(d))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.buttons[decision] = button
            key = QShortcut(QKeySequence(letter), self)
            key.activated.connect(lambda d=decision: self._choose(d))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        if parent is not None:  # as wide as most of the window: fewer lines wrapped
            hint = self.sizeHint()
            self.resize(max(hint.width(), parent.window().width() * 4 // 5), hint.height())

    def _choose(self, decision: Decision) -> None:
        self.choice = decision
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget, label: str, kind: str, rows: Sequence[Row]) -> Decision | None:
        """A's or B's form for every flag listed; None: cancelled."""
        dialog = cls(label, kind, rows, parent)
        dialog.exec()
        parent.window().activateWindow()  # the keys go back to the list (no WM may do it)
        return dialog.choice
