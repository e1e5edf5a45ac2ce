"""Where the files that ship with keying are: form definitions and resources."""

from __future__ import annotations

from pathlib import Path

# src/keying/paths.py → the project root holds forms/ and resources/ (editable install).
PROJECT_ROOT = Path(__file__).resolve().parents[2]
FORMS_DIR = PROJECT_ROOT / "forms"
RESOURCES_DIR = PROJECT_ROOT / "resources"


def shipped_forms() -> list[Path]:
    """The form definitions that ship with the app, sorted by file name."""
    return sorted(FORMS_DIR.glob("*.yaml"))
