"""PostgreSQL is the gatekeeper (issue 11, part 1): each account a login role, GRANTs and
row-level security on `current_user`. Tested as an attacker would: `psql` connected with the
credentials an operator has, against the real server of the test session (SCRAM-SHA-256 for
every role but the superuser, tests/postgres.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import make_url, select, text

from keying.services import Services, SignInError, Workspace
from keying.storage.engine import make_engine, session_factory
from keying.storage.models import Document, Keying, Reconciliation
from keying.storage.pg_roles import create_login_role
from tests.support.world import PASSWORD, World, make_world

pytestmark = pytest.mark.postgres
LOGINS = ("op1", "op2", "op3")


@pytest.fixture
def shop(tmp_path: Path, postgres_migrated_url: str) -> Iterator[World]:
    """A world on PostgreSQL whose accounts are login roles (made as `keying user add` does)."""
    world = make_world(tmp_path / "admin", documents=3, database_url=postgres_migrated_url)
    with world.services.sessions() as session:
        for login in LOGINS:
            create_login_role(session, login, PASSWORD, "operator")
        create_login_role(session, "sup", PASSWORD, "supervisor")
        session.commit()
    try:
        yield world
    finally:
        world.services.close()


def role_url(world: World) -> str:
    """The workstations' URL: host, port and database, no user and no password."""
    url = make_url(world.workspace.database_url)
    return f"postgresql://{url.host}:{url.port}/{url.database}"


def workstation(world: World, tmp_path: Path, name: str) -> Services:
    assert Workspace(role_url(world), tmp_path).signs_in_as_role
    return Services.open(Workspace(role_url(world), tmp_path / f"{name}.sqlite", workstation=name))


def key_one(services: Services, login: str, value: str = "Ann") -> str:
    """Sign in as `login`, key the first document it gets (head_name and remarks `value`),
    finish and push; returns the document's external id."""
    station = services.station(services.sign_in(login, PASSWORD), prefetch=0)
    task = station.next_task()
    assert task is not None
    values = {"head_name": value, "remarks": value}
    outcome = station.finish(task, values, {}, [])
    assert outcome.sync.online and outcome.sync.pending == 0, outcome.sync
    return task.task.external_id


def psql(
    world: World, login: str, sql: str, password: str = PASSWORD
) -> subprocess.CompletedProcess[str]:
    if shutil.which("psql") is None:
        pytest.skip("psql is not installed")
    url = make_url(world.workspace.database_url)
    command = ["psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1"]
    command += ["-h", str(url.host), "-p", str(url.port), "-U", login, "-d", str(url.database)]
    env = {**os.environ, "PGPASSWORD": password, "PGCONNECT_TIMEOUT": "10"}
    return subprocess.run(
        [*command, "-c", sql], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def refused(world: World, login: str, sql: str, message: str) -> None:
    done = psql(world, login, sql)
    assert done.returncode != 0, f"{sql!r} was allowed: {done.stdout}"
    assert message in done.stderr, done.stderr


def test_an_operator_cannot_read_or_forge_another_operators_keying(
    shop: World, tmp_path: Path
) -> None:
    pc1 = workstation(shop, tmp_path, "pc1")
    try:
        doc = key_one(pc1, "op1")
    finally:
        pc1.close()
    with shop.services.sessions() as session:
        op1_id = session.scalar(text("SELECT id FROM operators WHERE login = 'op1'"))
        keying = session.scalar(select(Keying).where(Keying.operator_id == op1_id))
        assert keying is not None and keying.values  # the superuser sees it
        document_id = keying.document_id
    # op2 reads documents and pages, but not a row of op1's keying, however it asks
    assert psql(shop, "op2", "SELECT count(*) FROM documents").stdout.strip() == "3"
    assert psql(shop, "op2", "SELECT count(*) FROM keyings").stdout.strip() == "0"
    for sql in (
        f'SELECT "values" FROM keyings WHERE operator_id = {op1_id}',
        f'SELECT "values" FROM keyings WHERE document_id = {document_id}',
        'SELECT "values" FROM keyings WHERE true OR operator_id IS NULL',
    ):
        done = psql(shop, "op2", sql)
        assert done.returncode == 0 and done.stdout.strip() == "", (sql, done.stdout)
    assert psql(shop, "op1", "SELECT count(*) FROM keyings").stdout.strip() == "1"  # its own
    # nor through the functions or the hash column
    refused(
        shop,
        "op2",
        "SELECT keying_reference_values(id) FROM tasks "
        f"WHERE document_id = {document_id} AND pass_no = 2",
        "dependent-verification",
    )
    refused(shop, "op2", "SELECT password_hash FROM operators", "permission denied")
    refused(shop, "op2", "SET ROLE op1", "permission denied")
    refused(shop, "op2", "SET ROLE keying_supervisor", "permission denied")
    # op1's keying stays as it is: no update, no delete, not even the superseded flag
    refused(shop, "op1", "UPDATE keyings SET \"values\" = '{}'", "permission denied")
    refused(shop, "op1", "UPDATE keyings SET superseded = true", "permission denied")
    refused(shop, "op1", "DELETE FROM keyings", "permission denied")
    refused(shop, "op2", "TRUNCATE keyings", "permission denied")
    # a keying inserted under someone else's name
    op2_insert = (
        'INSERT INTO keyings (uuid, document_id, pass_no, operator_id, "values", figures, '
        "check_failures, finished_at, received_at, superseded) VALUES "
        f"(gen_random_uuid()::text, {document_id}, 3, {op1_id}, '{{}}', '{{}}', '[]', now(), "
        "now(), false)"
    )
    refused(shop, "op2", op2_insert, "row-level security")
    assert doc


def test_an_operator_cannot_touch_the_audit_trail_decisions_or_the_schema(shop: World) -> None:
    for sql, message in (
        ("DELETE FROM audit_events", "permission denied"),
        ("UPDATE audit_events SET kind = 'x'", "permission denied"),
        ("TRUNCATE audit_events", "permission denied"),
        (
            "INSERT INTO audit_events (at, actor_id, kind, detail) VALUES (now(), NULL, 'x', '{}')",
            "row-level security",
        ),
        ("UPDATE adjudications SET value = 'x'", "permission denied"),
        ("DELETE FROM adjudications", "permission denied"),
        ("SELECT count(*) FROM discrepancies", "permission denied"),
        (
            "INSERT INTO adjudications (uuid, discrepancy_id, document_id, supervisor_id, "
            "decision, reason, created_at) VALUES ('x', 1, 1, 1, 'a', '', now())",
            "permission denied",
        ),
        ("UPDATE final_records SET source = 'x'", "permission denied"),
        ("SELECT count(*) FROM reconciliations", "permission denied"),
        ("CREATE TABLE mine (x int)", "permission denied for schema"),
        ("ALTER TABLE keyings ADD COLUMN x int", "must be owner"),
        ("ALTER TABLE keyings DISABLE ROW LEVEL SECURITY", "must be owner"),
        ("DROP POLICY keyings_own_read ON keyings", "must be owner"),
        ("DROP TABLE audit_events", "must be owner"),
        ("CREATE SCHEMA mine", "permission denied for database"),
        ("UPDATE documents SET status = 'final'", "row-level security"),
        ("UPDATE operators SET role = 'admin'", "permission denied"),
        ("DELETE FROM alembic_version", "permission denied"),
    ):
        refused(shop, "op1", sql, message)


def test_a_supervisor_reads_every_keying_but_changes_none(shop: World, tmp_path: Path) -> None:
    pc1 = workstation(shop, tmp_path, "pc1")
    try:
        key_one(pc1, "op1")
    finally:
        pc1.close()
    assert psql(shop, "sup", "SELECT count(*) FROM keyings").stdout.strip() == "1"
    refused(shop, "sup", "UPDATE keyings SET \"values\" = '{}'", "permission denied")
    refused(shop, "sup", "DELETE FROM audit_events", "permission denied")
    refused(shop, "sup", "CREATE TABLE mine (x int)", "permission denied for schema")


def test_the_wrong_password_and_a_shared_url_are_refused(shop: World, tmp_path: Path) -> None:
    done = psql(shop, "op1", "SELECT 1", password="not the password")
    assert done.returncode != 0 and "password authentication failed" in done.stderr
    pc = workstation(shop, tmp_path, "pc1")
    try:
        with pytest.raises(SignInError, match="Wrong login or password"):
            pc.sign_in("op1", "not the password")
        with pytest.raises(SignInError, match="Wrong login or password"):
            pc.sign_in("nobody", PASSWORD)
    finally:
        pc.close()


def test_double_keying_through_roles_closes_when_a_supervisor_syncs(
    shop: World, tmp_path: Path
) -> None:
    pcs = [workstation(shop, tmp_path, f"pc{n}") for n in (1, 2, 3)]
    try:
        first = key_one(pcs[0], "op1", "Ann")
        second = key_one(pcs[1], "op2", "Ann")
        assert first == second  # pass 2 of the same document, by someone else
        with shop.services.sessions() as session:
            doc = session.scalar(select(Document).where(Document.external_id == first))
            assert doc is not None and doc.status == "keying"  # op2 cannot read pass 1
            assert session.scalar(select(Reconciliation.id)) is None
        station = pcs[2].station(pcs[2].sign_in("sup", PASSWORD), prefetch=0)
        state = station.sync()
        assert state.online, state
        with shop.services.sessions() as session:
            doc = session.scalar(select(Document).where(Document.external_id == first))
            assert doc is not None and doc.status in ("final", "discrepant")
            assert session.scalar(select(Reconciliation.id)) is not None
            events = list(session.scalars(text("SELECT kind FROM audit_events ORDER BY id")))
        assert "reconciled" in events and events.count("signed_in") == 3
    finally:
        for pc in pcs:
            pc.close()


def test_pass_one_reaches_pass_two_only_in_dependent_verification(
    tmp_path: Path, postgres_migrated_url: str
) -> None:
    world = make_world(
        tmp_path / "admin", documents=1, dependent=True, database_url=postgres_migrated_url
    )
    try:
        with world.services.sessions() as session:
            for login in ("op1", "op2"):
                create_login_role(session, login, PASSWORD, "operator")
            session.commit()
        pcs = [workstation(world, tmp_path, f"pc{n}") for n in (1, 2)]
        try:
            key_one(pcs[0], "op1", "Bea")
            station = pcs[1].station(pcs[1].sign_in("op2", PASSWORD), prefetch=0)
            task = station.next_task()
            assert task is not None and task.task.pass_no == 2
            assert task.task.reference is not None
            assert "Bea" in task.task.reference.values()
        finally:
            for pc in pcs:
                pc.close()
        # op3 holds no task of it: the function refuses
        with world.services.sessions() as session:
            create_login_role(session, "op3", PASSWORD, "operator")
            session.commit()
        refused(
            world,
            "op3",
            "SELECT keying_reference_values(id) FROM tasks WHERE pass_no = 2",
            "holder of pass 2",
        )
    finally:
        world.services.close()


def test_the_app_does_not_upgrade_a_postgres_database(postgres_url: str, tmp_path: Path) -> None:
    from keying.storage.engine import SchemaMismatch

    with pytest.raises(SchemaMismatch, match="run keying db upgrade"):
        Services.open(Workspace(postgres_url, tmp_path / "cache.sqlite"))
    engine = make_engine(postgres_url)
    try:
        with session_factory(engine)() as session:
            assert session.scalar(text("SELECT to_regclass('keyings')")) is None
    finally:
        engine.dispose()


def test_user_add_makes_a_scram_login_role_and_disable_ends_its_sessions(
    postgres_migrated_url: str, tmp_path: Path
) -> None:
    import psycopg

    from tests.test_cli_db_user import keying

    db = ["--database-url", postgres_migrated_url]
    added = keying(
        "user", "add", "dora", "--name", "Dora", "--role", "operator", "--password-stdin", *db,
        stdin="dora's password\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    engine = make_engine(postgres_migrated_url)
    try:
        with session_factory(engine)() as session:
            row = session.execute(
                text(
                    "SELECT rolpassword, rolcanlogin, pg_has_role(rolname, 'keying_operator', "
                    "'MEMBER'), pg_has_role(rolname, 'keying_supervisor', 'MEMBER') "
                    "FROM pg_authid WHERE rolname = 'dora'"
                )
            ).one()
    finally:
        engine.dispose()
    assert row[0].startswith("SCRAM-SHA-256$") and row[1] and row[2] and not row[3]
    url = make_url(postgres_migrated_url)
    conninfo = f"host={url.host} port={url.port} dbname={url.database} user=dora"
    with psycopg.connect(conninfo, password="dora's password") as station:
        assert station.execute("SELECT current_user").fetchone() == ("dora",)
        disabled = keying("user", "disable", "dora", *db)
        assert disabled.returncode == 0, disabled.stderr
        assert "ended 1 open session" in disabled.stdout
        with pytest.raises(psycopg.OperationalError):
            station.execute("SELECT 1")  # its session was ended
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(conninfo, password="dora's password")
    pc = Services.open(
        Workspace(f"postgresql://{url.host}:{url.port}/{url.database}", tmp_path / "c.sqlite")
    )
    try:
        with pytest.raises(
            SignInError, match="Wrong login or password, or the account is disabled"
        ):
            pc.sign_in("dora", "dora's password")
    finally:
        pc.close()


def test_user_add_refuses_a_role_with_powers_of_its_own(postgres_migrated_url: str) -> None:
    from tests.test_cli_db_user import keying

    done = keying(
        "user", "add", "postgres", "--name", "Root", "--role", "admin", "--password-stdin",
        "--database-url", postgres_migrated_url, stdin="long enough\n",
    )  # fmt: skip
    assert done.returncode == 1
    assert "already exists with powers of its own" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_batch_reconcile_closes_what_the_operators_roles_could_not(
    shop: World, tmp_path: Path
) -> None:
    from tests.test_cli_db_user import keying

    pcs = [workstation(shop, tmp_path, f"pc{n}") for n in (1, 2)]
    try:
        key_one(pcs[0], "op1", "Cy")
        key_one(pcs[1], "op2", "Cy")
    finally:
        for pc in pcs:
            pc.close()
    db = ["--database-url", shop.workspace.database_url]
    done = keying("batch", "reconcile", *db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "reconciled 1 document"
    again = keying("batch", "reconcile", *db)
    assert again.stdout.strip() == "no document waits to be reconciled"


def test_a_send_back_through_roles_is_settled_by_the_supervisors_connection(
    shop: World, tmp_path: Path
) -> None:
    from keying.services.send_back import SendBack
    from tests.test_send_back import B_VALUES
    from tests.test_services import VALUES, key_document

    pcs = [workstation(shop, tmp_path, f"pc{n}") for n in (1, 2, 3, 4)]
    try:
        for pc, login, values in ((pcs[0], "op1", VALUES), (pcs[1], "op2", B_VALUES)):
            key_document(pc.station(pc.sign_in(login, PASSWORD), prefetch=0), values)
        sup = pcs[3].sign_in("sup", PASSWORD)  # closes the document: discrepant
        with pcs[3].sessions() as session:
            doc = session.scalars(select(Document).where(Document.external_id == "D-001")).one()
            assert doc.status == "discrepant"
        sent = SendBack(pcs[3], sup).send(doc.id)
        assert sent.fields == ["monthly_income", "members"]
        third = pcs[2].station(pcs[2].sign_in("op3", PASSWORD), prefetch=0)
        task = third.next_task()
        assert task is not None and (task.task.external_id, task.task.pass_no) == ("D-001", 3)
        outcome = third.finish(task, VALUES, {}, [])
        assert outcome.sync.online and outcome.sync.pending == 0
        with shop.services.sessions() as session:
            rec = session.scalars(select(Reconciliation)).one()
            assert rec.keying_c_id is None  # op3's role cannot read passes 1 and 2
        assert pcs[3].close_ready() == 1
        with shop.services.sessions() as session:
            rec = session.scalars(select(Reconciliation)).one()
            doc = session.get(Document, doc.id)
            assert rec.keying_c_id is not None and doc is not None
            assert doc.status in ("final", "discrepant")
    finally:
        for pc in pcs:
            pc.close()


def test_a_disabled_role_stops_a_running_station_and_its_keying_is_kept(
    shop: World, tmp_path: Path
) -> None:
    from tests.test_cli_db_user import keying
    from tests.test_services import VALUES

    pc = workstation(shop, tmp_path, "pc1")
    try:
        station = pc.station(pc.sign_in("op1", PASSWORD), prefetch=1)
        task = station.next_task()
        assert task is not None
        done = keying("user", "disable", "op1", "--database-url", shop.workspace.database_url)
        assert done.returncode == 0, done.stderr
        outcome = station.finish(task, VALUES, {}, [])
        assert outcome.sync.disabled and "account disabled" in outcome.sync.text
        [item] = pc.cache.refused()
        assert item.keying["values"] == VALUES and "disabled" in (item.last_error or "")
        station.top_up()
        assert station.sync_state.disabled  # nothing more is claimed
    finally:
        pc.close()


def test_signing_in_to_a_database_of_an_older_revision_says_run_db_upgrade(
    postgres_url: str, tmp_path: Path
) -> None:
    from keying.storage.engine import upgrade

    upgrade(postgres_url, "0006")  # before the roles: accounts may not read anything
    engine = make_engine(postgres_url)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("DROP ROLE IF EXISTS old1")
            connection.exec_driver_sql(f"CREATE ROLE old1 LOGIN PASSWORD '{PASSWORD}'")
            connection.commit()
    finally:
        engine.dispose()
    url = make_url(postgres_url)
    pc = Services.open(
        Workspace(f"postgresql://{url.host}:{url.port}/{url.database}", tmp_path / "c.sqlite")
    )
    try:
        with pytest.raises(SignInError, match="run keying db upgrade") as caught:
            pc.sign_in("old1", PASSWORD)
        assert "\n" not in str(caught.value)
    finally:
        pc.close()
