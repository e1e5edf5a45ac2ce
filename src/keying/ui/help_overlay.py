"""The help overlay (F1): every shortcut of the window, read from its actions, so it never lies.

The QActions are the one table of shortcuts: the code binds keys by creating them, and the
overlay lists what they hold, so the two cannot drift. Actions name their group with the
dynamic property `help_group`; keys an editor handles itself, and mouse ways, give their text
in `help_keys` instead of a shortcut. Escape or F1 closes the overlay and gives the focus back
where it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

OTHER_GROUP = "Window"


def shortcut_rows(root: QWidget) -> list[tuple[str, str, str]]:
    """(group, keys, what it does) for every action with keys on visible widgets of root."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        for action in widget.actions():
            if id(action) in seen or not isinstance(action, QAction):
                continue
            seen.add(id(action))
            keys = action.property("help_keys") or ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            if not keys or not action.isEnabled():
                continue
            group = action.property("help_group") or OTHER_GROUP
            rows.append((str(group), str(keys), action.text().replace("&", "")))
    return rows


class HelpOverlay(QFrame):
    """A panel over the window listing the shortcuts."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("helpOverlay")
        self.setAccessibleName("Keyboard help")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._return_focus: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        title = QLabel("Keyboard shortcuts  —  Esc or F1 closes this list")
        title.setObjectName("helpTitle")
        title.setAccessibleName("Keyboard help title")
        layout.addWidget(title)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("helpTable")
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Group", "Keys", "What it does"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        layout.addWidget(self.table)
        self.hide()
        host.installEventFilter(self)

    def open(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        focus = host.focusWidget()
        self._return_focus = focus if focus is not self.table else self._return_focus
        rows = shortcut_rows(host.window())  # the whole window: form, page view, menus
        self.table.setRowCount(len(rows))
        groups = list(dict.fromkeys(row[0] for row in rows))  # in order of appearance
        for r, (group, keys, text) in enumerate(sorted(rows, key=lambda row: groups.index(row[0]))):
            for c, value in enumerate((group, keys, text)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._place()
        self.show()
        self.raise_()
        self.table.setFocus()

    def close_overlay(self) -> None:
        self.hide()
        if self._return_focus is not None:
            self._return_focus.setFocus()

    def toggle(self) -> None:
        if self.isVisible():
            self.close_overlay()
        else:
            self.open()

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.table.rowCount())
        ]

    def _place(self) -> None:
        host = self.parentWidget()
        if host is not None:
            margin = 30
            rect = host.rect().adjusted(margin, margin, -margin, -margin)
            self.setGeometry(rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            if self.isVisible():
                self._place()
        elif watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
                self.close_overlay()
                return True
        return super().eventFilter(watched, event)
