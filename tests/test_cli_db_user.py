"""`keying db upgrade` and `keying user add|list|disable`, run as a user runs them: a separate
process (`python -m keying`), on a SQLite file and on PostgreSQL. Tests of what a command does
to the accounts, where the process is not the point, call `keying.cli.main` in this process
(`keying_here`: the same exit code and output, without a process's 1-2 s start-up); the
errors, exit codes, help, environment and terminal stay separate processes."""

from __future__ import annotations

import functools
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from keying.cli import main
from keying.commands import user as user_command
from keying.storage import models
from keying.storage.engine import head_revision, make_engine, session_factory
from keying.storage.models import AuditEvent, Base, Operator
from keying.storage.users import authenticate


def keying(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "keying", *args],
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def keying_here(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """`keying *args` by `keying.cli.main` in this process, as `keying` gives it."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or ""))
    capsys.readouterr()
    try:
        code = main(list(args))
    except SystemExit as end:  # argparse's usage errors and --help
        code = end.code if isinstance(end.code, int) else 1
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(list(args), code, out, err)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def tables_at(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_db_upgrade_creates_the_schema_once_on_a_sqlite_file(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "new" / "central.sqlite")
    first = keying("db", "upgrade", "--database-url", url)
    assert first.returncode == 0, first.stderr
    assert f"revision {head_revision()}" in first.stdout
    assert "upgraded from an empty database" in first.stdout
    assert str(tmp_path / "new" / "central.sqlite") in first.stdout
    assert set(Base.metadata.tables) <= tables_at(url)
    again = keying("db", "upgrade", "--database-url", url)
    assert again.returncode == 0, again.stderr
    assert "already at revision" in again.stdout


def test_db_upgrade_takes_the_url_from_the_environment_then_the_default(
    tmp_path: Path,
) -> None:
    from_env = tmp_path / "env.sqlite"
    done = keying("db", "upgrade", env={"KEYING_DATABASE_URL": sqlite_url(from_env)})
    assert done.returncode == 0, done.stderr
    assert from_env.exists()
    default = Path(os.environ["KEYING_DATA_DIR"]) / "central.sqlite"
    assert not default.exists()
    done = keying("db", "upgrade")
    assert done.returncode == 0, done.stderr
    assert default.exists() and "central.sqlite" in done.stdout
    # --database-url wins over the environment
    flag = tmp_path / "flag.sqlite"
    done = keying(
        "db",
        "upgrade",
        "--database-url",
        sqlite_url(flag),
        env={"KEYING_DATABASE_URL": sqlite_url(from_env)},
    )
    assert done.returncode == 0 and flag.exists(), done.stderr


def test_db_upgrade_on_postgres_masks_the_password(postgres_url: str) -> None:
    # trust authentication ignores the password; it must not be printed all the same
    url = postgres_url.replace("postgres@", "postgres:topsecret@", 1)
    done = keying("db", "upgrade", "--database-url", url)
    assert done.returncode == 0, done.stderr
    assert f"revision {head_revision()}" in done.stdout
    assert "topsecret" not in done.stdout + done.stderr
    assert "***" in done.stdout
    assert set(Base.metadata.tables) <= tables_at(postgres_url)


def test_user_add_list_disable(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    keying = functools.partial(keying_here, capsys, monkeypatch)
    db = ["--database-url", database_url]
    # no `db upgrade` first: user commands bring the schema up to date themselves
    added = keying(
        "user", "add", "ann", "--name", "Ann Lee", "--role", "supervisor", "--password-stdin", *db,
        stdin="pw ann 123\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "ann" in added.stdout
    added = keying(
        "user", "add", "bob", "--name", "Bob Ray", "--role", "operator", "--password-stdin", *db,
        stdin="pw-bob-456",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr

    listed = keying("user", "list", *db)
    assert listed.returncode == 0, listed.stderr
    rows = [line.split() for line in listed.stdout.splitlines()[1:]]
    assert rows == [
        ["ann", "supervisor", "active", "Ann", "Lee"],
        ["bob", "operator", "active", "Bob", "Ray"],
    ]

    disabled = keying("user", "disable", "bob", *db)
    assert disabled.returncode == 0, disabled.stderr
    assert "disabled 'bob'" in disabled.stdout
    again = keying("user", "disable", "bob", *db)
    assert again.returncode == 0 and "already disabled" in again.stdout

    listed = keying("user", "list", *db)
    assert "disabled" in next(line for line in listed.stdout.splitlines() if line.startswith("bob"))

    engine = make_engine(database_url)
    try:
        with session_factory(engine)() as session:
            ann = authenticate(session, "ann", "pw ann 123")  # spaces kept, newline dropped
            assert ann is not None and ann.role == "supervisor"
            assert authenticate(session, "bob", "pw-bob-456") is None  # disabled
            hashes = session.scalars(select(Operator.password_hash)).all()
            assert all(h.startswith("$argon2id$") for h in hashes)
            passwords = ("pw ann 123", "pw-bob-456")
            assert not any(pw in h for h in hashes for pw in passwords)
            kinds = session.scalars(select(AuditEvent.kind).order_by(AuditEvent.id)).all()
            assert kinds == ["user_added", "user_added", "user_disabled"]
    finally:
        engine.dispose()


def test_user_list_on_an_empty_database_says_how_to_add(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    keying = functools.partial(keying_here, capsys, monkeypatch)
    done = keying("user", "list", "--database-url", sqlite_url(tmp_path / "c.sqlite"))
    assert done.returncode == 0, done.stderr
    assert "no accounts yet" in done.stdout


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["user", "add", "ann", "--name", "A", "--role", "admin", "--password-stdin"], "short\n",
         "shorter than 8"),
        (["user", "add", "ann", "--name", "A", "--role", "admin"], None,
         "use --password-stdin"),
        (["user", "add", "ann", "--name", "A", "--role", "admin", "--password-stdin"],
         "line one\nline two\n", "on one line"),
        (["user", "add", "a b", "--name", "A", "--role", "admin", "--password-stdin"],
         "long enough\n", "contains spaces"),
        (["user", "disable", "zed"], None, "no user with login 'zed'"),
    ],
)  # fmt: skip
def test_user_errors_exit_1_with_a_message(
    tmp_path: Path, args: list[str], stdin: str | None, message: str
) -> None:
    url = sqlite_url(tmp_path / "c.sqlite")
    done = keying(*args, "--database-url", url, stdin=stdin)
    assert done.returncode == 1
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"keying user {args[1]}: error: ")


def test_a_taken_login_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    keying = functools.partial(keying_here, capsys, monkeypatch)
    db = ["--database-url", sqlite_url(tmp_path / "c.sqlite")]
    add = ["user", "add", "ann", "--name", "Ann", "--role", "admin", "--password-stdin", *db]
    assert keying(*add, stdin="pw-ann-123\n").returncode == 0
    done = keying(*add, stdin="pw-ann-456\n")
    assert done.returncode == 1
    assert "the login 'ann' is already taken" in done.stderr


def test_the_command_knows_the_roles_of_the_schema() -> None:
    assert user_command.ROLES == models.ROLES  # copied there to keep `keying user` light


def test_a_bad_role_is_a_usage_error(tmp_path: Path) -> None:
    done = keying("user", "add", "ann", "--name", "Ann", "--role", "boss", "--password-stdin")
    assert done.returncode == 2
    assert "invalid choice: 'boss'" in done.stderr


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("nonsense", "is not a database URL keying can use"),
        ("mysql://u@localhost/x", "is not a database URL keying can use"),
        # port 9 (discard) on loopback: nothing listens there
        ("postgresql://u:hidden@127.0.0.1:9/x?connect_timeout=2", "cannot use the database"),
    ],
)
def test_db_upgrade_errors_exit_1_with_a_message(url: str, message: str) -> None:
    done = keying("db", "upgrade", "--database-url", url)
    assert done.returncode == 1
    assert message in done.stderr
    assert "Traceback" not in done.stderr and "hidden" not in done.stderr


def test_every_command_has_help() -> None:
    top = keying("--help")
    assert top.returncode == 0
    commands = {
        "app",
        "demo",
        "form",
        "db",
        "user",
        "sync",
        "bench",
        "reconcile",
        "batch",
        "pass",
        "export",
        "report",
        "training",
        "stats",
    }
    listed = {line.split()[0] for line in top.stdout.splitlines() if line.startswith("    ")}
    assert listed == commands  # a new command must be added here, with its help checked below
    for args, expected in [
        (["app"], "--workspace"),
        (["demo"], "--no-open"),
        (["form"], "check"),
        (["form", "check"], "FILE"),
        (["bench"], "--only NAME"),
        (["reconcile"], "--third"),
        (["db"], "upgrade"),
        (["db", "upgrade"], "--database-url"),
        (["user"], "disable"),
        (["user", "add"], "--password-stdin"),
        (["user", "list"], "--database-url"),
        (["user", "disable"], "LOGIN"),
        (["training"], "set-threshold"),
        (["training", "set-threshold"], "--kph N"),
        (["user", "unlock"], "LOGIN"),
        (["sync"], "refused"),
        (["sync", "refused"], "--workstation"),
        (["batch"], "import"),
        (["batch", "import"], "--pages-per-document"),
        (["batch", "list"], "--database-url"),
        (["batch", "show"], "--documents"),
        (["batch", "set-priority"], "PRIORITY"),
        (["batch", "close"], "NAME"),
        (["batch", "gold"], "--values"),
        (["pass", "import"], "--skip-refused"),
        (["export"], "--provenance"),
        (["report"], "--out"),
        (["stats"], "--by"),
    ]:
        done = keying(*args, "--help")
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith(f"usage: keying {' '.join(args)}")
        assert expected in done.stdout


def test_missing_action_is_a_usage_error() -> None:
    done = keying("user")
    assert done.returncode == 2
    assert "ACTION" in done.stderr


def _on_a_terminal(args: list[str], answers: list[str]) -> tuple[int, str]:
    """Run `keying ARGS` with a pseudo-terminal as its controlling terminal, typing one answer
    after each `Password` prompt; returns (exit status, everything it wrote)."""
    import pty
    import select

    pid, fd = pty.fork()
    if pid == 0:  # the child: its controlling terminal is the pty
        try:
            os.execv(sys.executable, [sys.executable, "-m", "keying", *args])
        finally:
            os._exit(127)
    output = b""
    pending = list(answers)
    prompts_seen = 0
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], 60)
            if not ready:
                raise AssertionError(f"no output for 60 s: {output!r}")
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            while pending and output.count(b"Password") > prompts_seen:
                prompts_seen += 1
                os.write(fd, pending.pop(0).encode() + b"\n")
    finally:
        os.close(fd)
        _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


def test_user_add_asks_the_password_twice_on_a_terminal(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "c.sqlite")
    add = ["user", "add", "cat", "--name", "Cat", "--role", "operator", "--database-url", url]
    status, out = _on_a_terminal(add, ["typed-pw-1", "typed-pw-2"])
    assert status == 1 and "the two passwords differ" in out
    assert "typed-pw" not in out  # not echoed
    status, out = _on_a_terminal(add, ["typed-pw-1", "typed-pw-1"])
    assert status == 0, out
    assert out.count("Password") == 2
    engine = make_engine(url)
    try:
        with session_factory(engine)() as session:
            assert authenticate(session, "cat", "typed-pw-1") is not None
    finally:
        engine.dispose()


# --- databases keying cannot use: one line each, exit non-zero, never a traceback ---------------


def _refused(url: str, message: str, secret: str = "") -> None:
    for args in (["db", "upgrade"], ["user", "list"]):
        done = keying(*args, "--database-url", url)
        assert done.returncode == 1, done.stdout
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert done.stderr.startswith(f"keying {' '.join(args)}: error: ")
        assert message in done.stderr
        assert not secret or secret not in done.stderr


def _psql(server_url: str, *statements: str) -> None:
    engine = make_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_postgres_database_of_another_application_is_refused(postgres_url: str) -> None:
    _psql(postgres_url, "CREATE TABLE documents (x int)", "CREATE TABLE invoices (y int)")
    _refused(postgres_url, "holds tables keying did not make (documents, invoices)")
    assert tables_at(postgres_url) == {"documents", "invoices"}  # nothing of keying's added


@pytest.mark.postgres
def test_an_account_without_create_permission_is_told_so(postgres_url: str) -> None:
    role = f"weak_{os.getpid()}"
    _psql(
        postgres_url,
        f"CREATE ROLE {role} LOGIN PASSWORD 's3cr3t-pw'",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
    )
    try:
        url = postgres_url.replace("postgres@", f"{role}:s3cr3t-pw@", 1)
        _refused(url, "permission denied for schema public", secret="s3cr3t-pw")
        _refused(url, "as the database's owner, or grant CREATE")
    finally:
        _psql(postgres_url, f"DROP ROLE {role}")


@pytest.mark.postgres
def test_an_unknown_connection_option_is_named(postgres_url: str) -> None:
    _refused(postgres_url + "?colour=blue", 'invalid connection option "colour"')


def test_another_driver_is_refused(tmp_path: Path) -> None:
    _refused(
        "postgresql+psycopg2://u:hush-now@127.0.0.1:9/x",
        "through psycopg 3, not 'psycopg2'",
        secret="hush-now",
    )
    _refused(sqlite_url(tmp_path / "c.sqlite").replace("sqlite:", "sqlite+aiosqlite:"), "sqlite3")
    assert not (tmp_path / "c.sqlite").exists()


def test_a_junk_sqlite_file_is_refused_and_kept(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"these are not the tables you are looking for\n" * 200)
    before = junk.read_bytes()
    _refused(sqlite_url(junk), "file is not a database")
    assert junk.read_bytes() == before


def test_a_sqlite_folder_that_cannot_be_created_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    _refused(sqlite_url(blocker / "sub" / "c.sqlite"), f"cannot create the folder {blocker}")


def test_an_empty_database_url_is_refused() -> None:
    for args in (["db", "upgrade"], ["user", "list"], ["app"]):
        done = keying(*args, "--database-url", "")
        assert done.returncode == 2
        assert "argument --database-url: is empty" in done.stderr
        assert "Traceback" not in done.stderr
    assert not (Path(os.environ["KEYING_DATA_DIR"]) / "central.sqlite").exists()


def test_a_failed_benchmark_is_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A benchmark that fails (say, claims cancelled by the statement timeout with 100
    clients) says which and why in one line; the whole message goes to keying.log."""
    from keying import bench
    from keying.cli import main

    def fails(only: object, quick: bool) -> list[object]:
        raise RuntimeError("a claiming client failed: statement timeout\nmore detail")

    monkeypatch.setenv("KEYING_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(bench, "run", fails)
    assert main(["bench", "--only", "central"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "keying bench: error: a claiming client failed: statement timeout "
        "(the whole message: keying.log)"
    ]
