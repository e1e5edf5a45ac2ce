"""A push's connections to PostgreSQL, one a storing thread, kept for all its batches, each
batch one statement in autocommit (issue 11, Performance).

A batch used to be a session of its own: a connection taken from the pool and pinged
(`SELECT 1`), BEGIN, the call of `keying_push_keyings`, COMMIT: four round trips to the
server for one call, each waking the server's backend and the pushing thread again. Here a push
takes one connection at its first batch and keeps it to its end, in autocommit: the call is
the transaction, committed by the server before it answers (one round trip a batch, as the
claim's since stop 25).

What a batch stores is what it stored before: the function is one statement, so the whole
batch or nothing; an error (the server gone, a timeout) leaves the batch to the caller, as
before, and the connection is let go (the next batch takes one again, pinged). An answer lost
after the commit leaves the batch unacknowledged in the cache: it is sent again and answered
"duplicate" (the central database has each keying once), as when a COMMIT's answer was lost.
Used only when nothing else must go in the batch's transaction (no hook on the keyings
stored acts: `SyncClient._store_together`). Each thread that pushes (`sync/push_ahead.py`'s
lanes, or the caller) has a connection of its own: two batches stored at once are two
transactions on two backends.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from types import TracebackType

from sqlalchemy import Connection, Engine

from keying.storage.keying_push import Pushed, push_keyings
from keying.storage.records import KeyingPayload

__all__ = ["PushLine"]


class PushLine:
    """`push(payloads, texts)`: `push_keyings` in a transaction of its own, committed, on
    the calling thread's connection, kept until `close` (or leaving the `with` block)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._connections: dict[int, Connection] = {}  # by thread

    def push(self, payloads: Sequence[KeyingPayload], texts: Sequence[str]) -> list[Pushed]:
        thread = threading.get_ident()
        with self._lock:
            connection = self._connections.get(thread)
        if connection is None:
            connection = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            with self._lock:
                self._connections[thread] = connection
        try:
            pushed = push_keyings(connection, payloads, texts)
            # committed by the server already; this only ends SQLAlchemy's transaction (no
            # command is sent in autocommit)
            connection.commit()
        except BaseException:
            with self._lock:  # a broken connection goes back to the pool invalidated
                self._connections.pop(thread, None)
            connection.close()
            raise
        return pushed

    def close(self) -> None:
        """Let every thread's connection go (once no thread pushes any more)."""
        with self._lock:
            connections = list(self._connections.values())
            self._connections.clear()
        for connection in connections:
            connection.close()

    def __enter__(self) -> PushLine:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
