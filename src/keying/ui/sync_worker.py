"""Everything that talks to the central database, in a thread of its own.

The GUI thread never waits on the central database: it asks (`CentralLink.request_round`,
`request_overview`) and gets the answer later as a signal. The worker, in its QThread, runs a
*round*: push the outbox (a second pass pushed is reconciled in the same transaction), renew
the leases of held tasks, and claim more tasks until `1 + prefetch` are held; or reads the
overview of documents.

Thread rules (see docs/architecture.md): the worker builds its own `Services` in its thread
(`Services.for_thread`: the same engine, its own sqlite3 connection to the workstation cache,
its own sessions), so no sqlite3 connection or SQLAlchemy session crosses threads. The cache's
durable field commit stays on the GUI thread: it is local and takes a few milliseconds; the
two connections meet only in SQLite's WAL, which lets a reader and a writer work at once and
serializes writers with a busy timeout.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from keying.services import OperatorStation, Services, SignedIn, SyncState
from keying.services.documents import document_rows

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RoundReport:
    """What a round found: whether the central database answered, the outbox, the queue."""

    state: SyncState
    held: int  # tasks this operator holds in the cache, not finished
    elapsed_ms: float = 0.0  # how long the round took, in the worker's thread


class SyncWorker(QObject):
    """Lives in the sync thread; each slot runs there, one at a time."""

    round_done = Signal(object)  # RoundReport
    overview_done = Signal(object, str)  # rows (None when it failed), the error

    def __init__(self, services: Services, operator: SignedIn | None, prefetch: int) -> None:
        super().__init__()
        self._gui_services = services
        self._operator = operator
        self._prefetch = prefetch
        self._services: Services | None = None
        self._station: OperatorStation | None = None
        self._online: bool | None = None

    def _own(self) -> Services:
        """This thread's services, built on first use (in this thread)."""
        if self._services is None:
            self._services = self._gui_services.for_thread()
        return self._services

    def _own_station(self) -> OperatorStation | None:
        if self._station is None and self._operator is not None:
            self._station = self._own().station(self._operator, self._prefetch)
        return self._station

    @Slot()
    def run_round(self) -> None:
        station = self._own_station()
        if station is None:
            return
        started = time.perf_counter()
        try:
            state = station.sync()  # push (reconciling a second pass) and renew
            if state.online:
                station.top_up()  # claim up to 1 + prefetch
                state = station.sync_state
            report = RoundReport(state, station.held_count(), _ms_since(started))
        except Exception as exc:  # a round must always report, or the station waits forever
            log.exception("sync round failed")
            report = RoundReport(
                SyncState(False, station.pending_count(), str(exc)),
                station.held_count(),
                _ms_since(started),
            )
        self._log_transition(report.state)
        self.round_done.emit(report)

    def _log_transition(self, state: SyncState) -> None:
        if state.online and self._online is False:
            log.info("central database reachable again; %d waiting", state.pending)
        elif not state.online and self._online is not False:
            log.warning("central database unreachable (%s); %d waiting", state.error, state.pending)
        self._online = state.online

    @Slot()
    def read_overview(self) -> None:
        try:
            # an operator's window: their own documents; a supervisor's: every document
            own = self._operator.operator_id if self._operator is not None else None
            rows = document_rows(self._own(), keyed_by=own)
        except Exception as exc:
            log.exception("overview not read")
            self.overview_done.emit(None, str(exc).strip().splitlines()[0] if str(exc) else "")
            return
        self.overview_done.emit(rows, "")

    @Slot()
    def abandon(self) -> None:
        """The link was destroyed without `stop` (a widget dropped unclosed): close, end."""
        self.shut_down(False)

    @Slot(bool)
    def shut_down(self, final_round: bool) -> None:
        """Optionally a last round (sign-out: send what waits), then close and end the thread."""
        try:
            if final_round:
                self.run_round()
        finally:
            if self._services is not None:
                self._services.close()
                self._services = self._station = None
            thread = self.thread()
            thread.quit()


class CentralLink(QObject):
    """The GUI thread's handle on the sync worker: it asks and never waits (except `stop`).

    Requests made while a round runs are folded into one more round after it, so a burst of
    finished documents or a dead server never piles rounds up.
    """

    round_done = Signal(object)  # RoundReport
    overview_done = Signal(object, str)
    _round_requested = Signal()
    _overview_requested = Signal()
    _stop_requested = Signal(bool)

    def __init__(
        self,
        services: Services,
        operator: SignedIn | None,
        prefetch: int = 2,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # The thread belongs to the application, not to this link, and deletes itself once
        # finished: a QThread destroyed while running aborts the process, and the link may be
        # destroyed (its widget dropped) while a round is under way. The thread holds the
        # worker, so the worker lives as long as its thread.
        app = QCoreApplication.instance()
        self._thread = QThread(app)
        self._thread.setObjectName("keying-sync")
        self._worker = SyncWorker(services, operator, prefetch)
        self._worker.moveToThread(self._thread)
        self._thread.worker = self._worker  # type: ignore[attr-defined]
        self._thread.finished.connect(self._thread.deleteLater)
        self.destroyed.connect(self._worker.abandon)
        self._round_requested.connect(self._worker.run_round)
        self._overview_requested.connect(self._worker.read_overview)
        self._stop_requested.connect(self._worker.shut_down)
        self._worker.round_done.connect(self._round_finished)
        self._worker.overview_done.connect(self._overview_finished)
        self._busy = False
        self._again = False
        self._stopped = False
        self.last: RoundReport | None = None
        self._thread.start()
        if app is not None:  # a thread must not outlive the application
            app.aboutToQuit.connect(self._stop_on_quit)

    @property
    def busy(self) -> bool:
        """A round is running or asked for."""
        return self._busy

    def request_round(self) -> None:
        if self._stopped:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._round_requested.emit()

    def request_round_soon(self) -> None:
        """A round asked for now (`busy` at once) but started in the event loop's next turn,
        after what is being drawn (the next document)."""
        if self._stopped:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        QTimer.singleShot(0, self._start_round)

    def _start_round(self) -> None:
        if not self._stopped:
            self._round_requested.emit()

    def request_overview(self) -> None:
        if not self._stopped:
            self._overview_requested.emit()

    def _round_finished(self, report: Any) -> None:
        if self._stopped:  # the last round of `stop`: nobody is listening any more
            return
        self._busy = False
        self.last = report
        if self._again:  # asked for meanwhile: the next round starts before anyone hears
            self._again = False
            self.request_round()
        self.round_done.emit(report)

    def _overview_finished(self, rows: Any, error: str) -> None:
        if not self._stopped:
            self.overview_done.emit(rows, error)

    def _stop_on_quit(self) -> None:
        self.stop(final_round=True)

    def stop(self, final_round: bool = False) -> None:
        """End the worker thread (after a last round with `final_round`), waiting for it: a
        round under way ends first, within the central database's timeouts."""
        if self._stopped:
            return
        self._stopped = True
        self._stop_requested.emit(final_round)
        self._thread.wait()
        self._busy = self._again = False


def _ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000
