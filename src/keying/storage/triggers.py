"""Trigger DDL that keeps the safety rules in the database itself, for SQLite and PostgreSQL.

- audit_events is append-only: UPDATE and DELETE are refused (on PostgreSQL TRUNCATE too);
- an adjudication's supervisor is not a keyer of that document: an INSERT or UPDATE of an
  adjudication whose supervisor has a keying of the document is refused, and so is a keying
  by someone who already adjudicated that document (the same rule seen from the other side).

Both dialects raise an integrity error (SQLite `RAISE(ABORT)` is SQLITE_CONSTRAINT; the
PostgreSQL functions raise SQLSTATE class 23), so callers catch `sqlalchemy.exc.IntegrityError`.
The statements are written once here and run by the Alembic migration. They hold no `%` and
no `:name`, so they pass through SQLAlchemy's text() unchanged.
"""

from __future__ import annotations

AUDIT_MESSAGE = "audit_events is append-only"
ADJUDICATION_MESSAGE = "a keyer of a document cannot adjudicate it"

# The supervisor keyed the adjudication's document (as named by the adjudication or by its
# discrepancy, so a wrong document_id cannot slip past).
_SUPERVISOR_KEYED = """EXISTS (
    SELECT 1 FROM keyings
    WHERE keyings.operator_id = NEW.supervisor_id
      AND (keyings.document_id = NEW.document_id
           OR keyings.document_id = (SELECT discrepancies.document_id FROM discrepancies
                                     WHERE discrepancies.id = NEW.discrepancy_id))
)"""

# The keyer already adjudicated the keying's document.
_KEYER_ADJUDICATED = """EXISTS (
    SELECT 1 FROM adjudications
    LEFT JOIN discrepancies ON discrepancies.id = adjudications.discrepancy_id
    WHERE adjudications.supervisor_id = NEW.operator_id
      AND (adjudications.document_id = NEW.document_id
           OR discrepancies.document_id = NEW.document_id)
)"""


def _sqlite_refuse(name: str, timing: str, table: str, message: str, when: str = "") -> str:
    condition = f"\nWHEN {when}" if when else ""
    return (
        f"CREATE TRIGGER {name} {timing} ON {table}{condition}\n"
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


SQLITE_CREATE: tuple[str, ...] = (
    _sqlite_refuse("trg_audit_events_no_update", "BEFORE UPDATE", "audit_events", AUDIT_MESSAGE),
    _sqlite_refuse("trg_audit_events_no_delete", "BEFORE DELETE", "audit_events", AUDIT_MESSAGE),
    _sqlite_refuse(
        "trg_adjudications_not_keyer_insert",
        "BEFORE INSERT",
        "adjudications",
        ADJUDICATION_MESSAGE,
        _SUPERVISOR_KEYED,
    ),
    _sqlite_refuse(
        "trg_adjudications_not_keyer_update",
        "BEFORE UPDATE",
        "adjudications",
        ADJUDICATION_MESSAGE,
        _SUPERVISOR_KEYED,
    ),
    _sqlite_refuse(
        "trg_keyings_not_adjudicator_insert",
        "BEFORE INSERT",
        "keyings",
        ADJUDICATION_MESSAGE,
        _KEYER_ADJUDICATED,
    ),
    _sqlite_refuse(
        "trg_keyings_not_adjudicator_update",
        "BEFORE UPDATE OF operator_id, document_id",
        "keyings",
        ADJUDICATION_MESSAGE,
        _KEYER_ADJUDICATED,
    ),
)

SQLITE_DROP: tuple[str, ...] = tuple(
    f"DROP TRIGGER IF EXISTS {statement.split()[2]}" for statement in SQLITE_CREATE
)

POSTGRESQL_CREATE: tuple[str, ...] = (
    f"""CREATE FUNCTION keying_refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    RAISE EXCEPTION USING
        MESSAGE = '{AUDIT_MESSAGE}: ' || TG_OP || ' refused',
        ERRCODE = 'restrict_violation';
END
$body$""",
    """CREATE TRIGGER trg_audit_events_append_only
BEFORE UPDATE OR DELETE ON audit_events
FOR EACH ROW EXECUTE FUNCTION keying_refuse_audit_change()""",
    """CREATE TRIGGER trg_audit_events_no_truncate
BEFORE TRUNCATE ON audit_events
FOR EACH STATEMENT EXECUTE FUNCTION keying_refuse_audit_change()""",
    f"""CREATE FUNCTION keying_adjudication_not_by_keyer() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    IF {_SUPERVISOR_KEYED} THEN
        RAISE EXCEPTION USING
            MESSAGE = '{ADJUDICATION_MESSAGE} (operator ' || NEW.supervisor_id
                      || ', document ' || NEW.document_id || ')',
            ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$body$""",
    """CREATE TRIGGER trg_adjudications_not_keyer
BEFORE INSERT OR UPDATE ON adjudications
FOR EACH ROW EXECUTE FUNCTION keying_adjudication_not_by_keyer()""",
    f"""CREATE FUNCTION keying_keying_not_by_adjudicator() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    IF {_KEYER_ADJUDICATED} THEN
        RAISE EXCEPTION USING
            MESSAGE = '{ADJUDICATION_MESSAGE} (operator ' || NEW.operator_id
                      || ', document ' || NEW.document_id || ')',
            ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$body$""",
    """CREATE TRIGGER trg_keyings_not_adjudicator
BEFORE INSERT OR UPDATE OF operator_id, document_id ON keyings
FOR EACH ROW EXECUTE FUNCTION keying_keying_not_by_adjudicator()""",
)

POSTGRESQL_DROP: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS trg_keyings_not_adjudicator ON keyings",
    "DROP FUNCTION IF EXISTS keying_keying_not_by_adjudicator()",
    "DROP TRIGGER IF EXISTS trg_adjudications_not_keyer ON adjudications",
    "DROP FUNCTION IF EXISTS keying_adjudication_not_by_keyer()",
    "DROP TRIGGER IF EXISTS trg_audit_events_no_truncate ON audit_events",
    "DROP TRIGGER IF EXISTS trg_audit_events_append_only ON audit_events",
    "DROP FUNCTION IF EXISTS keying_refuse_audit_change()",
)

_CREATE = {"sqlite": SQLITE_CREATE, "postgresql": POSTGRESQL_CREATE}
_DROP = {"sqlite": SQLITE_DROP, "postgresql": POSTGRESQL_DROP}


def create_statements(dialect: str) -> tuple[str, ...]:
    """The statements that install the safety triggers on a database of `dialect`."""
    try:
        return _CREATE[dialect]
    except KeyError:
        raise ValueError(f"no safety triggers for the {dialect!r} database") from None


def drop_statements(dialect: str) -> tuple[str, ...]:
    """The statements that remove them again (for a downgrade)."""
    try:
        return _DROP[dialect]
    except KeyError:
        raise ValueError(f"no safety triggers for the {dialect!r} database") from None
