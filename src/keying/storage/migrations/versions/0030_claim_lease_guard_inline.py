"""a claim reads the earliest lease itself, not by calling a second function

Revision ID: 0030
Revises: 0029

Every claim (`keying_claim_key_tasks`, 0019, 0022, 0025) first asks whether any claimed key
task's lease has run out, so that it looks for an expired claim to take over only then.
Since 0022 it asked by calling `keying_claim_earliest_lease()`, a PL/pgSQL function of its own
with three settings (`enable_sort`, `enable_incremental_sort`, `jit`): PostgreSQL saves and
restores a function's settings at each call and runs its statement as a nested call. By
callgrind (one connection claiming, the bench's 5,000 documents; docs/benchmarks.md, stop 30)
that call was 65 k of the claim's 1,137 k instructions on the server.

Now the claim reads the same earliest lease in a statement of its own, and has
`enable_sort = off` among its own settings, which is what 0022 gave the lease's query: on the
statistics of a fresh import (no task claimed yet) the planner would otherwise read the claimed
tasks through `ix_tasks_queue` and sort them (tests/test_claim_expired_check.py), where
`ix_tasks_key_leases` hands the first in order. `enable_incremental_sort` is not needed: one
sort key has no presorted prefix. The claim's other statements have the plans they had (each
either reads an index in the order asked, or sorts because nothing else can: the open batches);
`jit` and `plan_cache_mode` stay as 0025 set them (restated: `CREATE OR REPLACE` keeps the
grants but not `ALTER FUNCTION ... SET`). The claim: 1,137 k -> 1,111 k instructions (-2.3 %).
Nothing else changes: the answer (the earliest lease, before `p_now` or not), the rules, the
order, the locks, the audit events. `keying_claim_earliest_lease()` stays for whoever reads the
earliest lease; the claim no longer calls it.

PostgreSQL only (SQLite keeps the claim in Python, storage/claim_query.py). The downgrade puts
back 0025's claim (the call, 0025's settings).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0030"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# whether any claim's lease has run out, asked in the claim's own statement (0030)
_GUARD = """    -- whether any claim's lease has run out: the earliest lease (0022), here (0030)
    expired := coalesce((SELECT l.lease_until FROM tasks l
                          WHERE l.kind = 'key' AND l.status = 'claimed'
                          ORDER BY l.lease_until LIMIT 1) < p_now, false);"""

# 0022's, kept by 0025
_GUARD_0025 = """    -- whether any claim's lease has run out: the earliest lease (0022)
    expired := coalesce(keying_claim_earliest_lease() < p_now, false);"""

_HEAD = """CREATE OR REPLACE FUNCTION keying_claim_key_tasks(
    p_operator bigint, p_workstation text, p_limit integer, p_lease interval,
    p_now timestamptz, p_in_progress bigint) RETURNS SETOF tasks
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
{path}
SET jit = off
SET plan_cache_mode = force_generic_plan
{sort}
AS $fn$
"""

# the rules of a batch (0019, 0022), in the walk and in the takeover of an expired claim
_BATCH_RULES = """AND NOT o.document_id = ANY (taken)
                   AND (o.pass_no <> 2 OR NOT b.dependent OR keying_pass_taken(o.document_id, 1))
                   AND (o.pass_no <> 2 OR NOT b.sampled
                        OR EXISTS (SELECT 1 FROM sampling_draws w
                                    WHERE w.document_id = o.document_id OFFSET 0))"""
# the rules of the operator (0019, 0022): each a lookup by the candidate's document
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

# 0022's function (its rules, order, locks and audit events), the guard left out
_BODY = """DECLARE
    current_batch bigint;
    b record;
    t tasks%ROWTYPE;
    e tasks%ROWTYPE;
    taken bigint[] := '{}';
    handed integer := 0;
    expired boolean;
BEGIN
    IF p_limit < 1 THEN
        RETURN;
    END IF;
{guard}
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
"""


def _claim(path: str, guard: str, sort: str) -> str:
    head = _HEAD.replace("{path}", path).replace("{sort}", sort)
    body = _BODY.replace("{batch_rules}", _BATCH_RULES).replace("{operator_rules}", _OPERATOR_RULES)
    return head + body.replace("{guard}", guard) + "$fn$"


def _search_path() -> str | None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return None  # SQLite keeps the claim in Python (storage/claim_query.py)
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    return f"SET search_path = {bind.dialect.identifier_preparer.quote_identifier(schema)}, pg_temp"


def upgrade() -> None:
    path = _search_path()
    if path is not None:
        # CREATE OR REPLACE keeps the grants (0019, 0023)
        op.execute(_claim(path, _GUARD, "SET enable_sort = off"))


def downgrade() -> None:
    path = _search_path()
    if path is not None:
        op.execute(_claim(path, _GUARD_0025, ""))
