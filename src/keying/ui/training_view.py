"""Training on gold documents (docs/training.md): the same page view and entry form as the
keying station, the same keys; F12 finishes, and the feedback (`training_feedback.py`) shows
what was wrong and why; Enter goes on to the next gold document.

Every call to the central database (the next document, storing the score) runs off the GUI
thread (`Background`); the pages are decoded there too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from keying.config import Settings
from keying.forms import Zone
from keying.forms.entry import INFO, Message
from keying.services.training import Feedback, TrainingDesk, TrainingDocument
from keying.ui.background import Background
from keying.ui.decode import decode
from keying.ui.entry_form import EntryForm
from keying.ui.image_view import PageView
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, translate
from keying.ui.station_layout import PageFormSplitter
from keying.ui.training_feedback import FeedbackPanel

NOTHING_TEXT = QT_TRANSLATE_NOOP(
    "keying",
    "<h2>No training to do</h2><p>You are qualified on every form that asks for it, or no "
    "gold document is there to train on. Press Ctrl+1 to key documents.</p>",
)
LOADING_TEXT = QT_TRANSLATE_NOOP("keying", "<h2>Fetching a training document…</h2>")
FAILED_TEXT = QT_TRANSLATE_NOOP(
    "keying",
    "<h2>The central database does not answer</h2><p>Training needs it. F5 asks again.</p>",
)


class TrainingView(QWidget):
    """One trainee's gold documents, one after another, with feedback after each."""

    status_changed = Signal()

    def __init__(self, desk: TrainingDesk, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.settings = settings
        accessible(self, translate("keying", "Training"))
        self.current: TrainingDocument | None = None
        self.images: list[QImage | None] = []
        self.problems: list[str | None] = []
        self.page_no = 1
        self.last: Feedback | None = None
        self.done = 0  # documents trained on in this sitting
        self._forms: dict[str, EntryForm] = {}
        self.background = Background(self)

        self.view = PageView()
        self.forms = QStackedWidget()
        accessible(self.forms, translate("keying", "Entry form"))
        self.message = QLabel()
        accessible(self.message, translate("keying", "Training"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.forms.addWidget(self.message)
        self.splitter = PageFormSplitter(self.view, self.forms)
        self.splitter.narrow_form = self._labels_above
        self.feedback = FeedbackPanel()
        self.feedback.next_requested.connect(self.open_next)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.feedback)
        self.banner = QLabel(translate("keying", "Training — a gold document, not live work"))
        self.banner.setObjectName("trainingBanner")
        self.banner.setStyleSheet(
            "QLabel#trainingBanner { background: #1f5f8b; color: white; font-weight: bold;"
            " padding: 4px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.view.page_requested.connect(self.show_page)

    # --- the window's calls ------------------------------------------------------------------

    def activate(self) -> None:
        """On screen: a document, the feedback, or fetch one."""
        if self.current is None and self.last is None and not self.background.busy:
            self.open_next()
        self._focus()

    def offer(self, show: Callable[[], None]) -> None:
        """Call `show` if this account has a form to qualify on (asked off the GUI thread)."""
        desk = self.desk

        def answered(forms: Any, error: str) -> None:
            if forms and not error:
                show()

        self.background.run(desk.forms_to_qualify, answered)

    def status_parts(self) -> list[str]:
        parts = [translate("keying", "Training: %1 done").replace("%1", str(self.done))]
        if self.current is not None:
            parts.append(f"{self.current.batch_name} — {self.current.external_id}")
        return parts

    def shut_down(self) -> None:
        self.background.pool.waitForDone(10_000)

    def sync_now(self) -> None:
        """F5, and the window's sync timer (every 30 s): ask again only when nothing came
        (never while the feedback is on screen: the trainee leaves it with Enter)."""
        if self.current is None and self.last is None and not self.background.busy:
            self.open_next()

    # --- documents ---------------------------------------------------------------------------

    def open_next(self) -> None:
        self.last = None
        self.current = None
        self._say(LOADING_TEXT)
        desk = self.desk

        def work() -> Any:
            doc = desk.next_document()
            if doc is None:
                return None
            decoded = [decode(data) for data in doc.pages]
            return doc, decoded

        self.background.run(work, self._opened)

    def _opened(self, result: Any, error: str) -> None:
        if error:
            self._say(FAILED_TEXT)
            return
        if result is None:
            self._say(NOTHING_TEXT)
            return
        doc, decoded = result
        self.current = doc
        self.images = [d.image for d in decoded]
        self.problems = [d.problem for d in decoded]
        form = self._form_widget(doc)
        self.stack.setCurrentWidget(self.splitter)
        self.forms.setCurrentWidget(form)
        self.show_page(1)
        form.load({})
        form.say(
            Message(
                INFO,
                translate("keying", "Training: key this document as live work; F12 finishes."),
            )
        )
        self.status_changed.emit()
        form.setFocus()

    def _form_widget(self, doc: TrainingDocument) -> EntryForm:
        key = f"{doc.form_name}@{doc.form.version}"
        form = self._forms.get(key)
        if form is None:
            form = EntryForm(doc.form, self.settings)
            form.field_focused.connect(self._field_focused)
            form.finish_requested.connect(self._finish)
            form.set_labels_above(self.splitter.labels_above)
            self._forms[key] = form
            self.forms.addWidget(form)
            self.splitter.forms_changed()
        return form

    def current_form(self) -> EntryForm | None:
        widget = self.forms.currentWidget()
        return widget if isinstance(widget, EntryForm) else None

    def show_page(self, page_no: int) -> None:
        if not 1 <= page_no <= len(self.images):
            return
        self.page_no = page_no
        self.view.set_page(
            self.images[page_no - 1], page_no, len(self.images), self.problems[page_no - 1]
        )

    def _field_focused(self, path: str, zone: Zone | None) -> None:
        if zone is None or not self.settings.zoom_to_zone:
            self.view.show_zone(None)
            return
        if zone.page != self.page_no:
            self.show_page(zone.page)
        self.view.show_zone(zone)

    def _finish(self, values: dict[str, Any], _failures: list[Any]) -> None:
        doc, form = self.current, self.current_form()
        if doc is None or form is None:
            return
        figures = form.figures()
        desk = self.desk
        form.setEnabled(False)  # no key reaches it while the score is stored

        def done(feedback: Any, error: str) -> None:
            form.setEnabled(True)
            if error:
                form.say(
                    Message(
                        INFO,
                        translate("keying", "Not saved: %1. F12 tries again.").replace("%1", error),
                    )
                )
                form.setFocus()
                return
            self.done += 1
            self.last = feedback
            self.current = None
            self.feedback.show_feedback(feedback, self.images)
            self.stack.setCurrentWidget(self.feedback)
            self.status_changed.emit()

        self.background.run(lambda: desk.finish(doc, values, figures), done)

    # --- helpers -------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(translate("keying", text))
        self.stack.setCurrentWidget(self.splitter)
        self.forms.setCurrentWidget(self.message)
        self.view.set_page(None, 0, 0)
        self.status_changed.emit()

    def _focus(self) -> None:
        if self.stack.currentWidget() is self.feedback:
            self.feedback.table.setFocus()
        elif (form := self.current_form()) is not None:
            form.setFocus()

    def _labels_above(self, on: bool) -> None:
        for form in self._forms.values():
            form.set_labels_above(on)
