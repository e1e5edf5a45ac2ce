"""the sign-in gate: wrong passwords per login counted on the server, the lock set by it

Revision ID: 0023
Revises: 0019

PostgreSQL only (SQLite and a URL naming its own user keep counting in the audit trail from
Python, `storage/sign_in_attempts.py`). When each account signs in as its own role,
PostgreSQL checks the password and a failed attempt has no connection to record anything
with: the workstation asks the *gate* instead (issue 11, 2; docs/deployment.md, "Sign-in
attempts").

- Role `keying_gate`: LOGIN, no password (pg_hba.conf lets it in from the office network
  only), CONNECTION LIMIT 50, NOINHERIT, its sessions' statement_timeout 5 s. It may execute
  two functions and nothing else:
  - `keying_sign_in_state(login)` → (failures, wait_s, locked): the wrong passwords of that
    account since its last `signed_in` or `sign_in_unlocked`, the seconds still to wait
    (2 s after the 5th, doubling, at most 300 s, counted from the last one by the server's
    clock), and whether it is locked (20 or more). A login that is no account: 0, 0, false.
  - `keying_sign_in_failed(login, workstation)`: records one `sign_in_failed` event (detail:
    login, workstation as the caller says, client_addr as the server sees it) and returns the
    state after it. Not recorded while the login must wait or is locked (a client that
    follows the gate never tries then), nor for a login that is no account: the gate cannot
    fill the audit trail. The 20th sets the role NOLOGIN (only an active account's plain
    role, a member of a keying group) and records `sign_in_locked`.
  Both SECURITY DEFINER, search_path pinned, one login at a time (advisory lock).
- Functions are no longer executable by PUBLIC in this schema (PostgreSQL's default): each
  one PUBLIC could execute is granted to keying_operator instead, and so are the functions
  the owner creates later (default privileges). So keying_gate, or any role that is not a
  keying account, reads no table and calls no function but its two.

`keying user unlock LOGIN` gives LOGIN back to an active account (`sign_in_unlocked`); a
disabled one (`operators.active` false, also NOLOGIN) stays NOLOGIN.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0023"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GATE = "keying_gate"
FREE, LOCK_AFTER, MAX_DELAY_S = 5, 20, 300  # keying.services.throttle's
_STATE = "keying_sign_in_state(text)"
_FAILED = "keying_sign_in_failed(text, text)"

_ROLE = f"""DO $gate$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{GATE}') THEN
        CREATE ROLE {GATE} LOGIN NOINHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION
            NOBYPASSRLS CONNECTION LIMIT 50;
        ALTER ROLE {GATE} SET statement_timeout = '5s';
    END IF;
END
$gate$"""

_STATE_FN = """CREATE FUNCTION keying_sign_in_state(p_login text)
RETURNS TABLE (failures integer, wait_s integer, locked boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $fn$
DECLARE
    account bigint;
    since bigint;
    last_at timestamptz;
BEGIN
    failures := 0; wait_s := 0; locked := false;
    SELECT o.id INTO account FROM operators o WHERE o.login = p_login;
    IF account IS NULL THEN
        RETURN NEXT;
        RETURN;
    END IF;
    SELECT coalesce(max(a.id), 0) INTO since FROM audit_events a
     WHERE (a.kind = 'signed_in' AND a.actor_id = account)
        OR (a.kind = 'sign_in_unlocked' AND a.detail->>'login' = p_login);
    SELECT count(*), max(a.at) INTO failures, last_at FROM audit_events a
     WHERE a.kind = 'sign_in_failed' AND a.detail->>'login' = p_login AND a.id > since;
    locked := failures >= {lock_after};
    IF NOT locked AND failures >= {free} THEN
        wait_s := greatest(0, ceil(extract(epoch FROM
            last_at + make_interval(secs => least({max_delay}, 2 ^ (failures - {free} + 1)))
            - clock_timestamp())))::integer;
    END IF;
    RETURN NEXT;
END
$fn$"""

_FAILED_FN = """CREATE FUNCTION keying_sign_in_failed(p_login text, p_workstation text)
RETURNS TABLE (failures integer, wait_s integer, locked boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $fn$
DECLARE
    account operators%ROWTYPE;
    st record;
    role_locked boolean := false;
BEGIN
    SELECT * INTO account FROM operators o WHERE o.login = p_login;
    IF account.id IS NULL THEN
        RETURN QUERY SELECT 0, 0, false;
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('keying_sign_in:' || p_login));
    SELECT * INTO st FROM keying_sign_in_state(p_login) s;
    IF st.locked OR st.wait_s > 0 THEN  -- a client that follows the gate does not try now
        RETURN QUERY SELECT st.failures, st.wait_s, st.locked;
        RETURN;
    END IF;
    INSERT INTO audit_events (at, kind, detail)
    VALUES (clock_timestamp(), 'sign_in_failed', jsonb_build_object(
        'login', p_login, 'workstation', left(p_workstation, 64),
        'client_addr', host(inet_client_addr())));
    IF st.failures + 1 >= {lock_after} THEN
        IF account.active AND EXISTS (
            SELECT FROM pg_roles r
             WHERE r.rolname = p_login AND r.rolcanlogin AND r.rolname <> current_user
               AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication
                        OR r.rolbypassrls)
               AND pg_has_role(r.oid, 'keying_operator', 'MEMBER')) THEN
            BEGIN
                EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
                role_locked := true;
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE WARNING 'keying: % could not be set NOLOGIN: %', p_login, SQLERRM;
            END;
        END IF;
        INSERT INTO audit_events (at, kind, detail)
        VALUES (clock_timestamp(), 'sign_in_locked', jsonb_build_object(
            'login', p_login, 'failures', st.failures + 1, 'role_nologin', role_locked,
            'client_addr', host(inet_client_addr())));
    END IF;
    RETURN QUERY SELECT * FROM keying_sign_in_state(p_login);
END
$fn$"""

# Every function of the schema PUBLIC may execute (PostgreSQL's default for a new one) is
# granted to the keying groups instead; and so is every function the owner creates later.
_CLOSE_FUNCTIONS = """DO $close$
DECLARE
    f record;
BEGIN
    FOR f IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
              WHERE p.pronamespace = current_schema()::regnamespace
                AND p.proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                AND (p.proacl IS NULL OR EXISTS (
                     SELECT FROM aclexplode(p.proacl) x
                      WHERE x.grantee = 0 AND x.privilege_type = 'EXECUTE'))
    LOOP
        EXECUTE format('GRANT EXECUTE ON ROUTINE %s TO keying_operator', f.signature);
        EXECUTE format('REVOKE EXECUTE ON ROUTINE %s FROM PUBLIC', f.signature);
    END LOOP;
END
$close$"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    quoted = bind.dialect.identifier_preparer.quote_identifier(schema)
    path = f"SET search_path = {quoted}, pg_temp"
    numbers = {"free": FREE, "lock_after": LOCK_AFTER, "max_delay": MAX_DELAY_S}
    op.execute(_ROLE)
    op.execute(_STATE_FN.format(path=path, **numbers))
    op.execute(_FAILED_FN.format(path=path, **numbers))
    op.execute(_CLOSE_FUNCTIONS)
    # for the owner's functions in this database (a per-schema REVOKE cannot undo the
    # global default that gives PUBLIC EXECUTE)
    op.execute("ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC")
    op.execute("ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO keying_operator")
    for signature in (_STATE, _FAILED):
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC, keying_operator")
        op.execute(f"GRANT EXECUTE ON FUNCTION {signature} TO {GATE}")
    database = bind.exec_driver_sql("SELECT current_database()").scalar_one()
    op.execute(f"GRANT CONNECT ON DATABASE {_quote(bind, database)} TO {GATE}")


def downgrade() -> None:
    """The gate's functions go; the role stays (roles belong to the whole cluster). The
    functions stay closed to PUBLIC (the groups keep what they had)."""
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION IF EXISTS {_FAILED}")
    op.execute(f"DROP FUNCTION IF EXISTS {_STATE}")
    op.execute("ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM keying_operator")
    op.execute("ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO PUBLIC")


def _quote(bind, name: str) -> str:  # type: ignore[no-untyped-def]
    return str(bind.dialect.identifier_preparer.quote_identifier(name))
