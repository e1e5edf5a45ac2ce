"""A screen's content that scrolls when the window is shorter than it (the dashboard in Khmer
at 200 % text on a 768-pixel screen), and only then.

`QScrollArea` with `widgetResizable` gives a body whose layout has height-for-width (a label
that wraps) at least its *preferred* height at the viewport's width: tables and charts ask for
much more than they need, so the body scrolled at 100 % text too. `ShrinkingBody` answers
with what it needs at that width: each wrapped label's height for the width, everything else
its minimum. `ScrolledBody` asks the window for the body's width (it never scrolls sideways)
and for little height, and keeps the focused widget in view whichever key moved the focus
(Tab, a mnemonic's Alt+letter, a click); with the focus on the area itself (Tab reaches it)
PageUp, PageDown, Home and End scroll it. When the body's height changes under it (the
dashboard's message a line shorter while its figures are read makes the body fit, then
scroll again), the part in view, or the place the keys scrolled to, comes back: a range that
shrinks to nothing leaves the scroll bar at the top.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLayout, QScrollArea, QWidget


def least_height(layout: QLayout, width: int) -> int:
    """The height `layout` needs at `width`: a wrapped label's height for the width, any
    other item's minimum (nested layouts included), plus margins and spacing."""
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    heights = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget = item.widget()
        if item.isEmpty() or (widget is not None and widget.isHidden()):
            continue
        height = item.minimumSize().height()
        if isinstance(widget, QLabel) and widget.wordWrap():
            height = max(height, widget.heightForWidth(inner))
        heights.append(height)
    spacing = max(layout.spacing(), 0) * max(len(heights) - 1, 0)
    return sum(heights) + spacing + margins.top() + margins.bottom()


class ShrinkingBody(QWidget):
    """A scroll area's body: as tall as the viewport, or as its content needs if taller.
    Once it scrolls, `fill` (the screen's main part: the dashboard's tabs) is as tall as the
    view, up to its preferred height, so that scrolled to it, it fills the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fill: QWidget | None = None

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        view = self.parentWidget()
        area = view.parentWidget() if view is not None else None
        if isinstance(area, QScrollArea):
            # as wide as with the scroll bar, whether it shows or not: else the body fits
            # without it, needs it at the narrower width, and is left wider than the view
            width = min(width, area.width() - area.verticalScrollBar().sizeHint().width())
        needed = least_height(layout, width)
        room = view.height() if view is not None else 0
        fill = self.fill
        if fill is not None and not fill.isHidden() and needed > room:
            least = fill.minimumSizeHint().height()
            needed += max(0, min(fill.sizeHint().height(), room) - least)
        return needed

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is None:
            return hint
        return QSize(hint.width(), least_height(layout, max(self.width(), hint.width())))


class ScrolledBody(QScrollArea):
    SCROLL_KEYS = frozenset(
        {
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        }
    )

    def __init__(self, body: ShrinkingBody, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setWidget(body)
        self._wanted: QWidget | None = None  # the part to show once the body's size is known
        self._held: int | None = None  # where the keys scrolled to (no part wanted since)
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    def minimumSizeHint(self) -> QSize:
        """The body's width (it never scrolls sideways), a few lines of height."""
        body = self.widget()
        if body is None:
            return super().minimumSizeHint()
        wide = body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        tall = min(body.minimumSizeHint().height(), 6 * self.fontMetrics().height())
        margins = self.contentsMargins()
        return QSize(wide + margins.left() + margins.right(), tall)

    def sizeHint(self) -> QSize:
        body = self.widget()
        hint = super().sizeHint() if body is None else body.sizeHint()
        return hint.expandedTo(self.minimumSizeHint())

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        body = self.widget()
        if new is None or body is None or not body.isAncestorOf(new):
            return
        fill = body.fill if isinstance(body, ShrinkingBody) else None
        if fill is not None and (fill is new or fill.isAncestorOf(new)):
            new = fill  # the whole of the main part (its tab bar too), not one table of it
        self.show_part(new)

    def show_part(self, widget: QWidget) -> None:
        """`widget` in view (a widget taller than the view: its middle), now and again once
        the body's new size is known (a tab shown may change what the body needs)."""
        self._wanted, self._held = widget, None
        self.ensureWidgetVisible(widget, 0, 0)
        QTimer.singleShot(0, self, self._show_wanted)

    def _show_wanted(self) -> None:
        if self._wanted is not None:  # not scrolled by a key since
            self.ensureWidgetVisible(self._wanted, 0, 0)
        elif self._held is not None:
            self.verticalScrollBar().setValue(self._held)

    def _range_changed(self, _least: int, most: int) -> None:
        if most > 0:  # scrolls again: where it was, once the body's layout is done
            self._show_wanted()
            QTimer.singleShot(0, self, self._show_wanted)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() not in self.SCROLL_KEYS:
            return super().keyPressEvent(event)
        self._wanted = None
        bar = self.verticalScrollBar()
        step = {
            Qt.Key.Key_PageUp: -bar.pageStep(),
            Qt.Key.Key_PageDown: bar.pageStep(),
            Qt.Key.Key_Up: -bar.singleStep(),
            Qt.Key.Key_Down: bar.singleStep(),
        }
        if event.key() == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif event.key() == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        else:
            bar.setValue(bar.value() + step[Qt.Key(event.key())])
        self._held = bar.value()
        event.accept()
