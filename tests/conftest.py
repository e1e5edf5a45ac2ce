"""Test setup shared by every test.

- Qt runs offscreen (set before anything imports PySide6), so no display is needed.
- Every test gets fresh, empty settings, data and cache directories, and no database URL from the
  environment, so nothing leaks between tests or from the developer's own machine.
- `world`: a workspace with one batch and the accounts of tests/support/world.py, closed after
  the test; a module changes what it holds by defining its own `world_options` fixture.
  `new_world(**options)` makes more (or other) worlds in one test. Its windows are closed
  before its services: a window's sync worker ends (its thread waited for) before the
  database and cache it uses are closed under it.
- Password hashes: `tests/support/hashes.py`'s hasher (Argon2id with the parameters in
  force, its answers remembered for the session) stands in for the real one, but for tests
  marked `fresh_hashes` (salting: each hash made anew).
- Hypothesis is derandomized by default, so a run fails or passes the same way every time
  (CI never goes red on a draw no commit caused). `KEYING_HYPOTHESIS=explore` draws new
  examples each run: run it (repeatedly) to look for new failures (README).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# offscreen, but for the tests that need a window system (KEYING_TEST_QPA=xcb, under Xvfb)
os.environ["QT_QPA_PLATFORM"] = os.environ.get("KEYING_TEST_QPA", "offscreen")

from keying.storage import passwords
from tests.support.hashes import HASHER
from tests.support.world import World, make_world

pytest_plugins = ["tests.postgres", "tests.faults"]

settings.register_profile("fixed", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("KEYING_HYPOTHESIS", "fixed"))

ROOT = Path(__file__).resolve().parents[1]
RECEIPTS = ROOT.parent / "shared" / "data" / "receipts"


@pytest.fixture(autouse=True)
def _fresh_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    base = tmp_path_factory.mktemp("keying-home")
    monkeypatch.setenv("KEYING_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("KEYING_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("KEYING_CACHE_DIR", str(base / "cache"))
    monkeypatch.delenv("KEYING_DATABASE_URL", raising=False)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "fresh_hashes: the real password hasher, each hash salted anew"
    )


@pytest.fixture(autouse=True)
def _remembered_hashes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("fresh_hashes") is None:
        monkeypatch.setattr(passwords, "_HASHER", HASHER)


@pytest.fixture
def receipts_dir() -> Path:
    """The real scanned receipts in ../shared/data/receipts (skip where absent)."""
    if not (RECEIPTS / "img").is_dir():
        pytest.skip("shared/data/receipts is not beside this checkout")
    return RECEIPTS


@pytest.fixture
def new_world(tmp_path: Path) -> Iterator[Callable[..., World]]:
    """Makes worlds with `make_world`'s options; each is closed after the test."""
    made: list[World] = []

    def make(**options: Any) -> World:
        world = make_world(tmp_path / f"ws{len(made) or ''}", **options)
        made.append(world)
        return world

    yield make
    if made:
        _close_windows()
    for world in made:
        world.services.close()


def _close_windows() -> None:
    """Close every top-level window of the test: each stops its sync worker and waits for
    its thread. pytest tears `new_world` down before `qtbot` when a test asks for `qtbot`
    first, so without this a round could still run on a closed cache or engine."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        widget.close()


@pytest.fixture
def world_options() -> dict[str, Any]:
    """What `world` holds (make_world's options); a test module may override this fixture."""
    return {}


@pytest.fixture
def world(new_world: Callable[..., World], world_options: dict[str, Any]) -> World:
    return new_world(**world_options)


@pytest.fixture
def app(qapp: Any) -> Iterator[Any]:
    """The application, back in English at 100 % text after the test (ask for it after
    `world` or `new_world`: it is then restored before their windows close, for a closed
    window's status bar reads a closed cache)."""
    from keying.ui.language import Language
    from keying.ui.theme import apply_theme

    yield qapp
    apply_theme(qapp, False, 1.0)
    Language().install(qapp, "en")


@pytest.fixture
def scaled(request: pytest.FixtureRequest) -> Iterator[float]:
    """The app's text at the scale given (indirect parametrize: the settings key
    `font_scale`, saved and applied); back to 100 % after the test."""
    from PySide6.QtWidgets import QApplication

    from keying.config import Settings
    from keying.ui.theme import apply_theme

    scale = float(request.param)
    Settings(font_scale=scale).save()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, False, scale)
    yield scale
    apply_theme(app, False, 1.0)  # the next test starts at 100 %
