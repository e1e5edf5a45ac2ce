"""The page beside the form, or above it when the window is too narrow for both side by side.

Three arrangements, the first that fits: the page beside a form whose labels are beside their
fields; the page beside a narrower form whose labels are above their fields; the page above
the form (labels beside fields again: the form has the whole width).

Larger text widens the form (its labels do not wrap); side by side, the page view would get
what is left and its handwriting would shrink below legibility (at 1024×768 and 200 % text it
was 235 px wide). So the splitter measures the form's minimum width on every resize: when the
form needs more than `1 - PAGE_SHARE_MIN` of the width, the page goes above the form, full
width. The operator may drag the handle; the sizes of each arrangement are kept apart, so a
drag made side by side is not applied to the stacked layout. Stacked, the form shows neither
its title nor the guide's line naming the field (`set_compact`) and is given the height for
`FIELDS_IN_VIEW` fields, the page keeping between `STACKED_PAGE_MIN` and `STACKED_SHARE` of
the height (zoomed to the field's zone), unless the operator chose the sizes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QStackedWidget, QWidget

from keying.ui.language import accessible, translate

PAGE_SHARE_MIN = 0.4  # side by side, the page keeps at least 40 % of the width
SIDE_BY_SIDE_SHARE = 0.6  # the page's share side by side, until the operator drags
STACKED_SHARE = 0.42  # the page's share of the height when it is above the form, at most
STACKED_PAGE_MIN = 0.25  # ... at least: what the form leaves it after FIELDS_IN_VIEW fields
FIELDS_IN_VIEW = 4  # stacked, the form is given the height for this many fields if it can


class PageFormSplitter(QSplitter):
    def __init__(self, page: QWidget, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("pageFormSplitter")
        accessible(self, translate("keying", "Page and form"))
        self.setChildrenCollapsible(False)
        self.addWidget(page)
        self.addWidget(form)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        # Sizes asked for before the splitter had a size (a saved layout), by arrangement.
        self._wanted: dict[bool, list[int]] = {}
        self._arranged = False
        # Puts the form's labels above its fields (True) or beside them (False).
        self.narrow_form: Callable[[bool], None] = lambda _on: None
        self.labels_above = False
        # The form's minimum width now (`_form_widget_min`).
        self.measure_form: Callable[[], int] = self._form_widget_min
        self._widths: dict[bool, int] = {}
        self._later = QTimer(self)  # owned: it dies with the splitter
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.arrange)
        self._own: set[bool] = set()  # the arrangements whose sizes the operator chose
        self.splitterMoved.connect(lambda *_: self._own.add(self.stacked))
        if isinstance(form, QStackedWidget):
            form.currentChanged.connect(lambda _: self._form_shown())
        self._on_form = False  # a form on screen, not the page saying there is none

    @property
    def stacked(self) -> bool:
        """The page is above the form."""
        return self.orientation() == Qt.Orientation.Vertical

    def form_min_width(self, labels_above: bool | None = None) -> int:
        """The form's minimum width with its labels above its fields or beside them (the
        current way when None); measured once per text size and set of forms."""
        above = self.labels_above if labels_above is None else labels_above
        if above not in self._widths:
            was = self.labels_above
            self._narrow(above)
            self._widths[above] = self.measure_form()
            self._narrow(was)
        return self._widths[above]

    def forms_changed(self) -> None:
        """A form was added, or the text size changed: measure again, arrange again."""
        self._widths.clear()
        self._compact(self._arranged and self.stacked)
        if self._arranged:
            self.arrange(force=True)
        self._form_shown()

    def _form_widget_min(self) -> int:
        """The forms' minimum width, each measured itself (a stacked widget caches its
        children's sizes until its next layout pass). A page that is not a form (the
        station's "no documents" text) counts only while it is on screen: a Khmer sentence
        has no space to wrap at, and at 200 % text the waiting page's alone put the page
        above every form that came after it."""
        holder = self.widget(1)
        if not isinstance(holder, QStackedWidget):
            return max(holder.minimumSizeHint().width(), holder.minimumWidth()) if holder else 0
        current = holder.currentWidget()
        pages = [w for w in self._forms() if hasattr(w, "height_for_fields") or w is current]
        return max((w.minimumSizeHint().width() for w in pages), default=0)

    def fits_side_by_side(self, width: int, labels_above: bool | None = None) -> bool:
        needed = self.form_min_width(labels_above) + self.handleWidth()
        return needed <= width * (1 - PAGE_SHARE_MIN)

    def restore(self, sizes: list[int], stacked: bool) -> None:
        """Sizes saved for one arrangement; applied when that arrangement is on screen."""
        if len(sizes) == 2 and all(s > 0 for s in sizes):
            self._wanted[stacked] = list(sizes)
            self._own.add(stacked)
            if self._arranged and stacked == self.stacked:
                self.setSizes(sizes)

    def arrange(self, force: bool = False) -> None:
        """Side by side or stacked for the width the splitter has now."""
        width = self.width()
        if width <= 1:
            return
        if self.fits_side_by_side(width, False):
            above, stacked = False, False
        elif self.fits_side_by_side(width, True):
            above, stacked = True, False
        else:
            above, stacked = False, True
        self._narrow(above)
        if self._arranged and stacked == self.stacked and not force:
            if not stacked:
                self._keep_page_share()
            return
        if self._arranged:
            self._wanted[self.stacked] = self.sizes()
        self._arranged = True
        self.setOrientation(Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal)
        self._compact(stacked)
        wanted = self._wanted.get(stacked)
        if wanted is not None:
            self.setSizes(wanted)
        else:
            total = self.height() if stacked else width
            share = STACKED_SHARE if stacked else SIDE_BY_SIDE_SHARE
            page = round(total * share)
            self.setSizes([page, max(1, total - page)])
            if stacked:
                self._stacked_sizes()
        if not stacked:
            self._keep_page_share()

    def _stacked_sizes(self) -> None:
        """The page above the form: the form gets the height for FIELDS_IN_VIEW fields, the
        page what is left, between STACKED_PAGE_MIN and STACKED_SHARE of the height."""
        total = sum(self.sizes())
        page = round(total * STACKED_SHARE)
        form = self._form_height()
        if form > 0:
            page = max(round(total * STACKED_PAGE_MIN), min(page, total - form))
        self.setSizes([page, max(1, total - page)])

    def _form_shown(self) -> None:
        """Another form on screen (or the first): stacked, sized for it again, unless the
        operator chose the sizes (a drag, or a saved layout); from or to the page saying
        there is no document, measured again (it counts only while on screen)."""
        holder = self.widget(1)
        current = holder.currentWidget() if isinstance(holder, QStackedWidget) else holder
        on_form = hasattr(current, "height_for_fields")
        if on_form != self._on_form:
            self._on_form = on_form
            self._widths.clear()
            if self._arranged:
                self.arrange()
        if self._arranged and self.stacked and True not in self._own:
            self._stacked_sizes()

    def _forms(self) -> list[QWidget]:
        holder = self.widget(1)
        if isinstance(holder, QStackedWidget):
            return [w for i in range(holder.count()) if (w := holder.widget(i)) is not None]
        return [holder] if holder is not None else []

    def _compact(self, on: bool) -> None:
        """Stacked, each form gives its title's and its guide title's lines to its fields."""
        for form in self._forms():
            if hasattr(form, "set_compact"):
                form.set_compact(on)

    def _form_height(self) -> int:
        """The height the form on screen needs for FIELDS_IN_VIEW fields (0: not a form)."""
        holder = self.widget(1)
        form = holder.currentWidget() if isinstance(holder, QStackedWidget) else holder
        wanted = getattr(form, "height_for_fields", None)
        return int(wanted(FIELDS_IN_VIEW)) if wanted is not None else 0

    def _narrow(self, on: bool) -> None:
        if on != self.labels_above:
            self.labels_above = on
            self.narrow_form(on)

    def _keep_page_share(self) -> None:
        """Side by side, the page never gets less than PAGE_SHARE_MIN of the width."""
        sizes = self.sizes()
        total = sum(sizes)
        if total > 0 and sizes[0] < total * PAGE_SHARE_MIN:
            page = round(total * PAGE_SHARE_MIN)
            self.setSizes([page, total - page])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Larger or smaller text (Ctrl++ / Ctrl+-) changes the form's width, not the window's.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._widths.clear()
            self._later.start()
