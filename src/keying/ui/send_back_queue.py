"""Send back from the supervisor station (Ctrl+B, on the adjudication screen and in the
same-field list): the rules checked on screen, the question asked first, and the documents
on their way to a third keying (no widgets here).

A document sent back leaves the screen at once. When the central database refuses it
(another supervisor holds it …), it comes back with the reason. When the database does not
answer, it is kept — listed with the decisions not saved, sent again every RETRY_MS and on
F5 like them, after them (one worker, in order) — until it is sent; Ctrl+Z takes it back
meanwhile (the document comes back on screen with its decisions), and sign-out waits for
it like for a decision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from keying.services.adjudication import Case, Decided
from keying.ui.desk_link import SAVED, UNREACHABLE
from keying.ui.language import translate

if TYPE_CHECKING:
    from keying.ui.adjudication_flow import AdjudicationFlow

ERROR = "error"


@dataclass
class Pending:
    """A document on its way to a third keying: its case, its decisions (for undo) and when
    it was sent, counted among the flow's decisions (Ctrl+Z takes back the latest first)."""

    case: Case
    history: list[tuple[Case, Decided]]
    stamp: int
    failed: bool = False  # the central database did not answer: sent again
    why: str = field(default="")


def send_back_refusal(flow: AdjudicationFlow, case: Case) -> str | None:
    """Why `case` cannot be sent back from the screen (None: it can)."""
    if any(i.passes > 2 for i in case.issues):
        return f"{case.external_id} was sent back once already: decide from the three values"
    if any(c is case and u in flow.failed for u, (c, _, _) in flow.unsaved.items()):
        return (
            f"a decision of {case.external_id} is not saved yet; send it back once it is "
            "saved (F5 sends it again)"
        )
    if not case.open_issues():
        return f"every discrepancy of {case.external_id} is decided: nothing to send back"
    return None


def send_back_question(case: Case) -> str:
    """The question Ctrl+B asks, naming the fields it would send (those with no decision)."""
    decided = {i.field for i in case.issues if i.id in case.decided}
    names = dict.fromkeys(i.field for i in case.open_issues() if i.field not in decided)
    labels = ", ".join(field_label(case, name) for name in names)
    question = translate(
        "keying",
        "Send {0} back for a third keying of {1}, by an operator who keyed neither pass? "
        "It cannot be undone. Enter sends it, Esc goes back.",
    )
    return question.format(case.external_id, labels)


def field_label(case: Case, name: str) -> str:
    try:
        return case.form.field(name).label or name
    except KeyError:
        return name


class SendBacks(QObject):
    """One flow's documents on their way to a third keying (`AdjudicationFlow.send_backs`)."""

    def __init__(self, flow: AdjudicationFlow) -> None:
        super().__init__(flow)
        self.flow = flow
        self.pending: dict[int, Pending] = {}  # by document id
        flow.link.sent_back.connect(self._sent_back)

    def send(self, case: Case, stamp: int) -> None:
        flow = self.flow
        mine = [(c, m) for c, m in flow.history if c is case]
        self.pending[case.document_id] = Pending(case, mine, stamp)
        flow.cases = [c for c in flow.cases if c is not case]
        flow.history = [(c, m) for c, m in flow.history if c is not case]
        flow.link.send_back(case.document_id)

    def failed(self) -> list[Pending]:
        return [p for p in self.pending.values() if p.failed]

    def resend(self) -> None:
        """Send again every send-back the central database did not answer."""
        for entry in self.failed():
            entry.failed = False
            self.flow.link.send_back(entry.case.document_id)

    def latest_failed(self) -> Pending | None:
        failed = self.failed()
        return max(failed, key=lambda p: p.stamp) if failed else None

    def take_back(self, entry: Pending) -> None:
        """Ctrl+Z on a send-back not sent yet: the document comes back with its decisions."""
        del self.pending[entry.case.document_id]
        self._restore(entry)

    def _restore(self, entry: Pending) -> None:
        flow = self.flow
        flow.cases = [entry.case, *flow.cases]
        flow.history += entry.history

    def _sent_back(self, document_id: int, state: str, sent: Any, why: str) -> None:
        entry = self.pending.get(document_id)
        if entry is None or entry.failed:  # another flow's (same worker), or taken back
            return
        flow, case = self.flow, entry.case
        if state == SAVED:
            del self.pending[document_id]
            fields = ", ".join(field_label(case, name) for name in sent.fields)
            sent_back = translate("keying", "{0} sent back for a third keying of {1}.")
            flow.told.emit(sent_back.format(case.external_id, fields))
            flow.saved_one()
        elif state == UNREACHABLE:
            entry.failed, entry.why = True, why
            flow.online, flow.last_error = False, why
            flow.start_retrying()
        else:
            del self.pending[document_id]
            flow.notice.emit(ERROR, f"Not sent back: {why}.")
            if "holds" not in why and "no longer" not in why:  # still ours: back on screen
                self._restore(entry)
        flow.changed.emit()
