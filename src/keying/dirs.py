"""Where keying keeps its files on this PC: settings, data, and a cache.

platformdirs' per-user folders, overridable with `KEYING_CONFIG_DIR`, `KEYING_DATA_DIR`
and `KEYING_CACHE_DIR` (the tests point them at a fresh temporary folder). A module of its
own, without pydantic, so that a command that only needs a folder (`keying reconcile`: its
log, its cached form) starts without building the settings' models (`keying.config`).

On Linux with an absolute `HOME` the three folders are the XDG base directories, worked out
here as platformdirs does (`$XDG_DATA_HOME/keying` when that variable holds an absolute path,
else `~/.local/share/keying`; the same with `XDG_CONFIG_HOME` / `~/.config` and
`XDG_CACHE_HOME` / `~/.cache`; `tests/test_dirs.py` holds them to platformdirs): importing
platformdirs (with tempfile, shutil, random and the compression modules it brings) was about a
tenth of `keying reconcile`'s start-up. Elsewhere platformdirs answers.

`data_folder()` and `cache_folder()` are the same folders as `str`, for what runs before
`keying reconcile`'s first document: importing pathlib (with urllib.parse and ipaddress)
was 6 % of its start-up (stop 29); `pathlib` is imported only when a `Path` is asked for.
"""

from __future__ import annotations

import os
import posixpath
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

APP_NAME = "keying"

_XDG = {
    "config": ("XDG_CONFIG_HOME", "~/.config"),
    "data": ("XDG_DATA_HOME", "~/.local/share"),
    "cache": ("XDG_CACHE_HOME", "~/.cache"),
}


def _user_dir(kind: str) -> str:
    home = os.environ.get("HOME", "")
    if sys.platform == "linux" and posixpath.isabs(home) and not _maybe_android():
        variable, default = _XDG[kind]
        base = os.environ.get(variable, "")
        if not posixpath.isabs(base):
            base = os.path.expanduser(default)
        return os.path.join(base, APP_NAME)
    import platformdirs

    return str(getattr(platformdirs, f"user_{kind}_dir")(APP_NAME))


def _maybe_android() -> bool:
    """What platformdirs checks first to tell an Android app (then it decides)."""
    return hasattr(sys, "getandroidapilevel") or (
        os.environ.get("ANDROID_DATA") == "/data" and os.environ.get("ANDROID_ROOT") == "/system"
    )


def config_dir() -> Path:
    from pathlib import Path

    return Path(os.environ.get("KEYING_CONFIG_DIR") or _user_dir("config"))


def data_dir() -> Path:
    from pathlib import Path

    return Path(data_folder())


def cache_dir() -> Path:
    """What keying can make again from its sources (compiled form definitions): safe to
    delete at any time."""
    from pathlib import Path

    return Path(cache_folder())


def data_folder() -> str:
    """`data_dir()` as a str (see above)."""
    return os.environ.get("KEYING_DATA_DIR") or _user_dir("data")


def cache_folder() -> str:
    """`cache_dir()` as a str (see above)."""
    return os.environ.get("KEYING_CACHE_DIR") or _user_dir("cache")
