"""The main window: composes the views the signed-in role may use, owns the menus and the
status bar.

Operators get the keying station; supervisors the supervisor station (the views of
`keying.ui.views`) and may also key (Ctrl+1: the keying station is made the first time they
ask for it, so a supervisor who never keys never claims a key task); admins get everything.
The status bar names the role. It owns the `CentralLink` (the sync worker's thread) the
station shares: the overview is read and the 30-second sync rounds run there, so nothing here
waits on the central database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from keying.config import Settings
from keying.forms.entry import INFO, Message
from keying.services import Role, Services, SignedIn
from keying.ui.document_view import DocumentOpener
from keying.ui.language import (
    CONTEXT,
    accessible,
    keep,
    local,
    retranslate_actions,
    retranslate_texts,
    translate,
)
from keying.ui.overview import OverviewView
from keying.ui.page_stack import PageStack
from keying.ui.preferences import Preferences
from keying.ui.send_back_link import SendBackLink
from keying.ui.station import StationView
from keying.ui.station_layout import PageFormSplitter
from keying.ui.status_label import StatusLabel
from keying.ui.sync_worker import CentralLink
from keying.ui.views import ViewContext, ViewSpec, views_for
from keying.ui.window_state import restore_window, save_window

SYNC_INTERVAL_MS = 30_000
KEYING_KEYS = "Ctrl+1"
IMPORT_KEYS = "Ctrl+Shift+I"
ROLE_TEXT = {
    Role.OPERATOR: QT_TRANSLATE_NOOP("keying", "Operator"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("keying", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("keying", "Admin"),
}


class MainWindow(QMainWindow):
    sign_out_requested = Signal()

    def __init__(
        self,
        services: Services,
        operator: SignedIn,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.operator = operator
        self.settings = settings
        self._title()
        accessible(self, translate("keying", "keying main window"))

        self.pages = PageStack()  # sized by the page on screen, not the largest page
        self.overview = OverviewView()
        self.station_view: StationView | None = None
        keys = operator.role == Role.OPERATOR
        self.link = CentralLink(
            services, operator if keys else None, settings.prefetch_documents, parent=self
        )
        self.link.overview_done.connect(self._overview_read)
        self.link.round_done.connect(self._round_done)
        if keys:
            self._make_station(self.link)
            self.overview.for_operator()  # their own documents (the worker reads only those)
        self.pages.addWidget(self.overview)
        self.setCentralWidget(self.pages)
        # The supervisor's and admin's views (keying.ui.views), made when first shown.
        self.specs: list[ViewSpec] = views_for(operator.role)
        self.views: dict[str, QWidget] = {}
        self.context = ViewContext(services, operator, settings, self.link, self.tell)
        # The overview: Enter opens a document read only; Ctrl+B (supervisors) sends it back.
        self.opener = DocumentOpener(services, operator, self, self.tell)
        self.overview.open_requested.connect(self.opener.open)
        self.send_back = SendBackLink.install(self.context, self.overview)
        self._before_overview: QWidget | None = None  # where F9 goes back to

        self.status_label = StatusLabel()  # wraps: whole on a small screen at large text
        accessible(self.status_label, translate("keying", "Status"))
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self._actions()
        # Text size, contrast, zoom to the zone, auto-advance: the window's, not the form's.
        self.preferences = Preferences(settings, self)
        self.preferences.install(self)
        self.preferences.announced.connect(self.tell)
        self.preferences.zoom_to_zone_changed.connect(self._zoom_to_zone_changed)

        # Maximized on its screen the first time; then as this login left it (window_state).
        restore_window(self, settings, operator.login, self._splitter())

        self.closed = False  # shut_down was called
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_INTERVAL_MS)
        self.sync_timer.timeout.connect(self.sync_now)
        self.sync_timer.start()

    def _make_station(self, link: CentralLink | None) -> StationView:
        """The keying station; `link` None: it runs a sync worker of its own (a supervisor's
        window keeps one that never claims key tasks)."""
        station = self.services.station(self.operator, prefetch=self.settings.prefetch_documents)
        view = StationView(station, self.settings, link=link)
        view.status_changed.connect(self.update_status)
        view.queue_empty.connect(self._station_empty)
        self.pages.insertWidget(0, view)
        self.station_view = view
        return view

    def _actions(self) -> None:
        menu = self.menuBar().addMenu("")
        keep(menu.menuAction(), translate("keying", "&Keying"))
        entries = [
            (translate("keying", "Overview of documents"), "F9", self.toggle_overview),
            (translate("keying", "Send and receive now"), "F5", self.sync_now),
            (translate("keying", "Sign out"), "Ctrl+Shift+Q", self.sign_out),
        ]
        if self.operator.role != Role.OPERATOR:  # docs/import-export.md: in the app
            entries.insert(
                2,
                (
                    translate("keying", "Import scans as a new batch…"),
                    IMPORT_KEYS,
                    self.import_scans,
                ),
            )
        for text, keys, slot in entries:
            self._add_action(menu, text, keys, slot)
        view_menu = self.menuBar().addMenu("")
        keep(view_menu.menuAction(), translate("keying", "&View"))
        keying = translate("keying", "Key documents (keying station)")
        self._add_action(view_menu, keying, KEYING_KEYS, self.show_keying)
        for spec in self.specs:
            self._add_action(
                view_menu,
                translate(CONTEXT, spec.title),  # marked in keying.ui.views
                spec.keys,
                lambda _=False, name=spec.name: self.show_view(name),
            )

    def _add_action(self, menu: Any, text: str, keys: str, slot: Any) -> QAction:
        action = keep(QAction(self), text)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def start(self) -> None:
        if self.station_view is not None:
            self.station_view.start()
            if any(spec.name == "training" for spec in self.specs):
                # a trainee starts on training (docs/training.md); asked off this thread
                self.view("training").offer(lambda: self.show_view("training"))  # type: ignore[attr-defined]
        elif self.specs:
            self.show_view(self.specs[0].name)  # the supervisor station
        else:
            self.show_overview()
        self.update_status()

    def import_scans(self) -> None:
        """Ctrl+Shift+I (supervisors, admins): the import dialog (keying.ui.import_dialog)."""
        from keying.ui.import_dialog import ImportDialog

        ImportDialog(self.services, self).exec()

    # --- views ---------------------------------------------------------------------------

    def show_keying(self) -> None:
        """The keying station (Ctrl+1); a supervisor's or admin's is made and started now."""
        if self.station_view is None:
            self._make_station(None).start()
        assert self.station_view is not None
        self.pages.setCurrentWidget(self.station_view)
        form = self.station_view.current_form()
        if form is not None:
            form.setFocus()
        self.update_status()

    def view(self, name: str) -> QWidget:
        """The view `name` of `keying.ui.views`, made on first use (KeyError: not this role's)."""
        widget = self.views.get(name)
        if widget is None:
            spec = next((s for s in self.specs if s.name == name), None)
            if spec is None:
                raise KeyError(f"no view {name!r} for the role {self.operator.role}")
            widget = spec.make(self.context)
            signal = getattr(widget, "status_changed", None)
            if signal is not None:
                signal.connect(self.update_status)
            self.views[name] = widget
            self.pages.addWidget(widget)
        return widget

    def show_view(self, name: str) -> None:
        widget = self.view(name)
        self.pages.setCurrentWidget(widget)
        activate = getattr(widget, "activate", None)
        if activate is not None:
            activate()
        self.update_status()

    def current_view_name(self) -> str | None:
        """The name of the registered view on screen (None: the station or the overview)."""
        current = self.pages.currentWidget()
        return next((name for name, w in self.views.items() if w is current), None)

    def toggle_overview(self) -> None:
        """F9: the overview, and from it back to the view shown before."""
        if self.pages.currentWidget() is not self.overview:
            self._before_overview = self.pages.currentWidget()
            self.show_overview()
            return
        before = self._before_overview
        name = next((n for n, w in self.views.items() if w is before), None)
        if name is not None:
            self.show_view(name)
        elif self.station_view is not None:
            self.show_keying()

    def _station_empty(self) -> None:
        """The station has nothing to key: the overview, unless another view is on screen
        (a trainee's training)."""
        if self.pages.currentWidget() is self.station_view:
            self.show_overview()

    def show_overview(self) -> None:
        """Show the overview at once; its rows come from the sync worker."""
        self.link.request_overview()
        self.pages.setCurrentWidget(self.overview)
        self.overview.table.setFocus()

    def _overview_read(self, rows: Any, error: str) -> None:
        if rows is None:
            text = translate("keying", "The overview could not be read from the central database")
            self.statusBar().showMessage(f"{text}: {error}", 10_000)
            return
        self.overview.set_rows(rows)

    def _round_done(self, _report: object) -> None:
        """A round sent and claimed: the overview on screen is read again (not stale until F5)."""
        if self.pages.currentWidget() is self.overview:
            self.link.request_overview()

    def sync_now(self) -> None:
        """Send and receive (F5, and every 30 s): a round in the sync worker; the overview,
        when it is on screen, is read again after it."""
        if self.station_view is not None:
            self.station_view.request_sync()
        for widget in self.views.values():
            sync = getattr(widget, "sync_now", None)
            if sync is not None and self.pages.currentWidget() is widget:
                sync()
        rounds = self.station_view is not None and self.station_view.link is self.link
        if self.pages.currentWidget() is self.overview and not rounds:
            self.link.request_overview()  # else read again when the round is done
        self.update_status()

    def shut_down(self, final_round: bool = True) -> None:
        """Stop the sync worker, after a last round that sends what waits in the outbox."""
        self.closed = True  # the services may be closed from now on: no status to read
        self.sync_timer.stop()
        self.opener.stop()
        if self.send_back is not None:
            self.send_back.stop()
        for widget in self.views.values():
            shut_down = getattr(widget, "shut_down", None)
            if shut_down is not None:
                shut_down()
        if self.station_view is not None:
            self.station_view.shut_down(final_round)  # stops its worker if it has its own
        self.link.stop(final_round and self.station_view is not None)

    def _splitter(self) -> PageFormSplitter | None:
        return self.station_view.splitter if self.station_view is not None else None

    def unsaved_work(self) -> str:
        """Why signing out would lose work ("" when it would not): a view's `unsaved_work`."""
        for widget in self.views.values():
            ask = getattr(widget, "unsaved_work", None)
            why = ask() if ask is not None else ""
            if why:
                return str(why)
        return ""

    def sign_out(self) -> None:
        """Ctrl+Shift+Q: refused, with the reason, while a view holds work not saved."""
        why = self.unsaved_work()
        if why:
            SignOutRefused.tell(self, why)
            self.update_status()
            return
        self.sign_out_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous():  # the window's close button: as a sign-out
            why = self.unsaved_work()
            if why:
                SignOutRefused.tell(self, why)
                event.ignore()
                return
        save_window(self, self.settings, self.operator.login, self._splitter())
        self.shut_down()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """A language installed (Ctrl+Shift+L): the menus, the keys the help lists and the
        status bar in it (the entry form and the station set their own texts again)."""
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_actions(self)
            retranslate_texts(self)  # the views' and dialogs' texts said by `speak`
            self._title()
            if not self.closed:
                self.update_status()
        super().changeEvent(event)

    def tell(self, text: str) -> None:
        """Say something to the operator: in the entry form's message line when it shows,
        else in the status bar."""
        form = self.station_view.current_form() if self.station_view is not None else None
        if form is not None and self.pages.currentWidget() is self.station_view:
            form.say(Message(INFO, text))
        else:
            self.statusBar().showMessage(text, 5000)

    def _zoom_to_zone_changed(self, on: bool) -> None:
        form = self.station_view.current_form() if self.station_view is not None else None
        if on and form is not None:
            form.show_focused()  # zoom to the field being keyed now

    def _title(self) -> None:
        """The window's title: who is signed in, and their role in the interface's language."""
        role = translate(CONTEXT, ROLE_TEXT[self.operator.role])
        title = translate("keying", "keying — {0} ({1})")
        self.setWindowTitle(title.format(self.operator.display_name, role))

    def update_status(self) -> None:
        role = translate(CONTEXT, ROLE_TEXT[self.operator.role])
        parts = [translate("keying", "{0}: {1}").format(role, self.operator.display_name)]
        sv = self.station_view
        current = self.pages.currentWidget()
        view_parts = getattr(current, "status_parts", None)
        if current is not sv and view_parts is not None:
            parts += view_parts()
        elif sv is not None:
            task = sv.current.task if sv.current else None
            if task is not None:
                parts += [
                    translate("keying", "Batch: {0}").format(task.batch_name),
                    translate("keying", "Document {0} of {1} ({2})").format(
                        task.seq, task.batch_size, task.external_id
                    ),
                    translate("keying", "Pass {0}").format(task.pass_no),
                ]
            today = sv.station.keyed_today()
            parts.append(translate("keying", "Keyed today: {0}").format(today))
            parts.append(translate("keying", "Sync: {0}").format(local(sv.sync_state().text)))
        self.status_label.set_parts(parts)


class SignOutRefused:
    """Says why the window stays signed in (work not saved). Tests monkeypatch `tell`."""

    @classmethod
    def tell(cls, parent: QWidget, text: str) -> None:
        QMessageBox.warning(
            parent, translate("keying", "Not signed out: decisions not saved"), text
        )
