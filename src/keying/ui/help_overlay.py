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

from keying.ui.language import QT_TRANSLATE_NOOP, accessible, translate

OTHER_GROUP = QT_TRANSLATE_NOOP("keying", "Window")


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
            group = action.property("help_group") or translate("keying", OTHER_GROUP)
            rows.append((str(group), str(keys), action.text().replace("&", "")))
    return rows


class HelpOverlay(QFrame):
    """A panel over the window listing the shortcuts."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("helpOverlay")
        accessible(self, translate("keying", "Keyboard help"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._return_focus: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        title = QLabel(
            translate(
                "keying",
                "Keyboard shortcuts  —  Esc or F1 closes this list; Up, Down, Page Up and "
                "Page Down scroll it",
            )
        )
        title.setWordWrap(True)  # at 200 % text on a 1024-pixel screen it takes two lines
        title.setObjectName("helpTitle")
        accessible(title, translate("keying", "Keyboard help title"))
        layout.addWidget(title)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("helpTable")
        accessible(self.table, translate("keying", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("keying", "Group"),
                translate("keying", "Keys"),
                translate("keying", "What it does"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # always there: rows sized to a width that a scroll bar appearing would then narrow
        # would be cut (and the other way round, uneven)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        layout.addWidget(self.table)
        self.hide()
        self._host = host
        self._watched: QWidget | None = None

    def _cover_window(self) -> QWidget:
        """Over the whole window, not only over the form that asked for it (a form beside
        the page is less than half of a 1024-pixel screen): the window becomes the parent."""
        top = self._host.window()
        if self.parentWidget() is not top:
            self.setParent(top)
        if self._watched is not top:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            top.installEventFilter(self)
            self._watched = top
        return top

    def open(self) -> None:
        host = self._host
        self._cover_window()
        focus = host.focusWidget()
        self._return_focus = focus if focus is not self.table else self._return_focus
        rows = shortcut_rows(host.window())  # the whole window: form, page view, menus
        self.table.setRowCount(len(rows))
        groups = list(dict.fromkeys(row[0] for row in rows))  # in order of appearance
        for r, (group, keys, text) in enumerate(sorted(rows, key=lambda row: groups.index(row[0]))):
            for c, value in enumerate((group, keys, text)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self._place()
        self.show()
        self.raise_()
        self._fit_columns()  # again, shown: the widths before were the hidden table's
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
        def text(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return "" if item is None else item.text()

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.table.rowCount())]

    def _place(self) -> None:
        host = self.parentWidget()  # the window
        if host is not None:
            margin = min(30, host.width() // 40, host.height() // 40)
            rect = host.rect().adjusted(margin, margin, -margin, -margin)
            self.setGeometry(rect)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Group and keys as wide as their longest text, up to a share of the width (they
        wrap beyond it); what it does takes the rest, wrapped; rows as tall as their text."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        width = self.table.viewport().width()
        if width <= 0:
            return
        shares = {0: 0.22, 1: 0.3}
        for column, share in shares.items():
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(
                column, min(self.table.columnWidth(column), int(width * share))
            )
        self.table.resizeRowsToContents()
        self.table.updateGeometries()  # the scroll range now, not at the next event loop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
        ):
            if self.isVisible():
                self._place()
        elif watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
                self.close_overlay()
                return True
            ends = {Qt.Key.Key_Home: 0, Qt.Key.Key_End: self.table.rowCount() - 1}
            if event.key() in ends and self.table.rowCount():  # the list's ends, not the row's
                row = ends[Qt.Key(event.key())]
                self.table.selectRow(row)
                self.table.scrollTo(self.table.model().index(row, 0))
                return True
        return super().eventFilter(watched, event)
