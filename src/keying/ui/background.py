"""Calls to the central database off the GUI thread, for the supervisor's views: one worker
thread, one call at a time, each answered on the GUI thread as (result, error).

A call is a plain function of the services (they open a session per call, in the thread that
runs them); what comes back is plain values. `error` is the one line to show ("" when it
worked): a refusal's message, or what went wrong.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from keying.services.supervision import SupervisionRefused

log = logging.getLogger(__name__)

Done = Callable[[Any, str], None]


class _Relay(QObject):
    finished = Signal(int, object, str)


class Background(QObject):
    """Runs `work()` in a worker thread and calls `done(result, error)` on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._pending: dict[int, Done] = {}
        self._next = 0

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(self, work: Callable[[], Any], done: Done) -> None:
        self._next += 1
        call = self._next
        self._pending[call] = done
        relay = self._relay

        def job() -> None:
            try:
                result, error = work(), ""
            except SupervisionRefused as exc:
                result, error = None, str(exc)
            except Exception as exc:  # shown, not swallowed: the supervisor must know
                log.exception("a call to the central database failed")
                result, error = None, f"it failed: {exc}"
            relay.finished.emit(call, result, error)

        self.pool.start(job)

    def _finished(self, call: int, result: Any, error: str) -> None:
        done = self._pending.pop(call, None)
        if done is not None:
            done(result, error)

    def stop(self) -> None:
        """Wait for the call under way (answers after this are dropped)."""
        self._pending.clear()
        self.pool.waitForDone()
