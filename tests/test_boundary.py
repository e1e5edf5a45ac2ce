"""The layering rule: nothing outside keying.ui imports PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import keying


def _non_ui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(keying.__path__, prefix="keying."):
        if info.name == "keying.ui" or info.name.startswith("keying.ui."):
            continue
        if info.name == "keying.__main__":
            continue
        if ".migrations" in info.name:
            continue  # Alembic scripts run inside Alembic's own context
        names.append(info.name)
    return names


def test_there_are_modules_to_check() -> None:
    names = _non_ui_modules()
    assert "keying.forms" in names
    assert "keying.cli" in names


def test_no_module_outside_ui_imports_pyside6() -> None:
    names = _non_ui_modules()
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "", f"PySide6 imported outside keying.ui: {out.stdout}"


def test_cli_builds_without_qt() -> None:
    code = (
        "import sys\n"
        "from keying.cli import build_parser\n"
        "build_parser()\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "False"
