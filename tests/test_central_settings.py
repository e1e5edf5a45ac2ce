"""The central server in a workstation's settings: host, port, database and TLS mode only;
each account signs in as its own PostgreSQL role, so no user or password is kept on the PC."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from keying.config import Settings
from keying.services import Workspace
from keying.storage.engine import normalize_url, signs_in_as_role


def test_the_central_url_names_no_user_and_no_password() -> None:
    assert Settings().central_url() is None  # no host: the embedded SQLite file
    settings = Settings(central_host="db.office.lan", central_port=5433, central_database="k y")
    url = settings.central_url()
    assert url == "postgresql://db.office.lan:5433/k%20y?sslmode=prefer"
    parsed = normalize_url(url)
    assert parsed.username is None and parsed.password is None and parsed.database == "k y"
    assert signs_in_as_role(url)
    assert not signs_in_as_role("postgresql://owner@db/keying")
    assert not signs_in_as_role("sqlite:///x.sqlite")
    assert Settings(central_host="::1").central_url() == (
        "postgresql://[::1]:5432/keying?sslmode=prefer"
    )


def test_a_bad_tls_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="central_sslmode"):
        Settings(central_sslmode="sometimes")


def test_the_window_takes_the_central_server_from_the_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("PySide6")
    from keying.ui.app import workspace_from

    monkeypatch.delenv("KEYING_DATABASE_URL", raising=False)
    settings = Settings(central_host="db.office.lan", central_sslmode="verify-full")
    settings.save()
    args = argparse.Namespace(database_url=None, workspace=None)
    workspace = workspace_from(args, Settings.load())
    assert isinstance(workspace, Workspace) and workspace.signs_in_as_role
    assert "verify-full" in workspace.database_url
    saved = Settings.path().read_text(encoding="utf-8")
    assert "password" not in saved.lower()
    # --database-url and the environment still win
    monkeypatch.setenv("KEYING_DATABASE_URL", "sqlite:///other.sqlite")
    assert workspace_from(args, settings).database_url == "sqlite:///other.sqlite"
