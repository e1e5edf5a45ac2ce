"""The main window: composes the station and the overview, owns the menus and status bar.

It owns the `CentralLink` (the sync worker's thread) the station shares: the overview is read
and the 30-second sync rounds run there, so nothing here waits on the central database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from keying.config import Settings
from keying.forms.entry import INFO, Message
from keying.services import Role, Services, SignedIn
from keying.ui.overview import OverviewView
from keying.ui.preferences import Preferences
from keying.ui.station import StationView
from keying.ui.sync_worker import CentralLink

SYNC_INTERVAL_MS = 30_000


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
        self.setWindowTitle(f"keying — {operator.display_name} ({operator.role})")
        self.setAccessibleName("keying main window")
        self.resize(1500, 950)

        self.pages = QStackedWidget()
        self.overview = OverviewView()
        self.station_view: StationView | None = None
        keys = operator.role == Role.OPERATOR
        self.link = CentralLink(
            services, operator if keys else None, settings.prefetch_documents, parent=self
        )
        self.link.overview_done.connect(self._overview_read)
        if keys:
            station = services.station(operator, prefetch=settings.prefetch_documents)
            self.station_view = StationView(station, settings, link=self.link)
            self.station_view.status_changed.connect(self.update_status)
            self.station_view.queue_empty.connect(self.show_overview)
            self.pages.addWidget(self.station_view)
        self.pages.addWidget(self.overview)
        self.setCentralWidget(self.pages)

        self.status_label = QLabel()
        self.status_label.setAccessibleName("Status")
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self._actions()
        # Text size, contrast, zoom to the zone, auto-advance: the window's, not the form's.
        self.preferences = Preferences(settings, self)
        self.preferences.install(self)
        self.preferences.announced.connect(self.tell)
        self.preferences.zoom_to_zone_changed.connect(self._zoom_to_zone_changed)

        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_INTERVAL_MS)
        self.sync_timer.timeout.connect(self.sync_now)
        self.sync_timer.start()

    def _actions(self) -> None:
        menu = self.menuBar().addMenu("&Keying")
        entries = [
            ("Overview of documents", "F9", self.toggle_overview),
            ("Send and receive now", "F5", self.sync_now),
            ("Sign out", "Ctrl+Shift+Q", self.sign_out_requested.emit),
        ]
        for text, keys, slot in entries:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            menu.addAction(action)
            self.addAction(action)

    def start(self) -> None:
        if self.station_view is not None:
            self.station_view.start()
        else:
            self.show_overview()
        self.update_status()

    def toggle_overview(self) -> None:
        if self.pages.currentWidget() is self.overview and self.station_view is not None:
            self.pages.setCurrentWidget(self.station_view)
            form = self.station_view.current_form()
            if form is not None:
                form.setFocus()
        else:
            self.show_overview()

    def show_overview(self) -> None:
        """Show the overview at once; its rows come from the sync worker."""
        self.link.request_overview()
        self.pages.setCurrentWidget(self.overview)
        self.overview.table.setFocus()

    def _overview_read(self, rows: Any, error: str) -> None:
        if rows is None:
            self.statusBar().showMessage(
                f"The overview could not be read from the central database: {error}", 10_000
            )
            return
        self.overview.set_rows(rows)

    def sync_now(self) -> None:
        """Send and receive (F5, and every 30 s): a round in the sync worker; the overview,
        when it is on screen, is read again after it."""
        if self.station_view is not None:
            self.station_view.request_sync()
        if self.pages.currentWidget() is self.overview:
            self.link.request_overview()
        self.update_status()

    def shut_down(self, final_round: bool = True) -> None:
        """Stop the sync worker, after a last round that sends what waits in the outbox."""
        self.sync_timer.stop()
        self.link.stop(final_round and self.station_view is not None)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shut_down()
        super().closeEvent(event)

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

    def update_status(self) -> None:
        parts = [f"Operator: {self.operator.display_name}"]
        sv = self.station_view
        if sv is not None:
            task = sv.current.task if sv.current else None
            if task is not None:
                parts += [
                    f"Batch: {task.batch_name}",
                    f"Document {task.seq} of {task.batch_size} ({task.external_id})",
                    f"Pass {task.pass_no}",
                ]
            parts.append(f"Keyed today: {sv.station.keyed_today()}")
            parts.append(f"Sync: {sv.sync_state().text}")
        self.status_label.setText("   ·   ".join(parts))
