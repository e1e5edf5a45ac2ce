"""The widgets of the entry form, laid out: title, the guide of the focused field with the
message line, one row per field (label, editor, codes hint) or table, the list of failed
checks and the footer of main keys. No behaviour: the entry form wires them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from keying.forms import ILLEGIBLE, FieldDef, FormDefinition
from keying.forms.entry import Keyed, type_hint
from keying.forms.focus import Slot, split_path
from keying.forms.wording import say
from keying.ui.editors import editor_class
from keying.ui.fields import FieldEditor
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, local, translate
from keying.ui.steady_label import SteadyLabel
from keying.ui.table_editor import TableEditor

FIELD_MIN_CHARS = 14  # a field's editor shows at least this many characters (or its max_length)
Wire = Callable[[FieldEditor], None]  # connects a new editor's signals


class FieldRow:
    """The widgets of one top-level field in the form's grid."""

    def __init__(self, field: FieldDef, label: QLabel, widgets: list[QWidget]) -> None:
        self.field = field
        self.label = label
        self.widgets = widgets
        self.editor: FieldEditor | None = None
        self.table: TableEditor | None = None
        self.hint: QLabel | None = None

    @property
    def visible(self) -> bool:
        return not self.label.isHidden()  # show_if hides the whole row

    def set_visible(self, visible: bool) -> None:
        self.label.setVisible(visible)
        for w in self.widgets:
            w.setVisible(visible)

    def editors(self) -> list[FieldEditor]:
        if self.editor is not None:
            return [self.editor]
        assert self.table is not None
        return self.table.editors()

    def editor_at(self, path: str) -> FieldEditor | None:
        if self.editor is not None:
            return self.editor if path == self.field.name else None
        assert self.table is not None
        try:
            _, row, column = split_path(path)
        except ValueError:  # not a cell path (a damaged draft): no such editor
            return None
        names = [c.name for c in self.table.columns]
        if row is None or not 0 <= row < len(self.table.rows) or column not in names:
            return None
        return self.table.rows[row][names.index(column)]

    def value(self) -> str | list[dict[str, str]]:
        """The keyed string of a field, the keyed rows of a table."""
        if self.editor is not None:
            return self.editor.text()
        assert self.table is not None
        return self.table.values()

    def load(self, value: Any) -> None:
        """Show a document's value (a string, or a table's rows); anything else: nothing."""
        if self.editor is not None:
            self.editor.reset(value if isinstance(value, str) else "")
            self.mark_focused(False)
        elif self.table is not None:
            rows = [r for r in value if isinstance(r, Mapping)] if isinstance(value, list) else []
            self.table.load([{k: str(v) for k, v in r.items()} for r in rows])

    def figures(self) -> dict[str, dict[str, Any]]:
        """Per path, the figures of the editors that have any (and a table's removed rows)."""
        out: dict[str, dict[str, Any]] = {}
        if self.table is not None and not self.table.removed_figures.empty:
            out[f"{self.field.name}[removed]"] = self.table.removed_figures.as_dict()
        for editor in self.editors():
            f = editor.current_figures()
            if not f.empty or f.verification is not None:
                out[editor.path] = f.as_dict()
        return out

    def keyed(self) -> list[Keyed]:
        """The values at finish; a table cell is required only in a row with something keyed."""
        table = self.table
        return [
            Keyed(
                e.path,
                e.definition,
                e.text(),
                table is None or not table.row_empty(table.rows[e.row]),
            )
            for e in self.editors()
        ]

    def guide(self, editor: FieldEditor) -> tuple[str, str]:
        """The guide's title and text while `editor` (one of this row's) has the focus."""
        field, top = editor.definition, self.field
        if self.table is None:
            return local(top.label), local(field.instructions) or local(type_hint(field))
        parts = [p for p in (local(field.instructions), local(top.instructions)) if p]
        title = translate("keying", "{0} — row {1}, {2}").format(
            local(top.label), editor.row + 1, local(field.label)
        )
        return title, "  ".join(parts) or local(type_hint(field))

    def slot(self) -> Slot:
        """This row for the focus order, as it is now."""
        table = self.table
        if table is None:
            return Slot(self.field.name)
        return Slot(
            self.field.name,
            tuple(c.name for c in table.columns),
            len(table.rows),
            TableEditor.row_empty(table.rows[-1]),
            table.definition.min_rows or 0,
            table.max_rows,
        )

    def mark_focused(self, on: bool) -> None:
        """`focusedRow` on the label and codes hint of a field (a table's title has no
        highlight: its rows have numbers and the focused cell its own frame)."""
        if self.table is not None:
            return
        for w in (self.label, self.hint):
            if w is not None and w.property("focusedRow") != on:
                w.setProperty("focusedRow", on)
                w.style().unpolish(w)
                w.style().polish(w)


class FieldsScroll(QScrollArea):
    """The fields' scroll area. It scrolls up and down only, so it is never narrower than its
    fields: a label and its editor are never cut at the right (the station puts the page above
    the form when the form is too wide for both side by side)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        return QSize(max(hint.width(), body.minimumSizeHint().width() + bar), hint.height())


def guide_texts(definition: FormDefinition) -> list[str]:
    """Every text the guide shows for a field or table cell of this form."""
    texts = []
    for field in definition.fields:
        if field.is_table:
            for column in field.columns or []:
                parts = [p for p in (local(column.instructions), local(field.instructions)) if p]
                texts.append("  ".join(parts) or local(type_hint(column)))
        else:
            texts.append(local(field.instructions) or local(type_hint(field)))
    return texts


class FormLayout:
    """Builds the form's widgets into `host`; `rows` by field name, in keying order."""

    def __init__(
        self, host: QWidget, definition: FormDefinition, pause_threshold_s: float, wire: Wire
    ) -> None:
        self._pause_threshold_s = pause_threshold_s
        self._wire = wire
        self.outer = outer = QVBoxLayout(host)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(8)
        self.definition = definition
        self.title = title = QLabel(local(definition.title))
        title.setWordWrap(True)  # large text on a narrow form: wrap rather than widen it
        title.setObjectName("formTitle")
        accessible(title, translate("keying", "Form title"))
        outer.addWidget(title)
        self.guide = self._guide(definition)
        outer.addWidget(self.guide)
        self.rows: dict[str, FieldRow] = {}
        self.scroll = self._fields(definition)
        outer.addWidget(self.scroll, 1)

        self.check_list = QListWidget()
        self.check_list.setObjectName("checkList")
        accessible(self.check_list, translate("keying", "Checks that failed"))
        self.check_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check_list.setMaximumHeight(120)
        self.check_list.hide()
        outer.addWidget(self.check_list)

        footer = QHBoxLayout()
        self.keys = keys = QLabel(_main_keys())
        keys.setObjectName("choiceHint")
        keys.setWordWrap(True)
        accessible(keys, translate("keying", "Main keys"))
        footer.addWidget(keys)
        outer.addLayout(footer)

    def _guide(self, definition: FormDefinition) -> QFrame:
        guide = QFrame()
        guide.setObjectName("guide")
        accessible(guide, translate("keying", "Field instructions"))
        g = QVBoxLayout(guide)
        g.setContentsMargins(10, 6, 10, 6)
        self.guide_title = SteadyLabel(lines=1)
        self.guide_title.setWordWrap(True)
        self.guide_title.setObjectName("guideTitle")
        accessible(self.guide_title, translate("keying", "Focused field"))
        self.guide_text = SteadyLabel(local(definition.instructions), lines=3)
        self.guide_text.setObjectName("guideText")
        accessible(self.guide_text, translate("keying", "Instructions of the focused field"))
        self.guide_text.setWordWrap(True)
        # The box is as tall as the longest instructions of this form need (up to 3 lines):
        # a form of short instructions does not keep empty lines that the fields need.
        self.guide_text.reserve_for(guide_texts(definition))
        self.message = SteadyLabel(lines=1)
        self.message.setObjectName("message")
        accessible(self.message, translate("keying", "Message"))
        self.message.setWordWrap(True)
        self.message.setProperty("state", "")
        for w in (self.guide_title, self.guide_text, self.message):
            g.addWidget(w)
        return guide

    def retranslate(self) -> None:
        """Every text of the form in the interface's language, after it changed: the title,
        the labels, tables' column headers, the code lists, the footer (the entry form sets
        the guide and the message). The editors and what is keyed in them are not touched."""
        definition = self.definition
        self.title.setText(local(definition.title))
        self.keys.setText(_main_keys())
        self.guide_text.reserve_for(guide_texts(definition))
        for row in self.rows.values():
            row.label.setText(_label_text(row.field))
            accessible(row.label, say(QT_TRANSLATE_NOOP("keying", "Label: {0}"), row.field.label))
            if row.table is not None:
                row.table.retranslate()
            if row.editor is not None:
                accessible(row.editor, row.field.label)  # as the form writes it in the language
                if row.hint is not None:
                    row.hint.setText(row.editor.codes_hint())
                    accessible(
                        row.hint, say(QT_TRANSLATE_NOOP("keying", "Codes of {0}"), row.field.label)
                    )

    def make_editor(self, field: FieldDef, table: FieldDef | None) -> FieldEditor:
        """The editor of a field, or of a column's cell in `table` (its path names its row)."""
        path_of = _field_path(field.name) if table is None else _cell_path(table.name, field.name)
        editor = editor_class(field)(field, path_of, self._pause_threshold_s)
        accessible(editor, field.label)  # as the form writes it in the language
        if field.max_length is not None:
            editor.setMaxLength(max(field.max_length, len(ILLEGIBLE)))
        self._wire(editor)
        return editor

    def _fields(self, definition: FormDefinition) -> QScrollArea:
        body = QWidget()
        accessible(body, translate("keying", "Fields"))
        self.grid = grid = QGridLayout(body)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        for field in definition.fields:
            label = QLabel(_label_text(field))
            accessible(label, say(QT_TRANSLATE_NOOP("keying", "Label: {0}"), field.label))
            if field.is_table:
                label.setObjectName("tableTitle")
                table = TableEditor(field, lambda t, column: self.make_editor(column, t))
                row = FieldRow(field, label, [table])
                row.table = table
            else:
                row = self._field_row(field, label, self.make_editor(field, None))
            self.rows[field.name] = row
        self.labels_above = False
        self.compact = False  # the page above the form: see set_compact
        self._stretch_line = 0
        self.place(labels_above=False)

        scroll = FieldsScroll()
        accessible(scroll, translate("keying", "Fields of the form"))
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        return scroll

    def place(self, labels_above: bool) -> None:
        """Lay the rows out: each label left of its field (its codes under the field), or,
        for a narrow form, each label above its field. A table's title is always above it."""
        grid = self.grid
        for row in self.rows.values():
            for w in [row.label, *row.widgets]:
                grid.removeWidget(w)
        grid.setRowStretch(self._stretch_line, 0)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        line = 0
        for row in self.rows.values():
            if row.table is not None:
                grid.addWidget(row.label, line, 0, 1, 3)
                grid.addWidget(row.table, line + 1, 0, 1, 3)
                line += 2
                continue
            assert row.editor is not None
            if labels_above:
                grid.addWidget(row.label, line, 0, 1, 3, left)
                grid.addWidget(row.editor, line + 1, 0, 1, 3)
                line += 2
            else:
                grid.addWidget(row.label, line, 0, right)
                grid.addWidget(row.editor, line, 1, 1, 2)
                line += 1
            if row.hint is not None:
                # Under the field, as wide as the field: a codes hint in a narrow column
                # beside it wrapped word by word.
                grid.addWidget(
                    row.hint, line, 0 if labels_above else 1, 1, 3 if labels_above else 2
                )
                line += 1
        grid.setRowStretch(line, 1)
        self._stretch_line = line
        self.labels_above = labels_above
        title = getattr(self, "title", None)
        if title is not None:  # a narrow form keeps its height for fields (status bar: batch)
            title.setVisible(not labels_above and not self.compact)
            # and the guide's line naming the field: its label is just above it, highlighted
            self.guide_title.setVisible(not labels_above and not self.compact)
        scroll = getattr(self, "scroll", None)
        if scroll is not None:
            scroll.updateGeometry()  # its minimum width changed: the form measures it again

    def set_compact(self, on: bool) -> None:
        """The page above the form (large text on a small screen): the form's title and the
        guide's line naming the focused field (its label is beside it, highlighted) give
        their height to the fields."""
        self.compact = on
        self.title.setVisible(not on and not self.labels_above)
        self.guide_title.setVisible(not on and not self.labels_above)

    def height_for_fields(self, count: int) -> int:
        """The form's height that shows its first `count` fields whole, with its guide and
        keys (laid out as they are now: labels beside or above, the title shown or not)."""
        outer = self.outer
        margins, grid = outer.contentsMargins(), self.grid
        shown = [w for w in (self.title, self.guide, self.keys) if not w.isHidden()]
        height = margins.top() + margins.bottom() + outer.spacing() * len(shown)
        height += sum(w.sizeHint().height() for w in shown)
        height += grid.contentsMargins().top() + grid.contentsMargins().bottom()
        for row in [r for r in self.rows.values() if r.visible][:count]:
            label, field = row.label.sizeHint().height(), row.widgets[0].sizeHint().height()
            beside = row.table is None and not self.labels_above
            height += max(label, field) if beside else label + field + grid.verticalSpacing()
            if row.hint is not None and not row.hint.isHidden():
                height += row.hint.sizeHint().height() + grid.verticalSpacing()
            height += grid.verticalSpacing()
        return height

    @staticmethod
    def _field_row(field: FieldDef, label: QLabel, editor: FieldEditor) -> FieldRow:
        label.setObjectName("fieldLabel")
        label.setProperty("focusedRow", False)
        label.setBuddy(editor)
        row = FieldRow(field, label, [editor])
        row.editor = editor
        # Never squeezed below a readable width (the station rather puts labels above fields).
        editor.min_chars = min(field.max_length or FIELD_MIN_CHARS, FIELD_MIN_CHARS)
        if editor.shows_codes:
            hint = QLabel(editor.codes_hint())
            hint.setObjectName("choiceHint")
            hint.setWordWrap(True)
            hint.setMinimumWidth(40)
            hint.setProperty("focusedRow", False)
            accessible(hint, say(QT_TRANSLATE_NOOP("keying", "Codes of {0}"), field.label))
            row.hint = hint
            row.widgets.append(hint)
            editor.textChanged.connect(lambda _text, e=editor, h=hint: h.setText(e.codes_hint()))
        return row


def _main_keys() -> str:
    return translate("keying", "F1 help  ·  F2 illegible  ·  F3 blank on paper  ·  F12 finish")


def _label_text(field: FieldDef) -> str:
    """A field's label as the form shows it: "(optional)" after it when not required."""
    optional = "" if field.required else "  " + translate("keying", "(optional)")
    return local(field.label) + optional


def _field_path(name: str) -> Callable[[FieldEditor], str]:
    """A field's path: its name."""
    return lambda _editor: name


def _cell_path(table: str, column: str) -> Callable[[FieldEditor], str]:
    """A cell's path: the table, the editor's row, the column (`items[2].price`)."""
    return lambda editor: f"{table}[{editor.row}].{column}"
