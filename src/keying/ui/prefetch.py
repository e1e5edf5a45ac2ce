"""Decode pages ahead of time in a worker thread, so the next document shows at once.

Every decode runs in the worker, never in the UI thread: a page asked for before it is
decoded is queued first, and `decoded(sha)` tells when it is ready.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from keying.ui.decode import Decoded, decode


class _Bridge(QObject):
    done = Signal(str, object)  # sha256, Decoded


class _Decode(QRunnable):
    def __init__(self, sha: str, data: bytes, bridge: _Bridge) -> None:
        super().__init__()
        self.sha, self.data, self.bridge = sha, data, bridge

    def run(self) -> None:
        self.bridge.done.emit(self.sha, decode(self.data))


class PagePrefetcher(QObject):
    """An LRU of decoded pages (by SHA-256), filled by a worker thread.

    `page(sha)` returns the decoded page if it is ready, else None after queueing its decode
    first in line; `decoded(sha)` is emitted when a page is ready.
    """

    decoded = Signal(str)

    def __init__(
        self, load_bytes: Callable[[str], bytes], capacity: int = 8, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._load = load_bytes
        self._capacity = capacity
        self._images: OrderedDict[str, Decoded] = OrderedDict()
        self._pending: set[str] = set()
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._store)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one core keys; the other decodes

    def request(self, shas: list[str], first: bool = False) -> None:
        for sha in shas:
            if sha in self._images or sha in self._pending:
                continue
            try:
                data = self._load(sha)
            except KeyError:
                self._store(sha, Decoded(None, "the page's image is not in this PC's cache"))
                continue
            self._pending.add(sha)
            self._pool.start(_Decode(sha, data, self._bridge), 1 if first else 0)

    def ready(self, sha: str) -> bool:
        return sha in self._images

    def page(self, sha: str) -> Decoded | None:
        """The decoded page, or None while it is being decoded (in the worker)."""
        if sha in self._images:
            self._images.move_to_end(sha)
            return self._images[sha]
        self.request([sha], first=True)
        return self._images.get(sha)

    def image(self, sha: str) -> QImage | None:
        """The page's image once decoded (waits for the worker: for tests and the bench)."""
        found = self.page(sha)
        while found is None:
            self._pool.waitForDone()
            QCoreApplication.sendPostedEvents(self)
            found = self._images.get(sha)
        return found.image

    def _store(self, sha: str, page: object) -> None:
        self._pending.discard(sha)
        self._images[sha] = page if isinstance(page, Decoded) else Decoded(None)
        self._images.move_to_end(sha)
        while len(self._images) > self._capacity:
            self._images.popitem(last=False)
        self.decoded.emit(sha)

    def wait(self) -> None:
        """Block until queued decodes finish (for tests and shutdown)."""
        self._pool.waitForDone()
