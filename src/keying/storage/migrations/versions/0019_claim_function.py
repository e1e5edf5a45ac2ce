"""the claim in one call on PostgreSQL; the queue of open key tasks skips held documents

Revision ID: 0019
Revises: 0020

A claim walked a batch's documents still being keyed (0015) and looked up each one's tasks,
so it read every document whose tasks were all held (claimed, lease running) before reaching
an open one: with 100 stations holding their documents, thousands of rows a claim, and the
claim's five round trips (serving order, the walk, the update, the audit event, the commit)
were each a wait under load (issue 11, Performance).

- tasks.queue_batch_id, tasks.queue_seq: copies of the task's document's batch and order
  (`documents.batch_id`, `documents.seq`), set by a trigger on insert (and kept in step if a
  document's batch or order changes), on both backends.
- `ix_tasks_key_queue`: open key tasks in serving order within a batch (queue_batch_id,
  queue_seq, pass_no) where kind = 'key' and status = 'open': a held task leaves it, so the
  walk reads open tasks only.
- `ix_tasks_key_leases`: claimed key tasks by lease_until: an expired claim is found by a
  range on the lease, not by walking the claimed ones.
- `ix_adjudications_document` (document_id, supervisor_id): the rule "never a document this
  account decided a discrepancy of" was a scan of every decision for each task handed out.
- PostgreSQL: `keying_claim_key_tasks(operator, workstation, limit, lease, now, in_progress)`
  RETURNS SETOF tasks: the whole claim (`repo.claim_key_tasks`' rules, the update, the audit
  events) in one round trip. SECURITY INVOKER (the caller's row-level security applies as it
  did to the statements it replaces: an operator can claim only as itself); search_path
  pinned. SQLite keeps the claim in Python (`storage/claim_query.py`).

Frozen with this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_OPEN = "kind = 'key' AND status = 'open'"
_CLAIMED = "kind = 'key' AND status = 'claimed'"
_SIGNATURE = "keying_claim_key_tasks(bigint, text, integer, interval, timestamptz, bigint)"


def upgrade() -> None:
    op.add_column("tasks", sa.Column("queue_batch_id", _ID, nullable=True))
    op.add_column("tasks", sa.Column("queue_seq", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE tasks SET queue_batch_id = (SELECT d.batch_id FROM documents d"
        " WHERE d.id = tasks.document_id), queue_seq = (SELECT d.seq FROM documents d"
        " WHERE d.id = tasks.document_id)"
    )
    op.create_index(
        "ix_tasks_key_queue",
        "tasks",
        ["queue_batch_id", "queue_seq", "pass_no"],
        postgresql_where=sa.text(_OPEN),
        sqlite_where=sa.text(_OPEN),
    )
    op.create_index(
        "ix_tasks_key_leases",
        "tasks",
        ["lease_until"],
        postgresql_where=sa.text(_CLAIMED),
        sqlite_where=sa.text(_CLAIMED),
    )
    op.create_index("ix_adjudications_document", "adjudications", ["document_id", "supervisor_id"])
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    path = f"SET search_path = {bind.dialect.identifier_preparer.quote_identifier(schema)}, pg_temp"
    op.execute(_PG_COPY.format(path=path))
    op.execute(
        "CREATE TRIGGER tasks_queue_copy BEFORE INSERT OR UPDATE OF document_id ON tasks "
        "FOR EACH ROW EXECUTE FUNCTION keying_tasks_queue_copy()"
    )
    op.execute(_PG_FOLLOW.format(path=path))
    op.execute(
        "CREATE TRIGGER documents_queue_follow AFTER UPDATE OF batch_id, seq ON documents "
        "FOR EACH ROW EXECUTE FUNCTION keying_documents_queue_follow()"
    )
    op.execute(_CLAIM.format(path=path))
    op.execute(_GRANTS)


_SQLITE_TRIGGERS = (
    """CREATE TRIGGER tasks_queue_copy AFTER INSERT ON tasks BEGIN
    UPDATE tasks SET queue_batch_id = (SELECT batch_id FROM documents WHERE id = NEW.document_id),
                     queue_seq = (SELECT seq FROM documents WHERE id = NEW.document_id)
     WHERE id = NEW.id;
END""",
    """CREATE TRIGGER documents_queue_follow AFTER UPDATE OF batch_id, seq ON documents BEGIN
    UPDATE tasks SET queue_batch_id = NEW.batch_id, queue_seq = NEW.seq
     WHERE document_id = NEW.id;
END""",
)

_PG_COPY = """CREATE FUNCTION keying_tasks_queue_copy() RETURNS trigger
LANGUAGE plpgsql {path} AS $fn$
BEGIN
    SELECT d.batch_id, d.seq INTO NEW.queue_batch_id, NEW.queue_seq
      FROM documents d WHERE d.id = NEW.document_id;
    RETURN NEW;
END
$fn$"""

_PG_FOLLOW = """CREATE FUNCTION keying_documents_queue_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {path} AS $fn$
BEGIN
    UPDATE tasks SET queue_batch_id = NEW.batch_id, queue_seq = NEW.seq
     WHERE document_id = NEW.id;
    RETURN NULL;
END
$fn$"""

# The rules are those of `repo.claim_key_tasks` (storage/claim_query.py), in two groups:
# those of the task and its batch (open, the batch's order, dependent verification, the
# sampling draw) before the row is locked, those of this operator after (OFFSET 0 keeps them
# out of the locking subquery): a task locked and then refused (a document this operator
# holds the other pass of, keyed, decided or trained on) is held until the claim commits, a
# few milliseconds, and the others skip it meanwhile; but a claim does not check this
# operator's rules on the tasks other claims hold locked at the head of the queue.
_BATCH_RULES = """AND NOT o.document_id = ANY (taken)
                   AND (o.pass_no <> 2 OR NOT b.dependent OR keying_pass_taken(o.document_id, 1))
                   AND (o.pass_no <> 2 OR NOT b.sampled
                        OR EXISTS (SELECT 1 FROM sampling_draws w
                                    WHERE w.document_id = o.document_id OFFSET 0))"""
# the document is being keyed (not flagged, not closed); this operator never keyed it,
# decided a discrepancy of it, holds or did its other pass (blindness), nor trained on it
# (saw its true values). Each is a lookup by the candidate's document: OFFSET 0 keeps the
# planner from turning an EXISTS into a join, which on tables not yet analyzed (right after
# an import) read every document being keyed, or all of an operator's keyings, per claim;
# the document's status is read by its key alone (with the status in the condition, the
# planner took the partial index of documents being keyed and filtered it on the id).
_OPERATOR_RULES = """(SELECT d.status FROM documents d WHERE d.id = k.document_id) = 'keying'
               AND NOT EXISTS (SELECT 1 FROM keyings y
                                WHERE y.operator_id = p_operator AND y.document_id = k.document_id
                                OFFSET 0)
               AND NOT EXISTS (SELECT 1 FROM tasks h
                                WHERE h.claimed_by = p_operator AND h.document_id = k.document_id
                                  AND h.status IN ('claimed', 'done') AND h.id <> k.id OFFSET 0)
               AND NOT EXISTS (SELECT 1 FROM adjudications a
                                WHERE a.document_id = k.document_id
                                  AND a.supervisor_id = p_operator OFFSET 0)
               AND NOT EXISTS (SELECT 1 FROM training_scores s
                                WHERE s.operator_id = p_operator
                                  AND s.document_id = k.document_id OFFSET 0)"""

_CLAIM = """CREATE FUNCTION keying_claim_key_tasks(
    p_operator bigint, p_workstation text, p_limit integer, p_lease interval,
    p_now timestamptz, p_in_progress bigint) RETURNS SETOF tasks
LANGUAGE plpgsql VOLATILE SECURITY INVOKER {path} AS $fn$
DECLARE
    current_batch bigint;
    b record;
    t tasks%ROWTYPE;
    e tasks%ROWTYPE;
    taken bigint[] := '{{}}';
    handed integer := 0;
BEGIN
    IF p_limit < 1 THEN
        RETURN;
    END IF;
    IF p_in_progress IS NOT NULL THEN
        SELECT d.batch_id INTO current_batch FROM documents d WHERE d.id = p_in_progress;
    END IF;
    FOR b IN
        SELECT x.id, x.dependent_verification AS dependent,
               EXISTS (SELECT 1 FROM batch_sampling s WHERE s.batch_id = x.id) AS sampled
          FROM batches x
         WHERE x.closed_at IS NULL
           -- trainees: the batch's form has no threshold, or this account is qualified on it
           AND (NOT EXISTS (SELECT 1 FROM training_thresholds th
                              JOIN form_definitions f ON f.name = th.form_name
                             WHERE f.id = x.form_definition_id)
                OR EXISTS (SELECT 1 FROM qualifications q
                             JOIN form_definitions f ON f.name = q.form_name
                            WHERE f.id = x.form_definition_id AND q.operator_id = p_operator))
         ORDER BY x.id IS DISTINCT FROM current_batch, x.priority DESC, x.id
    LOOP
        WHILE handed < p_limit LOOP
            -- the first open task in the batch's order this operator may take, locked
            SELECT k.* INTO t FROM (
                SELECT * FROM tasks o
                 WHERE o.queue_batch_id = b.id AND o.kind = 'key' AND o.status = 'open'
                   {batch_rules}
                 ORDER BY o.queue_seq, o.pass_no
                   FOR UPDATE SKIP LOCKED OFFSET 0) k
             WHERE {operator_rules}
             LIMIT 1;
            -- an expired claim taken over (never on the workstation that held it: its
            -- draft is still in that cache), if it comes before it in the batch's order
            SELECT k.* INTO e FROM (
                SELECT * FROM tasks o
                 WHERE o.kind = 'key' AND o.status = 'claimed' AND o.lease_until < p_now
                   AND o.queue_batch_id = b.id
                   AND (o.workstation IS NULL OR o.workstation <> p_workstation)
                   AND (t.id IS NULL OR (o.queue_seq, o.pass_no) < (t.queue_seq, t.pass_no))
                   {batch_rules}
                 ORDER BY o.queue_seq, o.pass_no
                   FOR UPDATE SKIP LOCKED OFFSET 0) k
             WHERE {operator_rules}
             LIMIT 1;
            IF FOUND THEN
                t := e;
            END IF;
            EXIT WHEN t.id IS NULL;
            UPDATE tasks SET status = 'claimed', claimed_by = p_operator,
                             workstation = p_workstation, lease_until = p_now + p_lease
             WHERE id = t.id RETURNING * INTO t;
            INSERT INTO audit_events (at, actor_id, kind, document_id, detail)
            VALUES (clock_timestamp(), p_operator, 'task_claimed', t.document_id,
                    jsonb_build_object('task_id', t.id));
            taken := taken || t.document_id;
            handed := handed + 1;
            RETURN NEXT t;
        END LOOP;
        EXIT WHEN handed >= p_limit;
    END LOOP;
    RETURN;
END
$fn$""".replace("{batch_rules}", _BATCH_RULES).replace("{operator_rules}", _OPERATOR_RULES)

_GRANTS = f"""DO $grants$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'keying_operator') THEN
        RETURN;  -- 0007 made them; a database upgraded without them has no roles to grant
    END IF;
    REVOKE ALL ON FUNCTION {_SIGNATURE} FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION {_SIGNATURE} TO keying_operator;
END
$grants$"""


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {_SIGNATURE}")
        op.execute("DROP TRIGGER IF EXISTS documents_queue_follow ON documents")
        op.execute("DROP FUNCTION IF EXISTS keying_documents_queue_follow()")
        op.execute("DROP TRIGGER IF EXISTS tasks_queue_copy ON tasks")
        op.execute("DROP FUNCTION IF EXISTS keying_tasks_queue_copy()")
    else:
        op.execute("DROP TRIGGER IF EXISTS documents_queue_follow")
        op.execute("DROP TRIGGER IF EXISTS tasks_queue_copy")
    op.drop_index("ix_adjudications_document", table_name="adjudications")
    op.drop_index("ix_tasks_key_leases", table_name="tasks")
    op.drop_index("ix_tasks_key_queue", table_name="tasks")
    with op.batch_alter_table("tasks") as batch:
        batch.drop_column("queue_seq")
        batch.drop_column("queue_batch_id")
