"""Per-user settings (one typed schema with defaults) and where keying keeps its files.

Directories are `keying.dirs`' (platformdirs, overridable with `KEYING_CONFIG_DIR` and
`KEYING_DATA_DIR`; the tests point both at a fresh temporary folder). Nothing here is global:
callers load a `Settings` and pass it on.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from keying.dirs import APP_NAME as APP_NAME
from keying.dirs import config_dir as config_dir
from keying.dirs import data_dir as data_dir

DATABASE_URL_ENV = "KEYING_DATABASE_URL"


def default_database_url() -> str:
    """The embedded central database: one SQLite file in the user's data directory."""
    return f"sqlite:///{(data_dir() / 'central.sqlite').as_posix()}"


def resolve_database_url(cli_value: str | None = None) -> str:
    """`--database-url`, else `KEYING_DATABASE_URL`, else the embedded default."""
    return cli_value or os.environ.get(DATABASE_URL_ENV) or default_database_url()


# The central database's timeouts (PostgreSQL), the defaults of keying.storage.engine.Timeouts.
CONNECT_TIMEOUT_S = 10
STATEMENT_TIMEOUT_S = 30.0
LOCK_TIMEOUT_S = 10.0

FONT_SCALE_MIN = 0.5
FONT_SCALE_MAX = 2.0  # 200 %


class WindowLayout(BaseModel):
    """Where one user's window was and how its station was split, saved when it closes."""

    model_config = ConfigDict(extra="ignore")

    x: int = 0
    y: int = 0
    width: int = Field(default=0, ge=0)
    height: int = Field(default=0, ge=0)
    maximized: bool = True
    splitter: list[int] = Field(default_factory=list)
    stacked: bool = False  # the splitter's sizes are of the image-above-form layout


class Settings(BaseModel):
    """What a user can set. Stored as JSON in the config directory."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    font_scale: float = Field(
        default=1.0,
        ge=FONT_SCALE_MIN,
        le=FONT_SCALE_MAX,
        description="UI font scale (Ctrl+plus / Ctrl+minus)",
    )
    high_contrast: bool = Field(default=False, description="High-contrast theme")
    zoom_to_zone: bool = Field(
        default=True, description="Zoom the image to the focused field's zone"
    )
    auto_advance: bool = Field(
        default=True, description="Move to the next field when one reaches its max_length"
    )
    pause_threshold_s: float = Field(
        default=3.0, gt=0, description="A gap between keystrokes longer than this is a pause"
    )
    prefetch_documents: int = Field(
        default=2, ge=0, le=10, description="Documents decoded ahead of the current one"
    )
    connect_timeout_s: int = Field(
        default=CONNECT_TIMEOUT_S,
        ge=2,
        le=300,
        description="Seconds to wait for the central database (PostgreSQL) to accept a connection",
    )
    statement_timeout_s: float = Field(
        default=STATEMENT_TIMEOUT_S,
        ge=0,
        le=3600,
        description="Seconds any one statement on the central database may run (0: no limit)",
    )
    lock_timeout_s: float = Field(
        default=LOCK_TIMEOUT_S,
        ge=0,
        le=3600,
        description="Seconds a statement may wait for a lock on the central database (0: no limit)",
    )
    language: str | None = Field(
        default=None,
        description="Interface language code (en, km, lo, fr); unset: the system's, if shipped",
    )
    central_host: str | None = Field(
        default=None,
        max_length=255,
        description=(
            "The central PostgreSQL server's host name or address (none: the embedded SQLite "
            "file, or KEYING_DATABASE_URL). Accounts sign in as their own PostgreSQL role: no "
            "user or password is kept here"
        ),
    )
    central_port: int = Field(default=5432, ge=1, le=65535, description="Its port")
    central_database: str = Field(
        default="keying", min_length=1, max_length=63, description="Its database name"
    )
    central_sslmode: str = Field(
        default="prefer",
        pattern="^(disable|allow|prefer|require|verify-ca|verify-full)$",
        description="TLS to the central server (libpq sslmode; verify-full on an office network)",
    )
    workspace: str | None = Field(default=None, description="Last demo workspace opened")
    last_operator: str | None = Field(default=None, description="Login last used here")
    windows: dict[str, WindowLayout] = Field(
        default_factory=dict,
        description="Per login: the window's geometry and the station's splitter sizes",
    )

    def central_url(self) -> str | None:
        """The central database's URL from these settings: host, port, database and TLS mode,
        never a user or a password (each account signs in as its own role); None when no
        central host is set."""
        if not self.central_host:
            return None
        from urllib.parse import quote

        host = self.central_host.strip()
        host = f"[{host}]" if ":" in host else host
        return (
            f"postgresql://{host}:{self.central_port}/{quote(self.central_database, safe='')}"
            f"?sslmode={self.central_sslmode}"
        )

    @staticmethod
    def path() -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        """Read the settings; a missing or damaged file gives the defaults (never a crash)."""
        try:
            return cls.model_validate(json.loads(cls.path().read_text(encoding="utf-8")))
        except (OSError, ValueError, ValidationError):
            return cls()

    def save(self) -> None:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(self.model_dump_json(indent=2), encoding="utf-8")
        os.replace(tmp, path)
