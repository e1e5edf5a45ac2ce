"""Adjudication, for one signed-in supervisor (`SupervisorDesk`): claim `adjudicate` tasks,
load each document's discrepancies with its pages, decide one discrepancy in one
transaction (the last decision of a document writes its final record, with its provenance
and the errors charged to keyers, in the same transaction), undo the last decision.

The supervisor station talks to the central database directly (the office network), from a
worker thread; every call here is one unit of work. A decision carries a UUID made on the
station, so sending it again after a lost answer never stores it twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from keying.forms import FormDefinition, Zone
from keying.forms.entry import commit
from keying.forms.zones import row_zone
from keying.services.final_record import Made, Point, build_final, chosen_value
from keying.services.stored_forms import StoredFormRefused, parse_stored
from keying.storage import adjudications as store
from keying.storage import repo
from keying.storage.models import Adjudication, Discrepancy, Document, utcnow
from keying.storage.vocabulary import Decision, DocumentStatus, FinalSource, TaskStatus

if TYPE_CHECKING:
    from keying.services.sign_in import SignedIn
    from keying.services.workspace import Services

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=30)
PASS_NAMES = ("A", "B", "C")
# The reasons a supervisor may pick for a new value or "illegible" (free text may follow).
REASONS = (
    "Read from the page",
    "Both passes misread the page",
    "Smudged or damaged on the page",
    "Written over or crossed out",
    "Outside the field's zone",
    "Other",
)


class DecisionRefused(Exception):
    """The decision cannot be made (one sentence says why); nothing was written."""


class NotSaved(Exception):
    """The central database did not answer: nothing was written; try again."""


@dataclass(frozen=True)
class Issue:
    """One discrepancy on the supervisor's screen (plain values: it crosses threads)."""

    id: int
    seq: int
    document_id: int
    field: str
    column: str | None
    label: str
    instructions: str | None
    rows: tuple[int | None, ...]  # the row in A, B (and C); () for a scalar field
    row: int | None  # tables: the row of the agreed table
    values: tuple[str | None, ...]  # A, B (and C), as keyed
    spans: tuple[list[list[int]], ...]
    kind: str
    explanation: str
    severity: str
    zone: Zone | None
    row_zones: tuple[Zone | None, ...] = ()  # a row discrepancy: each pass's row on the page
    minor_kind: str | None = None  # severity minor: why (keying.reconcile.minor)

    @property
    def is_row(self) -> bool:
        return bool(self.rows) and self.column is None

    @property
    def path(self) -> str:
        if not self.rows:
            return self.field
        row = self.row if self.row is not None else "?"
        return (
            f"{self.field}[{row}]" if self.column is None else f"{self.field}[{row}].{self.column}"
        )

    @property
    def passes(self) -> int:
        return len(self.values)

    def point(self) -> Point:
        return Point(self.id, self.field, self.column, self.rows, self.values, self.kind, self.row)


@dataclass(frozen=True)
class Decided:
    """A decision made (saved, or on its way)."""

    uuid: str
    issue_id: int
    decision: Decision
    value: str | None
    reason: str = ""


@dataclass
class Case:
    """One document to adjudicate: its form, pages and discrepancies, and those decided."""

    task_id: int
    document_id: int
    external_id: str
    batch_id: int
    batch_name: str
    form: FormDefinition
    pages: list[str]  # page blobs' SHA-256, in page order
    page_bytes: dict[str, bytes]
    issues: list[Issue]
    decided: dict[int, Decided] = field(default_factory=dict)  # by issue id

    def open_issues(self) -> list[Issue]:
        return [i for i in self.issues if i.id not in self.decided]


@dataclass(frozen=True)
class Outcome:
    """What a decision did: `duplicate` when it was already stored (sent twice), `final`
    when it was the document's last and the final record was written."""

    uuid: str
    duplicate: bool
    final: bool
    errors_charged: int = 0


def validate_new(form: FormDefinition, issue: Issue, raw: str) -> tuple[str, str | None]:
    """A new value checked exactly as keying checks it (markers allowed): (text, error)."""
    if issue.is_row:
        return raw, "a row is included or left out (A, B): it takes no new value"
    fd = form.field(issue.field)
    if issue.column is not None:
        fd = fd.column(issue.column)
    outcome = commit(fd, raw)
    if not outcome.accepted:
        return outcome.text, outcome.message.text
    return outcome.text, None


class SupervisorDesk:
    """One signed-in supervisor's adjudication (no Qt). Build it in the thread that uses it."""

    def __init__(self, services: Services, supervisor: SignedIn) -> None:
        self.services = services
        self.supervisor = supervisor
        self._forms: dict[int, FormDefinition] = {}
        # document id → why it cannot be adjudicated here: its stored form is refused by
        # this version of keying (StoredFormRefused); passed over, nothing of it changed
        self.refused: dict[int, str] = {}
        # at the last claim: the open minor flags of every document waiting for a supervisor
        # (that this one did not key), held or not — the queue's, beyond the few held
        self.minor_waiting = 0

    @property
    def supervisor_id(self) -> int:
        return self.supervisor.operator_id

    def _session(self) -> Session:
        return self.services.sessions()

    # --- the queue --------------------------------------------------------------------------

    def claim(self, limit: int = 3) -> list[Case]:
        """The documents this supervisor adjudicates now (held ones first, then claimed up
        to `limit`), each with its pages and discrepancies. NotSaved when unreachable."""
        return self._claim(limit, None)

    def claim_field(self, batch_id: int, field: str, limit: int = 300) -> list[Case]:
        """The same-field mode: the documents of a batch with an undecided discrepancy of
        `field` (held ones too), up to `limit` documents."""
        cases = self._claim(limit, (batch_id, field))
        return [c for c in cases if c.batch_id == batch_id]

    def _claim(self, limit: int, field: tuple[int, str] | None) -> list[Case]:
        try:
            with self._session() as session:
                repo.begin_claim(session)
                tasks = store.claim_adjudicate_tasks(
                    session,
                    self.supervisor_id,
                    self.services.workspace.workstation,
                    limit,
                    LEASE,
                    self.services.clock(),
                    field,
                )
                cases = []
                for t in tasks:
                    try:
                        cases.append(self._case(session, t.id, t.document_id))
                    except StoredFormRefused as exc:  # passed over; the others go on
                        doc = session.get(Document, t.document_id)
                        self.refused[t.document_id] = f"{doc.external_id if doc else '?'}: {exc}"
                if field is None:  # the queue's minor flags, counted apart
                    self.minor_waiting = store.minor_waiting(session, self.supervisor_id)
                session.commit()
        except DBAPIError as exc:
            raise NotSaved(_one_line(exc)) from exc
        return [c for c in cases if c.open_issues()]

    def count_minor(self) -> int:
        """The queue's open minor flags now (`minor_waiting`, counted as a claim counts
        them): asked again after minor flags are decided, taken back or sent back.
        NotSaved when the central database does not answer."""
        try:
            with self._session() as session:
                self.minor_waiting = store.minor_waiting(session, self.supervisor_id)
        except DBAPIError as exc:
            raise NotSaved(_one_line(exc)) from exc
        return self.minor_waiting

    def _case(self, session: Session, task_id: int, document_id: int) -> Case:
        doc = session.get(Document, document_id)
        assert doc is not None
        form_row = repo.form_definition_of(session, doc)
        form = self._forms.get(form_row.id)
        if form is None:
            form = self._forms[form_row.id] = parse_stored(form_row.text)
        shas = repo.page_blobs(session, doc.id)
        rec = store.reconciliation_of(session, doc.id)
        keyed = [k.values for k in store.keyings_of(session, rec)] if rec is not None else []
        issues = [issue_of(form, d, keyed) for d in store.discrepancies_of(session, doc.id)]
        case = Case(
            task_id,
            doc.id,
            doc.external_id,
            doc.batch_id,
            repo.batch_of(session, doc).name,
            form,
            shas,
            {sha: repo.blob(session, sha).data for sha in dict.fromkeys(shas)},
            issues,
        )
        for adj, _login in store.decisions_of(session, doc.id):
            case.decided[adj.discrepancy_id] = Decided(
                adj.uuid, adj.discrepancy_id, Decision(adj.decision), adj.value, adj.reason
            )
        return case

    # --- deciding ---------------------------------------------------------------------------

    def decide(self, issue: Issue, made: Decided, form: FormDefinition) -> Outcome:
        """Store one decision in one transaction; the document's last writes its final
        record. Idempotent by `made.uuid`. DecisionRefused: not allowed (why); NotSaved:
        the central database did not answer (nothing written: send it again)."""
        if made.decision == Decision.NEW:
            _, error = validate_new(form, issue, made.value or "")
            if error is not None:
                raise DecisionRefused(error)
        try:
            with self._session() as session:
                repo.begin_claim(session)  # SQLite: the write lock first (two supervisors)
                outcome = self._decide(session, issue, made, form)
                session.commit()
                return outcome
        except IntegrityError as exc:  # a rule of the database itself (keyer, sent back)
            raise DecisionRefused(_trigger_message(exc)) from exc
        except DBAPIError as exc:
            raise NotSaved(_one_line(exc)) from exc

    def _decide(
        self, session: Session, issue: Issue, made: Decided, form: FormDefinition
    ) -> Outcome:
        if store.adjudication_by_uuid(session, made.uuid) is not None:
            final = store.final_record(session, issue.document_id) is not None
            return Outcome(made.uuid, True, final)
        disc = session.get(Discrepancy, issue.id)
        doc = session.get(Document, issue.document_id)
        task = store.adjudicate_task(session, issue.document_id)
        if disc is None or doc is None or task is None:
            raise DecisionRefused("this discrepancy is no longer stored")
        if doc.status != DocumentStatus.DISCREPANT or task.status == TaskStatus.DONE:
            raise DecisionRefused(f"{doc.external_id} is no longer waiting for a supervisor")
        if task.status != TaskStatus.CLAIMED or task.claimed_by != self.supervisor_id:
            raise DecisionRefused(f"another supervisor holds {doc.external_id} now")
        if store.adjudication_of(session, disc.id) is not None:
            raise DecisionRefused(f"{issue.label} of {doc.external_id} is already decided")
        value = None if issue.is_row else chosen_value(made.decision, issue.values, made.value)
        session.add(
            Adjudication(
                uuid=made.uuid,
                discrepancy_id=disc.id,
                document_id=doc.id,
                supervisor_id=self.supervisor_id,
                decision=made.decision.value,
                value=value,
                reason=made.reason,
            )
        )
        session.flush()
        repo.audit(
            session,
            "adjudicated",
            self.supervisor_id,
            doc.id,
            adjudication_uuid=made.uuid,
            discrepancy=disc.seq,
            path=issue.path,
            decision=made.decision.value,
            reason=made.reason,
        )
        task.lease_until = self.services.clock() + LEASE
        left = [
            d
            for d in store.discrepancies_of(session, doc.id)
            if not store.adjudication_of(session, d.id)
        ]
        if left:
            return Outcome(made.uuid, False, False)
        errors = write_final(session, doc, form, self.supervisor_id)
        task.status, task.completed_at = TaskStatus.DONE, utcnow()
        return Outcome(made.uuid, False, True, errors)

    def undo(self, uuid: str) -> int:
        """Take back a decision of this supervisor (its document's final record too, when it
        was the last): returns the discrepancy's id, open again. DecisionRefused / NotSaved."""
        try:
            with self._session() as session:
                repo.begin_claim(session)
                discrepancy_id = self._undo(session, uuid)
                if discrepancy_id is None:
                    raise DecisionRefused("that decision is not stored: nothing to undo")
                session.commit()
                return discrepancy_id
        except DBAPIError as exc:
            raise NotSaved(_one_line(exc)) from exc

    def undo_many(self, uuids: list[str]) -> list[int]:
        """Take back a bulk decision whole, in one transaction: every decision listed that is
        stored (one never stored is passed over: nothing to take back), with the final
        records they completed. The discrepancies' ids, open again. One refused (another
        supervisor holds a document now …): DecisionRefused, nothing changed. NotSaved."""
        try:
            with self._session() as session:
                repo.begin_claim(session)
                undone = [d for u in uuids if (d := self._undo(session, u)) is not None]
                session.commit()
                return undone
        except DBAPIError as exc:
            raise NotSaved(_one_line(exc)) from exc

    def _undo(self, session: Session, uuid: str) -> int | None:
        """One decision taken back in `session` (None: not stored); DecisionRefused rolls
        the whole transaction back."""
        adj = store.adjudication_by_uuid(session, uuid)
        if adj is None:
            return None
        if adj.supervisor_id != self.supervisor_id:
            session.rollback()
            raise DecisionRefused("another supervisor made that decision")
        task = store.adjudicate_task(session, adj.document_id)
        if task is None or task.claimed_by != self.supervisor_id:
            session.rollback()
            raise DecisionRefused("another supervisor holds this document now")
        store.withdraw_final_record(session, adj.document_id)
        task.status, task.completed_at = TaskStatus.CLAIMED, None
        task.lease_until = self.services.clock() + LEASE
        discrepancy_id = adj.discrepancy_id
        repo.audit(
            session,
            "adjudication_undone",
            self.supervisor_id,
            adj.document_id,
            adjudication_uuid=uuid,
            decision=adj.decision,
        )
        if not store.delete_adjudication(session, adj.id):
            session.rollback()  # nothing half-done: the final record stays too
            raise DecisionRefused(
                "the central database did not let this account take the decision "
                "back: nothing was changed"
            )
        return discrepancy_id


def write_final(session: Session, doc: Document, form: FormDefinition, actor_id: int | None) -> int:
    """Write the final record of a document whose every discrepancy is decided (or settled
    by a third pass): agreed values with the decisions in place, provenance, the errors
    charged; returns how many errors were charged."""
    rec = store.reconciliation_of(session, doc.id)
    assert rec is not None
    keyings = store.keyings_of(session, rec)
    keyed = [k.values for k in keyings]
    points = [issue_of(form, d, keyed).point() for d in store.discrepancies_of(session, doc.id)]
    made = {
        adj.discrepancy_id: Made(
            adj.decision, adj.value, login, adj.created_at.isoformat(), adj.reason
        )
        for adj, login in store.decisions_of(session, doc.id)
    }
    built = build_final(form, rec.result, keyed, [k.operator_id for k in keyings], points, made)
    source = FinalSource.ADJUDICATED if made else FinalSource.AGREED
    store.write_final_record(
        session, doc.id, built.values, built.provenance, source, built.errors, actor_id
    )
    log.info("document %s final: %d errors charged", doc.external_id, len(built.errors))
    return len(built.errors)


def issue_of(form: FormDefinition, d: Discrepancy, keyed: list[dict[str, Any]]) -> Issue:
    """A stored discrepancy as the station shows it."""
    detail = d.detail or {}
    fd = form.field(d.field)
    rows: tuple[int | None, ...] = ()
    values: tuple[str | None, ...] = (d.value_a, d.value_b)
    spans: tuple[list[list[int]], ...] = (detail.get("spans_a", []), detail.get("spans_b", []))
    three = "c" in detail  # a discrepancy of three passes (the fields a pass 3 keyed)
    if three:
        values += (detail.get("c"),)
        spans += (detail.get("spans_c", []),)
    label = fd.label
    zone = fd.zone
    row_zones: tuple[Zone | None, ...] = ()
    if fd.is_table:
        rows = (d.row_a, d.row_b) + ((detail.get("row_c"),) if three else ())
        counts = [
            len(k.get(d.field) or []) if isinstance(k.get(d.field), list) else 0 for k in keyed
        ]
        row_zones = tuple(
            None if r is None else row_zone(fd, r, counts[n] if n < len(counts) else 0)
            for n, r in enumerate(rows)
        )
        here = next((z for z in row_zones if z is not None), None)
        zone = here or zone
        shown = next((r for r in rows if r is not None), 0) or 0
        if d.column is not None:
            label = f"{fd.label} › {fd.column(d.column).label}, row {shown + 1}"
        else:
            label = f"{fd.label}, a whole row"
    instructions = fd.instructions
    if d.column is not None and fd.is_table:
        instructions = fd.column(d.column).instructions or instructions
    return Issue(
        d.id,
        d.seq,
        d.document_id,
        d.field,
        d.column,
        label,
        instructions,
        rows,
        detail.get("row"),
        values,
        spans,
        d.kind,
        d.explanation,
        detail.get("severity", "material"),
        zone,
        row_zones,
        detail.get("minor_kind"),
    )


def _one_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _trigger_message(exc: IntegrityError) -> str:
    text = _one_line(exc)
    if "keyer" in text or "keyed" in text:
        return "you keyed this document: a keyer never adjudicates it"
    return text
