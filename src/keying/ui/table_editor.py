"""A table field: a grid of cell editors, one row per written line.

Rows are added and removed from the keyboard (the entry form owns the keys); the cell
editors are ordinary `FieldEditor`s, so figures, markers and checks work as for fields.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from keying.forms import FieldDef
from keying.ui.fields import FieldEditor, FieldFigures

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
        self.setAccessibleName(f"{definition.label} (table)")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        self._row_labels: list[QLabel] = []
        for col, column in enumerate(self.columns):
            header = QLabel(column.label)
            header.setObjectName("columnHeader")
            header.setAccessibleName(f"{definition.label}: column {column.label}")
            self._grid.addWidget(header, 0, col + 1)
            self._grid.setColumnStretch(col + 1, 3 if column.type == "text" else 1)
        self.reset(max(1, definition.min_rows or 1))

    @property
    def max_rows(self) -> int:
        return self.definition.max_rows or DEFAULT_MAX_ROWS

    def reset(self, row_count: int) -> None:
        for row in self.rows:
            for editor in row:
                editor.deleteLater()
        self.rows = []
        self.removed_figures = FieldFigures()
        for _ in range(max(1, row_count)):
            self.rows.append(self._new_row())
        self._relayout()

    def _new_row(self) -> list[FieldEditor]:
        return [self._make_editor(self.definition, column) for column in self.columns]

    def insert_row(self, index: int) -> list[FieldEditor] | None:
        if len(self.rows) >= self.max_rows:
            return None
        index = max(0, min(index, len(self.rows)))
        row = self._new_row()
        self.rows.insert(index, row)
        self._relayout()
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
            editor.hide()
            editor.deleteLater()
        self._relayout()
        return True

    def _relayout(self) -> None:
        for label in self._row_labels:
            label.deleteLater()
        self._row_labels = []
        for r, row in enumerate(self.rows):
            number = QLabel(str(r + 1))
            number.setObjectName("columnHeader")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setAccessibleName(f"Row {r + 1}")
            self._grid.addWidget(number, r + 1, 0)
            self._row_labels.append(number)
            for c, editor in enumerate(row):
                editor.row = r
                editor.setAccessibleName(
                    f"{self.definition.label}, row {r + 1}, {self.columns[c].label}"
                )
                self._grid.addWidget(editor, r + 1, c + 1)
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
        self.reset(max(len(rows), self.definition.min_rows or 1, 1))
        for r, values in enumerate(rows[: len(self.rows)]):
            for col, editor in zip(self.columns, self.rows[r], strict=True):
                editor.reset(str(values.get(col.name) or ""))

    @staticmethod
    def row_empty(row: list[FieldEditor]) -> bool:
        return all(not editor.text().strip() for editor in row)
