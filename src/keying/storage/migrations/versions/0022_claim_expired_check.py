"""a claim reads one lease to know that no claim has expired

Revision ID: 0022
Revises: 0021

Every claim of `keying_claim_key_tasks` (0019) looked for an expired claim to take over
before the task it had found, and the planner chose the index for that query: planned on the
statistics of a fresh import (no task claimed yet), it read the claimed key tasks through
`ix_tasks_queue` (kind, status, document) and filtered them on the lease and the batch, so
the n-th claim of a run read the n-1 tasks claimed before it (issue 11, Performance: 100
client processes, 2,000 documents, 2,099 index entries and heap rows read per claim, 2.9 ms
of server CPU per claim; 25-28 ms on 5,000 documents).

Now the claim first reads the earliest lease of a claimed key task,
`keying_claim_earliest_lease()`: the first entry of `ix_tasks_key_leases` (lease_until where
kind = 'key' and status = 'claimed'), the only index in that order. It is a function of its
own so that it can be planned with sorting off (`SET enable_sort = off`,
`enable_incremental_sort = off`): with sorting on, stale statistics made the planner read
`ix_tasks_queue` and sort every claimed task (one row a claim either way, so a guard written
`EXISTS (... lease_until < now)` was planned on `ix_tasks_queue` too). The takeover is looked
for only when that lease has run out. Nothing else changes: the rules, the order, the locks
and the audit events are those of 0019 (the function below is 0019's with the guard).

Frozen with this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_EARLIEST = """CREATE OR REPLACE FUNCTION keying_claim_earliest_lease() RETURNS timestamptz
LANGUAGE sql STABLE SECURITY INVOKER {path}
SET enable_sort = off SET enable_incremental_sort = off
AS $fn$
SELECT o.lease_until FROM tasks o
 WHERE o.kind = 'key' AND o.status = 'claimed'
 ORDER BY o.lease_until
 LIMIT 1
$fn$"""

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

_CLAIM = """CREATE OR REPLACE FUNCTION keying_claim_key_tasks(
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
    expired boolean;
BEGIN
    IF p_limit < 1 THEN
        RETURN;
    END IF;
    -- whether any claim's lease has run out: the earliest lease (0022)
    expired := coalesce(keying_claim_earliest_lease() < p_now, false);
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
            -- draft is still in that cache), if it comes before it in the batch's order;
            -- looked for only when a lease has run out (0022)
            IF expired THEN
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

# 0019's function, for the downgrade
_CLAIM_0019 = """CREATE OR REPLACE FUNCTION keying_claim_key_tasks(
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


def _search_path() -> str | None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return None  # SQLite keeps the claim in Python (storage/claim_query.py)
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    return f"SET search_path = {bind.dialect.identifier_preparer.quote_identifier(schema)}, pg_temp"


def upgrade() -> None:
    path = _search_path()
    if path is None:
        return
    op.execute(_EARLIEST.format(path=path))
    op.execute(_CLAIM.format(path=path))  # CREATE OR REPLACE keeps its grants (0019)


def downgrade() -> None:
    path = _search_path()
    if path is None:
        return
    op.execute(_CLAIM_0019.format(path=path))
    op.execute("DROP FUNCTION IF EXISTS keying_claim_earliest_lease()")
