"""The workstation cache: one SQLite file per PC that keying goes on from when all else fails.

Every committed field is written here at once, durably (WAL, `synchronous=FULL`, one short
transaction per commit), so a crash or power cut loses at most the field being typed.
Finished keyings and page flags wait in the outbox until the central database has them.

Plain `sqlite3` (not SQLAlchemy): this file is on the keystroke path and must stay cheap.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from keying.sync.cache_faults import (
    CacheError,
    CacheWriteError,
    SetAside,
    damage,
    open_error,
    set_aside,
    write_error,
)
from keying.sync.cache_schema import SCHEMA_VERSION, create_schema
from keying.sync.outbox import OutboxItem, OutboxStore, now_iso

__all__ = [
    "CacheError",
    "CacheWriteError",
    "CachedTask",
    "Draft",
    "OutboxItem",
    "SetAside",
    "WorkstationCache",
    "now_iso",
]


@dataclass(frozen=True)
class CachedTask:
    task_id: int
    operator_id: int
    document_id: int
    external_id: str
    batch_name: str
    batch_size: int
    form_key: str
    pass_no: int
    pages: list[str]
    reference: dict[str, Any] | None
    lease_until: str | None
    seq: int
    state: str
    open_fields: list[str] | None = None  # a pass 3 from a send-back keys only these


@dataclass(frozen=True)
class Draft:
    keying_uuid: str
    task_id: int
    values: dict[str, Any]
    figures: dict[str, Any]
    focus_path: str | None
    started_at: str
    updated_at: str
    commits: int


class WorkstationCache(OutboxStore):
    """The local cache of one workstation. Not thread-safe: one per thread.

    Opening checks an existing file (`PRAGMA quick_check`, and that it is a cache at all); a
    file that fails is renamed aside (`set_aside`), never overwritten, and a new cache is
    started. `fresh` tells that this cache was created now (none was there, or it was set
    aside): the caller then releases the claims this workstation holds centrally, which the
    cache no longer knows. Raises CacheError (one line) when the cache cannot be opened.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.set_aside: SetAside | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            reason = damage(self.path)
            if reason is not None:
                self.set_aside = set_aside(self.path, reason)
            self.fresh = not self.path.exists()
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise open_error(exc, self.path) from exc
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA busy_timeout=5000")
            # what is deleted or overwritten (the values of an acknowledged keying) is zeroed
            self._db.execute("PRAGMA secure_delete=ON")
            create_schema(self._db)
            with self._tx():
                self._db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                    (str(SCHEMA_VERSION),),
                )
                self._db.execute(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES ('workstation_id', ?)",
                    (str(uuid.uuid4()),),
                )
        except (OSError, sqlite3.Error) as exc:
            self._db.close()
            raise open_error(exc, self.path) from exc

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; a failed write (full disk ...) raises CacheWriteError and
        leaves the cache as it was before the transaction."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise write_error(exc, self.path) from exc
        try:
            yield self._db
            self._db.execute("COMMIT")
        except BaseException as exc:
            if self._db.in_transaction:
                with suppress(sqlite3.Error):  # SQLite may have rolled back (SQLITE_FULL)
                    self._db.execute("ROLLBACK")
            if isinstance(exc, (sqlite3.OperationalError, OSError)):
                raise write_error(exc, self.path) from exc
            raise

    # --- meta ---------------------------------------------------------------------------

    @property
    def workstation_id(self) -> str:
        row = self._db.execute("SELECT value FROM meta WHERE key = 'workstation_id'").fetchone()
        return str(row[0])

    def set_workstation_id(self, value: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE meta SET value = ? WHERE key = 'workstation_id'", (value,))

    def integrity_ok(self) -> bool:
        row = self._db.execute("PRAGMA integrity_check").fetchone()
        return bool(row and row[0] == "ok")

    # --- what a pull brings --------------------------------------------------------------

    def has_blob(self, sha256: str) -> bool:
        return (
            self._db.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
            is not None
        )

    def missing_blobs(self, shas: list[str]) -> list[str]:
        return [s for s in dict.fromkeys(shas) if not self.has_blob(s)]

    def store_pull(
        self,
        forms: dict[str, tuple[str, str]],
        blobs: dict[str, tuple[str, bytes]],
        tasks: list[CachedTask],
    ) -> None:
        """Store what a pull brought, in one transaction."""
        with self._tx() as db:
            for key, (text, sha) in forms.items():
                db.execute(
                    "INSERT OR IGNORE INTO forms (key, text, sha256) VALUES (?, ?, ?)",
                    (key, text, sha),
                )
            for sha, (media_type, data) in blobs.items():
                db.execute(
                    "INSERT OR IGNORE INTO blobs (sha256, media_type, data) VALUES (?, ?, ?)",
                    (sha, media_type, data),
                )
            for t in tasks:
                self._take_over(db, t)
                db.execute(
                    """INSERT INTO tasks (task_id, operator_id, document_id, external_id,
                           batch_name, batch_size, form_key, pass_no, pages, reference,
                           lease_until, seq, state, claimed_at, open_fields)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'claimed', ?, ?)
                       ON CONFLICT (task_id) DO UPDATE SET lease_until = excluded.lease_until,
                           state = CASE WHEN state IN ('flagged', 'released')
                                   THEN 'claimed' ELSE state END""",
                    (
                        t.task_id,
                        t.operator_id,
                        t.document_id,
                        t.external_id,
                        t.batch_name,
                        t.batch_size,
                        t.form_key,
                        t.pass_no,
                        json.dumps(t.pages),
                        None if t.reference is None else json.dumps(t.reference),
                        t.lease_until,
                        t.seq,
                        now_iso(),
                        None if t.open_fields is None else json.dumps(t.open_fields),
                    ),
                )

    @staticmethod
    def _take_over(db: sqlite3.Connection, t: CachedTask) -> None:
        """A task this cache holds for another operator was released by a supervisor and is
        now claimed by `t.operator_id`: the other operator's draft is set aside (kept in
        `released_drafts`, recoverable) and the task starts afresh for its new holder."""
        row = db.execute(
            "SELECT operator_id, pass_no FROM tasks WHERE task_id = ?", (t.task_id,)
        ).fetchone()
        if row is None or row[0] == t.operator_id:
            return
        db.execute(
            """INSERT OR IGNORE INTO released_drafts (keying_uuid, task_id, operator_id,
                   document_id, pass_no, keyed_values, figures, started_at, updated_at,
                   released_at)
               SELECT keying_uuid, task_id, ?, ?, ?, keyed_values, figures, started_at,
                   updated_at, ? FROM drafts WHERE task_id = ?""",
            (row[0], t.document_id, row[1], now_iso(), t.task_id),
        )
        db.execute("DELETE FROM drafts WHERE task_id = ?", (t.task_id,))
        db.execute("DELETE FROM tasks WHERE task_id = ?", (t.task_id,))

    def released_drafts(self, task_id: int) -> list[dict[str, Any]]:
        """The drafts of a task set aside when it went to another operator (oldest first)."""
        rows = self._db.execute(
            """SELECT keying_uuid, operator_id, pass_no, keyed_values, released_at
               FROM released_drafts WHERE task_id = ? ORDER BY released_at""",
            (task_id,),
        ).fetchall()
        return [
            {
                "keying_uuid": r[0],
                "operator_id": r[1],
                "pass_no": r[2],
                "values": json.loads(r[3]),
                "released_at": r[4],
            }
            for r in rows
        ]

    def form_text(self, key: str) -> str:
        row = self._db.execute("SELECT text FROM forms WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return str(row[0])

    def blob(self, sha256: str) -> bytes:
        row = self._db.execute("SELECT data FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
        if row is None:
            raise KeyError(sha256)
        return bytes(row[0])

    # --- tasks ----------------------------------------------------------------------------

    def task_ids(self) -> list[int]:
        """Every task this cache holds, in any state."""
        return [r[0] for r in self._db.execute("SELECT task_id FROM tasks ORDER BY task_id")]

    def forget_unstarted(self, task_ids: list[int]) -> None:
        """Drop tasks that were stored but never started (a pull whose claim was not kept)."""
        with self._tx() as db:
            for task_id in task_ids:
                db.execute(
                    """DELETE FROM tasks WHERE task_id = ? AND state = 'claimed' AND NOT EXISTS
                           (SELECT 1 FROM drafts WHERE drafts.task_id = tasks.task_id)""",
                    (task_id,),
                )

    def open_tasks(self, operator_id: int) -> list[CachedTask]:
        """Tasks this operator holds here and has not finished: the one in progress first,
        then one batch at a time — the batch claimed first (the claim serves batches by
        priority, then in order) — and in a batch by document order. By document order
        alone, a batch claimed later (its documents 1–3) came before the rest of the first
        (its document 7)."""
        rows = self._db.execute(
            """SELECT task_id, operator_id, document_id, external_id, batch_name, batch_size,
                      form_key,
                      pass_no, pages, reference, lease_until, seq, state, open_fields
               FROM tasks t WHERE operator_id = ? AND state IN ('keying', 'claimed')
               ORDER BY state = 'keying' DESC,
                   (SELECT MIN(b.claimed_at) FROM tasks b WHERE b.operator_id = t.operator_id
                       AND b.batch_name = t.batch_name AND b.state IN ('keying', 'claimed')),
                   (SELECT MIN(b.task_id) FROM tasks b WHERE b.operator_id = t.operator_id
                       AND b.batch_name = t.batch_name AND b.state IN ('keying', 'claimed')),
                   seq, task_id""",
            (operator_id,),
        ).fetchall()
        return [_task(r) for r in rows]

    def document_in_progress(self, operator_id: int) -> int | None:
        """The document whose batch the next claim keeps serving (one batch at a time): the
        first this operator holds here, else the last they finished here."""
        held = self.open_tasks(operator_id)
        if held:
            return held[0].document_id
        row = self._db.execute(
            """SELECT json_extract(payload, '$.document_id') FROM outbox
               WHERE kind = 'keying' AND json_extract(payload, '$.operator_id') = ?
               ORDER BY rowid DESC LIMIT 1""",
            (operator_id,),
        ).fetchone()
        return None if row is None else int(row[0])

    def last_form_finished(self, operator_id: int) -> str | None:
        """The form key of the last document this operator finished here (the station says
        so when the first document after signing in is of another form)."""
        row = self._db.execute(
            """SELECT t.form_key FROM outbox o JOIN tasks t
                   ON t.document_id = json_extract(o.payload, '$.document_id')
                  AND t.operator_id = json_extract(o.payload, '$.operator_id')
               WHERE o.kind = 'keying' AND json_extract(o.payload, '$.operator_id') = ?
               ORDER BY o.rowid DESC LIMIT 1""",
            (operator_id,),
        ).fetchone()
        return None if row is None else str(row[0])

    def task(self, task_id: int) -> CachedTask:
        row = self._db.execute(
            """SELECT task_id, operator_id, document_id, external_id, batch_name, batch_size,
                      form_key,
                      pass_no, pages, reference, lease_until, seq, state, open_fields
               FROM tasks WHERE task_id = ?""",
            (task_id,),
        ).fetchone()
        if row is None:
            raise KeyError(task_id)
        return _task(row)

    def set_task_state(self, task_id: int, state: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE tasks SET state = ? WHERE task_id = ?", (state, task_id))

    def set_lease(self, task_id: int, lease_until: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE tasks SET lease_until = ? WHERE task_id = ?", (lease_until, task_id))

    def finished_count_since(self, operator_id: int, since_iso: str) -> int:
        row = self._db.execute(
            """SELECT count(*) FROM outbox
               WHERE kind = 'keying' AND created_at >= ?
                 AND json_extract(payload, '$.operator_id') = ?""",
            (since_iso, operator_id),
        ).fetchone()
        return int(row[0])

    # --- drafts: the keying in progress -------------------------------------------------

    def start_draft(self, task_id: int) -> Draft:
        """The draft of a task, created on first use (its UUID is the keying's UUID)."""
        existing = self.draft(task_id)
        if existing is not None:
            return existing
        stamp = now_iso()
        keying_uuid = str(uuid.uuid4())
        with self._tx() as db:
            db.execute(
                """INSERT INTO drafts (keying_uuid, task_id, keyed_values, figures, focus_path,
                       started_at, updated_at) VALUES (?, ?, '{}', '{}', NULL, ?, ?)""",
                (keying_uuid, task_id, stamp, stamp),
            )
            db.execute(
                "UPDATE tasks SET state = 'keying' WHERE task_id = ? AND state = 'claimed'",
                (task_id,),
            )
        draft = self.draft(task_id)
        assert draft is not None
        return draft

    def draft(self, task_id: int) -> Draft | None:
        row = self._db.execute(
            """SELECT keying_uuid, task_id, keyed_values, figures, focus_path, started_at,
                      updated_at, commits FROM drafts WHERE task_id = ?""",
            (task_id,),
        ).fetchone()
        if row is None:
            return None
        return Draft(
            row[0], row[1], json.loads(row[2]), json.loads(row[3]), row[4], row[5], row[6], row[7]
        )

    def commit_field(
        self,
        task_id: int,
        values: dict[str, Any],
        figures: dict[str, Any],
        focus_path: str | None,
    ) -> None:
        """Durably record the draft after a field was committed (one fsync'd transaction)."""
        with self._tx() as db:
            cur = db.execute(
                """UPDATE drafts SET keyed_values = ?, figures = ?, focus_path = ?,
                       updated_at = ?, commits = commits + 1
                   WHERE task_id = ?""",
                (
                    json.dumps(values, ensure_ascii=False),
                    json.dumps(figures),
                    focus_path,
                    now_iso(),
                    task_id,
                ),
            )
            if cur.rowcount != 1:
                raise KeyError(f"no draft for task {task_id}")


def _task(row: tuple[Any, ...]) -> CachedTask:
    return CachedTask(
        task_id=row[0],
        operator_id=row[1],
        document_id=row[2],
        external_id=row[3],
        batch_name=row[4],
        batch_size=row[5],
        form_key=row[6],
        pass_no=row[7],
        pages=json.loads(row[8]),
        reference=None if row[9] is None else json.loads(row[9]),
        lease_until=row[10],
        seq=row[11],
        state=row[12],
        open_fields=None if row[13] is None else json.loads(row[13]),
    )
