"""Test setup shared by every test.

- Qt runs offscreen (set before anything imports PySide6), so no display is needed.
- Every test gets fresh, empty settings and data directories, and no database URL from the
  environment, so nothing leaks between tests or from the developer's own machine.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

pytest_plugins = ["tests.postgres", "tests.faults"]

ROOT = Path(__file__).resolve().parents[1]
RECEIPTS = ROOT.parent / "shared" / "data" / "receipts"


@pytest.fixture(autouse=True)
def _fresh_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    base = tmp_path_factory.mktemp("keying-home")
    monkeypatch.setenv("KEYING_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("KEYING_DATA_DIR", str(base / "data"))
    monkeypatch.delenv("KEYING_DATABASE_URL", raising=False)


@pytest.fixture
def receipts_dir() -> Path:
    """The real scanned receipts in ../shared/data/receipts (skip where absent)."""
    if not (RECEIPTS / "img").is_dir():
        pytest.skip("shared/data/receipts is not beside this checkout")
    return RECEIPTS
