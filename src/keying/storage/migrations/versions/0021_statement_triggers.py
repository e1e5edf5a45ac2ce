"""keyings' safety triggers once per statement; a pushed batch's key tasks in one update

Revision ID: 0021
Revises: 0023

PostgreSQL only (SQLite keeps 0001's triggers: one writer at a time, the rules are the same).
A pushed batch of 50 keyings ran two PL/pgSQL row triggers per keying (0010's document lock,
0001's "a keyer of a document cannot adjudicate it"), each a query of its own, and one UPDATE
of its key task per keying: about half of the server's CPU for the push (issue 11,
Performance).

- `trg_keyings_inserted`: AFTER INSERT ON keyings FOR EACH STATEMENT, with the rows inserted
  as a transition table (`REFERENCING NEW TABLE`). It locks the documents of the statement's
  keyings (`FOR NO KEY UPDATE`, in document order, as 0010's `trg_a_lock_document` did one by
  one before each row), then, in a statement of its own (at READ COMMITTED a new snapshot,
  taken after the locks), refuses the whole statement if a keyer of one of them already
  adjudicated that document (check_violation, 0001's message). The rule of 0010 holds: an
  adjudication locks its document first (its BEFORE trigger, unchanged); of a keying and an
  adjudication of one document by one person in two transactions, the second to lock waits
  for the first to end, then sees its row and is refused. SECURITY DEFINER (an operator's
  role may not lock documents nor read others' decisions), search_path pinned.
- `trg_a_lock_document` on keyings is dropped; `trg_keyings_not_adjudicator` stays for
  UPDATE OF operator_id, document_id only (the owner's corrections; nobody else may update a
  keying).
- `keying_push_keyings` (0020), replaced: the key tasks of the keyings inserted are done by
  one UPDATE (each found by its unique key, a lookup per item, then updated by its id)
  instead of one UPDATE per task. Its answers are unchanged.

Frozen with this revision; the downgrade puts 0010's and 0001's row triggers and 0020's
function back.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

from alembic import op

revision: str = "0021"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ADJUDICATION_MESSAGE = "a keyer of a document cannot adjudicate it"

_INSERTED = """CREATE FUNCTION keying_keyings_inserted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {path} AS $body$
DECLARE
    bad record;
BEGIN
    -- 0010: the documents first, in their order (two pushes never wait for each other in
    -- a circle), so that a concurrent adjudication of one of them waits, or is waited for
    PERFORM 1 FROM (SELECT DISTINCT n.document_id FROM inserted_keyings n ORDER BY 1) AS n
      CROSS JOIN LATERAL (SELECT d.id FROM documents d WHERE d.id = n.document_id
                           OFFSET 0 FOR NO KEY UPDATE) AS d;
    -- 0001: then the check, in a statement of its own (a snapshot taken after the locks)
    SELECT n.operator_id, n.document_id INTO bad FROM inserted_keyings n
     WHERE EXISTS (
        SELECT 1 FROM adjudications
          LEFT JOIN discrepancies ON discrepancies.id = adjudications.discrepancy_id
         WHERE adjudications.supervisor_id = n.operator_id
           AND (adjudications.document_id = n.document_id
                OR discrepancies.document_id = n.document_id))
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING
            MESSAGE = '{message} (operator ' || bad.operator_id
                      || ', document ' || bad.document_id || ')',
            ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$body$"""

_TRIGGERS = (
    "DROP TRIGGER IF EXISTS trg_a_lock_document ON keyings",
    "DROP TRIGGER IF EXISTS trg_keyings_not_adjudicator ON keyings",
    """CREATE TRIGGER trg_keyings_not_adjudicator
BEFORE UPDATE OF operator_id, document_id ON keyings
FOR EACH ROW EXECUTE FUNCTION keying_keying_not_by_adjudicator()""",
    "REVOKE ALL ON FUNCTION keying_keyings_inserted() FROM PUBLIC",
    """CREATE TRIGGER trg_keyings_inserted
AFTER INSERT ON keyings REFERENCING NEW TABLE AS inserted_keyings
FOR EACH STATEMENT EXECUTE FUNCTION keying_keyings_inserted()""",
)

# 0010's and 0001's row triggers, as they were (the downgrade)
_ROW_TRIGGERS = (
    "DROP TRIGGER IF EXISTS trg_keyings_inserted ON keyings",
    "DROP FUNCTION IF EXISTS keying_keyings_inserted()",
    "DROP TRIGGER IF EXISTS trg_keyings_not_adjudicator ON keyings",
    """CREATE TRIGGER trg_keyings_not_adjudicator
BEFORE INSERT OR UPDATE OF operator_id, document_id ON keyings
FOR EACH ROW EXECUTE FUNCTION keying_keying_not_by_adjudicator()""",
    """CREATE TRIGGER trg_a_lock_document
BEFORE INSERT ON keyings
FOR EACH ROW EXECUTE FUNCTION keying_lock_document()""",
)

_PUSH = """CREATE OR REPLACE FUNCTION keying_push_keyings(p_batch jsonb)
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
        -- The key tasks of the keyings inserted, done, in one statement: each task found
        -- by its whole unique key (document, kind, pass), then updated through its primary
        -- key, both a lookup per item whatever the statistics (OFFSET 0: the lookup is never
        -- flattened into a join that could walk every key task; the update names nothing
        -- but the id, so no other index of `tasks` looks cheaper, under an operator's
        -- row-level security too).
        UPDATE tasks t SET status = 'done', claimed_by = f.operator_id, completed_at = now()
          FROM (SELECT x.id, u.operator_id
                  FROM unnest(done_documents, done_passes, done_operators)
                       AS u(document_id, pass_no, operator_id)
                 CROSS JOIN LATERAL (SELECT x.id FROM tasks x
                                      WHERE x.document_id = u.document_id AND x.kind = 'key'
                                        AND x.pass_no = u.pass_no OFFSET 0) AS x) AS f
         WHERE t.id = f.id;
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


def _path() -> str:
    bind = op.get_bind()
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    return f"SET search_path = {bind.dialect.identifier_preparer.quote_identifier(schema)}, pg_temp"


def _push_of_0020() -> str:
    """0020's `keying_push_keyings` (the downgrade puts it back)."""
    found = Path(__file__).with_name("0020_push_function.py")
    spec = importlib.util.spec_from_file_location("keying_migration_0020", found)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module._PUSH).replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    path = _path()
    op.execute(_INSERTED.format(path=path, message=_ADJUDICATION_MESSAGE))
    for statement in _TRIGGERS:
        op.execute(statement)
    op.execute(_PUSH.format(path=path))  # CREATE OR REPLACE: 0020's grants stay


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _ROW_TRIGGERS:
        op.execute(statement)
    op.execute(_push_of_0020().format(path=_path()))
