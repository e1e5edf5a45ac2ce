"""The main window: composes the station and the overview, owns the menus and status bar."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from keying.config import Settings
from keying.forms.entry import INFO, Message
from keying.services import Role, Services, SignedIn
from keying.ui.overview import OverviewView
from keying.ui.preferences import Preferences
from keying.ui.station import StationView

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
        if operator.role == Role.OPERATOR:
            station = services.station(operator, prefetch=settings.prefetch_documents)
            self.station_view = StationView(station, settings)
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
        self.overview.set_rows(self.services.overview())
        self.pages.setCurrentWidget(self.overview)
        self.overview.table.setFocus()

    def sync_now(self) -> None:
        if self.station_view is not None:
            self.station_view.station.sync()
        self.update_status()
        if self.pages.currentWidget() is self.overview:
            self.overview.set_rows(self.services.overview())

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
            parts.append(f"Sync: {sv.station.sync_state.text}")
        self.status_label.setText("   ·   ".join(parts))
