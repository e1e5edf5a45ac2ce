"""The entry form, built from a form definition: one editor per field, tables as grids.

Heads-down keying: Enter or Tab moves on; type and format errors (hard) keep the operator in
the field; range warnings and cross-field checks (soft) are shown and recorded, never
blocking. F2 keys "illegible", F3 "blank on paper", F12 (or Ctrl+Enter) finishes the
document, F1 lists every shortcut. Paths: a field is `name`, a table cell `table[row].column`
with `row` counted from 0.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
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

from keying.config import Settings
from keying.forms import (
    BLANK_ON_PAPER,
    ILLEGIBLE,
    MARKERS,
    FieldDef,
    FormDefinition,
    check_value,
    run_checks,
    visible_fields,
)
from keying.forms.values import missing_required
from keying.reconcile.normalize import Normalizer
from keying.ui.fields import (
    DOWN,
    NEXT,
    PREV,
    UP,
    FieldEditor,
    FieldFigures,
    choice_hint,
    complete_choice,
)
from keying.ui.help_overlay import HelpOverlay
from keying.ui.steady_label import SteadyLabel
from keying.ui.table_editor import TableEditor
from keying.ui.theme import change_font_scale, toggle_high_contrast

FieldPath = str
HELP_GROUP = "Entry form"
MARKER_TEXT = {ILLEGIBLE: "illegible", BLANK_ON_PAPER: "blank on paper"}


def same_value(field: FieldDef, a: str, b: str) -> bool:
    """Two keyed values agree after normalization: exactly the reconciler's rule (by the
    field's compare policy), so dependent verification asks about what would be a discrepancy.
    """
    if a == b:
        return True
    norm = Normalizer(field)
    return bool(norm.key(a) == norm.key(b))


class _Row:
    """The widgets of one top-level field in the form's grid."""

    def __init__(self, field: FieldDef, label: QLabel, widgets: list[QWidget]) -> None:
        self.field = field
        self.label = label
        self.widgets = widgets
        self.editor: FieldEditor | None = None
        self.table: TableEditor | None = None
        self.hint: QLabel | None = None

    def set_visible(self, visible: bool) -> None:
        self.label.setVisible(visible)
        for w in self.widgets:
            w.setVisible(visible)


class EntryForm(QWidget):
    field_focused = Signal(str, object)  # path, Zone | None
    field_committed = Signal(str, str, dict)  # path, raw, figures of that path
    finish_requested = Signal(dict, list)  # values, list[CheckFailure]

    def __init__(
        self, definition: FormDefinition, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.definition = definition
        self.settings = settings
        self.setAccessibleName(f"Entry form: {definition.title}")
        self._rows: dict[str, _Row] = {}
        self._reference: dict[str, Any] = {}
        self._current: FieldEditor | None = None
        self._navigating = False
        self._armed_checks: tuple[str, ...] | None = None
        self._has_show_if = any(f.show_if for f in definition.fields)
        self._build()
        self._make_actions()
        self.help = HelpOverlay(self)
        self.update_visibility()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(8)
        title = QLabel(self.definition.title)
        title.setObjectName("formTitle")
        title.setAccessibleName("Form title")
        outer.addWidget(title)

        self.guide = QFrame()
        self.guide.setObjectName("guide")
        self.guide.setAccessibleName("Field instructions")
        g = QVBoxLayout(self.guide)
        g.setContentsMargins(10, 6, 10, 6)
        self.guide_title = SteadyLabel(lines=1)
        self.guide_title.setObjectName("guideTitle")
        self.guide_title.setAccessibleName("Focused field")
        self.guide_text = SteadyLabel(self.definition.instructions or "", lines=3)
        self.guide_text.setObjectName("guideText")
        self.guide_text.setAccessibleName("Instructions of the focused field")
        self.guide_text.setWordWrap(True)
        self.message = SteadyLabel(lines=2)
        self.message.setObjectName("message")
        self.message.setAccessibleName("Message")
        self.message.setWordWrap(True)
        self.message.setProperty("state", "")
        for w in (self.guide_title, self.guide_text, self.message):
            g.addWidget(w)
        outer.addWidget(self.guide)

        body = QWidget()
        body.setAccessibleName("Fields")
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(2, 2, 2, 2)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
        line = 0
        for field in self.definition.fields:
            label = QLabel(field.label + ("" if field.required else "  (optional)"))
            label.setAccessibleName(f"Label: {field.label}")
            if field.type == "table":
                label.setObjectName("tableTitle")
                table = TableEditor(field, self._make_cell)
                row = _Row(field, label, [table])
                row.table = table
                self.grid.addWidget(label, line, 0, 1, 3)
                self.grid.addWidget(table, line + 1, 0, 1, 3)
                line += 2
            else:
                label.setObjectName("fieldLabel")
                label.setProperty("focusedRow", False)
                editor = self._make_editor(field, None)
                label.setBuddy(editor)
                widgets: list[QWidget] = [editor]
                row = _Row(field, label, widgets)
                row.editor = editor
                self.grid.addWidget(label, line, 0, Qt.AlignmentFlag.AlignRight)
                has_hint = field.type in ("choice", "boolean")
                # A field without a codes hint takes the hint's column too: long values show.
                self.grid.addWidget(editor, line, 1, 1, 1 if has_hint else 2)
                if has_hint:
                    hint = QLabel(choice_hint(field, ""))
                    hint.setObjectName("choiceHint")
                    hint.setWordWrap(True)
                    hint.setMinimumWidth(40)
                    hint.setProperty("focusedRow", False)
                    hint.setAccessibleName(f"Codes of {field.label}")
                    row.hint = hint
                    widgets.append(hint)
                    self.grid.addWidget(hint, line, 2)
                    editor.textChanged.connect(
                        lambda text, f=field, h=hint: h.setText(choice_hint(f, text))
                    )
                line += 1
            self._rows[field.name] = row
        self.grid.setRowStretch(line, 1)

        self.scroll = QScrollArea()
        self.scroll.setAccessibleName("Fields of the form")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)

        self.check_list = QListWidget()
        self.check_list.setObjectName("checkList")
        self.check_list.setAccessibleName("Checks that failed")
        self.check_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check_list.setMaximumHeight(120)
        self.check_list.hide()
        outer.addWidget(self.check_list)

        footer = QHBoxLayout()
        keys = QLabel("F1 help  ·  F2 illegible  ·  F3 blank on paper  ·  F12 finish")
        keys.setObjectName("choiceHint")
        keys.setAccessibleName("Main keys")
        footer.addWidget(keys)
        outer.addLayout(footer)

    def _make_editor(self, field: FieldDef, table: FieldDef | None) -> FieldEditor:
        path_of: Callable[[FieldEditor], str]
        if table is None:
            path_of = lambda _e, name=field.name: name  # noqa: E731
        else:
            path_of = lambda e, t=table.name, c=field.name: f"{t}[{e.row}].{c}"  # noqa: E731
        editor = FieldEditor(field, path_of, self.settings.pause_threshold_s)
        editor.setAccessibleName(field.label)
        if field.max_length is not None:
            editor.setMaxLength(max(field.max_length, len(ILLEGIBLE)))
        editor.navigate.connect(self._navigate)
        editor.focused.connect(self._focused)
        editor.left.connect(self._left)
        editor.full.connect(self._full)
        return editor

    def _make_cell(self, table: FieldDef, column: FieldDef) -> FieldEditor:
        return self._make_editor(column, table)

    def _make_actions(self) -> None:
        # (text, keys, slot): slot None = keys the editors handle themselves (listed only).
        entries: list[tuple[str, list[str], Callable[[], Any] | None]] = [
            ("Next field (checks this one)", ["Enter", "Tab"], None),
            ("Previous field", ["Shift+Tab"], None),
            ("Previous / next field; in a table the row above / below", ["Up", "Down"], None),
            ("Illegible: the value cannot be read", ["F2"], lambda: self.key_marker(ILLEGIBLE)),
            ("Blank on paper: nothing is written", ["F3"], lambda: self.key_marker(BLANK_ON_PAPER)),
            (
                "Finish the document (runs the checks)",
                ["F12", "Ctrl+Return", "Ctrl+Enter"],
                self.finish,
            ),
            ("Add a table row below", ["Ctrl+Ins"], self.add_row),
            ("Remove this table row", ["Ctrl+Del"], self.remove_row),
            ("Keyboard help (this list)", ["F1"], self.show_help),
            ("Zoom the page to the focused field on / off", ["F7"], self._toggle_zoom_to_zone),
            ("Auto-advance when a field is full on / off", ["F8"], self._toggle_auto_advance),
            ("Larger text", ["Ctrl++", "Ctrl+="], lambda: self._scale(1)),
            ("Smaller text", ["Ctrl+-"], lambda: self._scale(-1)),
            ("Normal text size", ["Ctrl+0"], lambda: self._scale(0)),
            ("High-contrast colours on / off", ["Ctrl+Shift+H"], self._toggle_contrast),
        ]
        for text, keys, slot in entries:
            action = QAction(text, self)
            action.setProperty("help_group", HELP_GROUP)
            if slot is None:
                action.setProperty("help_keys", ", ".join(keys))
            else:
                action.setShortcuts([QKeySequence(k) for k in keys])
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(slot)
            self.addAction(action)

    # --- editors in order -------------------------------------------------------------

    def editors(self) -> list[FieldEditor]:
        """The editors of the visible fields, in keying order."""
        out: list[FieldEditor] = []
        for row in self._rows.values():
            if row.label.isHidden():  # show_if hides the whole row
                continue
            if row.editor is not None:
                out.append(row.editor)
            elif row.table is not None:
                out.extend(row.table.editors())
        return out

    def editor(self, path: FieldPath) -> FieldEditor | None:
        name = path.split("[", 1)[0]
        row = self._rows.get(name)
        if row is None:
            return None
        if row.editor is not None:
            return row.editor if path == name else None
        assert row.table is not None
        for editor in row.table.editors():
            if editor.path == path:
                return editor
        return None

    def _table_of(self, editor: FieldEditor) -> TableEditor | None:
        name = editor.path.split("[", 1)[0]
        row = self._rows.get(name)
        return row.table if row is not None and row.table is not None else None

    def current_editor(self) -> FieldEditor | None:
        return self._current

    def focused_path(self) -> FieldPath | None:
        """The path of the field being keyed, None before any."""
        return self._current.path if self._current is not None else None

    # --- focus and moving on -----------------------------------------------------------

    def focus_path(self, path: FieldPath | None) -> None:
        editor = self.editor(path) if path else None
        if editor is None or editor.isHidden():
            order = self.editors()
            editor = order[0] if order else None
        if editor is not None:
            self._go(editor)

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:  # type: ignore[override]
        """Focus goes to the field being keyed (the first one when none is)."""
        target = self._current
        if target is None or target.isHidden():
            order = self.editors()
            target = order[0] if order else None
        if target is not None:
            target.setFocus(reason)
        else:
            super().setFocus(reason)

    def _go(self, editor: FieldEditor) -> None:
        self._navigating = True
        try:
            editor.setFocus(Qt.FocusReason.TabFocusReason)
            editor.selectAll()
        finally:
            self._navigating = False
        if self._current is not editor:  # focus did not arrive (hidden window): track anyway
            self._focused(editor)

    def _focused(self, editor: FieldEditor) -> None:
        previous = self._current
        self._current = editor
        field = editor.definition
        table = self._table_of(editor)
        top = table.definition if table is not None else field
        if previous is not None:
            self._mark_row(previous, False)
        self._mark_row(editor, True)
        title = top.label
        if table is not None:
            pos = table.position(editor)
            row_no = pos[0] + 1 if pos else 1
            title = f"{top.label} — row {row_no}, {field.label}"
        self.guide_title.setText(title)
        parts = [
            p for p in (field.instructions, top.instructions if top is not field else None) if p
        ]
        self.guide_text.setText("  ".join(parts) or _type_hint(field))
        self.scroll.ensureWidgetVisible(editor, 40, 40)
        self.field_focused.emit(editor.path, top.zone)

    def _mark_row(self, editor: FieldEditor, on: bool) -> None:
        """`focusedRow` on the label and codes hint of a field (a table's title has no
        highlight: its rows have numbers and the focused cell its own frame)."""
        row = self._rows.get(editor.path.split("[", 1)[0])
        if row is None or row.table is not None:
            return
        for w in (row.label, row.hint):
            if w is not None and w.property("focusedRow") != on:
                w.setProperty("focusedRow", on)
                w.style().unpolish(w)
                w.style().polish(w)

    def _navigate(self, editor: FieldEditor, direction: str) -> None:
        if self._commit(editor, interactive=True):
            self._move(editor, direction)

    def _move(self, editor: FieldEditor, direction: str) -> None:
        table = self._table_of(editor)
        if table is not None:
            target = self._table_move(table, editor, direction)
            if target is not None:
                self._go(target)
                return
            if direction in (NEXT, DOWN):
                self._go_after(table.editors()[-1])
            else:
                self._go_before(table.editors()[0])
            return
        if direction in (NEXT, DOWN):
            self._go_after(editor)
        else:
            self._go_before(editor)

    def _table_move(
        self, table: TableEditor, editor: FieldEditor, direction: str
    ) -> FieldEditor | None:
        """Where a key moves inside a table; None to leave the table."""
        pos = table.position(editor)
        if pos is None:
            return None
        r, c = pos
        last_col = len(table.columns) - 1
        if direction == UP:
            return table.rows[r - 1][c] if r > 0 else None
        if direction == DOWN:
            return table.rows[r + 1][c] if r + 1 < len(table.rows) else None
        if direction == NEXT and r == len(table.rows) - 1 and TableEditor.row_empty(table.rows[r]):
            # Enter on the empty last row ends the table (the row is dropped if it may be).
            if r > 0 and len(table.rows) > max(1, table.definition.min_rows or 0):
                self._drop_row(table, r)
            return None
        if direction == PREV:
            if c > 0:
                return table.rows[r][c - 1]
            return table.rows[r - 1][last_col] if r > 0 else None
        # NEXT
        if c < last_col:
            return table.rows[r][c + 1]
        if r + 1 < len(table.rows):
            return table.rows[r + 1][0]
        # The last cell of the last row, which has something keyed: a new row opens.
        new = table.insert_row(r + 1)
        return new[0] if new else None

    def _go_after(self, editor: FieldEditor) -> None:
        order = self.editors()
        if editor in order:
            i = order.index(editor)
            if i + 1 < len(order):
                self._go(order[i + 1])
                return
        self._say("info", "This is the last field. Press F12 to finish the document.")

    def _go_before(self, editor: FieldEditor) -> None:
        order = self.editors()
        if editor in order:
            i = order.index(editor)
            if i > 0:
                self._go(order[i - 1])

    def _left(self, editor: FieldEditor, reason: Qt.FocusReason) -> None:
        """Focus left by other means than our keys (a mouse click): check, never hold."""
        if self._navigating or editor.isHidden():
            return
        if reason in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.MenuBarFocusReason):
            return
        self._commit(editor, interactive=False)

    def _full(self, editor: FieldEditor) -> None:
        if self.settings.auto_advance:
            self._navigate(editor, NEXT)

    # --- checking a value -------------------------------------------------------------

    def _commit(self, editor: FieldEditor, interactive: bool) -> bool:
        """Check the editor's value as the operator leaves it; False keeps them there."""
        field = editor.definition
        raw = editor.text()
        if field.type == "choice":
            completed = complete_choice(field, raw)
            if completed != raw:
                editor.setText(completed)
                raw = completed
        checked = check_value(field, raw)
        if checked.error is not None:
            editor.set_state("error")
            self._say("error", f"{field.label}: {checked.error}. Correct it, or press F2 / F3.")
            return False
        if field.type == "boolean" and checked.value is not None:
            canonical = "Y" if checked.value else "N"
            if canonical != raw.strip():
                editor.setText(canonical)
                raw = canonical
        if interactive and not self._verified(editor, raw):
            return False
        if checked.warning is not None:
            editor.set_state("warning")
            message = f"{field.label}: {checked.warning}"
            if message not in editor.figures.warnings:
                editor.figures.warnings.append(message)
            self._say("warning", f"{message} — recorded; keying goes on.")
        else:
            editor.set_state("")
            if raw in MARKERS:
                self._say("info", f"{field.label}: keyed as {MARKER_TEXT[raw]}.")
            elif self.message.property("state") != "":
                self._say("", "")
        if self._has_show_if:
            self.update_visibility()
        if raw != editor.last_committed:
            editor.last_committed = raw
            self.field_committed.emit(editor.path, raw, editor.current_figures().as_dict())
        return True

    def _verified(self, editor: FieldEditor, raw: str) -> bool:
        """Dependent verification: a value unlike pass 1 must be keyed twice."""
        reference = self._reference_value(editor)
        if reference is None:
            return True
        if editor.pending_verify is not None:
            editor.figures.verification = {
                "reference": reference,
                "first": editor.pending_verify,
                "confirmed": raw,
            }
            editor.pending_verify = None
            return True
        if same_value(editor.definition, raw, reference):
            return True
        editor.pending_verify = raw
        editor.clear()
        editor.set_state("warning")
        self._say(
            "warning",
            f"{editor.definition.label}: this value differs from the other keying. "
            "Look at the page again and key it once more.",
        )
        return False

    def _reference_value(self, editor: FieldEditor) -> str | None:
        if not self._reference:
            return None
        table = self._table_of(editor)
        if table is None:
            value = self._reference.get(editor.definition.name)
            return value if isinstance(value, str) else None
        rows = self._reference.get(table.definition.name)
        pos = table.position(editor)
        if not isinstance(rows, list) or pos is None or pos[0] >= len(rows):
            return None
        row = rows[pos[0]]
        value = row.get(editor.definition.name) if isinstance(row, Mapping) else None
        return value if isinstance(value, str) else None

    def _say(self, state: str, text: str) -> None:
        self.message.setText(text)
        if self.message.property("state") != state:
            self.message.setProperty("state", state)
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)

    def update_visibility(self) -> None:
        """Show exactly the fields whose show_if holds for the values keyed now."""
        if not self._has_show_if:
            return
        shown = {f.name for f in visible_fields(self.definition, self._all_values())}
        for name, row in self._rows.items():
            visible = name in shown
            if row.label.isHidden() == visible:
                row.set_visible(visible)

    # --- keys of the form -------------------------------------------------------------

    def key_marker(self, marker: str) -> None:
        editor = self._current
        if editor is None or editor.isHidden():
            return
        editor.set_marker(marker)
        self._navigate(editor, NEXT)

    def add_row(self) -> None:
        editor = self._current
        table = self._table_of(editor) if editor is not None else None
        if editor is None or table is None:
            self._say("info", "Ctrl+Ins adds a row in a table; this field is not in a table.")
            return
        pos = table.position(editor)
        row = table.insert_row((pos[0] if pos else len(table.rows) - 1) + 1)
        if row is None:
            self._say("warning", f"{table.definition.label}: at most {table.max_rows} rows.")
            return
        self._go(row[0])

    def remove_row(self) -> None:
        editor = self._current
        table = self._table_of(editor) if editor is not None else None
        if editor is None or table is None:
            return
        pos = table.position(editor)
        if pos is None:
            return
        self._drop_row(table, pos[0])
        r = min(pos[0], len(table.rows) - 1)
        self._go(table.rows[r][min(pos[1], len(table.columns) - 1)])

    def _drop_row(self, table: TableEditor, index: int) -> None:
        if self._current is not None and table.position(self._current) is not None:
            self._current.stop_clock()
            self._current = None
        self._navigating = True
        try:
            table.remove_row(index)
        finally:
            self._navigating = False

    def show_help(self) -> None:
        self.help.toggle()

    def _scale(self, steps: int) -> None:
        scale = change_font_scale(self.settings, steps)
        self._say("info", f"Text size {round(scale * 100)} %.")

    def _toggle_zoom_to_zone(self) -> None:
        self.settings.zoom_to_zone = not self.settings.zoom_to_zone
        self.settings.save()
        on = self.settings.zoom_to_zone
        self._say("info", "Zoom to the focused field " + ("on." if on else "off."))
        if on and self._current is not None:
            self._focused(self._current)  # zoom to the field being keyed now

    def _toggle_auto_advance(self) -> None:
        self.settings.auto_advance = not self.settings.auto_advance
        self.settings.save()
        on = self.settings.auto_advance
        self._say("info", "Auto-advance when a field is full " + ("on." if on else "off."))

    def _toggle_contrast(self) -> None:
        on = toggle_high_contrast(self.settings)
        self._say("info", "High-contrast colours " + ("on." if on else "off."))

    # --- finishing --------------------------------------------------------------------

    def finish(self) -> None:
        """Check the document; soft check failures need a second press to finish anyway."""
        current = self._current
        if current is not None and not current.isHidden() and not self._commit(current, True):
            return
        for editor in self.editors():
            field = editor.definition
            raw = editor.text()
            error = check_value(field, raw).error
            if error is not None:
                editor.set_state("error")
                self._go(editor)
                self._say("error", f"{field.label}: {error}.")
                return
            if missing_required(field, raw) and self._required_here(editor):
                editor.set_state("error")
                self._go(editor)
                self._say(
                    "error",
                    f"{field.label} is required: key the value, F3 if it is blank on paper, "
                    "F2 if it cannot be read.",
                )
                return
        values = self.values()
        failures = run_checks(self.definition, values)
        names = tuple(f.name for f in failures)
        if failures and self._armed_checks != names:
            self._armed_checks = names
            self.check_list.clear()
            for failure in failures:
                self.check_list.addItem(f"⚠ {failure.message}  ({', '.join(failure.fields)})")
            self.check_list.show()
            self._say(
                "warning",
                f"{len(failures)} check(s) failed — correct the fields, or press F12 again to "
                "finish as keyed (the failures are recorded).",
            )
            return
        self._armed_checks = None
        self.check_list.hide()
        self._say("info", "Document finished.")
        self.finish_requested.emit(values, list(failures))

    def _required_here(self, editor: FieldEditor) -> bool:
        """A table cell is required only in a row that has something keyed."""
        table = self._table_of(editor)
        if table is None:
            return True
        pos = table.position(editor)
        return pos is not None and not TableEditor.row_empty(table.rows[pos[0]])

    # --- the station's API ------------------------------------------------------------

    def load(
        self, values: Mapping[str, Any], focus_path: FieldPath | None = None, resume: bool = False
    ) -> None:
        """Start a document: restore its draft (or nothing) and focus `focus_path`. With
        `resume`, `focus_path` is the draft's last committed field: a field is committed on
        leaving it, so keying was already in the field Enter leads to from there."""
        self._current = None
        self._armed_checks = None
        self.check_list.hide()
        self._say("", "")
        for name, row in self._rows.items():
            value = values.get(name)
            if row.editor is not None:
                row.editor.reset(value if isinstance(value, str) else "")
                self._mark_row(row.editor, False)
            elif row.table is not None:
                rows = (
                    [r for r in value if isinstance(r, Mapping)] if isinstance(value, list) else []
                )
                row.table.load([{k: str(v) for k, v in r.items()} for r in rows])
        self.update_visibility()
        self.focus_path(focus_path)
        current = self._current
        if resume and current is not None and current.path == focus_path and current.last_committed:
            self._move(current, NEXT)

    def values(self) -> dict[str, Any]:
        """Visible fields: a field → its keyed string, a table → its keyed rows."""
        all_values = self._all_values()
        if not self._has_show_if:
            return all_values
        return {k: v for k, v in all_values.items() if not self._rows[k].label.isHidden()}

    def _all_values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, row in self._rows.items():
            if row.editor is not None:
                out[name] = row.editor.text()
            elif row.table is not None:
                out[name] = row.table.values()
        return out

    def figures(self) -> dict[str, dict[str, Any]]:
        """Per path: keystrokes, corrections, time_ms, pauses, visits (+ warnings, verification)."""
        out: dict[str, dict[str, Any]] = {}
        for row in self._rows.values():
            editors = [row.editor] if row.editor is not None else []
            if row.table is not None:
                editors = row.table.editors()
                removed: FieldFigures = row.table.removed_figures
                if not removed.empty:
                    out[f"{row.field.name}[removed]"] = removed.as_dict()
            for editor in editors:
                f = editor.current_figures()
                if not f.empty or f.verification is not None:
                    out[editor.path] = f.as_dict()
        return out

    def set_reference(self, values: Mapping[str, Any] | None) -> None:
        """Dependent verification: the other pass's values (None or empty: off)."""
        self._reference = dict(values or {})


def _type_hint(field: FieldDef) -> str:
    if field.type == "date":
        return "A date as " + " or ".join(f.text for f in field.date_formats) + "."
    if field.type == "integer":
        return "A whole number."
    if field.type == "decimal":
        return "A number; a decimal point, no currency sign."
    if field.type in ("choice", "boolean"):
        return "Type the code; its meaning shows beside the field."
    return "Key exactly what is written."
