"""The supervisor's queue of documents and the decisions on their way to the central
database: what the adjudication view and the same-field view share (no widgets here).

A decision is taken on screen at once (the next discrepancy follows) and sent to the desk
worker, which commits it in one transaction. Until the worker says it is saved it stays in
`unsaved`; when the central database does not answer it is kept, said so at once
(`notice`), and sent again every RETRY_MS (F5: now) with the same UUID, so it is stored once.
A decision the database refuses (another supervisor holds the document …) is taken back
from the screen with the reason. A document sent back for a third keying leaves the queue at
once (`send_back_queue.SendBacks`): refused, it comes back; not answered, it is sent again
like a decision. A bulk decision (`decide_bulk`) is taken back whole by the Ctrl+Z right
after it, in one transaction. After minor flags are decided, taken back or sent back, the
queue's open minor flags are counted again (`minor_waiting`, the status bar's "in the queue").
"""

from __future__ import annotations

import itertools
import time
import uuid
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, QTimer, Signal

from keying.forms.wording import counted, plural
from keying.services import Decision
from keying.services.adjudication import Case, Decided, Issue, Outcome
from keying.ui.desk_link import REFUSED, SAVED, DeskLink
from keying.ui.language import local, translate
from keying.ui.send_back_queue import SendBacks, send_back_refusal

RETRY_MS = 5000
CLAIM_AHEAD = 3  # documents held: the one on screen and the next two
ERROR, INFO = "error", "info"


class AdjudicationFlow(QObject):
    changed = Signal()  # the queue or the decisions on their way changed
    notice = Signal(str, str)  # state (ERROR, INFO or ""), text ("" clears)
    loaded = Signal()  # a claim came back (cases may have arrived)
    told = Signal(str)  # a sentence for the status bar (a document sent back)

    def __init__(
        self,
        link: DeskLink,
        scope: tuple[int, str, int] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.link = link
        self.scope = scope  # (batch id, field, limit): the same-field mode's claim
        self.cases: list[Case] = []
        self.unsaved: OrderedDict[str, tuple[Case, Issue, Decided]] = OrderedDict()
        self.failed: set[str] = set()  # unsaved because the central database did not answer
        self.history: list[tuple[Case, Decided]] = []  # this session's decisions, for undo
        self.finished = 0  # documents whose final record was written in this session
        self.loading = False
        self.online: bool | None = None
        self.last_error = ""
        self._tick = itertools.count()  # the order of decisions and send-backs (undo)
        self.stamps: dict[str, int] = {}  # decision uuid → its tick
        self.last_bulk: list[str] = []  # the uuids of a bulk decision while it is the latest
        self.minor_first = False  # Ctrl+M: the minor flags held are shown first
        # the queue's open minor flags (counted at each claim, and after minor flags are
        # decided, taken back or sent back — by this flow or the same-field list's)
        self.minor_waiting: int | None = None
        self.send_backs = SendBacks(self)  # documents on their way to a third keying
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry)
        link.claimed.connect(self._claimed)
        if scope is None:
            link.counted.connect(self._counted)
        link.decided.connect(self._decided)
        link.undone.connect(self._undone)
        link.undone_many.connect(self._undone_many)

    # --- the queue --------------------------------------------------------------------------

    def load(self) -> None:
        if self.loading:
            return
        self.loading = True
        self.link.claim(CLAIM_AHEAD if self.scope is None else self.scope[2], self.scope)
        self.changed.emit()

    def reload(self) -> None:
        """Read the held documents again (another view decided some of their discrepancies)."""
        self.cases = []
        self.loading = False
        self.load()

    def _claimed(self, cases: Any, error: str, scope: Any) -> None:
        if scope != self.scope:  # another flow's claim on the same worker
            return
        self.loading = False
        if cases is None:
            self.online, self.last_error = False, error
            self.notice.emit(
                ERROR, f"The central database does not answer: {error}. F5 asks again."
            )
        else:
            self.online, self.last_error = True, ""
            known = {c.document_id for c in self.cases}
            self.cases += [c for c in cases if c.document_id not in known]
            if error:  # documents passed over: their stored form is refused
                self.notice.emit(ERROR, error)
        self.loaded.emit()
        self.changed.emit()

    def _counted(self, minor: int) -> None:
        if minor != self.minor_waiting:
            self.minor_waiting = minor
            self.changed.emit()

    def _recount(self, issues: list[Issue]) -> None:
        """Minor flags among `issues` were decided, taken back or sent back: the queue's
        count is asked again (after them: the worker answers in order)."""
        if any(i.severity == "minor" for i in issues):
            self.link.count()

    def open_cases(self) -> list[Case]:
        return [c for c in self.cases if c.open_issues()]

    def current(self) -> tuple[Case, Issue] | None:
        """The first undecided discrepancy of the first document that has one (with
        `minor_first`, Ctrl+M: the first open minor flag, when one is held)."""
        if self.minor_first:
            for case in self.cases:
                for issue in case.open_issues():
                    if issue.severity == "minor":
                        return case, issue
        for case in self.cases:
            issues = case.open_issues()
            if issues:
                return case, issues[0]
        return None

    def open_count(self) -> int:
        return sum(len(c.open_issues()) for c in self.cases)

    def minor_count(self) -> int:
        """The open minor flags held (same content written differently)."""
        return sum(i.severity == "minor" for c in self.cases for i in c.open_issues())

    # --- deciding ---------------------------------------------------------------------------

    def decide(
        self,
        case: Case,
        issue: Issue,
        decision: Decision,
        value: str | None = None,
        reason: str = "",
    ) -> Decided:
        self.last_bulk = []
        made = self._decide_one(case, issue, decision, value, reason)
        self._recount([issue])
        return made

    def decide_bulk(
        self, rows: list[tuple[Case, Issue]], decision: Decision, reason: str
    ) -> list[Decided]:
        """Each flag an ordinary decision in its own transaction; Ctrl+Z right after takes
        them all back in one (`undo`)."""
        made = [self._decide_one(case, issue, decision, None, reason) for case, issue in rows]
        self.last_bulk = [m.uuid for m in made]
        self._recount([issue for _, issue in rows])
        return made

    def _decide_one(
        self,
        case: Case,
        issue: Issue,
        decision: Decision,
        value: str | None,
        reason: str,
    ) -> Decided:
        made = Decided(str(uuid.uuid4()), issue.id, decision, value, reason)
        self.stamps[made.uuid] = next(self._tick)
        case.decided[issue.id] = made
        self.unsaved[made.uuid] = (case, issue, made)
        self.history.append((case, made))
        self.link.decide(issue, made, case.form)
        if self.scope is None and len(self.open_cases()) <= 1:
            self.load()  # the next documents, while this one is decided
        self.changed.emit()
        return made

    def _decided(self, made_uuid: str, state: str, outcome: Any, why: str) -> None:
        entry = self.unsaved.get(made_uuid)
        if entry is None:  # undone meanwhile
            return
        case, issue, _ = entry
        if state == SAVED:
            del self.unsaved[made_uuid]
            self.failed.discard(made_uuid)
            assert isinstance(outcome, Outcome)
            if outcome.final and not outcome.duplicate:
                self.finished += 1
            self.online = True
            self._prune()
            self.saved_one()
        elif state == REFUSED:
            del self.unsaved[made_uuid]
            self.failed.discard(made_uuid)
            case.decided.pop(issue.id, None)
            self.history = [(c, m) for c, m in self.history if m.uuid != made_uuid]
            if "holds" in why or "no longer" in why:
                self.cases = [c for c in self.cases if c is not case]  # not ours any more
            self.notice.emit(ERROR, f"Not saved: {why}.")
        else:
            self.online, self.last_error = False, why
            self.failed.add(made_uuid)
            self.start_retrying()
        self.changed.emit()

    def saved_one(self) -> None:
        """Something was saved: when nothing waits any more, the notice goes."""
        if not self.waiting():
            self._retry.stop()
            self.notice.emit("", "")

    def start_retrying(self) -> None:
        self._retry.start()
        self.notice.emit(ERROR, self.unsaved_text())

    def waiting(self) -> bool:
        """Something the central database did not answer waits to be sent again."""
        return bool(self.failed or self.send_backs.failed())

    def waiting_lines(self) -> list[str]:
        """What waits, one entry each: decisions not saved, then send-backs not sent."""
        return [
            f"{c.external_id} · {i.label}: {describe(m)}"
            for u, (c, i, m) in self.unsaved.items()
            if u in self.failed
        ] + [f"{p.case.external_id}: send back" for p in self.send_backs.failed()]

    def _prune(self) -> None:
        """Forget documents done and saved (their pages too), but the one decided last: Ctrl+Z
        may still take its last decision back."""
        on_way = {id(c) for c, _, _ in self.unsaved.values()}
        last = {id(self.history[-1][0])} if self.history else set()
        bulk = set(self.last_bulk)  # a bulk decision may still be taken back whole
        last |= {id(c) for c, m in self.history if m.uuid in bulk}
        self.cases = [c for c in self.cases if c.open_issues() or id(c) in on_way or id(c) in last]
        kept = {id(c) for c in self.cases}
        self.history = [(c, m) for c, m in self.history if id(c) in kept]

    def unsaved_text(self) -> str:
        waiting = self.waiting_lines()
        shown = "; ".join(waiting[:3])
        more = (
            translate("keying", " and {0} more").format(len(waiting) - 3)
            if len(waiting) > 3
            else ""
        )
        text = translate(
            "keying",
            "Not saved yet — the central database does not answer ({0}). "
            "Kept here and sent again every {1} s (F5: now): {2}{3}.",
        )
        return text.format(self.last_error, RETRY_MS // 1000, shown, more)

    def resend(self) -> None:
        """Send again every decision the central database did not take (same UUIDs)."""
        for made_uuid in list(self.failed):
            case, issue, made = self.unsaved[made_uuid]
            self.failed.discard(made_uuid)
            self.link.decide(issue, made, case.form)
        self.send_backs.resend()  # after the decisions (the worker answers in order)

    def retry(self) -> None:
        """F5, every RETRY_MS while something is not saved, every 30 s: send again what was
        not saved, and ask for documents when none is held."""
        self.resend()
        if self.scope is not None or not self.open_cases():
            self.load()

    # --- send back ------------------------------------------------------------------------

    def send_back_refusal(self, case: Case) -> str | None:
        """Why `case` cannot be sent back from the screen (None: it can)."""
        return send_back_refusal(self, case)

    def send_back(self, case: Case) -> None:
        """Send the document's undecided fields to a third keying; it leaves the screen at
        once (the next one shows), comes back if the central database refuses it, and is
        sent again if it does not answer."""
        self.last_bulk = []
        sent = case.open_issues()
        self.send_backs.send(case, next(self._tick))
        self._recount(sent)
        if self.scope is None and len(self.open_cases()) <= 1:
            self.load()
        self.changed.emit()

    # --- undo -------------------------------------------------------------------------------

    def undo(self) -> Issue | None:
        """Take back the last decision of this document (the one on screen; when it has none
        yet, the one decided last) — or, right after a bulk decision, the whole bulk; or a
        send-back not sent yet when it is the latest: it shows again. None: nothing to undo."""
        now = self.current()
        mine = [k for k, (c, _) in enumerate(self.history) if now and c is now[0]]
        k = mine[-1] if mine else len(self.history) - 1
        stamp = self.stamps.get(self.history[k][1].uuid, -1) if self.history else -1
        sent = self.send_backs.latest_failed()
        if sent is not None and sent.stamp > stamp:
            self.send_backs.take_back(sent)
            self.changed.emit()
            return sent.case.open_issues()[0] if sent.case.open_issues() else sent.case.issues[0]
        if not self.history:
            return None
        bulk = set(self.last_bulk)
        self.last_bulk = []
        if bulk and self.history[-1][1].uuid in bulk:
            return self._undo_bulk(bulk)
        case, made = self.history.pop(k)
        issue = next(i for i in case.issues if i.id == made.issue_id)
        if self._forget(case, made):
            self.link.undo(made.uuid)
            self._recount([issue])
        self.cases = [case] + [c for c in self.cases if c is not case]  # back on screen
        self.changed.emit()
        return issue

    def _forget(self, case: Case, made: Decided) -> bool:
        """Take a decision off the screen; False when it was never stored (nothing to undo
        in the database)."""
        case.decided.pop(made.issue_id, None)
        if made.uuid in self.failed:  # never stored: forget it here
            self.failed.discard(made.uuid)
            del self.unsaved[made.uuid]
            return False
        self.unsaved.pop(made.uuid, None)
        return True

    def _undo_bulk(self, bulk: set[str]) -> Issue:
        taken = [(c, m) for c, m in self.history if m.uuid in bulk]
        self.history = [(c, m) for c, m in self.history if m.uuid not in bulk]
        stored = [m.uuid for c, m in taken if self._forget(c, m)]
        if stored:
            self.link.undo_many(stored)
            self._recount([i for c, m in taken for i in c.issues if i.id == m.issue_id])
        cases = list({id(c): c for c, _ in taken}.values())
        self.cases = cases + [c for c in self.cases if all(c is not k for k in cases)]
        self.changed.emit()
        case, made = taken[0]
        return next(i for i in case.issues if i.id == made.issue_id)

    def _undone(self, made_uuid: str, state: str, why: str) -> None:
        if state != SAVED and "not stored" not in why:
            self.notice.emit(ERROR, f"Undo not saved: {why}.")
        self.changed.emit()

    def _undone_many(self, uuids: Any, state: str, why: str) -> None:
        if state != SAVED and any(u in self.stamps for u in uuids):
            self.notice.emit(ERROR, f"Bulk undo not saved ({len(uuids)} decisions): {why}.")
        self.changed.emit()

    def pending(self) -> int:
        return len(self.unsaved) + len(self.send_backs.pending)


def sign_out_refusal(link: DeskLink, flows: list[AdjudicationFlow], wait_s: float) -> str:
    """Asked at sign-out: "" when every decision and send-back is saved, else why signing out
    is refused. What was not saved is sent once more and its answers waited for (at most
    `wait_s`); what is still not saved stays on screen, sent again every RETRY_MS."""
    for flow in flows:
        flow.resend()
    deadline = time.monotonic() + wait_s
    while link.busy and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(10)
    waiting = [
        f"{c.external_id} · {i.label}: {describe(m)}"
        for flow in flows
        for c, i, m in flow.unsaved.values()
    ] + [f"{p.case.external_id}: send back" for f in flows for p in f.send_backs.pending.values()]
    if not waiting:
        return ""
    n = len(waiting)
    shown = "; ".join(waiting[:5])
    more = translate("keying", " and {0} more").format(n - 5) if n > 5 else ""
    error = next((f.last_error for f in flows if f.last_error), None)
    error = error or translate("keying", "no answer yet")
    unsaved = plural.translate(
        "keying",
        "%n decision(s) not saved yet — the central database does not answer ({0}): {1}{2}.",
        None,
        1,
    )
    text = local(counted(unsaved, n, error, shown, more))
    return (
        text
        + "\n\n"
        + translate(
            "keying",
            "Signing out now would lose them, so you stay signed in. They are kept on screen "
            "and sent again every 5 seconds (F5: now). Sign out once they are saved, or take "
            "them back with Ctrl+Z if you mean to drop them.",
        )
    )


def describe(made: Decided) -> str:
    if made.decision == Decision.NEW:
        return translate("keying", "new value '{0}'").format(made.value)
    if made.decision == Decision.ILLEGIBLE:
        return translate("keying", "illegible")
    return made.decision.value.upper()
