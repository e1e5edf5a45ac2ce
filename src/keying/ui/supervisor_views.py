"""The supervisor's and admin's views the main window hosts beside the station: the
flagged-pages queue (Ctrl+Shift+F) and the tasks held (Ctrl+Shift+T), and Ctrl+B on the
overview: send a document back for a third keying. Built only for those roles; the main
window just calls `install`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from keying.services import Services, SignedIn
from keying.services.send_back import SendBack
from keying.services.supervision import SUPERVISING, Supervision
from keying.ui.background import Background
from keying.ui.flagged_view import FlaggedView
from keying.ui.overview import OverviewView
from keying.ui.tasks_view import TasksView

KEYS = {"flagged": "Ctrl+Shift+F", "tasks": "Ctrl+Shift+T"}


class SupervisorViews(QObject):
    """The views, their menu and keys, in a window's stack of pages; and sending a document
    back from the overview (Ctrl+B there)."""

    def __init__(
        self,
        window: QMainWindow,
        pages: QStackedWidget,
        services: Services,
        who: SignedIn,
        overview: OverviewView,
        refresh: Callable[[], None],
        tell: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.pages = pages
        self.refresh, self.tell = refresh, tell
        self.background = Background(self)
        supervision = Supervision(services, who)
        self.send_back = SendBack(services, who)
        overview.allow_send_back()
        overview.send_back_requested.connect(self.send_back_document)
        self.flagged = FlaggedView(supervision, self.background)
        self.tasks = TasksView(supervision, self.background)
        pages.addWidget(self.flagged)
        pages.addWidget(self.tasks)
        menu = window.menuBar().addMenu("&Supervisor")
        for text, keys, slot in (
            ("Flagged pages", KEYS["flagged"], self.show_flagged),
            ("Tasks held", KEYS["tasks"], self.show_tasks),
        ):
            action = QAction(text, window)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            menu.addAction(action)
            window.addAction(action)

    @classmethod
    def install(
        cls,
        window: QMainWindow,
        pages: QStackedWidget,
        services: Services,
        who: SignedIn,
        overview: OverviewView,
        refresh: Callable[[], None],
        tell: Callable[[str], None],
    ) -> SupervisorViews | None:
        """The views for a supervisor or admin; None for an operator."""
        if who.role not in SUPERVISING:
            return None
        return cls(window, pages, services, who, overview, refresh, tell)

    def send_back_document(self, document_id: int) -> None:
        """Send a document's disputed fields to a third keying (the adjudication screen can
        call this too); says what happened, then reads the overview again."""

        def done(sent: Any, error: str) -> None:
            if error:
                self.tell(f"Not sent back: {error}")
            else:
                self.tell(
                    f"{sent.external_id} sent back for a third keying of {', '.join(sent.fields)}."
                )
            self.refresh()

        self.background.run(lambda: self.send_back.send(document_id), done)

    def _show(self, view: QWidget, table: QWidget) -> None:
        self.pages.setCurrentWidget(view)
        table.setFocus()

    def show_flagged(self) -> None:
        self._show(self.flagged, self.flagged.table)
        self.flagged.refresh()

    def show_tasks(self) -> None:
        self._show(self.tasks, self.tasks.table)
        self.tasks.refresh()

    def stop(self) -> None:
        self.background.stop()
