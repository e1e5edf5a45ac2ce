"""keying.log: one rotating file in the data directory with sign-in, claims, sync and errors
(with tracebacks); --verbose adds stderr; a password never reaches either."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from keying import cli
from keying.config import data_dir
from keying.logs import LOG_FILE, mask_passwords, setup_logging
from tests.support.world import PASSWORD, make_world

VALUES = {"company": "SHOP ONE", "address": "1 MAIN STREET", "date": "05/06/2019", "total": "1"}
RECEIPT = Path(__file__).resolve().parents[1] / "forms" / "receipt.yaml"


@pytest.fixture
def logged() -> Iterator[Path]:
    """keying's log set up as the CLI does, in this test's data directory."""
    path = setup_logging(data_dir())
    assert path is not None
    yield path
    setup_logging(None)  # close the file; nothing else goes there


def _flush() -> None:
    for handler in logging.getLogger("keying").handlers:
        handler.flush()


def test_sign_in_claims_push_and_reconciliation_are_in_the_log(logged: Path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    world = make_world(tmp_path / "ws", documents=1, form_path=RECEIPT)
    try:
        with pytest.raises(Exception, match="Wrong login"):
            world.services.sign_in("op1", "not the password")
        for login in ("op1", "op2"):
            station = world.services.station(world.services.sign_in(login, PASSWORD))
            task = station.next_task()
            assert task is not None
            station.finish(task, VALUES, {}, [])
    finally:
        world.services.close()
    _flush()
    text = logged.read_text(encoding="utf-8")
    assert logged.name == LOG_FILE and logged.parent == data_dir()
    assert "sign-in refused for login 'op1'" in text
    assert "signed in: op1 (operator)" in text and "signed in: op2 (operator)" in text
    assert "claimed 1 of 3 tasks" in text and "D-001 pass 1" in text and "D-001 pass 2" in text
    assert text.count("pushed keying") == 2
    assert "document D-001 reconciled: agreed, 0 discrepancies" in text
    assert PASSWORD not in text and "not the password" not in text


def test_an_error_is_logged_with_its_traceback_and_no_password(logged: Path) -> None:
    log = logging.getLogger("keying.test")
    try:
        raise RuntimeError("cannot reach postgresql://op1:hunter2@db.office/keying")
    except RuntimeError:
        log.exception("sync failed for %s", "postgresql+psycopg://op1:hunter2@db.office/keying")
    log.debug("not in the file at INFO")
    _flush()
    text = logged.read_text(encoding="utf-8")
    assert "ERROR" in text and "Traceback (most recent call last)" in text
    assert "RuntimeError: cannot reach postgresql://op1:***@db.office/keying" in text
    assert "hunter2" not in text
    assert "not in the file" not in text


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("postgresql://u:pw@h/db", "postgresql://u:***@h/db"),
        ("postgresql+psycopg://u:p%40ss@h:5432/db", "postgresql+psycopg://u:***@h:5432/db"),
        ("host=h user=u password=s3cret dbname=d", "host=h user=u password=*** dbname=d"),
        ("password='a b'", "password=***"),
        ("sqlite:///home/op/central.sqlite", "sqlite:///home/op/central.sqlite"),
        ("postgresql://u@h/db", "postgresql://u@h/db"),
        ("PASSWORD=x, Password = 'y'", "PASSWORD=***, Password = ***"),
        ("pa\u017fsword=z", "pa\u017fsword=***"),  # IGNORECASE's long s, found by casefold
        (
            "pushed keying 6f1e (document 3, task 5): inserted",
            "pushed keying 6f1e (document 3, task 5): inserted",
        ),
    ],
)
def test_mask_passwords(raw: str, masked: str) -> None:
    assert mask_passwords(raw) == masked


def test_verbose_logs_to_stderr_and_the_file_stays_at_info(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    form = tmp_path / "receipt.yaml"
    form.write_text(RECEIPT.read_text(encoding="utf-8"), encoding="utf-8")
    try:
        assert cli.main(["--verbose", "form", "check", str(form)]) == 0
        err = capsys.readouterr().err
        assert "DEBUG" in err and "form check" in err
        assert cli.main(["form", "check", "--verbose", str(form)]) == 0  # after the command too
        assert "DEBUG" in capsys.readouterr().err
        assert cli.main(["form", "check", str(form)]) == 0
        assert "DEBUG" not in capsys.readouterr().err  # quiet without it
        _flush()
        log_file = data_dir() / LOG_FILE
        assert log_file.exists()
        assert "DEBUG" not in log_file.read_text(encoding="utf-8")
    finally:
        setup_logging(None)


def test_setup_twice_replaces_its_handlers() -> None:
    try:
        setup_logging(data_dir(), verbose=True)
        setup_logging(data_dir(), verbose=True)
        ours = [
            h for h in logging.getLogger("keying").handlers if type(h).__module__ == "keying.logs"
        ]
        assert len(ours) == 2  # one file, one stderr
    finally:
        setup_logging(None)
    assert not [
        h for h in logging.getLogger("keying").handlers if type(h).__module__ == "keying.logs"
    ]


def test_an_unwritable_data_directory_leaves_keying_running_without_a_file(
    tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    assert setup_logging(blocker / "data") is None
    assert "no log file" in capsys.readouterr().err
    setup_logging(None)


@pytest.mark.parametrize("where", ["KEYING_DATA_DIR", "XDG_DATA_HOME", "HOME"])
def test_the_cli_logs_where_the_data_directory_is_and_nowhere_else(
    tmp_path: Path, where: str
) -> None:
    """README (Configuration, log): keying.log is in the data directory: `KEYING_DATA_DIR`,
    else `$XDG_DATA_HOME/keying`, else `~/.local/share/keying` (Linux). A workspace
    (`--workspace`), a database URL or the current folder do not move it."""
    import os
    import subprocess
    import sys

    if where == "HOME" and sys.platform != "linux":
        pytest.skip("the XDG folders are Linux's")
    home, data, xdg, work = (tmp_path / n for n in ("home", "data", "xdg", "work"))
    for folder in (home, work):
        folder.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("KEYING_DATA_DIR", "XDG_DATA_HOME")}
    env["HOME"] = str(home)
    if where == "KEYING_DATA_DIR":
        env["KEYING_DATA_DIR"], env["XDG_DATA_HOME"] = str(data), str(xdg)
        expected = data / LOG_FILE
    elif where == "XDG_DATA_HOME":
        env["XDG_DATA_HOME"] = str(xdg)
        expected = xdg / "keying" / LOG_FILE
    else:
        expected = home / ".local" / "share" / "keying" / LOG_FILE
    url = f"sqlite:///{(work / 'central.sqlite').as_posix()}"
    command = [sys.executable, "-m", "keying", "db", "upgrade", "--database-url", url]
    done = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    logs = sorted(p for p in tmp_path.rglob(f"{LOG_FILE}*"))
    assert logs == [expected], logs
