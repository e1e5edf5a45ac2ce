"""The supervisor's queue of documents and the decisions on their way to the central
database: what the adjudication view and the same-field view share (no widgets here).

A decision is taken on screen at once (the next discrepancy follows) and sent to the desk
worker, which commits it in one transaction. Until the worker says it is saved it stays in
`unsaved`; when the central database does not answer it is kept, said so at once
(`notice`), and sent again every RETRY_MS (F5: now) with the same UUID, so it is stored once.
A decision the database refuses (another supervisor holds the document …) is taken back
from the screen with the reason. A document sent back for a third keying leaves the queue at
once; if the central database refuses it or does not answer, it comes back (sending back is
not retried: the supervisor is told and may press Ctrl+B again).
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from keying.services import Decision
from keying.services.adjudication import Case, Decided, Issue, Outcome
from keying.ui.desk_link import REFUSED, SAVED, DeskLink

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
        # documents on their way to a third keying: their case and their decisions (for undo)
        self.sending: dict[int, tuple[Case, list[tuple[Case, Decided]]]] = {}
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry)
        link.claimed.connect(self._claimed)
        link.decided.connect(self._decided)
        link.undone.connect(self._undone)
        link.sent_back.connect(self._sent_back)

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

    def open_cases(self) -> list[Case]:
        return [c for c in self.cases if c.open_issues()]

    def current(self) -> tuple[Case, Issue] | None:
        """The first undecided discrepancy of the first document that has one."""
        for case in self.cases:
            issues = case.open_issues()
            if issues:
                return case, issues[0]
        return None

    def open_count(self) -> int:
        return sum(len(c.open_issues()) for c in self.cases)

    # --- deciding ---------------------------------------------------------------------------

    def decide(
        self,
        case: Case,
        issue: Issue,
        decision: Decision,
        value: str | None = None,
        reason: str = "",
    ) -> Decided:
        made = Decided(str(uuid.uuid4()), issue.id, decision, value, reason)
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
            if not self.failed:
                self._retry.stop()
                self.notice.emit("", "")
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
            self._retry.start()
            self.notice.emit(ERROR, self.unsaved_text())
        self.changed.emit()

    def _prune(self) -> None:
        """Forget documents done and saved (their pages too), but the one decided last: Ctrl+Z
        may still take its last decision back."""
        on_way = {id(c) for c, _, _ in self.unsaved.values()}
        last = self.history[-1][0] if self.history else None
        self.cases = [c for c in self.cases if c.open_issues() or id(c) in on_way or c is last]
        kept = {id(c) for c in self.cases}
        self.history = [(c, m) for c, m in self.history if id(c) in kept]

    def unsaved_text(self) -> str:
        waiting = [e for u, e in self.unsaved.items() if u in self.failed]
        shown = "; ".join(f"{c.external_id} · {i.label}: {describe(m)}" for c, i, m in waiting[:3])
        more = f" and {len(waiting) - 3} more" if len(waiting) > 3 else ""
        return (
            f"Not saved yet — the central database does not answer ({self.last_error}). "
            f"Kept here and sent again every {RETRY_MS // 1000} s (F5: now): {shown}{more}."
        )

    def resend(self) -> None:
        """Send again every decision the central database did not take (same UUIDs)."""
        for made_uuid in list(self.failed):
            case, issue, made = self.unsaved[made_uuid]
            self.failed.discard(made_uuid)
            self.link.decide(issue, made, case.form)

    def retry(self) -> None:
        """F5, every RETRY_MS while something is not saved, every 30 s: send again what was
        not saved, and ask for documents when none is held."""
        self.resend()
        if self.scope is not None or not self.open_cases():
            self.load()

    # --- send back ------------------------------------------------------------------------

    def send_back_refusal(self, case: Case) -> str | None:
        """Why `case` cannot be sent back from the screen (None: it can)."""
        if any(i.passes > 2 for i in case.issues):
            return f"{case.external_id} was sent back once already: decide from the three values"
        if any(c is case and u in self.failed for u, (c, _, _) in self.unsaved.items()):
            return (
                f"a decision of {case.external_id} is not saved yet; send it back once it is "
                "saved (F5 sends it again)"
            )
        if not case.open_issues():
            return f"every discrepancy of {case.external_id} is decided: nothing to send back"
        return None

    def send_back(self, case: Case) -> None:
        """Send the document's undecided fields to a third keying; it leaves the screen at
        once (the next one shows) and comes back if the central database refuses it."""
        self.sending[case.document_id] = (case, [(c, m) for c, m in self.history if c is case])
        self.cases = [c for c in self.cases if c is not case]
        self.history = [(c, m) for c, m in self.history if c is not case]
        self.link.send_back(case.document_id)
        if self.scope is None and len(self.open_cases()) <= 1:
            self.load()
        self.changed.emit()

    def _sent_back(self, document_id: int, sent: Any, why: str) -> None:
        entry = self.sending.pop(document_id, None)
        if entry is None:  # another flow's, on the same worker
            return
        case, history = entry
        if sent is not None:
            fields = ", ".join(_label(case, name) for name in sent.fields)
            self.told.emit(f"{case.external_id} sent back for a third keying of {fields}.")
        else:
            self.notice.emit(ERROR, f"Not sent back: {why}.")
            if "holds" not in why and "no longer" not in why:  # still ours: back on screen
                self.cases = [case, *self.cases]
                self.history += history
        self.changed.emit()

    # --- undo -------------------------------------------------------------------------------

    def undo(self) -> Issue | None:
        """Take back the last decision of this document (the one on screen; when it has none
        yet, the one decided last): it shows again. None when there is nothing to undo."""
        if not self.history:
            return None
        now = self.current()
        mine = [k for k, (c, _) in enumerate(self.history) if now and c is now[0]]
        k = mine[-1] if mine else len(self.history) - 1
        case, made = self.history.pop(k)
        case.decided.pop(made.issue_id, None)
        if made.uuid in self.failed:  # never stored: forget it here
            self.failed.discard(made.uuid)
            del self.unsaved[made.uuid]
        else:
            self.unsaved.pop(made.uuid, None)
            self.link.undo(made.uuid)
        self.cases = [case] + [c for c in self.cases if c is not case]  # back on screen
        self.changed.emit()
        return next(i for i in case.issues if i.id == made.issue_id)

    def _undone(self, made_uuid: str, state: str, why: str) -> None:
        if state != SAVED and "not stored" not in why:
            self.notice.emit(ERROR, f"Undo not saved: {why}.")
        self.changed.emit()

    def pending(self) -> int:
        return len(self.unsaved)


def _label(case: Case, name: str) -> str:
    try:
        return case.form.field(name).label
    except KeyError:
        return name


def describe(made: Decided) -> str:
    if made.decision == Decision.NEW:
        return f"new value '{made.value}'"
    if made.decision == Decision.ILLEGIBLE:
        return "illegible"
    return made.decision.value.upper()
