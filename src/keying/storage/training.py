"""Training on gold documents (migration 0008): thresholds per form, the scores of training
keyings, qualifications, and the rule of the claim that keeps live work from an account not
qualified on a form with a threshold. Each function takes a Session and never commits.

See docs/training.md. A gold document is a document with `gold_values`, in any batch, not
withdrawn; it can be trained on by any number of trainees, any number of times.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Text,
    and_,
    bindparam,
    cast,
    column,
    exists,
    func,
    literal,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session

from keying.storage.models import (
    Batch,
    Document,
    FormDefinitionRow,
    Operator,
    Qualification,
    Task,
    TrainingGoldKeys,
    TrainingHandout,
    TrainingScore,
    TrainingThreshold,
    utcnow,
)

# The view of migration 0014: the ids of the gold documents (true values, not withdrawn),
# readable where `documents.gold_values` is not (an operator's role on PostgreSQL).
gold_documents = table("gold_documents", column("document_id"))


def is_gold() -> ColumnElement[bool]:
    """A document with true values (the JSON column holds `null` for the others), not
    withdrawn from its batch: read through the view `gold_documents`, without the values."""
    return Document.id.in_(select(gold_documents.c.document_id))


def is_gold_document(session: Session, document_id: int) -> bool:
    return bool(session.scalar(select(is_gold()).where(Document.id == document_id)))


def has_gold_values() -> ColumnElement[bool]:
    """The same, on the column itself (the owner's and an admin's reads)."""
    return and_(
        Document.gold_values.is_not(None),
        cast(Document.gold_values, Text) != "null",
    )


# --- the compare keys of gold documents (0014) ---------------------------------------------


def gold_keys(session: Session, document_id: int) -> TrainingGoldKeys | None:
    return session.get(TrainingGoldKeys, document_id)


def documents_without_gold_keys(session: Session) -> list[Document]:
    """Gold documents whose keys are missing or were made from other true values (the
    owner's or an admin's connection: it reads the values)."""
    rows = session.execute(
        select(Document, TrainingGoldKeys)
        .outerjoin(TrainingGoldKeys, TrainingGoldKeys.document_id == Document.id)
        .where(has_gold_values())
        .order_by(Document.id)
    ).all()
    return [d for d, k in rows if k is None or k.gold != d.gold_values]


def put_gold_keys(
    session: Session, document_id: int, keys: list[Any], gold: dict[str, Any]
) -> None:
    row = session.get(TrainingGoldKeys, document_id)
    if row is None:
        row = TrainingGoldKeys(document_id=document_id)
        session.add(row)
    row.keys, row.gold, row.made_at = keys, gold, utcnow()
    session.flush()


def gold_values(session: Session, document_id: int) -> dict[str, Any] | None:
    """A document's true values (the owner's reads, SQLite: PostgreSQL refuses them to an
    account's role)."""
    found = session.scalar(select(Document.gold_values).where(Document.id == document_id))
    return dict(found) if isinstance(found, dict) else None


def submit_in_database(
    session: Session,
    uuid: str,
    document_id: int,
    values: dict[str, Any],
    keys: dict[str, Any],
    keystrokes: int,
    seconds: float,
) -> dict[str, Any]:
    """PostgreSQL, an account's own connection: the database scores the keying, records the
    score (and the qualification), and gives back the true values (`keying_training_submit`,
    0014)."""
    stmt = select(
        func.keying_training_submit(
            bindparam("u"),
            bindparam("d"),
            bindparam("v", type_=JSONB),
            bindparam("k", type_=JSONB),
            bindparam("ks"),
            bindparam("s"),
        )
    )
    found = session.scalar(
        stmt, {"u": uuid, "d": document_id, "v": values, "k": keys, "ks": keystrokes, "s": seconds}
    )
    return dict(found or {})


# --- hand-outs: the clock of the training speed (0018) --------------------------------------


def hand_out(session: Session, uuid: str, operator_id: int, document_id: int) -> datetime:
    """Record a gold document handed out for training now (the app's clock: SQLite, or one
    shared URL); the same uuid again keeps its first time."""
    row = session.get(TrainingHandout, uuid)
    if row is None:
        row = TrainingHandout(
            uuid=uuid, operator_id=operator_id, document_id=document_id, handed_out_at=utcnow()
        )
        session.add(row)
        session.flush()
    return row.handed_out_at


def hand_out_in_database(session: Session, uuid: str, document_id: int) -> datetime | None:
    """PostgreSQL, an account's own connection: the server records the hand-out at its own
    time (`keying_training_hand_out`, 0018)."""
    return session.scalar(
        select(func.keying_training_hand_out(bindparam("u"), bindparam("d"))),
        {"u": uuid, "d": document_id},
    )


def handed_out_at(
    session: Session, uuid: str, operator_id: int, document_id: int
) -> datetime | None:
    """When this document was handed out to this account under `uuid` (None: never)."""
    return session.scalar(
        select(TrainingHandout.handed_out_at).where(
            TrainingHandout.uuid == uuid,
            TrainingHandout.operator_id == operator_id,
            TrainingHandout.document_id == document_id,
        )
    )


def live_work_allowed(operator_id: int | ColumnElement[int]) -> ColumnElement[bool]:
    """For the claim of key tasks (joined to Batch): the task's form has no threshold or
    this account is qualified on it; and never a document it trained on (it saw the true
    values)."""
    # the batch's form (Batch correlates to the claim's query)
    of_batch = FormDefinitionRow.id == Batch.form_definition_id
    has_threshold = exists(
        select(TrainingThreshold.form_name)
        .join(FormDefinitionRow, FormDefinitionRow.name == TrainingThreshold.form_name)
        .where(of_batch)
    )
    qualified = exists(
        select(Qualification.id)
        .join(FormDefinitionRow, FormDefinitionRow.name == Qualification.form_name)
        .where(of_batch, Qualification.operator_id == operator_id)
    )
    trained_on = exists(
        select(TrainingScore.id).where(
            TrainingScore.operator_id == operator_id,
            TrainingScore.document_id == Task.document_id,
        )
    )
    return and_(or_(~has_threshold, qualified), ~trained_on)


# --- thresholds --------------------------------------------------------------------------


def set_threshold(
    session: Session,
    form_name: str,
    accuracy: float,
    kph: int,
    last_n: int,
    set_by: int | None,
) -> TrainingThreshold:
    row = session.get(TrainingThreshold, form_name)
    if row is None:
        row = TrainingThreshold(form_name=form_name)
        session.add(row)
    row.accuracy, row.kph, row.last_n, row.set_by, row.set_at = (
        accuracy,
        kph,
        last_n,
        set_by,
        utcnow(),
    )
    session.flush()
    return row


def clear_threshold(session: Session, form_name: str) -> bool:
    row = session.get(TrainingThreshold, form_name)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def threshold(session: Session, form_name: str) -> TrainingThreshold | None:
    return session.get(TrainingThreshold, form_name)


def thresholds(session: Session) -> list[TrainingThreshold]:
    return list(session.scalars(select(TrainingThreshold).order_by(TrainingThreshold.form_name)))


def form_names(session: Session) -> list[str]:
    """The names of the stored form definitions (any version)."""
    return list(session.scalars(select(FormDefinitionRow.name).distinct().order_by(text("1"))))


# --- what a trainee trains on ---------------------------------------------------------------


def forms_to_qualify(session: Session, operator_id: int) -> list[str]:
    """Forms with a threshold this account is not qualified on, that have gold documents."""
    qualified = select(Qualification.form_name).where(Qualification.operator_id == operator_id)
    has_gold = exists(
        select(Document.id)
        .join(Batch, Batch.id == Document.batch_id)
        .join(FormDefinitionRow, FormDefinitionRow.id == Batch.form_definition_id)
        .where(
            FormDefinitionRow.name == TrainingThreshold.form_name,
            is_gold(),
        )
    )
    return list(
        session.scalars(
            select(TrainingThreshold.form_name)
            .where(TrainingThreshold.form_name.not_in(qualified), has_gold)
            .order_by(TrainingThreshold.form_name)
        )
    )


def next_gold_document(
    session: Session, operator_id: int, forms: Sequence[str], skip: Sequence[int] = ()
) -> Document | None:
    """The gold document of `forms` this account trained on least (never first), then the
    one it trained on longest ago, in batch and document order; not one of `skip`."""
    if not forms:
        return None
    mine = (
        select(
            TrainingScore.document_id.label("document_id"),
            func.count(TrainingScore.id).label("times"),
            func.max(TrainingScore.finished_at).label("last"),
        )
        .where(TrainingScore.operator_id == operator_id)
        .group_by(TrainingScore.document_id)
        .subquery()
    )
    stmt = (
        select(Document)
        .join(Batch, Batch.id == Document.batch_id)
        .join(FormDefinitionRow, FormDefinitionRow.id == Batch.form_definition_id)
        .outerjoin(mine, mine.c.document_id == Document.id)
        .where(
            FormDefinitionRow.name.in_(list(forms)),
            is_gold(),
        )
        .order_by(
            func.coalesce(mine.c.times, literal(0)),
            mine.c.last,
            Batch.id,
            Document.seq,
        )
        .limit(1)
    )
    if skip:
        stmt = stmt.where(Document.id.not_in(list(skip)))
    return session.scalars(stmt).first()


# --- scores and qualifications ----------------------------------------------------------------


def add_score(session: Session, **columns: Any) -> tuple[bool, TrainingScore]:
    """Store a training score once per client UUID: (added?, the row)."""
    existing = session.scalar(select(TrainingScore).where(TrainingScore.uuid == columns["uuid"]))
    if existing is not None:
        return False, existing
    row = TrainingScore(**columns)
    session.add(row)
    session.flush()
    return True, row


def recent_scores(
    session: Session, operator_id: int, form_name: str, last_n: int
) -> list[TrainingScore]:
    """This account's last `last_n` training scores on a form, newest first."""
    return list(
        session.scalars(
            select(TrainingScore)
            .where(TrainingScore.operator_id == operator_id, TrainingScore.form_name == form_name)
            .order_by(TrainingScore.finished_at.desc(), TrainingScore.id.desc())
            .limit(last_n)
        )
    )


def qualification(session: Session, operator_id: int, form_name: str) -> Qualification | None:
    return session.scalar(
        select(Qualification).where(
            Qualification.operator_id == operator_id, Qualification.form_name == form_name
        )
    )


def add_qualification(
    session: Session,
    operator_id: int,
    form_name: str,
    accuracy: float | None,
    kph: float | None,
    documents: int | None,
    granted_by: int | None = None,
) -> Qualification:
    row = Qualification(
        operator_id=operator_id,
        form_name=form_name,
        qualified_at=utcnow(),
        accuracy=accuracy,
        kph=kph,
        documents=documents,
        granted_by=granted_by,
    )
    session.add(row)
    session.flush()
    return row


def record_qualification_in_database(session: Session, form_name: str) -> datetime | None:
    """PostgreSQL, an account's own connection: the database checks the stored scores against
    the threshold and records the qualification (`keying_record_qualification`, 0008)."""
    return session.scalar(select(func.keying_record_qualification(form_name)))


def signed_in_as_own_role(session: Session, operator_id: int) -> bool:
    """On PostgreSQL: is this connection the account's own login role?"""
    if session.get_bind().dialect.name != "postgresql":
        return False
    found = session.scalar(select(func.keying_operator_id(func.current_user())))
    return found == operator_id


@dataclass(frozen=True)
class StatusRow:
    login: str
    form_name: str
    scores: int
    qualified_at: datetime | None
    accuracy: float | None
    kph: float | None
    granted_by: str | None


def status(session: Session, login: str | None = None) -> list[StatusRow]:
    """For each account with scores or a qualification (or `login`), per form: how many
    training documents, and when it qualified (with the figures it qualified on)."""
    counts: dict[tuple[int, str], int] = {
        (int(op), str(form)): int(n)
        for op, form, n in session.execute(
            select(TrainingScore.operator_id, TrainingScore.form_name, func.count()).group_by(
                TrainingScore.operator_id, TrainingScore.form_name
            )
        )
    }
    quals = {(q.operator_id, q.form_name): q for q in session.scalars(select(Qualification))}
    logins = {o.id: o.login for o in session.scalars(select(Operator))}
    rows = []
    for key in sorted(set(counts) | set(quals), key=lambda k: (logins.get(k[0], ""), k[1])):
        who = logins.get(key[0], "?")
        if login is not None and who != login:
            continue
        q = quals.get(key)
        rows.append(
            StatusRow(
                who,
                key[1],
                counts.get(key, 0),
                q.qualified_at if q else None,
                q.accuracy if q else None,
                q.kph if q else None,
                logins.get(q.granted_by) if q and q.granted_by is not None else None,
            )
        )
    return rows
