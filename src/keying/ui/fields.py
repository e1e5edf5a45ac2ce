"""One editor per keyed value (a field or a table cell): a QLineEdit that counts its figures.

The editor does not decide where focus goes: Enter, Tab, Shift+Tab and the arrow keys are
turned into `navigate` requests that the entry form validates and carries out.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from keying.forms import MARKERS, FieldDef
from keying.ui.language import local, translate

NEXT, PREV, UP, DOWN = "next", "prev", "up", "down"

# Keys the form's shortcuts own even while a line edit has focus (QLineEdit would otherwise
# take Ctrl+Delete as "delete word" and so on).
_FORM_CTRL_KEYS = {
    Qt.Key.Key_Delete,
    Qt.Key.Key_Insert,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Plus,
    Qt.Key.Key_Equal,
    Qt.Key.Key_Minus,
    Qt.Key.Key_0,
    Qt.Key.Key_H,
}
_CORRECTION_KEYS = {Qt.Key.Key_Backspace, Qt.Key.Key_Delete}


@dataclass
class FieldFigures:
    """The raw figures of keying one value, for keyer statistics."""

    keystrokes: int = 0
    corrections: int = 0
    time_ms: int = 0
    pauses: int = 0
    visits: int = 0
    warnings: list[str] = field(default_factory=list)
    verification: dict[str, str] | None = None

    @property
    def empty(self) -> bool:
        return self.visits == 0 and self.keystrokes == 0 and not self.warnings

    def merge(self, other: FieldFigures) -> None:
        self.keystrokes += other.keystrokes
        self.corrections += other.corrections
        self.time_ms += other.time_ms
        self.pauses += other.pauses
        self.visits += other.visits

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "keystrokes": self.keystrokes,
            "corrections": self.corrections,
            "time_ms": self.time_ms,
            "pauses": self.pauses,
            "visits": self.visits,
        }
        if self.warnings:
            out["warnings"] = list(self.warnings)
        if self.verification is not None:
            out["verification"] = dict(self.verification)
        return out


class FieldEditor(QLineEdit):
    """The editor of one field or one table cell."""

    shows_codes = False  # a codes hint beside it (ui.editors.CodeEditor)

    navigate = Signal(object, str)  # (editor, NEXT | PREV | UP | DOWN)
    focused = Signal(object)
    left = Signal(object, object)  # (editor, Qt.FocusReason)
    full = Signal(object)  # reached max_length by typing (auto-advance)

    def __init__(
        self,
        definition: FieldDef,
        path_of: Callable[[FieldEditor], str],
        pause_threshold_s: float,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.definition = definition
        self._path_of = path_of
        self.row = 0  # table row (0 for a field)
        self.pause_threshold_s = pause_threshold_s
        self.clock = clock
        self.figures = FieldFigures()
        self.pending_verify: str | None = None
        self.last_committed: str | None = None  # the text when last committed (None: never)
        self._focus_since: float | None = None
        self._last_key: float | None = None
        self._state = ""
        self._marker = False
        self.setProperty("state", "")
        self.setProperty("marker", False)
        if definition.instructions:
            self.setAccessibleDescription(local(definition.instructions))
        self.textChanged.connect(self._text_changed)
        self.min_chars = 0  # the form asks a field's editor to show at least this many

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.min_chars <= 0:
            return hint
        # From the font in use: at 200 % text the editor stays as many characters wide.
        wanted = self.fontMetrics().averageCharWidth() * self.min_chars + 16
        return QSize(max(hint.width(), wanted), hint.height())

    def codes_hint(self) -> str:
        """What shows beside the editor when `shows_codes` (see ui.editors.CodeEditor)."""
        return ""

    @property
    def path(self) -> str:
        return self._path_of(self)

    @property
    def state(self) -> str:
        return self._state

    def set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.setProperty("state", state)
            self._repolish()

    def _repolish(self) -> None:
        style = self.style()
        style.unpolish(self)
        style.polish(self)

    def _text_changed(self, text: str) -> None:
        marker = text in MARKERS
        if marker != self._marker:
            self._marker = marker
            self.setProperty("marker", marker)
            self._repolish()

    def set_marker(self, marker: str) -> None:
        self.figures.keystrokes += 1
        self.setText(marker)

    # --- keys ---------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        etype = event.type()
        if etype == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            mods = event.modifiers()
            if (mods & Qt.KeyboardModifier.ControlModifier) and event.key() in _FORM_CTRL_KEYS:
                event.ignore()  # let the form's shortcut have it
                return True
        if etype == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.navigate.emit(self, NEXT)
                return True
            if event.key() == Qt.Key.Key_Backtab:
                self.navigate.emit(self, PREV)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
            self.navigate.emit(self, NEXT)
            return
        if key == Qt.Key.Key_Up and mods == Qt.KeyboardModifier.NoModifier:
            self.navigate.emit(self, UP)
            return
        if key == Qt.Key.Key_Down and mods == Qt.KeyboardModifier.NoModifier:
            self.navigate.emit(self, DOWN)
            return
        text = event.text()
        typed = (
            bool(text)
            and text.isprintable()
            and not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        )
        correction = key in _CORRECTION_KEYS
        if typed or correction:
            self._count_key(correction)
            if self._marker:  # a marker is replaced as a whole, never edited
                self.clear()
                if correction:
                    return
        before = len(self.text())
        super().keyPressEvent(event)
        if typed and len(self.text()) > before:
            limit = self.definition.max_length
            if limit is not None and len(self.text()) >= limit:
                self.full.emit(self)

    def _count_key(self, correction: bool) -> None:
        now = self.clock()
        f = self.figures
        f.keystrokes += 1
        if correction:
            f.corrections += 1
        if self._last_key is not None and now - self._last_key > self.pause_threshold_s:
            f.pauses += 1
        self._last_key = now

    # --- focus --------------------------------------------------------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.figures.visits += 1
        self._focus_since = self.clock()
        self._last_key = self._focus_since
        self.focused.emit(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.stop_clock()
        if event.reason() != Qt.FocusReason.ActiveWindowFocusReason:
            self.left.emit(self, event.reason())

    def stop_clock(self) -> None:
        if self._focus_since is not None:
            self.figures.time_ms += round((self.clock() - self._focus_since) * 1000)
            self._focus_since = None
        self._last_key = None

    def current_figures(self) -> FieldFigures:
        """Figures including the time of the visit going on now."""
        f = FieldFigures(**{**self.figures.__dict__, "warnings": list(self.figures.warnings)})
        if self._focus_since is not None:
            f.time_ms += round((self.clock() - self._focus_since) * 1000)
        return f

    def reset(self, text: str = "") -> None:
        self.blockSignals(True)
        self.setText(text)
        self.blockSignals(False)
        self._text_changed(text)
        self.figures = FieldFigures()
        self.pending_verify = None
        self.last_committed = text if text else None
        self.set_state("")
        # A new document while this editor keeps the focus: its visit starts now.
        self._focus_since = self.clock() if self.hasFocus() else None
        self._last_key = self._focus_since
        self.figures.visits = 1 if self.hasFocus() else 0


def _codes(definition: FieldDef) -> dict[str, str]:
    """code → label of a field keyed as codes (keying.forms.types: a choice's codes, Y and N
    of a yes/no field); {} for other fields."""
    codes = definition.kind.codes(definition) or {}
    return {code: local(label) for code, label in codes.items()}


def _exact_code(definition: FieldDef, text: str) -> str | None:
    """The code `text` is, as the checks read it (keying.forms: any case; for a yes/no field
    every word they take, 1/0 and true/false too), or None."""
    reader = definition.kind.code_reader(definition)
    return None if reader is None else reader(text.strip().casefold())


def _codes_starting(codes: Iterable[str], typed: str) -> list[str]:
    """The codes `typed` (stripped and casefolded) is the beginning of."""
    return [c for c in codes if c.casefold().startswith(typed)]


# A code and its meaning are joined by a no-break space: in a narrow column the hint wraps
# between entries (or inside a long meaning), never between "BATT" and "Car battery".
_NBSP = "\u00a0"


def choice_hint(definition: FieldDef, text: str) -> str:
    """What the operator sees beside a code field: the label of the code being typed."""
    choices = _codes(definition)
    typed = text.strip().casefold()
    if typed and text not in MARKERS:
        exact = _exact_code(definition, text)
        if exact is not None:
            return f"= {choices[exact]}"
        matches = _codes_starting(choices, typed)
        if len(matches) == 1:
            return f"→ {matches[0]}  {choices[matches[0]]}"
        if not matches:
            listed = "  ·  ".join(f"{c}{_NBSP}{label}" for c, label in choices.items())
            return translate("keying", "no such code — {0}").format(listed)
        return "  ·  ".join(f"{c}{_NBSP}{choices[c]}" for c in matches)
    return "  ·  ".join(f"{c}{_NBSP}{label}" for c, label in choices.items())
