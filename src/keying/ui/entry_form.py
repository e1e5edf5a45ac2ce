"""The entry form, built from a form definition: one editor per field, tables as grids.

Heads-down keying: Enter or Tab moves on; type and format errors (hard) keep the operator in
the field; range warnings and cross-field checks (soft) are shown and recorded, never
blocking. F2 keys "illegible", F3 "blank on paper", F12 (or Ctrl+Enter) finishes the
document, F1 lists every shortcut. Paths: a field is `name`, a table cell `table[row].column`
with `row` counted from 0.

This is the view. The rules live without Qt: what committing a value and finishing a
document do in `keying.forms.entry`, where each key moves the focus in `keying.forms.focus`;
the widgets are laid out by `keying.ui.entry_layout`. The app-wide settings the keyboard
toggles belong to `keying.ui.preferences` (the main window); the form only reads them.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from keying.config import Settings
from keying.forms import FormDefinition, check_value, visible_fields
from keying.forms.entry import (
    CLEAR,
    ERROR,
    INFO,
    WARNING,
    FinishGate,
    Keyed,
    Message,
    commit,
    complete_code,
    first_problem,
    reference_value,
)
from keying.forms.focus import NEXT, plan_move
from keying.forms.wording import QT_TRANSLATE_NOOP, Said, say
from keying.reconcile import same_value
from keying.ui.entry_keys import form_keys
from keying.ui.entry_layout import FieldRow, FormLayout
from keying.ui.fields import FieldEditor
from keying.ui.help_overlay import HelpOverlay
from keying.ui.language import accessible, local, retranslate_actions
from keying.ui.table_editor import TableEditor

FieldPath = str
LAST_FIELD = Message(
    INFO,
    Said(QT_TRANSLATE_NOOP("keying", "This is the last field. Press F12 to finish the document.")),
)
NOT_FINISHED = QT_TRANSLATE_NOOP(
    "keying", "{0} The document is not finished: correct this field first (or press F2 / F3)."
)


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
        accessible(self, say(QT_TRANSLATE_NOOP("keying", "Entry form: {0}"), definition.title))
        self._reference: dict[str, Any] = {}
        self._current: FieldEditor | None = None
        self._said = CLEAR  # the message shown last
        self._navigating = False
        self._gate = FinishGate(definition)
        self._has_show_if = any(f.show_if for f in definition.fields)
        layout = FormLayout(self, definition, settings.pause_threshold_s, self._wire)
        self._layout = layout
        self._reveal = QTimer(self)
        self._reveal.setSingleShot(True)
        self._reveal.setInterval(0)
        self._reveal.timeout.connect(self.reveal_current)
        self._rows: dict[str, FieldRow] = layout.rows
        self.guide_title, self.guide_text = layout.guide_title, layout.guide_text
        self.message, self.scroll_area = layout.message, layout.scroll
        # the fields' view shorter or taller (a message taking a line above them): the field
        # being keyed stays whole in view
        self.scroll_area.verticalScrollBar().rangeChanged.connect(self._reveal.start)
        self.check_list = layout.check_list
        self.help = HelpOverlay(self)
        self.addActions(form_keys(self))
        self.update_visibility()

    @property
    def labels_above(self) -> bool:
        return self._layout.labels_above

    def set_labels_above(self, on: bool) -> None:
        """Labels above their fields (a narrow form) or beside them."""
        if on != self._layout.labels_above:
            self._layout.place(on)

    def set_compact(self, on: bool) -> None:
        """The page above the form: no title, no guide line naming the field."""
        self._layout.set_compact(on)

    def height_for_fields(self, count: int) -> int:
        return self._layout.height_for_fields(count)

    def _wire(self, editor: FieldEditor) -> None:
        editor.navigate.connect(self._navigate)
        editor.focused.connect(self._focused)
        editor.left.connect(self._left)
        editor.full.connect(self._full)
        editor.textChanged.connect(partial(self._edited, editor))

    # --- editors ----------------------------------------------------------------------

    def editors(self) -> list[FieldEditor]:
        """The editors of the visible fields, in keying order."""
        return [e for row in self._rows.values() if row.visible for e in row.editors()]

    def editor(self, path: FieldPath) -> FieldEditor | None:
        row = self._rows.get(path.split("[", 1)[0])
        return row.editor_at(path) if row is not None else None

    def row(self, name: str) -> FieldRow:
        """The widgets of a top-level field or table: label, editor or table, codes hint."""
        return self._rows[name]

    def _table(self, name: str) -> TableEditor:
        table = self._rows[name].table
        assert table is not None
        return table

    def current_editor(self) -> FieldEditor | None:
        return self._current

    def focused_path(self) -> FieldPath | None:
        """The path of the field being keyed, None before any."""
        return self._current.path if self._current is not None else None

    # --- focus and moving on ----------------------------------------------------------

    def focus_path(self, path: FieldPath | None) -> None:
        editor = self.editor(path) if path else None
        editor = editor if editor is not None and not editor.isHidden() else self._first()
        if editor is not None:
            self._go(editor)

    def _first(self) -> FieldEditor | None:
        return next(iter(self.editors()), None)

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        """Focus goes to the field being keyed (the first one when none is)."""
        target = self._current
        target = target if target is not None and not target.isHidden() else self._first()
        if target is not None:
            target.setFocus(reason)
        else:
            super().setFocus(reason)

    def show_focused(self) -> None:
        """Say again which field is being keyed (`field_focused`), as when it took the focus:
        the page view zooms to it after zooming was turned on."""
        if self._current is not None:
            self._focused(self._current)

    def _go(self, editor: FieldEditor) -> None:
        left = self._current
        if left is not None and left is not editor:
            left.setCursorPosition(0)  # a value longer than its box shows from its start
        self._navigating = True
        try:
            editor.setFocus(Qt.FocusReason.TabFocusReason)
            editor.selectAll()
        finally:
            self._navigating = False
        if self._current is not editor:  # focus did not arrive (hidden window): track anyway
            self._focused(editor)

    def _focused(self, editor: FieldEditor) -> None:
        previous, self._current = self._current, editor
        row = self._row_of(editor)
        if previous is not None:
            self._row_of(previous).mark_focused(False)
        row.mark_focused(True)
        title, text = row.guide(editor)
        self.guide_title.setText(title)
        self.guide_text.setText(text)
        self.reveal_current()
        # Again once the layout has settled: the guide's new text, a field shown by show_if
        # or a resumed document change the heights after this.
        self._reveal.start()
        self.field_focused.emit(editor.path, row.field.zone)

    def reveal_current(self) -> None:
        """Scroll the form so the field being keyed is whole in view, with a margin when the
        view has room for one."""
        editor = self._current
        body = self.scroll_area.widget()
        if editor is None or editor.isHidden() or body is None:
            return
        bar = self.scroll_area.verticalScrollBar()
        view = self.scroll_area.viewport().height()
        # The editor's whole box (ensureWidgetVisible keeps only the text cursor in view),
        # and its label when it is above it.
        top = editor.mapTo(body, QPoint(0, 0)).y()
        bottom = top + editor.height()
        row = self._row_of(editor)
        if self.labels_above and row.editor is editor:
            top = min(top, row.label.mapTo(body, QPoint(0, 0)).y())
        hint = getattr(row, "hint", None)  # the codes under a code field
        if hint is not None and hint.isVisible() and "[" not in editor.path:
            bottom = max(bottom, hint.mapTo(body, QPoint(0, 0)).y() + hint.height())
        margin = max(0, min(40, (view - (bottom - top)) // 2))
        if top - margin < bar.value():
            bar.setValue(top - margin)
        elif bottom + margin > bar.value() + view:
            bar.setValue(min(top, bottom + margin - view))  # the field itself first

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # large text on a small screen: the instructions size to their text, and the message
        # line takes room only when there is a message
        tight = self.guide_text.fit_lines(self.height())
        self.message.fit_lines(0 if tight else self.height(), least=0)
        self._reveal.start()

    def _row_of(self, editor: FieldEditor) -> FieldRow:
        return self._rows[editor.path.split("[", 1)[0]]

    def _navigate(self, editor: FieldEditor, direction: str) -> None:
        if self._commit(editor, interactive=True):
            self._move(editor, direction)

    def _move(self, editor: FieldEditor, direction: str) -> None:
        slots = [row.slot() for row in self._rows.values() if row.visible]  # as they are now
        move = plan_move(slots, editor.path, direction)
        if move.drop_row is not None:
            self._drop_row(self._table(move.drop_row[0]), move.drop_row[1])
        if move.insert_row is not None:
            self._table(move.insert_row[0]).insert_row(move.insert_row[1])
        target = self.editor(move.target) if move.target is not None else None
        if target is not None:
            self._go(target)
        elif move.at_end:
            self.say(LAST_FIELD)

    def _left(self, editor: FieldEditor, reason: Qt.FocusReason) -> None:
        """Focus left by other means than our keys (a mouse click): check, never hold."""
        popup = reason in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.MenuBarFocusReason)
        if not (self._navigating or editor.isHidden() or popup):
            self._commit(editor, interactive=False)

    def _edited(self, editor: FieldEditor, text: str) -> None:
        """A field in error whose text is now a good value loses its red at once (the
        message of the value before is not left beside a right one)."""
        if editor.state != ERROR or editor is not self._current:
            return
        if check_value(editor.definition, complete_code(editor.definition, text)).error is None:
            editor.set_state(CLEAR.state)
            if self.message.property("state") == ERROR:
                self.say(CLEAR)

    def _full(self, editor: FieldEditor) -> None:
        if self.settings.auto_advance:
            self._navigate(editor, NEXT)

    # --- checking a value -------------------------------------------------------------

    def _commit(self, editor: FieldEditor, interactive: bool) -> bool:
        """Check the editor's value as the operator leaves it; False keeps them there.
        Dependent verification applies only to the keys that move on (`interactive`)."""
        field = editor.definition
        reference = reference_value(self._reference, editor.path) if interactive else None
        same = partial(same_value, field)
        out = commit(field, editor.text(), reference, editor.pending_verify, same)
        if out.text != editor.text():
            editor.setText(out.text)
        editor.pending_verify = out.pending
        if out.verification is not None:
            editor.figures.verification = out.verification
        editor.set_state(out.state)
        if out.warning is not None and out.warning not in editor.figures.warnings:
            editor.figures.warnings.append(out.warning)
        if out.message != CLEAR or self.message.property("state") != CLEAR.state:
            self.say(out.message)
        if not out.accepted:
            return False
        if self._has_show_if:
            self.update_visibility()
        if out.text != editor.last_committed:
            editor.last_committed = out.text
            self.field_committed.emit(editor.path, out.text, editor.current_figures().as_dict())
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the form in the language installed now (Ctrl+Shift+L): labels,
        title, code lists, the keys and their help, the guide of the field being keyed and the
        message shown last. What is keyed, the focus and the figures are not touched."""
        self._layout.retranslate()
        retranslate_actions(self)
        accessible(self, say(QT_TRANSLATE_NOOP("keying", "Entry form: {0}"), self.definition.title))
        editor = self._current
        if editor is not None:
            title, text = self._row_of(editor).guide(editor)
            self.guide_title.setText(title)
            self.guide_text.setText(text)
        else:
            self.guide_text.setText(local(self.definition.instructions))
        self.message.setText(local(self._said.text))
        if self.help.isVisible():
            self.help.open()  # its rows read from the actions again

    def say(self, message: Message) -> None:
        """Show a message to the operator in the guide (state: error, warning, info or "")."""
        self._said = message  # shown again in another language (retranslate)
        self.message.setText(local(message.text))
        if self.message.property("state") != message.state:
            self.message.setProperty("state", message.state)
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)

    def update_visibility(self) -> None:
        """Show exactly the fields whose show_if holds for the values keyed now."""
        if not self._has_show_if:
            return
        shown = {f.name for f in visible_fields(self.definition, self._all_values())}
        for name, row in self._rows.items():
            if row.visible != (name in shown):
                row.set_visible(name in shown)

    # --- keys of the form -------------------------------------------------------------

    def key_marker(self, marker: str) -> None:
        editor = self._current
        if editor is None or editor.isHidden():
            return
        editor.set_marker(marker)
        self._navigate(editor, NEXT)

    def add_row(self) -> None:
        editor = self._current
        table = self._row_of(editor).table if editor is not None else None
        if editor is None or table is None:
            not_in_table = QT_TRANSLATE_NOOP(
                "keying", "Ctrl+Ins adds a row in a table; this field is not in a table."
            )
            self.say(Message(INFO, Said(not_in_table)))
            return
        row = table.insert_row(editor.row + 1)
        if row is None:
            full = QT_TRANSLATE_NOOP("keying", "{0}: at most {1} rows.")
            self.say(Message(WARNING, Said(full, table.definition.label, table.max_rows)))
            return
        self._go(row[0])

    def remove_row(self) -> None:
        editor = self._current
        table = self._row_of(editor).table if editor is not None else None
        pos = table.position(editor) if editor is not None and table is not None else None
        if table is None or pos is None:
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

    # --- finishing --------------------------------------------------------------------

    def finish(self) -> None:
        """Check the document; soft check failures need a second press to finish anyway."""
        current = self._current
        if current is not None and not current.isHidden() and not self._commit(current, True):
            if current.state == ERROR:  # F12 on a hard error: say why nothing happens
                self.say(Message(ERROR, Said(NOT_FINISHED, self._said.text)))
            return
        problem = first_problem(self._keyed())
        if problem is not None:
            editor = self.editor(problem.path)
            assert editor is not None
            editor.set_state(ERROR)
            self._go(editor)
            self.say(problem.message)
            return
        values = self.values()
        attempt = self._gate.attempt(values)
        self.check_list.clear()
        if not attempt.done:
            for failure in attempt.failures:
                fields = ", ".join(failure.fields)
                self.check_list.addItem(f"⚠ {local(failure.message)}  ({fields})")
            self.check_list.show()
            self.say(attempt.message)
            return
        self.check_list.hide()
        self.say(attempt.message)
        self.finish_requested.emit(values, list(attempt.failures))

    def _keyed(self) -> list[Keyed]:
        """Every visible value in keying order; a table cell is required only in a row that
        has something keyed."""
        return [k for row in self._rows.values() if row.visible for k in row.keyed()]

    # --- the station's API ------------------------------------------------------------

    def load(
        self, values: Mapping[str, Any], focus_path: FieldPath | None = None, resume: bool = False
    ) -> None:
        """Start a document: restore its draft (or nothing) and focus `focus_path`. With
        `resume`, `focus_path` is the draft's last committed field: a field is committed on
        leaving it, so keying was already in the field Enter leads to from there."""
        self._current = None
        self._gate.reset()
        self.check_list.hide()
        self.say(CLEAR)
        for name, row in self._rows.items():
            row.load(values.get(name))
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
        return {k: v for k, v in all_values.items() if self._rows[k].visible}

    def _all_values(self) -> dict[str, Any]:
        return {name: row.value() for name, row in self._rows.items()}

    def figures(self) -> dict[str, dict[str, Any]]:
        """Per path: keystrokes, corrections, time_ms, pauses, visits (+ warnings, verification)."""
        out: dict[str, dict[str, Any]] = {}
        for row in self._rows.values():
            out.update(row.figures())
        return out

    def set_reference(self, values: Mapping[str, Any] | None) -> None:
        """Dependent verification: the other pass's values (None or empty: off)."""
        self._reference = dict(values or {})
