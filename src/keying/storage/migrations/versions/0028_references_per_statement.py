"""keyings' and audit events' references to operators and documents checked once a statement

Revision ID: 0028
Revises: 0026

PostgreSQL only (SQLite keeps 0001's foreign keys: one writer at a time). Four foreign keys,
`keyings.document_id`, `keyings.operator_id`, `audit_events.document_id` and
`audit_events.actor_id`, were checked by PostgreSQL once per row, each check a query of its
own: for a pushed batch of 50 keyings, 200 queries, most of them asking again what the same
statement had just asked (one operator per batch; an event names its keying's operator and
document; 0021's trigger locks every document of the batch anyway). About a fifth of the
server's CPU for a push (issue 11, Performance; docs/benchmarks.md, stop 26).

The same rule now holds through triggers instead of these four constraints (the constraints'
names stay in the errors, with PostgreSQL's messages and `foreign_key_violation`):

- keyings, inserted: 0021's statement trigger (`keying_keyings_inserted`, AFTER INSERT FOR EACH
  STATEMENT, the rows as a transition table) already locked each document of the statement
  `FOR NO KEY UPDATE`, in document order; a document that is not there is not locked, and
  the statement is refused. It also locks each operator named `FOR KEY SHARE`, as a foreign
  key's check does. Then 0001's adjudicator check, as before.
- keyings, updated (the owner's corrections of `operator_id`/`document_id`; nobody else may
  update a keying): a row trigger checks and locks the new operator and document.
- audit events, inserted: `trg_audit_events_refer`, AFTER INSERT FOR EACH STATEMENT with the
  rows as a transition table: each operator and document named, once, looked up by its
  primary key and locked `FOR KEY SHARE`. Events are never updated (0001's append-only
  trigger).
- operators and documents: BEFORE DELETE OR UPDATE OF id, FOR EACH ROW: one that a keying or
  an audit event names is not deleted, nor its id changed (0001's keys were NO ACTION). The
  row is locked before the trigger runs, so a transaction that inserted a keying or an event
  naming it, holding its lock, is waited for and then seen (READ COMMITTED: each statement
  of the trigger takes a new snapshot). At REPEATABLE READ or SERIALIZABLE that snapshot
  would be the transaction's own, so there such a delete or change of id is refused with
  `serialization_failure`: keying never deletes operators or documents (accounts are
  disabled, documents withdrawn; no role but the owner may delete them).

And `keying_push_keyings` runs with `enable_seqscan = off`. Its plans are kept for the
connection's life (0024); made when `keyings` had been analyzed empty or small, they looked
each pushed uuid up by reading the whole table (its OFFSET 0 lookups keep a per-item lookup,
not an index), a read that grows with every keying while the connection lives: 2.7 times the
server's CPU per keying after 3,000 keyings (docs/benchmarks.md, stop 26). Every lookup of the
push has an index; with the setting it is used whatever the statistics.

The functions are SECURITY DEFINER (an operator's role may not lock operators nor read every
keying), search_path pinned, EXECUTE revoked from PUBLIC and keying_operator (0023's default
privileges). The downgrade drops the triggers and the setting, puts 0021's
`keying_keyings_inserted` back and the four foreign keys (checking the rows there are).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from alembic import op

revision: str = "0028"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column, constraint, referenced table) of each foreign key replaced
_KEYS = (
    ("keyings", "document_id", "fk_keyings_document_id_documents", "documents"),
    ("keyings", "operator_id", "fk_keyings_operator_id_operators", "operators"),
    ("audit_events", "document_id", "fk_audit_events_document_id_documents", "documents"),
    ("audit_events", "actor_id", "fk_audit_events_actor_id_operators", "operators"),
)

# Raises a foreign key's error when one of `wanted` (ids named) has no `present` (the id
# found and locked, or null) beside it.
_MISSING = """CREATE FUNCTION keying_refuse_missing(wanted bigint[], present bigint[],
    p_table text, p_column text, p_key text, p_referenced text) RETURNS void
LANGUAGE plpgsql {path} AS $body$
DECLARE
    gone bigint;
BEGIN
    SELECT a.id INTO gone FROM unnest(wanted, present) AS a(id, found)
     WHERE a.found IS NULL LIMIT 1;
    IF gone IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation', CONSTRAINT = p_key,
            TABLE = p_table, COLUMN = p_column,
            MESSAGE = format('insert or update on table "%s" violates foreign key constraint "%s"',
                             p_table, p_key),
            DETAIL = format('Key (%s)=(%s) is not present in table "%s".',
                            p_column, gone, p_referenced);
    END IF;
END
$body$"""

_INSERTED = """CREATE OR REPLACE FUNCTION keying_keyings_inserted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {path} AS $body$
DECLARE
    bad record;
    wanted bigint[];
    present bigint[];
BEGIN
    -- 0010: the documents first, in their order (two pushes never wait for each other in
    -- a circle), so that a concurrent adjudication of one of them waits, or is waited for;
    -- 0028: a document that is not there is not locked, and refuses the statement (the
    -- foreign key's check), every one locked before any is judged
    SELECT array_agg(n.document_id ORDER BY n.document_id), array_agg(d.id ORDER BY n.document_id)
      INTO wanted, present
      FROM (SELECT DISTINCT n.document_id FROM inserted_keyings n ORDER BY 1) AS n
      LEFT JOIN LATERAL (SELECT d.id FROM documents d WHERE d.id = n.document_id
                          OFFSET 0 FOR NO KEY UPDATE) AS d ON true;
    PERFORM keying_refuse_missing(wanted, present, 'keyings', 'document_id',
                                  '{document_key}', 'documents');
    -- each operator named, once, locked as a foreign key's check locks it
    SELECT array_agg(n.operator_id ORDER BY n.operator_id), array_agg(o.id ORDER BY n.operator_id)
      INTO wanted, present
      FROM (SELECT DISTINCT n.operator_id FROM inserted_keyings n) AS n
      LEFT JOIN LATERAL (SELECT o.id FROM operators o WHERE o.id = n.operator_id
                          OFFSET 0 FOR KEY SHARE) AS o ON true;
    PERFORM keying_refuse_missing(wanted, present, 'keyings', 'operator_id',
                                  '{operator_key}', 'operators');
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

_KEYING_UPDATED = """CREATE FUNCTION keying_keyings_refer() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {path} AS $body$
BEGIN
    IF NEW.document_id IS DISTINCT FROM OLD.document_id THEN
        PERFORM keying_refuse_missing(ARRAY[NEW.document_id],
            ARRAY[(SELECT d.id FROM documents d WHERE d.id = NEW.document_id FOR KEY SHARE)],
            'keyings', 'document_id', '{document_key}', 'documents');
    END IF;
    IF NEW.operator_id IS DISTINCT FROM OLD.operator_id THEN
        PERFORM keying_refuse_missing(ARRAY[NEW.operator_id],
            ARRAY[(SELECT o.id FROM operators o WHERE o.id = NEW.operator_id FOR KEY SHARE)],
            'keyings', 'operator_id', '{operator_key}', 'operators');
    END IF;
    RETURN NULL;
END
$body$"""

_EVENTS = """CREATE FUNCTION keying_audit_events_refer() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {path} AS $body$
DECLARE
    wanted bigint[];
    present bigint[];
BEGIN
    -- each operator and document named, once, looked up by its primary key and locked as a
    -- foreign key's check locks it (OFFSET 0: a lookup per name, never a join that walks
    -- the table), every one locked before any is judged
    SELECT array_agg(w.id ORDER BY w.id), array_agg(o.id ORDER BY w.id) INTO wanted, present
      FROM (SELECT DISTINCT n.actor_id AS id FROM new_events n WHERE n.actor_id IS NOT NULL) AS w
      LEFT JOIN LATERAL (SELECT o.id FROM operators o WHERE o.id = w.id
                          OFFSET 0 FOR KEY SHARE) AS o ON true;
    PERFORM keying_refuse_missing(wanted, present, 'audit_events', 'actor_id',
                                  '{actor_key}', 'operators');
    SELECT array_agg(w.id ORDER BY w.id), array_agg(d.id ORDER BY w.id) INTO wanted, present
      FROM (SELECT DISTINCT n.document_id AS id FROM new_events n
             WHERE n.document_id IS NOT NULL) AS w
      LEFT JOIN LATERAL (SELECT d.id FROM documents d WHERE d.id = w.id
                          OFFSET 0 FOR KEY SHARE) AS d ON true;
    PERFORM keying_refuse_missing(wanted, present, 'audit_events', 'document_id',
                                  '{event_document_key}', 'documents');
    RETURN NULL;
END
$body$"""

_REFERRED = """CREATE FUNCTION keying_references_kept() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {path} AS $body$
DECLARE
    key text;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id THEN
        RETURN NEW;
    END IF;
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION USING ERRCODE = 'serialization_failure',
            MESSAGE = TG_TABLE_NAME || ' are deleted, or their ids changed, only at READ '
                      'COMMITTED (where the references of keyings and audit events to them '
                      'are checked)';
    END IF;
    IF TG_TABLE_NAME = 'operators' THEN
        IF EXISTS (SELECT 1 FROM keyings k WHERE k.operator_id = OLD.id) THEN
            key := '{operator_key}';
        ELSIF EXISTS (SELECT 1 FROM audit_events a WHERE a.actor_id = OLD.id) THEN
            key := '{actor_key}';
        END IF;
    ELSIF EXISTS (SELECT 1 FROM keyings k WHERE k.document_id = OLD.id) THEN
        key := '{document_key}';
    ELSIF EXISTS (SELECT 1 FROM audit_events a WHERE a.document_id = OLD.id) THEN
        key := '{event_document_key}';
    END IF;
    IF key IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation', CONSTRAINT = key,
            TABLE = TG_TABLE_NAME,
            MESSAGE = format('update or delete on table "%s" violates foreign key constraint '
                             '"%s" on table "%s"', TG_TABLE_NAME, key,
                             CASE WHEN key LIKE 'fk_keyings%' THEN 'keyings'
                                  ELSE 'audit_events' END),
            DETAIL = format('Key (id)=(%s) is still referenced.', OLD.id);
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$body$"""

_FUNCTIONS = (
    "keying_refuse_missing(bigint[], bigint[], text, text, text, text)",
    "keying_keyings_refer()",
    "keying_audit_events_refer()",
    "keying_references_kept()",
)

_TRIGGERS = (
    *(f"ALTER TABLE {table} DROP CONSTRAINT {key}" for table, _c, key, _r in _KEYS),
    # (0023's default privileges grant EXECUTE to keying_operator: nobody calls these)
    *(f"REVOKE ALL ON FUNCTION {f} FROM PUBLIC, keying_operator" for f in _FUNCTIONS),
    # (ALTER FUNCTION: 0024's and 0026's settings stay)
    "ALTER FUNCTION keying_push_keyings(jsonb) SET enable_seqscan = off",
    """CREATE TRIGGER trg_keyings_refer
AFTER UPDATE OF document_id, operator_id ON keyings
FOR EACH ROW EXECUTE FUNCTION keying_keyings_refer()""",
    """CREATE TRIGGER trg_audit_events_refer
AFTER INSERT ON audit_events REFERENCING NEW TABLE AS new_events
FOR EACH STATEMENT EXECUTE FUNCTION keying_audit_events_refer()""",
    """CREATE TRIGGER trg_operators_references_kept
BEFORE DELETE OR UPDATE OF id ON operators
FOR EACH ROW EXECUTE FUNCTION keying_references_kept()""",
    """CREATE TRIGGER trg_documents_references_kept
BEFORE DELETE OR UPDATE OF id ON documents
FOR EACH ROW EXECUTE FUNCTION keying_references_kept()""",
)

_DOWN = (
    "ALTER FUNCTION keying_push_keyings(jsonb) RESET enable_seqscan",
    "DROP TRIGGER IF EXISTS trg_keyings_refer ON keyings",
    "DROP TRIGGER IF EXISTS trg_audit_events_refer ON audit_events",
    "DROP TRIGGER IF EXISTS trg_operators_references_kept ON operators",
    "DROP TRIGGER IF EXISTS trg_documents_references_kept ON documents",
    "DROP FUNCTION IF EXISTS keying_keyings_refer()",
    "DROP FUNCTION IF EXISTS keying_audit_events_refer()",
    "DROP FUNCTION IF EXISTS keying_references_kept()",
)


def _path() -> str:
    bind = op.get_bind()
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    return f"SET search_path = {bind.dialect.identifier_preparer.quote_identifier(schema)}, pg_temp"


def _migration_0021() -> ModuleType:
    found = Path(__file__).with_name("0021_statement_triggers.py")
    spec = importlib.util.spec_from_file_location("keying_migration_0021", found)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    names = {
        "path": _path(),
        "document_key": _KEYS[0][2],
        "operator_key": _KEYS[1][2],
        "event_document_key": _KEYS[2][2],
        "actor_key": _KEYS[3][2],
        "message": _migration_0021()._ADJUDICATION_MESSAGE,
    }
    for text in (_MISSING, _INSERTED, _KEYING_UPDATED, _EVENTS, _REFERRED):
        op.execute(text.format(**names))  # CREATE OR REPLACE of 0021's: its grants stay
    for statement in _TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _DOWN:
        op.execute(statement)
    m0021 = _migration_0021()
    inserted = str(m0021._INSERTED).replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
    op.execute(inserted.format(path=_path(), message=m0021._ADJUDICATION_MESSAGE))
    op.execute(f"DROP FUNCTION IF EXISTS {_FUNCTIONS[0]}")
    for table, column, key, referenced in _KEYS:
        op.execute(
            f"ALTER TABLE {table} ADD CONSTRAINT {key} "
            f"FOREIGN KEY ({column}) REFERENCES {referenced} (id)"
        )
