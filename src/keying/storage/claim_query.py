"""The claim's query (issue 11, Performance): which key task an operator may take next, one
row at a time, walked in serving order rather than sorted.

Since migration 0019 a claim on PostgreSQL is one call of the server's
`keying_claim_key_tasks` (`claim_on_server`): the same rules in PL/pgSQL, walking the open
key tasks only (`ix_tasks_key_queue`, on the tasks' copies of their document's batch and
order), so documents whose tasks are all held are not read, and the whole claim (lease,
audit events) is one round trip. SQLite (one PC) keeps the walk below; its PostgreSQL form
stays as the reference the function follows (`tests/test_pg_claim_plan.py` checks its plan).

The open batches are asked in serving order (`serving_order`: priority, higher first, then
batch order: a few rows); within a batch, `claim_candidates(..., batch_id)` walks the
batch's documents still being keyed in their order
(`ix_documents_keying_queue`, migration 0015) and each one's open key tasks
(`ix_tasks_open_key`), checks the rules on those rows only and stops at the first task this
operator may take. Before, every open task was joined, checked and sorted for each task
handed out: a claim cost in proportion to the whole queue. `tests/test_pg_claim_plan.py`
checks the plan on PostgreSQL.

On PostgreSQL the walk is written so that it does not depend on the planner's statistics:
the batch's queue (documents in order) is the outer side and each document's task is a
LATERAL subquery on `tasks.document_id = queue.id`, which can only be an index lookup. Written
as a plain join, a claim on tables just filled by an import, before autovacuum analyzed them
(no statistics: every table "one row"), was planned as a nested loop reading the whole open
task index for each document: 5,000 documents, 50 million rows read, and the full
`keying bench --only central` (100 clients claiming right after the load) ended on the 30 s
statement timeout. The lock (`FOR UPDATE SKIP LOCKED`) is taken inside the subquery, on the
one task it picks for a document, and the outer query stops at the first document that gives
one: only the task handed out is locked.
"""

from __future__ import annotations

import threading
from collections.abc import Collection
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import (
    DateTime,
    Integer,
    Interval,
    Select,
    String,
    and_,
    bindparam,
    exists,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.orm import Session, aliased

from keying.storage.blind import pass_taken_clause
from keying.storage.models import Adjudication, Batch, Document, IdType, Keying, Task
from keying.storage.sampling import drawn_clause, sampled_batch_clause
from keying.storage.training import live_work_allowed
from keying.storage.vocabulary import DocumentStatus, TaskKind, TaskStatus

__all__ = ["ClaimQuery", "claim_candidates", "claim_on_server", "serving_order"]

_ON_SERVER = text(
    "SELECT * FROM keying_claim_key_tasks(:operator, :workstation, :limit, :lease, :now,"
    " :in_progress)"
).bindparams(
    bindparam("operator", type_=IdType),
    bindparam("workstation", type_=String),
    bindparam("limit", type_=Integer),
    bindparam("lease", type_=Interval),
    bindparam("now", type_=DateTime(timezone=True)),
    bindparam("in_progress", type_=IdType),
)


def claim_on_server(
    session: Session,
    operator_id: int,
    workstation: str,
    limit: int,
    lease: timedelta,
    now: datetime,
    in_progress: int | None,
) -> list[Task]:
    """PostgreSQL: the whole claim (`repo.claim_key_tasks`' rules, the leases, the audit
    events) in one round trip, `keying_claim_key_tasks` (migration 0019). Its queue holds
    open tasks only (`ix_tasks_key_queue`): documents whose tasks are all held are not read."""
    statement = select(Task).from_statement(_ON_SERVER)
    parameters = {
        "operator": operator_id,
        "workstation": workstation,
        "limit": limit,
        "lease": lease,
        "now": now,
        "in_progress": in_progress,
    }
    result = session.scalars(statement, parameters, execution_options={"populate_existing": True})
    return list(result)


def serving_order(session: Session) -> list[int]:
    """The open batches' ids in the order the queue serves them."""
    return list(
        session.scalars(
            select(Batch.id)
            .where(Batch.closed_at.is_(None))
            .order_by(Batch.priority.desc(), Batch.id)
        )
    )


class ClaimQuery(NamedTuple):
    """A claim's statement and its parameters: `session.scalars(*query).first()`."""

    statement: Select[Task]
    parameters: dict[str, Any]


def claim_candidates(
    session: Session,
    operator_id: int,
    workstation: str,
    now: datetime,
    batch_id: int,
    skip_documents: Collection[int] = (),
) -> ClaimQuery:
    """The first key task of batch `batch_id`, in document order, that `operator_id` may take
    from `workstation` at `now` (never one of `skip_documents`); on PostgreSQL locked
    `FOR UPDATE SKIP LOCKED`. The rules: `repo.claim_key_tasks`.

    The statement is built once per backend and thread (its values are parameters): building
    it cost more than running it, and the same SQL text each time is prepared once per
    connection (psycopg), so PostgreSQL plans it once, not for every task handed out. One
    statement object shared by threads failed now and then in SQLAlchemy's first use of it
    ("Could not locate column in row for column 'pick.id'", 10 claiming threads)."""
    postgresql = session.get_bind().dialect.name == "postgresql"
    parameters: dict[str, Any] = {
        "claim_operator": operator_id,
        "claim_workstation": workstation,
        "claim_now": now,
        "claim_batch": batch_id,
    }
    if skip_documents:
        parameters["claim_skip"] = list(skip_documents)
    built: dict[tuple[bool, bool], Select[Task]] = _BUILT.__dict__.setdefault("statements", {})
    key = (postgresql, bool(skip_documents))
    if key not in built:
        built[key] = _statement(*key)
    return ClaimQuery(built[key], parameters)


_BUILT = threading.local()  # each thread's statements (one object is not shared by threads)


def _statement(postgresql: bool, skipping: bool) -> Select[Task]:
    operator_id = bindparam("claim_operator", type_=IdType)
    workstation = bindparam("claim_workstation", type_=String)
    now = bindparam("claim_now", type_=DateTime(timezone=True))
    batch_id = bindparam("claim_batch", type_=IdType)
    t2 = Task.__table__.alias("other")
    holds_other = exists(
        select(t2.c.id).where(
            t2.c.document_id == Task.document_id,
            t2.c.claimed_by == operator_id,
            t2.c.status.in_((TaskStatus.CLAIMED, TaskStatus.DONE)),
            t2.c.id != Task.id,
        )
    )
    keyed_before = exists(
        select(Keying.id).where(
            Keying.document_id == Task.document_id, Keying.operator_id == operator_id
        )
    )
    # A supervisor who decided a discrepancy of the document never keys it (a pass 3 from a
    # send-back; the database refuses that keying too).
    adjudicated_before = exists(
        select(Adjudication.id).where(
            Adjudication.document_id == Task.document_id,
            Adjudication.supervisor_id == operator_id,
        )
    )
    pass1_in = pass_taken_clause(postgresql, Task.document_id, 1)
    rules = (
        Task.kind == TaskKind.KEY,
        or_(
            Task.status == TaskStatus.OPEN,
            # An expired claim is taken over only from another workstation: on the same
            # PC the first operator's draft of it is still in the cache.
            and_(
                Task.status == TaskStatus.CLAIMED,
                Task.lease_until < now,
                or_(Task.workstation.is_(None), Task.workstation != workstation),
            ),
        ),
        ~keyed_before,
        ~adjudicated_before,
        ~holds_other,
        Batch.closed_at.is_(None),
        live_work_allowed(operator_id),  # trainees: docs/training.md
        or_(Batch.dependent_verification.is_(False), Task.pass_no != 2, pass1_in),
        # verification sampling: pass 2 only once the draw said to verify
        or_(Task.pass_no != 2, ~sampled_batch_clause(), drawn_clause(Task.document_id)),
    )
    queue = select(Document.id, Document.seq).where(
        Document.batch_id == batch_id, Document.status == DocumentStatus.KEYING
    )
    if skipping:
        queue = queue.where(Document.id.not_in(bindparam("claim_skip", expanding=True)))
    if not postgresql:
        # One row per query. SQLite: the claim's transaction holds the write lock.
        in_queue = queue.subquery("queue")
        return (
            select(Task)
            .join(in_queue, in_queue.c.id == Task.document_id)
            .join(Batch, Batch.id == batch_id)
            .where(*rules)
            .order_by(in_queue.c.seq, Task.pass_no)
            .limit(1)
        )
    # PostgreSQL: the queue walked in order, each document's task looked up by index and
    # locked there (module docstring); only the rows handed out are locked, since locking a
    # wider candidate set would make a concurrent claim skip free tasks.
    in_queue = queue.subquery("queue")
    pick = (
        select(Task)
        .join(Batch, Batch.id == batch_id)
        .where(Task.document_id == in_queue.c.id, *rules)
        .order_by(Task.pass_no)
        .limit(1)
        .with_for_update(skip_locked=True, of=Task)
        .lateral("pick")
    )
    picked = aliased(Task, pick)
    return select(picked).select_from(in_queue).join(pick, true()).order_by(in_queue.c.seq).limit(1)
