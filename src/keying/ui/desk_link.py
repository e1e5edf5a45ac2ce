"""The supervisor station's talk with the central database, in a thread of its own.

The GUI thread asks (`DeskLink.claim`, `decide`, `undo`, `undo_many`, `send_back`, `count`)
and never waits; the answers come back as signals, in the order asked (one worker thread, a queue of
requests).
The worker builds its own `Services` and `SupervisorDesk` in its thread
(`Services.for_thread`), so no session crosses threads; only plain values do (`Case`,
`Issue`, `Decided`, `Outcome`, `SentBack`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from keying.services import Services, SignedIn
from keying.services.adjudication import (
    Decided,
    DecisionRefused,
    Issue,
    NotSaved,
    SupervisorDesk,
)
from keying.services.send_back import SendBack
from keying.services.supervision import SupervisionNoAnswer, SupervisionRefused
from keying.ui.language import translate

log = logging.getLogger(__name__)

SAVED, REFUSED, UNREACHABLE = "saved", "refused", "unreachable"


def refused_note(refused: dict[int, str]) -> str:
    """One line on the documents passed over because their form cannot be used ("" none)."""
    if not refused:
        return ""
    first = next(iter(refused.values()))
    if len(refused) > 1:
        more = translate("keying", " (and {0} more documents)").format(len(refused) - 1)
    else:
        more = ""
    return translate("keying", "Passed over, tell your administrator: {0}{1}").format(first, more)


class DeskWorker(QObject):
    """Lives in the desk thread; each slot runs there, one at a time, in the order asked."""

    # list[Case] (None: failed), the error (with cases: a note on documents passed over), scope
    claimed = Signal(object, str, object)
    counted = Signal(int)  # the queue's open minor flags (at a claim of the queue)
    recounted = Signal(int)  # the same, asked by `count` (-1: not counted)
    decided = Signal(str, str, object, str)  # uuid, SAVED/REFUSED/UNREACHABLE, Outcome, why
    undone = Signal(str, str, str)  # uuid, SAVED/REFUSED/UNREACHABLE, why
    undone_many = Signal(object, str, str)  # the uuids of a bulk decision, state, why
    sent_back = Signal(int, str, object, str)  # document id, SAVED/…, SentBack (or None), why

    def __init__(self, services: Services, supervisor: SignedIn) -> None:
        super().__init__()
        self._gui_services = services
        self._supervisor = supervisor
        self._services: Services | None = None
        self._desk: SupervisorDesk | None = None

    def _own(self) -> SupervisorDesk:
        if self._desk is None:
            self._services = self._gui_services.for_thread()
            self._desk = SupervisorDesk(self._services, self._supervisor)
        return self._desk

    @Slot(int, object)
    def claim(self, limit: int, scope: Any) -> None:
        try:
            desk = self._own()
            cases = desk.claim(limit) if scope is None else desk.claim_field(*scope)
        except Exception as exc:
            log.warning("adjudicate tasks not claimed: %s", exc)
            self.claimed.emit(None, str(exc).splitlines()[0] if str(exc) else repr(exc), scope)
            return
        if scope is None:
            self.counted.emit(desk.minor_waiting)
        # Documents passed over because their stored form is refused: said, not hidden.
        self.claimed.emit(cases, refused_note(desk.refused), scope)

    @Slot(object, object, object)
    def decide(self, issue: Issue, made: Decided, form: Any) -> None:
        try:
            outcome = self._own().decide(issue, made, form)
        except DecisionRefused as exc:
            self.decided.emit(made.uuid, REFUSED, None, str(exc))
        except NotSaved as exc:
            self.decided.emit(made.uuid, UNREACHABLE, None, str(exc))
        except Exception as exc:  # an answer always comes back, or the decision waits forever
            log.exception("decision not saved")
            self.decided.emit(made.uuid, UNREACHABLE, None, str(exc) or repr(exc))
        else:
            self.decided.emit(made.uuid, SAVED, outcome, "")

    @Slot(str)
    def undo(self, uuid: str) -> None:
        self.undone.emit(uuid, *self._taken_back(lambda: self._own().undo(uuid)))

    @Slot(object)
    def undo_many(self, uuids: list[str]) -> None:
        """A bulk decision taken back whole, in one transaction."""
        self.undone_many.emit(uuids, *self._taken_back(lambda: self._own().undo_many(uuids)))

    @staticmethod
    def _taken_back(undo: Callable[[], Any]) -> tuple[str, str]:
        """An undo's answer: SAVED, REFUSED (why) or UNREACHABLE (why)."""
        try:
            undo()
        except DecisionRefused as exc:
            return REFUSED, str(exc)
        except NotSaved as exc:
            return UNREACHABLE, str(exc)
        return SAVED, ""

    @Slot()
    def count(self) -> None:
        """The queue's open minor flags, after the decisions asked before (in order)."""
        try:
            minor = self._own().count_minor()
        except Exception as exc:  # an answer always comes back; the last count stays
            log.warning("minor flags not counted: %s", exc)
            minor = -1
        self.recounted.emit(minor)

    @Slot(int)
    def send_back(self, document_id: int) -> None:
        """After the decisions asked before it (same thread, in order)."""
        try:
            self._own()
            assert self._services is not None
            sent = SendBack(self._services, self._supervisor).send(document_id)
        except SupervisionNoAnswer as exc:  # not a refusal: the flow sends it again
            self.sent_back.emit(document_id, UNREACHABLE, None, str(exc))
        except SupervisionRefused as exc:
            self.sent_back.emit(document_id, REFUSED, None, str(exc))
        except Exception as exc:  # an answer always comes back
            log.exception("document %d not sent back", document_id)
            self.sent_back.emit(document_id, UNREACHABLE, None, str(exc) or repr(exc))
        else:
            self.sent_back.emit(document_id, SAVED, sent, "")

    @Slot()
    def shut_down(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = self._desk = None
        self.thread().quit()


class DeskLink(QObject):
    """The GUI thread's handle on the desk worker: it asks and never waits (except `stop`)."""

    claimed = Signal(object, str, object)
    counted = Signal(int)
    decided = Signal(str, str, object, str)
    undone = Signal(str, str, str)
    undone_many = Signal(object, str, str)
    sent_back = Signal(int, str, object, str)
    _claim = Signal(int, object)
    _decide = Signal(object, object, object)
    _undo = Signal(str)
    _undo_many = Signal(object)
    _send_back = Signal(int)
    _count = Signal()
    _stop = Signal()

    def __init__(
        self, services: Services, supervisor: SignedIn, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        app = QCoreApplication.instance()
        self._thread = QThread(app)  # the application's: it may outlive this link's widget
        self._thread.setObjectName("keying-desk")
        self._worker = DeskWorker(services, supervisor)
        self._worker.moveToThread(self._thread)
        self._thread.worker = self._worker  # type: ignore[attr-defined]
        self._thread.finished.connect(self._thread.deleteLater)
        self._claim.connect(self._worker.claim)
        self._decide.connect(self._worker.decide)
        self._undo.connect(self._worker.undo)
        self._undo_many.connect(self._worker.undo_many)
        self._send_back.connect(self._worker.send_back)
        self._count.connect(self._worker.count)
        self._stop.connect(self._worker.shut_down)
        self._worker.claimed.connect(self._claimed)
        self._worker.counted.connect(self.counted)  # no answer of its own: the claim's
        self._worker.decided.connect(self._decided)
        self._worker.undone.connect(self._undone)
        self._worker.undone_many.connect(self._undone_many)
        self._worker.sent_back.connect(self._sent_back)
        self._worker.recounted.connect(self._recounted)
        self.asked = 0  # requests not yet answered
        self._stopped = False
        self._closing = False
        self._thread.start()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def busy(self) -> bool:
        return self.asked > 0

    def claim(self, limit: int, scope: tuple[int, str, int] | None = None) -> None:
        """Claim documents (`scope`: a batch's field, for the same-field mode)."""
        self._ask(self._claim, limit, scope)

    def decide(self, issue: Issue, made: Decided, form: Any) -> None:
        self._ask(self._decide, issue, made, form)

    def undo(self, uuid: str) -> None:
        self._ask(self._undo, uuid)

    def undo_many(self, uuids: list[str]) -> None:
        """Take back a bulk decision whole (one transaction)."""
        self._ask(self._undo_many, list(uuids))

    def send_back(self, document_id: int) -> None:
        """Send the document's undecided fields to a third keying (after the decisions
        asked before: the worker answers in order)."""
        self._ask(self._send_back, document_id)

    def count(self) -> None:
        """Count the queue's open minor flags again (`counted`), after what was asked
        before: minor flags decided, taken back or sent back."""
        self._ask(self._count)

    def _ask(self, signal: Any, *args: Any) -> None:
        if not self._stopped and not self._closing:
            self.asked += 1
            signal.emit(*args)

    def _claimed(self, cases: Any, error: str, scope: Any) -> None:
        self.asked -= 1
        if not self._stopped:
            self.claimed.emit(cases, error, scope)

    def _decided(self, uuid: str, state: str, outcome: Any, why: str) -> None:
        self.asked -= 1
        if not self._stopped:
            self.decided.emit(uuid, state, outcome, why)

    def _undone(self, uuid: str, state: str, why: str) -> None:
        self.asked -= 1
        if not self._stopped:
            self.undone.emit(uuid, state, why)

    def _undone_many(self, uuids: Any, state: str, why: str) -> None:
        self.asked -= 1
        if not self._stopped:
            self.undone_many.emit(uuids, state, why)

    def _sent_back(self, document_id: int, state: str, sent: Any, why: str) -> None:
        self.asked -= 1
        if not self._stopped:
            self.sent_back.emit(document_id, state, sent, why)

    def _recounted(self, minor: int) -> None:
        self.asked -= 1
        if not self._stopped and minor >= 0:
            self.counted.emit(minor)

    def stop(self) -> None:
        """End the worker after what it was asked (decisions under way are finished), and
        hear its last answers (a decision saved, or not)."""
        if self._stopped or self._closing:
            return
        self._closing = True
        self._stop.emit()
        self._thread.wait()
        QCoreApplication.sendPostedEvents(self, 0)  # the answers queued meanwhile
        self._stopped = True
