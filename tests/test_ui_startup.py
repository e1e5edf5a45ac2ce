"""Start-up dialogs name the file or database that failed, mask passwords, say what to do."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from keying.ui import app as app_module
from keying.ui.app import StartupDialog, main
from tests.support.world import make_world


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, qapp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    said: dict[str, list[str]] = {"problem": [], "notice": []}
    monkeypatch.setattr(
        StartupDialog, "problem", classmethod(lambda cls, t: said["problem"].append(t))
    )
    monkeypatch.setattr(
        StartupDialog, "notice", classmethod(lambda cls, t: said["notice"].append(t))
    )
    monkeypatch.setattr(app_module, "_sign_in", lambda services, settings: None)
    return said


def _start(database_url: str | None = None, workspace: str | None = None) -> int:
    return main(argparse.Namespace(database_url=database_url, workspace=workspace))


def test_an_unreachable_postgres_is_named_with_its_password_masked(shown) -> None:  # type: ignore[no-untyped-def]
    url = "postgresql://keyer:Pa55-w0rd@127.0.0.1:9/central?connect_timeout=2"
    assert _start(url) == 2
    [text] = shown["problem"]
    assert "Pa55-w0rd" not in text
    assert "postgresql+psycopg://keyer:***@127.0.0.1:9/central" in text
    assert "could not be opened" in text and "reachable" in text  # and what to do


def test_a_read_only_data_folder_is_named(shown, read_only_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KEYING_DATA_DIR", str(read_only_dir))
    assert _start() == 2
    [text] = shown["problem"]
    assert f"The data folder {read_only_dir} cannot be written" in text
    assert "central database could not be opened" not in text
    assert "KEYING_DATA_DIR" in text


def test_a_cache_in_a_read_only_folder_is_not_called_the_central_database(  # type: ignore[no-untyped-def]
    shown, read_only_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("KEYING_DATA_DIR", str(read_only_dir))
    assert _start(f"sqlite:///{(tmp_path / 'central.sqlite').as_posix()}") == 2
    [text] = shown["problem"]
    assert text.startswith("The workstation cache cannot be used")
    assert str(read_only_dir / "cache.sqlite") in text and "read-only" in text


def test_a_damaged_cache_is_reported_as_such_and_start_goes_on(shown, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    world = make_world(tmp_path / "ws", documents=1)
    world.services.close()
    cache = world.workspace.cache_path
    cache.write_bytes(b"\0" * 4096)
    assert _start(workspace=str(tmp_path / "ws")) == 0
    assert shown["problem"] == []
    [text] = shown["notice"]
    assert f"The workstation cache {cache} could not be used" in text
    assert "central database" not in text
    assert f"{cache.name}.damaged-" in text
