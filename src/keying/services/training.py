"""Use case: training on gold documents (docs/training.md). `TrainingDesk` is one signed-in
trainee: the next gold document to key, and after it the feedback, field by field, with the
score stored as a fact and the qualification recorded when reached. The admin's side:
thresholds per form, qualifications granted, who qualified when.

A training keying is never a pass: it is not a `keyings` row, never reconciled with another
pass and never in a final record. Training talks to the central database directly (it is
not kept in the workstation cache): without the central database there is no training.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from keying.forms import FormDefinition
from keying.services.sign_in import SignedIn
from keying.services.stored_forms import parse_stored
from keying.services.training_gold import prepare_in_session
from keying.services.training_keys import keyed_keys
from keying.services.training_score import (
    FieldOutcome,
    ScoreFact,
    Standing,
    Threshold,
    counted_speed,
    keystrokes_and_seconds,
    outcomes,
    score,
    standing,
)
from keying.storage import repo
from keying.storage import training as store
from keying.storage.models import Operator
from keying.storage.users import find_user
from keying.sync.refusals import CentralUnavailable

if TYPE_CHECKING:
    from keying.services.workspace import Services


class TrainingRefused(Exception):
    """A training command refused (one line: why)."""


@dataclass(frozen=True)
class TrainingDocument:
    """A gold document to key for training, with what the station needs to show it."""

    uuid: str  # the score's client UUID (storing it twice stores it once)
    document_id: int
    external_id: str
    batch_name: str
    form_name: str
    form: FormDefinition
    pages: list[bytes]
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True)
class Feedback:
    """What the trainee is shown after a training document."""

    document: TrainingDocument
    fields: int
    errors: int
    outcomes: list[FieldOutcome]
    accuracy: float
    kph: float | None
    standing: Standing | None  # over the threshold's last N documents of the form
    threshold: Threshold | None
    qualified_at: datetime | None  # when the trainee is (now or before) qualified on the form
    newly_qualified: bool

    @property
    def mistakes(self) -> list[FieldOutcome]:
        return [o for o in self.outcomes if not o.ok]


def _aware(at: datetime | None) -> datetime | None:
    """A stored time in UTC (SQLite gives it back without its zone)."""
    return at.replace(tzinfo=UTC) if at is not None and at.tzinfo is None else at


def _threshold(row: Any) -> Threshold | None:
    return None if row is None else Threshold(float(row.accuracy), int(row.kph), int(row.last_n))


class TrainingDesk:
    """One signed-in trainee's training."""

    def __init__(self, services: Services, operator: SignedIn) -> None:
        self.services = services
        self.operator = operator

    @property
    def sessions(self) -> sessionmaker[Session]:
        return self.services.sessions  # replaced at a sign-in as one's own role

    def forms_to_qualify(self) -> list[str]:
        """The forms with a threshold this account must still qualify on (and can: they
        have gold documents)."""
        with _central(), self.sessions() as session:
            return store.forms_to_qualify(session, self.operator.operator_id)

    def next_document(self, skip: list[int] | None = None) -> TrainingDocument | None:
        """The next gold document to train on (None: nothing to train on)."""
        with _central(), self.sessions() as session:
            forms = store.forms_to_qualify(session, self.operator.operator_id)
            doc = store.next_gold_document(session, self.operator.operator_id, forms, skip or [])
            if doc is None:
                return None
            row = repo.form_definition_of(session, doc)
            pages = [repo.blob(session, sha).data for sha in repo.page_blobs(session, doc.id)]
            found = TrainingDocument(
                uuid=str(uuid.uuid4()),
                document_id=doc.id,
                external_id=doc.external_id,
                batch_name=repo.batch_of(session, doc).name,
                form_name=row.name,
                form=parse_stored(row.text),
                pages=pages,
            )
            # the clock of this document's speed starts now (the server's on PostgreSQL)
            if store.signed_in_as_own_role(session, self.operator.operator_id):
                store.hand_out_in_database(session, found.uuid, found.document_id)
            else:
                store.hand_out(session, found.uuid, self.operator.operator_id, doc.id)
            session.commit()
            return found

    def finish(
        self, doc: TrainingDocument, values: dict[str, Any], figures: dict[str, Any]
    ) -> Feedback:
        """Score the keying against the gold values, store the score, and record the
        qualification when the last N documents reach the form's threshold. On PostgreSQL as
        the account's own role the database does all three (`keying_training_submit`) and
        gives back the true values; else the app, by the same rule."""
        keystrokes, seconds = keystrokes_and_seconds(figures)
        me = self.operator.operator_id
        with _central(), self.sessions() as session:
            before = store.qualification(session, me, doc.form_name)
            if store.signed_in_as_own_role(session, me):
                done = store.submit_in_database(
                    session,
                    doc.uuid,
                    doc.document_id,
                    values,
                    keyed_keys(doc.form, values),
                    keystrokes,
                    seconds,
                )
                gold = dict(done.get("gold") or {})
                fields, errors = int(done["fields"]), int(done["errors"])
                keystrokes = int(done.get("keystrokes") or 0)
                seconds = float(done.get("seconds") or 0)
                shown = outcomes(doc.form, values, gold, list(done.get("wrong") or []))
                at = done.get("qualified_at")
                qualified_at = _aware(datetime.fromisoformat(at)) if isinstance(at, str) else None
                newly = before is None and qualified_at is not None
            else:
                gold = store.gold_values(session, doc.document_id) or {}
                scoring = score(doc.form, values, gold)
                fields, errors, shown = scoring.fields, scoring.errors, scoring.outcomes
                reported = keystrokes, seconds
                keystrokes, seconds = counted_speed(
                    keystrokes, seconds, gold, self._elapsed(session, doc)
                )
                _, stored = store.add_score(
                    session,
                    uuid=doc.uuid,
                    operator_id=me,
                    document_id=doc.document_id,
                    form_name=doc.form_name,
                    fields=fields,
                    errors=errors,
                    keystrokes=keystrokes,
                    seconds=seconds,
                    values=values,
                    mistakes=scoring.wrong,
                    finished_at=datetime.now(UTC),
                    reported_keystrokes=reported[0],
                    reported_seconds=reported[1],
                )
                keystrokes, seconds = stored.keystrokes, stored.seconds  # a retry: as stored
                qualified_at = _aware(before.qualified_at) if before else None
                newly = False
            threshold = _threshold(store.threshold(session, doc.form_name))
            figures_now = None
            if threshold is not None:
                recent = store.recent_scores(session, me, doc.form_name, threshold.last_n)
                figures_now = standing(
                    [ScoreFact(s.fields, s.errors, s.keystrokes, s.seconds) for s in recent],
                    threshold,
                )
            if qualified_at is None and figures_now is not None and figures_now.qualifies:
                qualified_at = self._qualify(session, doc.form_name, figures_now)
                newly = qualified_at is not None
            elif newly:
                repo.audit(session, "qualified", me, None, form=doc.form_name)
            session.commit()
        kph = 3600.0 * keystrokes / seconds if seconds > 0 else None
        accuracy = 100.0 * (fields - errors) / fields if fields else 100.0
        return Feedback(
            doc,
            fields,
            errors,
            shown,
            accuracy,
            kph,
            figures_now,
            threshold,
            qualified_at,
            newly,
        )

    def _elapsed(self, session: Session, doc: TrainingDocument) -> float:
        """Seconds since the document was handed out to this account (the app's clock);
        refused for one never handed out."""
        at = _aware(
            store.handed_out_at(session, doc.uuid, self.operator.operator_id, doc.document_id)
        )
        if at is None:
            raise TrainingRefused(
                f"gold document {doc.external_id} was not handed out for this training keying"
            )
        return (datetime.now(UTC) - at).total_seconds()

    def _qualify(self, session: Session, form_name: str, now: Standing) -> datetime | None:
        me = self.operator.operator_id
        if store.signed_in_as_own_role(session, me):
            # the database checks the stored scores itself (an account cannot write its own
            # qualification)
            at = store.record_qualification_in_database(session, form_name)
        else:
            row = store.add_qualification(
                session, me, form_name, now.accuracy, now.kph, now.documents
            )
            at = row.qualified_at
        if at is not None:
            repo.audit(session, "qualified", me, None, form=form_name)
        return at


@contextmanager
def _central() -> Iterator[None]:
    """The central database's failures as CentralUnavailable (one line)."""
    try:
        yield
    except (OperationalError, DBAPIError) as exc:
        raise CentralUnavailable(str(exc.orig or exc).strip().splitlines()[0]) from exc


# --- the admin's side -------------------------------------------------------------------------


@dataclass(frozen=True)
class ThresholdInfo:
    form_name: str
    accuracy: float
    kph: int
    last_n: int
    set_at: datetime


def set_threshold(
    sessions: sessionmaker[Session],
    form_name: str,
    accuracy: float,
    kph: int,
    last_n: int,
    by_login: str | None = None,
) -> ThresholdInfo:
    """Set (or change) a form's qualification threshold. Refused for a form not stored or
    figures out of range."""
    if not 0 < accuracy <= 100:
        raise TrainingRefused(f"accuracy must be above 0 and at most 100 (percent), not {accuracy}")
    if kph < 0:
        raise TrainingRefused(f"keystrokes per hour must be 0 or more, not {kph}")
    if last_n < 1:
        raise TrainingRefused(f"--last must be at least 1 document, not {last_n}")
    with sessions() as session:
        if form_name not in store.form_names(session):
            known = ", ".join(store.form_names(session)) or "none"
            raise TrainingRefused(f"no form named {form_name!r} is stored (stored: {known})")
        by = _account(session, by_login).id if by_login else None
        row = store.set_threshold(session, form_name, accuracy, kph, last_n, by)
        prepare_in_session(session)  # what the database scores training against (0014)
        repo.audit(
            session,
            "training_threshold_set",
            by,
            None,
            form=form_name,
            accuracy=accuracy,
            kph=kph,
            last_n=last_n,
        )
        info = ThresholdInfo(row.form_name, row.accuracy, row.kph, row.last_n, row.set_at)
        session.commit()
    return info


def clear_threshold(sessions: sessionmaker[Session], form_name: str) -> bool:
    with sessions() as session:
        done = store.clear_threshold(session, form_name)
        if done:
            repo.audit(session, "training_threshold_cleared", None, None, form=form_name)
        session.commit()
    return done


def grant(
    sessions: sessionmaker[Session], login: str, form_name: str, by_login: str | None = None
) -> datetime:
    """Record an account as qualified on a form without training (an experienced keyer);
    the time it was already qualified if it was."""
    with sessions() as session:
        if form_name not in store.form_names(session):
            raise TrainingRefused(f"no form named {form_name!r} is stored")
        account = _account(session, login)
        found = store.qualification(session, account.id, form_name)
        if found is not None:
            return _aware(found.qualified_at) or found.qualified_at
        by = _account(session, by_login).id if by_login else None
        row = store.add_qualification(session, account.id, form_name, None, None, None, by)
        repo.audit(session, "qualification_granted", by, None, form=form_name, login=login)
        at = row.qualified_at
        session.commit()
    return _aware(at) or at


@dataclass(frozen=True)
class TraineeStatus:
    login: str
    form_name: str
    documents: int  # training documents keyed
    standing: Standing | None  # over the threshold's last N
    threshold: Threshold | None
    qualified_at: datetime | None
    granted_by: str | None


def training_status(
    sessions: sessionmaker[Session], login: str | None = None
) -> list[TraineeStatus]:
    """Who trained on what, their figures over the last N documents, and who qualified when."""
    with sessions() as session:
        if login is not None:
            _account(session, login)
        rows = store.status(session, login)
        out = []
        for r in rows:
            threshold = _threshold(store.threshold(session, r.form_name))
            now = None
            if threshold is not None and r.scores:
                account = _account(session, r.login)
                recent = store.recent_scores(session, account.id, r.form_name, threshold.last_n)
                now = standing(
                    [ScoreFact(s.fields, s.errors, s.keystrokes, s.seconds) for s in recent],
                    threshold,
                )
            out.append(
                TraineeStatus(
                    r.login,
                    r.form_name,
                    r.scores,
                    now,
                    threshold,
                    _aware(r.qualified_at),
                    r.granted_by,
                )
            )
    return out


def thresholds(sessions: sessionmaker[Session]) -> list[ThresholdInfo]:
    with sessions() as session:
        return [
            ThresholdInfo(t.form_name, t.accuracy, t.kph, t.last_n, t.set_at)
            for t in store.thresholds(session)
        ]


def _account(session: Session, login: str) -> Operator:
    account = find_user(session, login)
    if account is None:
        raise TrainingRefused(f"no account named {login!r}")
    return account
