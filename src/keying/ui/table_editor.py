"""A table field: a grid of cell editors, one row per written line.

Rows are added and removed from the keyboard (the entry form owns the keys); the cell
editors are ordinary `FieldEditor`s, so figures, markers and checks work as for fields.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from keying.forms import FieldDef
from keying.forms.wording import say
from keying.ui.fields import FieldEditor, FieldFigures
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, local

DEFAULT_MAX_ROWS = 200


class TableEditor(QFrame):
    def __init__(
        self,
        definition: FieldDef,
        make_editor: Callable[[FieldDef, FieldDef], FieldEditor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.definition = definition
        self.columns = list(definition.columns or [])
        self._make_editor = make_editor
        self.rows: list[list[FieldEditor]] = []
        self.removed_figures = FieldFigures()
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        self._row_labels: list[QLabel] = []
        self.headers: list[QLabel] = []
        for col, column in enumerate(self.columns):
            header = QLabel()
            header.setObjectName("columnHeader")
            self.headers.append(header)
            self._grid.addWidget(header, 0, col + 1)
            self._grid.setColumnStretch(col + 1, 3 if column.kind.free_text else 1)
        self.retranslate()
        self.load([])

    def retranslate(self) -> None:
        """The table's and its columns' labels in the interface's language (set again when
        it changes)."""
        accessible(self, say(QT_TRANSLATE_NOOP("keying", "{0} (table)"), self.definition.label))
        for header, column in zip(self.headers, self.columns, strict=True):
            header.setText(local(column.label))
            accessible(
                header,
                say(
                    QT_TRANSLATE_NOOP("keying", "{0}: column {1}"),
                    self.definition.label,
                    column.label,
                ),
            )

    @property
    def max_rows(self) -> int:
        return self.definition.max_rows or DEFAULT_MAX_ROWS

    def _new_row(self) -> list[FieldEditor]:
        return [self._make_editor(self.definition, column) for column in self.columns]

    def insert_row(self, index: int) -> list[FieldEditor] | None:
        if len(self.rows) >= self.max_rows:
            return None
        index = max(0, min(index, len(self.rows)))
        row = self._new_row()
        self.rows.insert(index, row)
        self._add_row_label()
        self._place_rows(index)
        return row

    def remove_row(self, index: int) -> bool:
        """Remove a row; the last remaining row is emptied instead."""
        if not 0 <= index < len(self.rows):
            return False
        if len(self.rows) == 1:
            for editor in self.rows[0]:
                self.removed_figures.merge(editor.current_figures())
                editor.reset("")
            return True
        for editor in self.rows.pop(index):
            editor.stop_clock()
            self.removed_figures.merge(editor.figures)
            self._discard(editor)
        self._drop_row_label()
        self._place_rows(index)
        return True

    def _discard(self, editor: FieldEditor, hide: bool = True) -> None:
        self._grid.removeWidget(editor)
        if hide:
            editor.hide()
        editor.deleteLater()

    def _add_row_label(self) -> None:
        """One more row number, at the end: row labels go by position, not by row."""
        n = len(self._row_labels) + 1
        number = QLabel(str(n))
        number.setObjectName("columnHeader")
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        accessible(number, say(QT_TRANSLATE_NOOP("keying", "Row {0}"), n))
        self._grid.addWidget(number, n, 0)
        self._row_labels.append(number)

    def _drop_row_label(self) -> None:
        number = self._row_labels.pop()
        self._grid.removeWidget(number)
        number.hide()
        number.deleteLater()

    def _place_rows(self, first: int) -> None:
        """Put the editors of rows `first`.. at their places in the grid (after an insert or
        a removal moved them); the rows above stay where they are."""
        for r in range(first, len(self.rows)):
            for c in range(len(self.columns)):
                self._place_cell(r, c)

    def _place_cell(self, r: int, c: int) -> None:
        editor = self.rows[r][c]
        editor.row = r
        accessible(
            editor,
            say(
                QT_TRANSLATE_NOOP("keying", "{0}, row {1}, {2}"),
                self.definition.label,
                r + 1,
                self.columns[c].label,
            ),
        )
        self._grid.addWidget(editor, r + 1, c + 1)  # moves it if it is in the grid already
        editor.show()

    def position(self, editor: FieldEditor) -> tuple[int, int] | None:
        for r, row in enumerate(self.rows):
            for c, cell in enumerate(row):
                if cell is editor:
                    return r, c
        return None

    def editors(self) -> list[FieldEditor]:
        return [editor for row in self.rows for editor in row]

    def values(self) -> list[dict[str, str]]:
        """Rows as keyed; rows left wholly empty are not rows."""
        out = []
        for row in self.rows:
            values = {
                col.name: editor.text() for col, editor in zip(self.columns, row, strict=True)
            }
            if any(v.strip() for v in values.values()):
                out.append(values)
        return out

    def load(self, rows: list[dict[str, str]]) -> None:
        """Start a document with these rows (at least min_rows, at least one). The editors
        the table has are kept and emptied; only the difference in rows is made or removed."""
        count = max(len(rows), self.definition.min_rows or 1, 1)
        self.removed_figures = FieldFigures()
        # The focused editor is never hidden here: hiding it would move the focus in the
        # middle of loading (the form moves it when the document is loaded).
        while len(self.rows) > count:
            for editor in self.rows.pop():
                self._discard(editor, hide=not editor.hasFocus())
            self._drop_row_label()
        kept = len(self.rows)
        for r in range(kept):
            for c, editor in enumerate(self.rows[r]):
                if editor.hasFocus():
                    # A fresh editor for the focused cell, as before editors were kept:
                    # `reset` would count a visit of it in the new document even when the
                    # focus then goes elsewhere.
                    self._discard(editor, hide=False)
                    editor = self._make_editor(self.definition, self.columns[c])
                    self.rows[r][c] = editor
                    self._place_cell(r, c)
        while len(self.rows) < count:
            self.rows.append(self._new_row())
            self._add_row_label()
        self._place_rows(kept)
        for r, row in enumerate(self.rows):
            values = rows[r] if r < len(rows) else {}
            for col, editor in zip(self.columns, row, strict=True):
                editor.reset(str(values.get(col.name) or ""))

    @staticmethod
    def row_empty(row: list[FieldEditor]) -> bool:
        return all(not editor.text().strip() for editor in row)
