"""The operator station: the page beside the entry form, wired to the keying services.

Composes `PageView` and `EntryForm`; talks to an `OperatorStation` (services) only. Every
committed field is saved durably at once; finishing puts the keying in the outbox and opens
the next document, whose pages were decoded ahead by the prefetcher.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from keying.config import Settings
from keying.forms import FormDefinition, Zone
from keying.services import PAGE_FLAGS, OpenTask, OperatorStation
from keying.ui.entry_form import EntryForm
from keying.ui.image_view import PageView
from keying.ui.prefetch import PagePrefetcher

FLAG_TEXT = {
    "unreadable": "Unreadable",
    "wrong_document": "Wrong document",
    "needs_rescan": "Needs rescan",
}


class FlagDialog:
    """Asks why a page is flagged. Tests monkeypatch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget) -> str | None:
        labels = [FLAG_TEXT[f] for f in PAGE_FLAGS]
        label, ok = QInputDialog.getItem(
            parent, "Flag this page", "Why? (the document goes to a supervisor)", labels, 0, False
        )
        if not ok:
            return None
        return PAGE_FLAGS[labels.index(label)]


class StationView(QWidget):
    """Keys one document after another for one signed-in operator."""

    status_changed = Signal()
    queue_empty = Signal()
    document_shown = Signal(str)  # external id

    def __init__(
        self, station: OperatorStation, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.settings = settings
        self.current: OpenTask | None = None
        self.page_no = 1
        self._forms: dict[str, EntryForm] = {}

        self.setAccessibleName("Operator station")
        self.view = PageView()
        self.forms = QStackedWidget()
        self.forms.setAccessibleName("Entry form")
        self.empty = QLabel(
            "<h2>No documents to key</h2><p>Every document available to you is keyed. "
            "Press F9 for the overview, or Ctrl+Shift+Q to sign out.</p>"
        )
        self.empty.setAccessibleName("No documents to key")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.forms.addWidget(self.empty)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.forms)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # Page 3 : form 2 from the start (stretch factors share only the room left over by
        # the page view's large size hint, which squeezed the form and its code hints).
        splitter.setSizes([3000, 2000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.prefetcher = PagePrefetcher(station.page_bytes, capacity=4 + 4 * station.prefetch)
        self.view.page_requested.connect(self.show_page)
        self.view.flag_requested.connect(self.flag_page)

    # --- documents ---------------------------------------------------------------------------

    def start(self) -> None:
        self.open(self.station.next_task())

    def open(self, task: OpenTask | None) -> None:
        self.current = task
        if task is None:
            self.forms.setCurrentWidget(self.empty)
            self.view.set_page(None, 0, 0)
            self.status_changed.emit()
            self.queue_empty.emit()
            return
        form = self._form_widget(task.task.form_key, task.form)
        form.set_reference(task.task.reference)
        self.page_no = 1
        self.show_page(1)
        self.forms.setCurrentWidget(form)
        form.load(task.draft.values, task.draft.focus_path, resume=True)
        self.prefetcher.request([sha for t in self.station.upcoming() for sha in t.pages])
        self.status_changed.emit()
        self.document_shown.emit(task.task.external_id)

    def _form_widget(self, key: str, definition: FormDefinition) -> EntryForm:
        form = self._forms.get(key)
        if form is None:
            form = EntryForm(definition, self.settings)
            form.field_focused.connect(self._field_focused)
            form.field_committed.connect(self._field_committed)
            form.finish_requested.connect(self._finish)
            self._forms[key] = form
            self.forms.addWidget(form)
        return form

    def current_form(self) -> EntryForm | None:
        widget = self.forms.currentWidget()
        return widget if isinstance(widget, EntryForm) else None

    def show_page(self, page_no: int) -> None:
        if self.current is None:
            return
        pages = self.current.task.pages
        if not 1 <= page_no <= len(pages):
            return
        self.page_no = page_no
        self.view.set_page(self.prefetcher.image(pages[page_no - 1]), page_no, len(pages))

    # --- signals from the form and the view ------------------------------------------------

    def _field_focused(self, path: str, zone: Zone | None) -> None:
        if zone is None or not self.settings.zoom_to_zone:
            self.view.show_zone(None)  # no outline left on another field's zone; view stays
            return
        if zone.page != self.page_no:
            self.show_page(zone.page)
        self.view.show_zone(zone)

    def _field_committed(self, path: str, raw: str, figures: dict[str, Any]) -> None:
        form = self.current_form()
        if self.current is None or form is None:
            return
        self.station.commit_field(self.current, form.values(), form.figures(), path)

    def _finish(self, values: dict[str, Any], check_failures: list[Any]) -> None:
        form = self.current_form()
        if self.current is None or form is None:
            return
        failures = [_failure_dict(f) for f in check_failures]
        # Durable in the outbox first; the next document opens from the cache at once, and
        # sending, reconciling and claiming more work happen after it is on screen.
        self.station.finish(self.current, values, form.figures(), failures, send=False)
        self.open(self.station.next_task(top_up=False))
        QTimer.singleShot(0, self.sync_after_finish)

    def sync_after_finish(self) -> None:
        self.station.sync()
        self.station.top_up()
        if self.current is not None:
            self.prefetcher.request([sha for t in self.station.upcoming() for sha in t.pages])
        self.status_changed.emit()

    def flag_page(self) -> None:
        if self.current is None:
            return
        reason = FlagDialog.ask(self)
        if reason is None:
            return
        self.station.flag_page(self.current, self.page_no, reason)
        self.open(self.station.next_task())


def _failure_dict(failure: Any) -> dict[str, Any]:
    if isinstance(failure, dict):
        return failure
    return {
        "name": getattr(failure, "name", str(failure)),
        "message": getattr(failure, "message", ""),
        "fields": list(getattr(failure, "fields", ())),
    }
