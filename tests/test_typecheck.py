"""mypy passes on the whole package, windows included (`[tool.mypy]` in pyproject.toml: every
file of src/keying), so `scripts/test` and CI (`.ci/run`) fail on a type error. About 35 s
of CPU from a cold cache; the cache (.mypy_cache) makes a second run take seconds."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_whole_package_is_checked() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["files"] == ["src/keying"]
    assert not config.get("exclude")  # nothing left out (the windows were, before)


def test_mypy_finds_no_error() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, f"mypy found errors\n{done.stdout}{done.stderr}"
    assert done.stdout.startswith("Success: no issues found")
