"""The operator station: the page beside the entry form, wired to the keying services.

Composes `PageView` and `EntryForm`; talks to an `OperatorStation` (services) for what is in
the workstation cache, and to a `CentralLink` (the sync worker's thread) for everything that
needs the central database. Every committed field is saved durably at once; finishing puts the
keying in the outbox and opens the next document from the cache, whose pages were decoded ahead
by the prefetcher; then the worker sends it, reconciles, renews and claims more, off this
thread.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from keying.config import Settings
from keying.forms import FormDefinition, Zone
from keying.forms.entry import INFO, Message
from keying.services import OpenTask, OperatorStation, PageFlagReason, SaveFailed, SyncState
from keying.ui.entry_form import EntryForm
from keying.ui.flag_notice import FlagNotice
from keying.ui.form_banner import FormChangeBanner, third_keying
from keying.ui.image_view import PageView
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, name_again, translate
from keying.ui.prefetch import PagePrefetcher
from keying.ui.station_layout import PageFormSplitter
from keying.ui.sync_worker import CentralLink, RoundReport

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "keying",
    "<h2>No documents to key</h2><p>Every document available to you is keyed. "
    "Press F9 for the overview, or Ctrl+Shift+Q to sign out.</p>",
)
WAITING_TEXT = QT_TRANSLATE_NOOP(
    "keying", "<h2>Fetching documents…</h2><p>Asking the central database for work.</p>"
)
OFFLINE_TEXT = QT_TRANSLATE_NOOP(
    "keying",
    "<h2>No documents here, and the central database does not answer</h2>"
    "<p>Your finished work is kept on this PC. keying asks again every 30 seconds; "
    "F5 asks now.</p>",
)
# English only for now: the problem comes from the form checks, which are not translated.
REFUSED_TEXT = (
    "<h2>Documents here cannot be opened</h2><p>{why}.</p><p>Tell your supervisor. Nothing "
    "you keyed is lost: these documents stay on this PC as they are.</p>"
)

FLAG_TEXT = {
    PageFlagReason.UNREADABLE: QT_TRANSLATE_NOOP("keying", "Unreadable"),
    PageFlagReason.WRONG_DOCUMENT: QT_TRANSLATE_NOOP("keying", "Wrong document"),
    PageFlagReason.NEEDS_RESCAN: QT_TRANSLATE_NOOP("keying", "Needs rescan"),
}


class FlagDialog:
    """Asks why a page is flagged. Tests monkeypatch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget) -> str | None:
        # The first line is no reason: Enter right after F4 flags nothing.
        choose = translate("keying", "Choose a reason with Up / Down, then Enter")
        labels = [choose, *(translate("keying", FLAG_TEXT[f]) for f in PageFlagReason)]
        label, ok = QInputDialog.getItem(
            parent,
            translate("keying", "Flag this page"),
            translate("keying", "Why? (the document goes to a supervisor)"),
            labels,
            0,
            False,
        )
        if not ok or label == choose:
            return None
        return list(PageFlagReason)[labels.index(label) - 1]


SAVE_RETRY_MS = 2000


class StationView(QWidget):
    """Keys one document after another for one signed-in operator.

    A save the cache refuses (full disk) never passes silently: the notice above the form says
    so in plain words, the operator is put back in the field whose save failed, the save is
    tried again every SAVE_RETRY_MS and on every Enter, and the document cannot be finished
    until a save succeeds.
    """

    status_changed = Signal()
    queue_empty = Signal()
    document_shown = Signal(str)  # external id

    def __init__(
        self,
        station: OperatorStation,
        settings: Settings,
        link: CentralLink | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`link`: the sync worker to use (the main window shares its own); without one the
        view starts its own and stops it when closed."""
        super().__init__(parent)
        # first what closing reads: Qt still closes a view whose construction failed
        self._pending_flag: tuple[int, PageFlagReason] | None = None
        self._owns_link = False
        self.station = station
        self.settings = settings
        self.current: OpenTask | None = None
        self.page_no = 1
        self._forms: dict[str, EntryForm] = {}
        self._unsaved: str | None = None  # the field whose save failed, until one succeeds
        self._retry = QTimer(self)
        self._retry.setInterval(SAVE_RETRY_MS)
        self._retry.timeout.connect(self.retry_save)

        accessible(self, translate("keying", "Operator station"))
        self.view = PageView()
        self.forms = QStackedWidget()
        accessible(self.forms, translate("keying", "Entry form"))
        self._empty_source = WAITING_TEXT  # the text `empty` shows (set again in a new language)
        self.empty = QLabel(translate("keying", WAITING_TEXT))
        accessible(self.empty, translate("keying", "No documents to key"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.forms.addWidget(self.empty)

        self.save_notice = QLabel()
        self.save_notice.setObjectName("saveNotice")
        accessible(self.save_notice, translate("keying", "Save problem"))
        self.save_notice.setWordWrap(True)
        self.save_notice.setStyleSheet(
            "QLabel#saveNotice { background: #b00020; color: white; font-weight: bold;"
            " padding: 6px; }"
        )
        self.save_notice.hide()
        # When the next document is of another form: said, and acknowledged with Enter.
        self.banner = FormChangeBanner()
        self.banner.entered.connect(self._banner_acknowledged)
        # the form key of the last document opened (at start, the last one finished here)
        self._last_form: str | None = station.last_form_keyed()
        # F4 and a reason: confirmed with Enter, taken back with Ctrl+Z (flag_notice.py).
        self.flag_notice = FlagNotice()
        self.flag_notice.entered.connect(self._flag_confirmed)
        self.flag_notice.undone.connect(self._flag_undone)

        # Page 3 : form 2 side by side; the page above the form when the window is too
        # narrow for both (large text on a small screen).
        self.splitter = PageFormSplitter(self.view, self.forms)
        self.splitter.narrow_form = self._labels_above
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.save_notice)
        layout.addWidget(self.banner)
        layout.addWidget(self.flag_notice)
        layout.addWidget(self.splitter, 1)  # the notice takes only the lines it needs

        self.prefetcher = PagePrefetcher(station.page_bytes, capacity=4 + 4 * station.prefetch)
        self.prefetcher.decoded.connect(self._page_decoded)
        self.view.page_requested.connect(self.show_page)
        self.view.flag_requested.connect(self.flag_page)

        self._owns_link = link is None
        self.link = link or CentralLink(
            station.services, station.operator, station.prefetch, parent=self
        )
        self.link.round_done.connect(self._round_done)
        self.online: bool | None = None  # None until the worker has reported once
        self.last_error: str | None = None
        self._empty_announced = False  # queue_empty is emitted once per empty queue

    # --- documents ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """A language installed (Ctrl+Shift+L): the text shown when there is no document, its
        name said again while on screen (the forms, banner and page view set their own)."""
        if event.type() == QEvent.Type.LanguageChange:
            if self._empty_source:
                self.empty.setText(translate("keying", self._empty_source))
            name_again(self.empty, _plain(self.empty.text()))
        super().changeEvent(event)

    def start(self) -> None:
        self.open_next()

    def open_next(self) -> None:
        """Open the next document held in the cache (a cache that cannot take it says so and
        keeps the screen), and ask the sync worker to send, renew and claim."""
        try:
            task = self.station.next_held()
        except SaveFailed as exc:
            self._save_failed(str(exc))
            if self.current is None:
                self.open(None)
            return
        if task is None:
            self.request_sync()  # first, so that the view says it is fetching
            self.open(None)
        else:
            self.open(task)
            self.link.request_round_soon()  # once the document is on screen

    def request_sync(self) -> None:
        """Ask the sync worker for a round (send, reconcile, renew, claim); never waits."""
        self.link.request_round()

    @property
    def waiting(self) -> bool:
        """No document is open and the worker has yet to say whether more will come."""
        return self.current is None and self.link.busy

    def sync_state(self) -> SyncState:
        """The last known reachability, with the outbox count read now from the cache."""
        return SyncState(self.online is not False, self.station.pending_count(), self.last_error)

    def _round_done(self, report: RoundReport) -> None:
        self.online = report.state.online
        self.last_error = report.state.error
        if self.current is None:
            try:
                self.open(self.station.next_held())
            except SaveFailed as exc:
                self._save_failed(str(exc))
        elif report.held:
            self.prefetcher.request([sha for t in self.station.upcoming() for sha in t.pages])
        self.status_changed.emit()

    def open(self, task: OpenTask | None) -> None:
        self._pending_flag = None
        self.flag_notice.hide()
        self._unsaved = None
        self._retry.stop()
        self.save_notice.hide()
        self.current = task
        if task is None:
            self.view.set_page(None, 0, 0)
            self.forms.setCurrentWidget(self.empty)
            refused = self.station.refused_forms
            if refused:
                why = "; ".join(html.escape(v) for v in refused.values())
                self._empty_source = ""  # English: the refusals' own words
                self.empty.setText(REFUSED_TEXT.format(why=why[:1000]))
            else:
                self._empty_source = (
                    WAITING_TEXT
                    if self.link.busy
                    else OFFLINE_TEXT
                    if self.online is False
                    else EMPTY_TEXT
                )
                self.empty.setText(translate("keying", self._empty_source))
            accessible(self.empty, _plain(self.empty.text()))
            self.status_changed.emit()
            if not self.link.busy and self.online and not self._empty_announced:
                self._empty_announced = True
                self.queue_empty.emit()
            return
        self._empty_announced = False
        form = self._form_widget(task.form_view_key, task.form)
        form.set_reference(task.task.reference)
        self.page_no = 1
        self.show_page(1)
        self.forms.setCurrentWidget(form)
        form.load(task.draft.values, task.draft.focus_path, resume=True)
        changed = self._last_form not in (None, task.task.form_key)
        changed = changed and not _keyed(task.draft.values)  # not once a value is keyed in it
        self._last_form = task.task.form_key
        if changed:
            self.banner.announce(task.form.title, task.task.batch_name)
        else:
            self.banner.hide()
        if task.task.open_fields:  # a pass 3 from a send-back: say why the form is short
            labels = [f.label for f in task.form.fields]  # in the operator's language
            form.say(Message(INFO, third_keying(labels)))
        self.prefetcher.request([sha for t in self.station.upcoming() for sha in t.pages])
        self.status_changed.emit()
        self.document_shown.emit(task.task.external_id)

    def _banner_acknowledged(self) -> None:
        form = self.current_form()
        if form is not None:
            form.setFocus()

    def _form_widget(self, key: str, definition: FormDefinition) -> EntryForm:
        form = self._forms.get(key)
        if form is None:
            form = EntryForm(definition, self.settings)
            form.field_focused.connect(self._field_focused)
            form.field_committed.connect(self._field_committed)
            form.finish_requested.connect(self._finish)
            form.set_labels_above(self.splitter.labels_above)
            self._forms[key] = form
            self.forms.addWidget(form)
            self.splitter.forms_changed()
        return form

    def _labels_above(self, on: bool) -> None:
        for form in self._forms.values():
            form.set_labels_above(on)

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
        page = self.prefetcher.page(pages[page_no - 1])  # decoded in the worker, never here
        if page is None:
            self.view.set_page(None, page_no, len(pages), loading=True)
        else:
            self.view.set_page(page.image, page_no, len(pages), page.problem)

    def _page_decoded(self, sha: str) -> None:
        """A page finished decoding: show it if it is the one on screen, with its zone."""
        if self.current is None or not 1 <= self.page_no <= len(self.current.task.pages):
            return
        if self.current.task.pages[self.page_no - 1] != sha or not self.view.loading:
            return
        zone = self.view.zone
        self.show_page(self.page_no)
        if zone is not None and zone.page == self.page_no:
            self.view.show_zone(zone)

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
        try:
            self.station.commit_field(self.current, form.values(), form.figures(), path)
        except SaveFailed as exc:
            self._unsaved = path
            editor = form.editor(path)
            if editor is not None:
                editor.last_committed = None  # the next Enter in it saves again
            self._save_failed(str(exc))
            # The form has already moved on: bring the operator back to the unsaved field.
            QTimer.singleShot(0, lambda: self._back_to_unsaved(form))
            return
        if self._unsaved is not None:
            self._saved_again()

    def _back_to_unsaved(self, form: EntryForm) -> None:
        if self._unsaved is not None and self.current_form() is form:
            form.focus_path(self._unsaved)

    def _save_failed(self, message: str) -> None:
        again = translate("keying", "Trying again every {0} s.").format(SAVE_RETRY_MS // 1000)
        self.save_notice.setText(f"{message}. {again}")
        self.save_notice.show()
        if self._unsaved is not None:
            self._retry.start()

    def _saved_again(self) -> None:
        self._unsaved = None
        self._retry.stop()
        self.save_notice.hide()

    def retry_save(self) -> bool:
        """Save the draft again after a failed save; True once it is saved."""
        form = self.current_form()
        if self._unsaved is None:
            return True
        if self.current is None or form is None:
            self._saved_again()
            return True
        try:
            self.station.commit_field(self.current, form.values(), form.figures(), self._unsaved)
        except SaveFailed as exc:
            self._save_failed(str(exc))
            return False
        self._saved_again()
        return True

    def _finish(self, values: dict[str, Any], check_failures: list[Any]) -> None:
        form = self.current_form()
        if self.current is None or form is None:
            return
        if not self.retry_save():
            self.save_notice.setText(
                self.save_notice.text()
                + " "
                + translate("keying", "The document cannot be finished until it is saved.")
            )
            return
        failures = [_failure_dict(f) for f in check_failures]
        # Durable in the outbox first; the next document opens from the cache at once, and
        # sending, reconciling and claiming more work happen in the sync worker's thread.
        try:
            self.station.finish(self.current, values, form.figures(), failures, send=False)
        except SaveFailed as exc:
            later = translate("keying", "The document is not finished: press F12 again later")
            self._save_failed(f"{exc}. {later}")
            return
        self.open_next()

    def flag_page(self) -> None:
        """F4: ask why; the flag waits for Enter (or Ctrl+Z) in the flag notice."""
        if self.current is None or self._pending_flag is not None:
            return
        reason = FlagDialog.ask(self)
        if reason is None:
            return
        self._pending_flag = (self.page_no, PageFlagReason(reason))
        self.flag_notice.announce(
            self.page_no, translate("keying", FLAG_TEXT[PageFlagReason(reason)])
        )

    def _flag_confirmed(self) -> None:
        if self._write_flag():
            self.open_next()

    def _write_flag(self) -> bool:
        """Put the pending flag in the outbox; False (and said) when the cache refused it."""
        pending, self._pending_flag = self._pending_flag, None
        if self.current is None or pending is None:
            return False
        try:
            self.station.flag_page(self.current, pending[0], pending[1], send=False)
        except SaveFailed as exc:
            self._save_failed(f"{exc}. " + translate("keying", "The page is not flagged"))
            return False
        return True

    def _flag_undone(self) -> None:
        self._pending_flag = None
        form = self.current_form()
        if form is not None:
            form.setFocus()
        self.tell_form(translate("keying", "The flag is taken back: key the document."))

    def tell_form(self, text: str) -> None:
        form = self.current_form()
        if form is not None:
            form.say(Message(INFO, text))

    def shut_down(self, final_round: bool = False) -> None:
        """Stop the sync worker this view started (a main window stops its own). A flag not
        yet confirmed is kept: the operator chose it and did not take it back."""
        if self._pending_flag is not None:
            self._write_flag()
        if self._owns_link:
            self.link.stop(final_round)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shut_down()
        super().closeEvent(event)


def _keyed(value: Any) -> bool:
    """Whether a draft's values hold anything keyed (a table's rows are lists of dicts)."""
    if isinstance(value, dict):
        return any(_keyed(v) for v in value.values())
    if isinstance(value, list):
        return any(_keyed(v) for v in value)
    return bool(value)


def _plain(html: str) -> str:
    """The first heading of a label's rich text, as plain text (its accessible name)."""
    return html.split("</h2>", 1)[0].removeprefix("<h2>")


def _failure_dict(failure: Any) -> dict[str, Any]:
    if isinstance(failure, dict):
        return failure
    return {
        "name": getattr(failure, "name", str(failure)),
        "message": getattr(failure, "message", ""),
        "fields": list(getattr(failure, "fields", ())),
    }
