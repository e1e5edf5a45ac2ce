"""a batch of finished keyings pushed in one call (PostgreSQL)

Revision ID: 0020
Revises: 0018

PostgreSQL only (SQLite keeps `storage/keying_batch.py`). `keying_push_keyings(batch jsonb)`
stores a JSON array of outbox payloads (the `KeyingPayload` of `storage/records.py`) one after
the other, each exactly as `repo.record_keying` does, and returns one row per item, in order:
(uuid, outcome, keying_id, reason).

- `disabled`: the payload's account is not active (`ensure_active`): nothing stored.
- `duplicate`: a keying with that uuid is in already (the push was retried): nothing stored,
  its id returned. Also when a concurrent push of the same uuid commits first.
- `superseded` / `inserted`: stored; its pass was keyed by someone else meanwhile (kept,
  marked superseded) or not (its key task completed); an audit event `keying_<outcome>`
  under the keyer's id, with the keying's uuid and pass.
- `refused`: the database says no for good (an integrity rule, SQLSTATE class 23: the
  document is unknown, the person keyed another pass of it, decided it...; or a right the
  role lacks, 42501: row-level security, a trainee's live work): that item alone is rolled
  back (its own sub-transaction), `reason` is the error's message. Any other error (a
  timeout, the server going down) ends the call: the batch is the caller's to retry.

How: a batch with no refusal is stored by one statement (each lookup an index lookup per item,
whatever the tables' statistics; the pass taken or not told by the live-pass unique index,
`ON CONFLICT DO NOTHING`), then one UPDATE per key task completed, by its whole unique key.
When anything in it is refused, that is rolled back and a loop stores the items one by one.

SECURITY INVOKER: the caller's GRANTs, row-level security (insert only as itself) and the
triggers of 0001/0010 apply as they do to the statements it replaces. Executable by the
three groups (and the owner). The store's time (`received_at`, `completed_at`, the audit
event's `at`) is the server's `now()`. Frozen with this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0020"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PUSH = """CREATE FUNCTION keying_push_keyings(p_batch jsonb)
RETURNS TABLE (pushed_uuid text, outcome text, keying_id bigint, reason text)
LANGUAGE plpgsql SECURITY INVOKER {path} AS $fn$
#variable_conflict use_column
DECLARE
    item jsonb;
    k_uuid text;
    k_document bigint;
    k_pass integer;
    k_operator bigint;
    k_id bigint;
    taken boolean;
    known_operator bigint;
    known_active boolean;
    violated text;
    uuids text[];
    outcomes text[];
    ids bigint[];
    done_documents bigint[];
    done_passes integer[];
    done_operators bigint[];
    j integer;
BEGIN
    -- Every item at once (a few statements for the batch). A refusal anywhere rolls it all
    -- back and the loop below stores the items one by one, each refusal on its own item.
    -- Each lookup is written so that it can only be an index lookup per item (a plan that
    -- does not depend on the tables' statistics: they may not be analyzed yet).
    BEGIN
        WITH items AS (
            SELECT e.n, e.item ->> 'uuid' AS uuid,
                   (e.item ->> 'document_id')::bigint AS document_id,
                   (e.item ->> 'pass_no')::integer AS pass_no,
                   (e.item ->> 'operator_id')::bigint AS operator_id, e.item,
                   min(e.n) OVER (PARTITION BY e.item ->> 'uuid') AS first_n
              FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS e(item, n)
        ), accounts AS (
            SELECT a.id FROM (SELECT DISTINCT i.operator_id FROM items i) AS i
             CROSS JOIN LATERAL (SELECT o.id FROM operators o
                                  WHERE o.id = i.operator_id AND o.active) AS a
        ), known AS (  -- (OFFSET 0: a lookup per item, never flattened into a join)
            SELECT i.uuid, k.id FROM items i
             CROSS JOIN LATERAL (SELECT k.id FROM keyings k WHERE k.uuid = i.uuid OFFSET 0) AS k
             WHERE i.n = i.first_n
        ), fresh AS (
            SELECT i.* FROM items i
             WHERE i.n = i.first_n AND i.operator_id IN (SELECT a.id FROM accounts a)
               AND i.uuid NOT IN (SELECT kn.uuid FROM known kn)
        ), live AS (  -- its pass not taken (the partial unique index says so, even of keyings
                      -- this role may not read, or of a concurrent push): inserted
            INSERT INTO keyings AS k (uuid, document_id, pass_no, operator_id, "values", figures,
                                      check_failures, workstation, started_at, finished_at,
                                      received_at, superseded)
            SELECT f.uuid, f.document_id, f.pass_no, f.operator_id, f.item -> 'values',
                   coalesce(f.item -> 'figures', '{{}}'::jsonb),
                   coalesce(f.item -> 'check_failures', '[]'::jsonb), f.item ->> 'workstation',
                   (f.item ->> 'started_at')::timestamptz,
                   coalesce((f.item ->> 'finished_at')::timestamptz, now()), now(), false
              FROM fresh f ORDER BY f.n
            ON CONFLICT (document_id, pass_no) WHERE NOT superseded DO NOTHING
            RETURNING k.id, k.uuid, k.document_id, k.pass_no, k.operator_id
        ), late AS (  -- its pass keyed by someone else meanwhile: kept, superseded
            INSERT INTO keyings AS k (uuid, document_id, pass_no, operator_id, "values", figures,
                                      check_failures, workstation, started_at, finished_at,
                                      received_at, superseded)
            SELECT f.uuid, f.document_id, f.pass_no, f.operator_id, f.item -> 'values',
                   coalesce(f.item -> 'figures', '{{}}'::jsonb),
                   coalesce(f.item -> 'check_failures', '[]'::jsonb), f.item ->> 'workstation',
                   (f.item ->> 'started_at')::timestamptz,
                   coalesce((f.item ->> 'finished_at')::timestamptz, now()), now(), true
              FROM fresh f WHERE f.uuid NOT IN (SELECT l.uuid FROM live l)
             ORDER BY f.n
            RETURNING k.id, k.uuid, k.document_id, k.pass_no, k.operator_id
        ), stored AS (
            SELECT l.*, 'inserted' AS outcome FROM live l
            UNION ALL SELECT l.*, 'superseded' FROM late l
        ), events AS (
            INSERT INTO audit_events (at, actor_id, kind, document_id, detail)
            SELECT now(), s.operator_id, 'keying_' || s.outcome, s.document_id,
                   jsonb_build_object('keying_uuid', s.uuid, 'pass_no', s.pass_no)
              FROM stored s JOIN fresh f ON f.uuid = s.uuid ORDER BY f.n
        ), answers AS (
            SELECT i.n, i.uuid,
                   CASE WHEN i.operator_id NOT IN (SELECT a.id FROM accounts a) THEN 'disabled'
                        WHEN i.n <> i.first_n OR kn.id IS NOT NULL THEN 'duplicate'
                        ELSE s.outcome END AS outcome,
                   coalesce(kn.id, s.id) AS id, s.document_id, s.pass_no, s.operator_id
              FROM items i
              LEFT JOIN known kn ON kn.uuid = i.uuid
              LEFT JOIN stored s ON s.uuid = i.uuid
        )
        SELECT array_agg(w.uuid ORDER BY w.n), array_agg(w.outcome ORDER BY w.n),
               array_agg(w.id ORDER BY w.n),
               array_agg(w.document_id ORDER BY w.n) FILTER (WHERE w.outcome = 'inserted'),
               array_agg(w.pass_no ORDER BY w.n) FILTER (WHERE w.outcome = 'inserted'),
               array_agg(w.operator_id ORDER BY w.n) FILTER (WHERE w.outcome = 'inserted')
          INTO uuids, outcomes, ids, done_documents, done_passes, done_operators
          FROM answers w;
        -- The key tasks of the keyings inserted, done: one statement per task, naming the
        -- whole unique key (document, kind, pass), so that its plan is that index whatever
        -- the statistics (a join of the batch with `tasks` could walk every key task, under
        -- an operator's row-level security too).
        FOR j IN 1 .. coalesce(array_length(done_documents, 1), 0) LOOP
            UPDATE tasks t SET status = 'done', claimed_by = done_operators[j],
                               completed_at = now()
             WHERE t.document_id = done_documents[j] AND t.kind = 'key'
               AND t.pass_no = done_passes[j];
        END LOOP;
        RETURN QUERY SELECT u.uuid, u.outcome, u.id, NULL::text
                       FROM unnest(uuids, outcomes, ids) AS u(uuid, outcome, id);
        RETURN;
    EXCEPTION WHEN integrity_constraint_violation OR insufficient_privilege THEN
        NULL;  -- one by one, below
    END;
    FOR item IN SELECT value FROM jsonb_array_elements(p_batch) LOOP
        k_uuid := item ->> 'uuid';
        k_document := (item ->> 'document_id')::bigint;
        k_pass := (item ->> 'pass_no')::integer;
        k_operator := (item ->> 'operator_id')::bigint;
        pushed_uuid := k_uuid;
        keying_id := NULL;
        reason := NULL;
        IF known_operator IS DISTINCT FROM k_operator THEN
            known_operator := k_operator;
            known_active := coalesce(
                (SELECT o.active FROM operators o WHERE o.id = k_operator), false);
        END IF;
        IF NOT known_active THEN
            outcome := 'disabled';
            RETURN NEXT;
            CONTINUE;
        END IF;
        SELECT k.id INTO k_id FROM keyings k WHERE k.uuid = k_uuid;
        IF FOUND THEN
            outcome := 'duplicate';
            keying_id := k_id;
            RETURN NEXT;
            CONTINUE;
        END IF;
        BEGIN
            taken := keying_pass_taken(k_document, k_pass);
            INSERT INTO keyings AS k (uuid, document_id, pass_no, operator_id, "values",
                                      figures, check_failures, workstation, started_at,
                                      finished_at, received_at, superseded)
            VALUES (k_uuid, k_document, k_pass, k_operator, item -> 'values',
                    coalesce(item -> 'figures', '{{}}'::jsonb),
                    coalesce(item -> 'check_failures', '[]'::jsonb),
                    item ->> 'workstation', (item ->> 'started_at')::timestamptz,
                    coalesce((item ->> 'finished_at')::timestamptz, now()), now(), taken)
            RETURNING k.id INTO k_id;
            IF NOT taken THEN
                UPDATE tasks t SET status = 'done', claimed_by = k_operator, completed_at = now()
                 WHERE t.document_id = k_document AND t.kind = 'key' AND t.pass_no = k_pass;
            END IF;
            outcome := CASE WHEN taken THEN 'superseded' ELSE 'inserted' END;
            INSERT INTO audit_events AS a (at, actor_id, kind, document_id, detail)
            VALUES (now(), k_operator, 'keying_' || outcome, k_document,
                    jsonb_build_object('keying_uuid', k_uuid, 'pass_no', k_pass));
            keying_id := k_id;
        EXCEPTION WHEN integrity_constraint_violation OR insufficient_privilege THEN
            GET STACKED DIAGNOSTICS violated = CONSTRAINT_NAME;
            outcome := 'refused';
            reason := SQLERRM;
            IF violated = 'uq_keyings_uuid' THEN  -- a concurrent push of it committed first
                SELECT k.id INTO k_id FROM keyings k WHERE k.uuid = k_uuid;
                IF FOUND THEN
                    outcome := 'duplicate';
                    keying_id := k_id;
                    reason := NULL;
                END IF;
            END IF;
        END;
        RETURN NEXT;
    END LOOP;
END
$fn$"""

_GRANTS = (
    "REVOKE ALL ON FUNCTION keying_push_keyings(jsonb) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION keying_push_keyings(jsonb) TO keying_operator",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    path = f"SET search_path = {bind.dialect.identifier_preparer.quote_identifier(schema)}, pg_temp"
    op.execute(_PUSH.format(path=path))
    for statement in _GRANTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS keying_push_keyings(jsonb)")
