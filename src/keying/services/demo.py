"""`keying demo`: a ready-to-key workspace — an embedded SQLite central database with one
batch per shipped form definition, generated scans with their true values as gold data,
and demo accounts."""

from __future__ import annotations

import io
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from keying.demo.values import generate_batch
from keying.forms import load_form
from keying.paths import shipped_forms
from keying.services.workspace import Workspace
from keying.storage import repo, training
from keying.storage.engine import session_at, upgrade
from keying.storage.users import add_user, find_user
from keying.storage.vocabulary import Role

ACCOUNTS = (
    ("op1", "Sokha Chan", Role.OPERATOR),
    ("op2", "Amina Wanjiru", Role.OPERATOR),
    ("trainee", "Dara Phan", Role.OPERATOR),
    ("sup", "Bounmy Keomany", Role.SUPERVISOR),
    ("admin", "Workspace admin", Role.ADMIN),
)
MANIFEST = "demo.json"
# Training (docs/training.md): the census form has a threshold, lenient for a first try; the
# demo's documents are all gold (their true values are known), so `trainee` trains on them and
# gets live census work once qualified. Every other account is granted the qualification.
TRAINING_FORM = "household_census"
TRAINING_THRESHOLD = (95.0, 1500, 5)  # accuracy %, keystrokes per hour, last N documents


class WorkspaceError(Exception):
    """The demo workspace cannot be made where asked (read-only, full disk ...): one line."""


@dataclass(frozen=True)
class DemoInfo:
    directory: Path
    created: bool
    accounts: list[tuple[str, str, str]]  # (login, role, password)
    batches: list[tuple[str, int]]  # (batch name, documents)

    @property
    def workspace(self) -> Workspace:
        return Workspace.from_dir(self.directory)


def _png_size(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as im:
        return im.size


def _check_writable(directory: Path) -> None:
    """Make the folder and write a probe file in it: refuse now, with the reason, not later."""
    probe = directory / ".keying-write-test"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise WorkspaceError(
            f"cannot write the demo workspace in {directory}: {exc.strerror or exc}"
        ) from exc


def _training(session: Session, documents_per_batch: int) -> None:
    """The census form's threshold (over at most as many documents as a batch holds), and
    the qualification granted to every account but the trainee."""
    accuracy, kph, last_n = TRAINING_THRESHOLD
    admin = find_user(session, "admin")
    by = admin.id if admin else None
    training.set_threshold(
        session, TRAINING_FORM, accuracy, kph, min(last_n, documents_per_batch), by
    )
    for login, _, _ in ACCOUNTS:
        account = find_user(session, login)
        if login != "trainee" and account is not None:
            training.add_qualification(session, account.id, TRAINING_FORM, None, None, None, by)


def create_demo(directory: Path, documents_per_batch: int = 8, seed: int = 2026) -> DemoInfo:
    """Create the demo workspace once; later calls return what the first one made.

    Raises WorkspaceError (one line) when the folder cannot be written or filled.
    """
    directory = Path(directory)
    manifest = directory / MANIFEST
    if manifest.exists():
        data = json.loads(manifest.read_text(encoding="utf-8"))
        return DemoInfo(
            directory,
            False,
            [(str(a[0]), str(a[1]), str(a[2])) for a in data["accounts"]],
            [(str(b[0]), int(b[1])) for b in data["batches"]],
        )
    _check_writable(directory)
    try:
        return _create(directory, manifest, documents_per_batch, seed)
    except (OSError, SQLAlchemyError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise WorkspaceError(f"cannot make the demo workspace in {directory}: {reason}") from exc


def _create(directory: Path, manifest: Path, documents_per_batch: int, seed: int) -> DemoInfo:
    workspace = Workspace.from_dir(directory)
    central = directory / "central.sqlite"
    if central.exists():  # a half-made demo from an interrupted run: start over
        central.unlink()
    upgrade(workspace.database_url)
    accounts = [(login, role.value, secrets.token_urlsafe(6)) for login, _, role in ACCOUNTS]
    batches = []
    with session_at(workspace.database_url) as session:
        for (login, name, role), (_, _, password) in zip(ACCOUNTS, accounts, strict=True):
            add_user(session, login=login, display_name=name, role=role, password=password)
        for i, path in enumerate(shipped_forms()):
            loaded = load_form(path)
            form = loaded.definition
            row = repo.add_form_definition(session, form.form, form.version, loaded.text)
            batch = repo.add_batch(session, f"Demo {form.title}", row)
            docs = generate_batch(form, documents_per_batch, seed + i)
            for doc in docs:
                pages = [(png, "image/png", *_png_size(png)) for png in doc.pages]
                repo.add_document(session, batch, doc.external_id, pages, doc.values)
            batches.append((batch.name, len(docs)))
        _training(session, documents_per_batch)
        repo.audit(session, "demo_created", None, directory=directory.name)
        session.commit()
    tmp = manifest.with_suffix(".tmp")
    tmp.write_text(
        json.dumps({"accounts": accounts, "batches": batches}, indent=2), encoding="utf-8"
    )
    os.chmod(tmp, 0o600)
    os.replace(tmp, manifest)
    return DemoInfo(directory, True, accounts, batches)
