"""A small world for the tests: a workspace with real PNG pages, one batch and accounts
(operators op1, op2, op3 and a supervisor, all with the password `PASSWORD`). Tests get one
from the `world` and `new_world` fixtures (tests/conftest.py), which close it afterwards."""

from __future__ import annotations

import atexit
import functools
import io
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from keying.forms import load_form
from keying.services import OperatorStation, Services, SignedIn, Workspace
from keying.storage import repo
from keying.storage.engine import upgrade
from keying.storage.users import add_user

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_FORM = ROOT / "tests" / "data" / "example_census.yaml"
PASSWORD = "correct horse"


def value_at(values: dict[str, Any], path: str) -> str:
    """The keyed value at a field path: `name`, or `table[row].column` for a table cell ("" if
    there is none)."""
    if "[" not in path:
        value = values.get(path, "")
        return value if isinstance(value, str) else ""
    table, rest = path.split("[", 1)
    row, column = rest.split("].", 1)
    rows = values.get(table) or []
    return str(rows[int(row)].get(column, "")) if int(row) < len(rows) else ""


def page_png(text: str, size: tuple[int, int] = (827, 1170)) -> bytes:
    im = Image.new("L", size, 255)
    ImageDraw.Draw(im).text((40, 40), text, fill=0)
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


@dataclass
class World:
    services: Services
    workspace: Workspace
    batch_name: str
    documents: list[str]

    def sign_in(self, login: str) -> SignedIn:
        return self.services.sign_in(login, PASSWORD)

    def station(self, login: str, prefetch: int = 2) -> OperatorStation:
        """The keying services of `login`, signed in."""
        return self.services.station(self.sign_in(login), prefetch=prefetch)


@functools.cache
def _migrated_sqlite() -> Path:
    """A SQLite central database at head with no rows, made once a process (as
    tests/postgres.py's `_sqlite_template`): a world copies it rather than migrate anew."""
    folder = Path(tempfile.mkdtemp(prefix="keying-world-template-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "central.sqlite"
    upgrade(f"sqlite:///{path.as_posix()}")  # the last connection closed: no WAL file left
    return path


def make_world(
    directory: Path,
    documents: int = 3,
    dependent: bool = False,
    database_url: str | None = None,
    form_path: Path = EXAMPLE_FORM,
    logins: tuple[str, ...] = ("op1", "op2", "op3"),
) -> World:
    """A workspace with one batch of `documents` one-page documents and operator accounts."""
    workspace = Workspace.from_dir(directory)
    if database_url is not None:
        workspace.database_url = database_url
    elif not (directory / "central.sqlite").exists():  # Services.open finds it at head
        directory.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_migrated_sqlite(), directory / "central.sqlite")
    services = Services.open(workspace)
    loaded = load_form(form_path)
    names = []
    with services.sessions() as session:
        for login in logins:
            add_user(
                session, login=login, display_name=login.upper(), role="operator", password=PASSWORD
            )
        add_user(
            session, login="sup", display_name="Supervisor", role="supervisor", password=PASSWORD
        )
        form = repo.add_form_definition(
            session, loaded.definition.form, loaded.definition.version, loaded.text
        )
        batch = repo.add_batch(session, "Test batch", form, dependent_verification=dependent)
        for i in range(documents):
            name = f"D-{i + 1:03d}"
            repo.add_document(session, batch, name, [(page_png(name), "image/png", 827, 1170)])
            names.append(name)
        session.commit()
    return World(services, workspace, "Test batch", names)
