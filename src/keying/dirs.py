"""Where keying keeps its files on this PC: settings, data, and a cache.

platformdirs' per-user folders, overridable with `KEYING_CONFIG_DIR`, `KEYING_DATA_DIR`
and `KEYING_CACHE_DIR` (the tests point them at a fresh temporary folder). A module of its
own, without pydantic, so that a command that only needs a folder (`keying reconcile`: its
log, its cached form) starts without building the settings' models (`keying.config`).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "keying"


def config_dir() -> Path:
    return Path(os.environ.get("KEYING_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    return Path(os.environ.get("KEYING_DATA_DIR") or platformdirs.user_data_dir(APP_NAME))


def cache_dir() -> Path:
    """What keying can make again from its sources (compiled form definitions): safe to
    delete at any time."""
    return Path(os.environ.get("KEYING_CACHE_DIR") or platformdirs.user_cache_dir(APP_NAME))
