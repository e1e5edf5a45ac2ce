"""The layer contracts of pyproject.toml ([tool.importlinter], docs/architecture.md) hold.

`lint-imports` runs here, so a broken contract fails `scripts/test` and CI (`.ci/run`).
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import keying

ROOT = Path(__file__).resolve().parents[1]


def _contracts() -> list[dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return contracts


def test_lint_imports_keeps_every_contract() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"lint-imports: a contract is broken\n{done.stdout}{done.stderr}"
    assert f"{len(_contracts())} kept, 0 broken" in done.stdout


def test_every_top_level_module_is_in_a_layer() -> None:
    """A new package of keying must be placed in the layers, or nothing checks it."""
    (layers,) = [c for c in _contracts() if c["type"] == "layers"]
    assert isinstance(layers["layers"], list)
    placed = {name.strip() for layer in layers["layers"] for name in layer.split("|")}
    modules = {
        f"keying.{info.name}"
        for info in pkgutil.iter_modules(keying.__path__)
        if info.name != "__main__"
    }
    assert modules - placed == set()
    assert placed - modules == set()


def test_qt_contract_names_every_layer_but_ui() -> None:
    (layers,) = [c for c in _contracts() if c["type"] == "layers"]
    (qt,) = [c for c in _contracts() if c.get("id") == "qt"]
    assert isinstance(layers["layers"], list)
    placed = {name.strip() for layer in layers["layers"] for name in layer.split("|")}
    assert set(qt["source_modules"]) == placed - {"keying.ui"}  # type: ignore[arg-type]
