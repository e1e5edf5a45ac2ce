"""PostgreSQL as the gatekeeper: group roles, GRANTs, row-level security

Revision ID: 0007
Revises: 0006

PostgreSQL only (SQLite, one PC, keeps the app's own rules: nothing to do there). Run by the
database's owner (`keying db upgrade`), who needs CREATEROLE the first time, when the group
roles do not exist yet in the cluster.

- Group roles `keying_operator`, `keying_supervisor` (a member of keying_operator) and
  `keying_admin` (a member of keying_supervisor), NOLOGIN. Each account is a login role, a
  member of one of them (`keying user add`).
- Nobody but the owner may create anything: CREATE on the database and on the schema is
  revoked from PUBLIC; the groups get USAGE on the schema and the GRANTs below, nothing more.
  A table a later migration creates is therefore closed to the groups until that migration
  grants it (see docs/storage.md, "How a new table gets its access").
- Row-level security, keyed on `current_user` through `keying_operator_id(current_user)`
  (the id of the active account of that login):
  - keyings: an operator reads and inserts only its own; supervisors read all. Nobody but the
    owner updates or deletes a keying (no GRANT).
  - page_flags: the same; supervisors also mark them resolved.
  - audit_events: inserted only under one's own id (supervisors also with none, as the
    reconciliation does); an operator reads its own, supervisors all; never updated or
    deleted (no GRANT; the triggers of 0001 refuse it even for the owner).
  - tasks: everyone reads them (they carry no values); an operator updates key tasks only to
    hold them itself or to release them; supervisors add and update any.
  - documents: an operator may only set one in keying to flagged (a page flag).
  - adjudications: an operator reads only its own decisions (none, unless it also
    supervises: the claim checks that nobody keys a document they decided); supervisors read
    all and insert under their own id; nobody updates or deletes a decision.
- Supervisors change only the columns their work changes: documents (status, withdrawn,
  withdrawn_reason), page_flags (the resolution, 0006), discrepancies (third_pass),
  reconciliations (keying_c_id, result: a pass 3 of a send-back), tasks (the claim columns).
- SECURITY DEFINER functions for what an operator needs to know but may not read:
  `keying_pass_taken(document, pass)` (is a live keying of that pass in? the claim and the
  push need it) and `keying_reference_values(task)` (pass 1's values, only for the holder
  of pass 2 of a document in a dependent-verification batch).
- The safety trigger functions of 0001 read tables an operator may not read: they run as
  their owner (SECURITY DEFINER) from now on.

Frozen with this revision, like 0001's triggers.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPERATOR, SUPERVISOR, ADMIN = "keying_operator", "keying_supervisor", "keying_admin"
GROUPS = (OPERATOR, SUPERVISOR, ADMIN)
ME = "(SELECT keying_operator_id(current_user))"

_ROLES = f"""DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{OPERATOR}') THEN
        CREATE ROLE {OPERATOR} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{SUPERVISOR}') THEN
        CREATE ROLE {SUPERVISOR} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{ADMIN}') THEN
        CREATE ROLE {ADMIN} NOLOGIN;
    END IF;
END
$roles$"""

# Tables every account reads whole.
_READ_ALL = ("operators", "form_definitions", "batches", "blobs", "documents", "pages", "tasks")
# Supervisors close documents (reconcile) and adjudicate: they read and add these.
_SUPERVISOR_ADD = ("reconciliations", "discrepancies", "adjudications", "final_records")


def _functions(schema: str) -> tuple[str, ...]:
    path = f"SET search_path = {schema}, pg_temp"
    return (
        f"""CREATE FUNCTION keying_operator_id(p_login name) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $fn$
    SELECT id FROM operators WHERE login = p_login AND active
$fn$""",
        f"""CREATE FUNCTION keying_pass_taken(p_document bigint, p_pass integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $fn$
    SELECT EXISTS (SELECT 1 FROM keyings
                   WHERE document_id = p_document AND pass_no = p_pass AND NOT superseded)
$fn$""",
        f"""CREATE FUNCTION keying_reference_values(p_task bigint) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER {path} AS $fn$
DECLARE
    me bigint := keying_operator_id(session_user);
    t tasks%ROWTYPE;
    dependent boolean;
BEGIN
    SELECT * INTO t FROM tasks WHERE id = p_task;
    SELECT b.dependent_verification INTO dependent
      FROM documents d JOIN batches b ON b.id = d.batch_id WHERE d.id = t.document_id;
    IF t.id IS NULL OR t.kind <> 'key' OR t.pass_no <> 2 OR NOT coalesce(dependent, false) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'pass 1 values are given only for pass 2 of a dependent-verification batch';
    END IF;
    IF me IS NULL THEN  -- not an account's connection: only the owner (or a superuser) asks
        IF NOT pg_has_role(session_user,
                           (SELECT relowner FROM pg_class WHERE oid = 'keyings'::regclass),
                           'MEMBER') THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = 'no active keying account for ' || session_user;
        END IF;
    ELSIF t.status <> 'claimed' OR t.claimed_by IS DISTINCT FROM me THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'pass 1 values are given only to the holder of pass 2';
    END IF;
    RETURN (SELECT k."values" FROM keyings k
            WHERE k.document_id = t.document_id AND k.pass_no = 1 AND NOT k.superseded);
END
$fn$""",
        f"ALTER FUNCTION keying_adjudication_not_by_keyer() SECURITY DEFINER {path}",
        f"ALTER FUNCTION keying_keying_not_by_adjudicator() SECURITY DEFINER {path}",
        f"ALTER FUNCTION keying_refuse_sent_back() SECURITY DEFINER {path}",
        "REVOKE ALL ON FUNCTION keying_operator_id(name) FROM PUBLIC",
        "REVOKE ALL ON FUNCTION keying_pass_taken(bigint, integer) FROM PUBLIC",
        "REVOKE ALL ON FUNCTION keying_reference_values(bigint) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION keying_operator_id(name) TO {OPERATOR}",
        f"GRANT EXECUTE ON FUNCTION keying_pass_taken(bigint, integer) TO {OPERATOR}",
        f"GRANT EXECUTE ON FUNCTION keying_reference_values(bigint) TO {OPERATOR}",
    )


def _grants(schema: str, database: str) -> tuple[str, ...]:
    read_all = ", ".join(_READ_ALL)
    return (
        f"GRANT {OPERATOR} TO {SUPERVISOR}",
        f"GRANT {SUPERVISOR} TO {ADMIN}",
        f"REVOKE CREATE ON DATABASE {database} FROM PUBLIC",
        f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {schema} TO {OPERATOR}",
        # the password hash stays with the owner
        f"GRANT SELECT (id, login, display_name, role, active, created_at) ON operators "
        f"TO {OPERATOR}",
        f"GRANT SELECT ON {read_all.replace('operators, ', '')}, alembic_version TO {OPERATOR}",
        f"GRANT UPDATE (status, claimed_by, workstation, lease_until, completed_at) ON tasks "
        f"TO {OPERATOR}",
        f"GRANT UPDATE (status) ON documents TO {OPERATOR}",
        f"GRANT SELECT, INSERT ON keyings, page_flags, audit_events TO {OPERATOR}",
        f"GRANT SELECT ON adjudications TO {OPERATOR}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {OPERATOR}",
        f"GRANT SELECT, INSERT ON {', '.join(_SUPERVISOR_ADD)} TO {SUPERVISOR}",
        f"GRANT INSERT ON tasks TO {SUPERVISOR}",
        f"GRANT UPDATE (resolved_at, resolution, resolved_by, resolution_note) ON page_flags "
        f"TO {SUPERVISOR}",
        f"GRANT UPDATE (withdrawn, withdrawn_reason) ON documents TO {SUPERVISOR}",
        f"GRANT UPDATE (third_pass) ON discrepancies TO {SUPERVISOR}",
        f"GRANT UPDATE (keying_c_id, result) ON reconciliations TO {SUPERVISOR}",
        # admins import batches and manage the queue; the owner alone changes the schema,
        # and nobody updates keyings, adjudications or audit events
        f"GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA {schema} TO {ADMIN}",
        f"REVOKE UPDATE ON keyings, adjudications, audit_events, alembic_version FROM {ADMIN}",
        f"REVOKE INSERT ON alembic_version FROM {ADMIN}",
    )


def _policies() -> tuple[str, ...]:
    return (
        *(f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY" for t in _RLS_TABLES),
        # keyings and page flags: one's own; supervisors read all
        f"CREATE POLICY keyings_own_read ON keyings FOR SELECT TO {OPERATOR} "
        f"USING (operator_id = {ME})",
        f"CREATE POLICY keyings_own_insert ON keyings FOR INSERT TO {OPERATOR} "
        f"WITH CHECK (operator_id = {ME})",
        f"CREATE POLICY keyings_supervisor_read ON keyings FOR SELECT TO {SUPERVISOR} USING (true)",
        f"CREATE POLICY page_flags_own_read ON page_flags FOR SELECT TO {OPERATOR} "
        f"USING (operator_id = {ME})",
        f"CREATE POLICY page_flags_own_insert ON page_flags FOR INSERT TO {OPERATOR} "
        f"WITH CHECK (operator_id = {ME})",
        f"CREATE POLICY page_flags_supervisor ON page_flags FOR ALL TO {SUPERVISOR} "
        "USING (true) WITH CHECK (true)",
        # the audit trail: written under one's own id
        f"CREATE POLICY audit_own_read ON audit_events FOR SELECT TO {OPERATOR} "
        f"USING (actor_id = {ME})",
        f"CREATE POLICY audit_own_insert ON audit_events FOR INSERT TO {OPERATOR} "
        f"WITH CHECK (actor_id = {ME})",
        f"CREATE POLICY audit_supervisor_read ON audit_events FOR SELECT TO {SUPERVISOR} "
        "USING (true)",
        f"CREATE POLICY audit_supervisor_insert ON audit_events FOR INSERT TO {SUPERVISOR} "
        # (a pass 3 settled by a supervisor's connection is recorded under its keyer's id)
        f"WITH CHECK (actor_id IS NULL OR actor_id = {ME} OR kind = 'third_pass_reconciled')",
        # tasks: an operator holds key tasks itself or releases them
        f"CREATE POLICY tasks_read ON tasks FOR SELECT TO {OPERATOR} USING (true)",
        f"CREATE POLICY tasks_hold ON tasks FOR UPDATE TO {OPERATOR} USING (kind = 'key') "
        f"WITH CHECK (kind = 'key' AND (claimed_by IS NULL OR claimed_by = {ME}))",
        f"CREATE POLICY tasks_supervisor ON tasks FOR ALL TO {SUPERVISOR} "
        "USING (true) WITH CHECK (true)",
        # documents: an operator flags one in keying; supervisors and admins change any
        f"CREATE POLICY documents_read ON documents FOR SELECT TO {OPERATOR} USING (true)",
        f"CREATE POLICY documents_flag ON documents FOR UPDATE TO {OPERATOR} "
        "USING (status = 'keying') WITH CHECK (status = 'flagged')",
        f"CREATE POLICY documents_supervisor ON documents FOR ALL TO {SUPERVISOR} "
        "USING (true) WITH CHECK (true)",
        # decisions: one's own; supervisors read all and decide under their own id
        f"CREATE POLICY adjudications_own_read ON adjudications FOR SELECT TO {OPERATOR} "
        f"USING (supervisor_id = {ME})",
        f"CREATE POLICY adjudications_supervisor_read ON adjudications FOR SELECT "
        f"TO {SUPERVISOR} USING (true)",
        f"CREATE POLICY adjudications_supervisor_insert ON adjudications FOR INSERT "
        f"TO {SUPERVISOR} WITH CHECK (supervisor_id = {ME})",
    )


_RLS_TABLES = ("keyings", "page_flags", "audit_events", "tasks", "documents", "adjudications")
_POLICY_NAMES = (
    ("keyings", ("keyings_own_read", "keyings_own_insert", "keyings_supervisor_read")),
    ("page_flags", ("page_flags_own_read", "page_flags_own_insert", "page_flags_supervisor")),
    (
        "audit_events",
        ("audit_own_read", "audit_own_insert", "audit_supervisor_read", "audit_supervisor_insert"),
    ),
    ("tasks", ("tasks_read", "tasks_hold", "tasks_supervisor")),
    ("documents", ("documents_read", "documents_flag", "documents_supervisor")),
    (
        "adjudications",
        (
            "adjudications_own_read",
            "adjudications_supervisor_read",
            "adjudications_supervisor_insert",
        ),
    ),
)


def _names() -> tuple[str, str]:
    """The schema and the database, quoted as identifiers."""
    bind = op.get_bind()
    schema, database = bind.exec_driver_sql("SELECT current_schema(), current_database()").one()
    quote = bind.dialect.identifier_preparer.quote_identifier
    return quote(schema), quote(database)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema, database = _names()
    for statement in (
        _ROLES,
        *_functions(schema),
        *_grants(schema, database),
        *_policies(),
    ):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema, _database = _names()
    for table, names in _POLICY_NAMES:
        for name in names:
            op.execute(f"DROP POLICY IF EXISTS {name} ON {table}")
    for table in _RLS_TABLES:
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for group in GROUPS:  # the roles stay: other databases of the cluster may use them
        op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {group}")
        op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {group}")
        op.execute(f"REVOKE USAGE ON SCHEMA {schema} FROM {group}")
    for fn in (
        "keying_adjudication_not_by_keyer()",
        "keying_keying_not_by_adjudicator()",
        "keying_refuse_sent_back()",
    ):
        op.execute(f"ALTER FUNCTION {fn} SECURITY INVOKER RESET search_path")
    op.execute("DROP FUNCTION keying_reference_values(bigint)")
    op.execute("DROP FUNCTION keying_pass_taken(bigint, integer)")
    op.execute("DROP FUNCTION keying_operator_id(name)")
