"""The workstation cache's outbox: finished keyings and page flags until the central database
has them, in one of three states (issue 11, 2):

- **waiting** (`pending`): not sent yet, or the central database could not be reached; sent
  again with backoff. The status bar counts them ("offline — N waiting").
- **refused** (`mark_refused`): the central database said no for good (a constraint, a
  disabled account, a right the account lacks): kept with the reason, never sent again, shown
  as refused (not as offline) and never silently dropped.
- **acknowledged** (`acknowledge`): the central database has it. Its values leave the cache
  at once: the outbox keeps a receipt (uuid, document, pass, operator, times), the draft's
  values and a dependent verification's reference are emptied, and the cache file zeroes
  what it deletes (`secure_delete`), so the next person at this PC cannot read them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, cast

import msgspec

from keying.storage.records import KeyingPayload, PageFlagPayload

OutboxKind = Literal["keying", "page_flag"]
# What an acknowledged keying keeps in the outbox: no values, no figures.
RECEIPT_KEYS = (
    "uuid",
    "task_id",
    "document_id",
    "pass_no",
    "operator_id",
    "workstation",
    "started_at",
    "finished_at",
)


_DECODE = msgspec.json.Decoder()
_ENCODE = msgspec.json.Encoder()


def receipt(payload: Any) -> str:
    """What an acknowledged keying keeps of its payload: `RECEIPT_KEYS`, a missing one null.
    Made from the payload the push read, not by SQLite's `json_object` over eight
    `json_extract`s of the stored payload (docs/benchmarks.md, stop 29)."""
    return _ENCODE.encode({key: payload.get(key) for key in RECEIPT_KEYS}).decode()


def _payload(text: str) -> Any:
    """A payload's JSON as `json.loads` reads it, by msgspec (about 2.5 times faster: a
    push reads every payload it sends); what msgspec refuses and `json` accepts (NaN,
    Infinity, a number out of a float's range, a lone surrogate) by `json`."""
    try:
        return _DECODE.decode(text)
    except msgspec.MsgspecError:
        return json.loads(text)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class OutboxItem:
    """One item of the outbox: its payload is JSON as the services made it (a receipt once
    acknowledged)."""

    id: str
    kind: OutboxKind
    payload: KeyingPayload | PageFlagPayload
    attempts: int
    next_attempt_at: str | None
    last_error: str | None
    # the payload's JSON as the cache keeps it (what a push sends; "" when not read from it)
    text: str = field(default="", compare=False, repr=False)

    @property
    def keying(self) -> KeyingPayload:
        assert self.kind == "keying", self.kind
        return cast(KeyingPayload, self.payload)

    @property
    def page_flag(self) -> PageFlagPayload:
        assert self.kind == "page_flag", self.kind
        return cast(PageFlagPayload, self.payload)


class OutboxStore:
    """The outbox half of `WorkstationCache` (which provides `_db`, `_tx` and `draft`)."""

    _db: sqlite3.Connection

    def _tx(self) -> AbstractContextManager[sqlite3.Connection]:  # pragma: no cover
        raise NotImplementedError

    def draft(self, task_id: int) -> Any:  # pragma: no cover
        raise NotImplementedError

    def finish(self, task_id: int, payload: KeyingPayload) -> str:
        """Move a finished keying to the outbox, atomically with the task's new state."""
        draft = self.draft(task_id)
        if draft is None:
            raise KeyError(f"no draft for task {task_id}")
        with self._tx() as db:
            db.execute(
                """INSERT OR IGNORE INTO outbox (id, kind, payload, created_at)
                   VALUES (?, 'keying', ?, ?)""",
                (draft.keying_uuid, json.dumps(payload, ensure_ascii=False), now_iso()),
            )
            db.execute("UPDATE tasks SET state = 'finished' WHERE task_id = ?", (task_id,))
        return str(draft.keying_uuid)

    def flag(self, task_id: int, payload: PageFlagPayload) -> str:
        """Queue a page flag; the task leaves this operator's queue (the draft is kept)."""
        flag_id = payload["uuid"]
        with self._tx() as db:
            db.execute(
                """INSERT INTO outbox (id, kind, payload, created_at)
                   VALUES (?, 'page_flag', ?, ?)""",
                (flag_id, json.dumps(payload, ensure_ascii=False), now_iso()),
            )
            db.execute("UPDATE tasks SET state = 'flagged' WHERE task_id = ?", (task_id,))
        return flag_id

    def pending(self, now: str | None = None) -> list[OutboxItem]:
        """Outbox items due for a push (oldest first): neither acknowledged nor refused."""
        return [
            OutboxItem(r[0], r[1], _payload(r[2]), r[3], r[4], r[5], r[2]) for r in self._due(now)
        ]

    def pending_batches(
        self, size: int, now: str | None = None, operator_id: int | None = None
    ) -> Iterator[list[OutboxItem]]:
        """`pending` (only `operator_id`'s items when given) in lists of `size`, each read
        when asked for: a push sends the first while the next is read."""
        batch: list[OutboxItem] = []
        for r in self._due(now):
            payload = _payload(r[2])
            if operator_id is not None and payload.get("operator_id") != operator_id:
                continue
            batch.append(OutboxItem(r[0], r[1], payload, r[3], r[4], r[5], r[2]))
            if len(batch) == size:
                yield batch
                batch = []
        if batch:
            yield batch

    def _due(self, now: str | None) -> list[tuple[Any, ...]]:
        return self._db.execute(
            """SELECT id, kind, payload, attempts, next_attempt_at, last_error FROM outbox
               WHERE pushed_at IS NULL AND refused_at IS NULL
                 AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
               ORDER BY created_at, id""",
            (now or now_iso(),),
        ).fetchall()

    def pending_count(self) -> int:
        """Items waiting to be sent (refused ones are not waiting)."""
        row = self._db.execute(
            "SELECT count(*) FROM outbox WHERE pushed_at IS NULL AND refused_at IS NULL"
        ).fetchone()
        return int(row[0])

    def refused(self) -> list[OutboxItem]:
        """Items the central database refused for good, with the reason (`last_error`)."""
        rows = self._db.execute(
            """SELECT id, kind, payload, attempts, next_attempt_at, last_error FROM outbox
               WHERE pushed_at IS NULL AND refused_at IS NOT NULL ORDER BY created_at, id"""
        ).fetchall()
        return [OutboxItem(r[0], r[1], json.loads(r[2]), r[3], r[4], r[5]) for r in rows]

    def refused_count(self) -> int:
        row = self._db.execute(
            "SELECT count(*) FROM outbox WHERE pushed_at IS NULL AND refused_at IS NOT NULL"
        ).fetchone()
        return int(row[0])

    def acknowledge(self, items: list[OutboxItem]) -> None:
        """The central database has `items` (as the push read them): in one cache
        transaction, each keeps only its receipt (a keying; a page flag its payload), its
        draft's values are emptied, its task's reference too (a dependent verification's).
        A few statements for a pushed batch, each given what the push already read (the
        receipts, the task ids) rather than reading the payloads again in SQL.

        Committed without an fsync of its own (`synchronous=NORMAL` for this transaction;
        WAL keeps it in order): a power cut right after may undo the acknowledgement, never
        anything else, and the item is then sent again and answered "duplicate" (the central
        database has it once). The next durable commit (the next field keyed) makes it
        durable too."""
        if not items:
            return
        now = now_iso()
        keyings = [item for item in items if item.kind == "keying"]
        self._db.execute("PRAGMA synchronous=NORMAL")
        try:
            with self._tx() as db:
                db.execute(
                    """UPDATE drafts SET keyed_values = '{}', figures = '{}'
                        WHERE keying_uuid IN (SELECT value FROM json_each(?))""",
                    (json.dumps([item.id for item in items]),),
                )
                db.execute(  # (a task with no reference is not written again)
                    """UPDATE tasks SET reference = NULL
                        WHERE task_id IN (SELECT value FROM json_each(?))
                          AND reference IS NOT NULL""",
                    (json.dumps([item.payload.get("task_id") for item in keyings]),),
                )
                db.executemany(
                    """UPDATE outbox SET pushed_at = ?, last_error = NULL, refused_at = NULL,
                           payload = CASE kind WHEN 'keying' THEN ? ELSE payload END
                        WHERE id = ?""",
                    [
                        (now, receipt(item.payload) if item.kind == "keying" else None, item.id)
                        for item in items
                    ],
                )
        finally:
            self._db.execute("PRAGMA synchronous=FULL")

    def mark_failed(self, item_id: str, error: str, next_attempt_at: str) -> None:
        with self._tx() as db:
            db.execute(
                """UPDATE outbox SET attempts = attempts + 1, last_error = ?,
                       next_attempt_at = ? WHERE id = ?""",
                (error[:2000], next_attempt_at, item_id),
            )

    def mark_refused(self, item_id: str, reason: str) -> None:
        """Refused for good: kept with the reason, never sent again."""
        with self._tx() as db:
            db.execute(
                """UPDATE outbox SET attempts = attempts + 1, last_error = ?, refused_at = ?
                   WHERE id = ?""",
                (reason[:2000], now_iso(), item_id),
            )
