"""Decode pages ahead of time in worker threads, so the next document shows at once."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from keying.ui.decode import decode_page


class _Bridge(QObject):
    done = Signal(str, object)  # sha256, QImage | None


class _Decode(QRunnable):
    def __init__(self, sha: str, data: bytes, bridge: _Bridge) -> None:
        super().__init__()
        self.sha, self.data, self.bridge = sha, data, bridge

    def run(self) -> None:
        self.bridge.done.emit(self.sha, decode_page(self.data))


class PagePrefetcher(QObject):
    """An LRU of decoded pages (by SHA-256), filled by a worker thread.

    `image(sha)` returns the decoded page, decoding now if it is not ready; `None` means
    the bytes cannot be decoded (the view shows its placeholder).
    """

    decoded = Signal(str)

    def __init__(
        self, load_bytes: Callable[[str], bytes], capacity: int = 8, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._load = load_bytes
        self._capacity = capacity
        self._images: OrderedDict[str, QImage | None] = OrderedDict()
        self._pending: set[str] = set()
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._store)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one core keys; the other decodes

    def request(self, shas: list[str]) -> None:
        for sha in shas:
            if sha in self._images or sha in self._pending:
                continue
            try:
                data = self._load(sha)
            except KeyError:
                continue
            self._pending.add(sha)
            self._pool.start(_Decode(sha, data, self._bridge))

    def ready(self, sha: str) -> bool:
        return sha in self._images

    def image(self, sha: str) -> QImage | None:
        if sha in self._images:
            self._images.move_to_end(sha)
            return self._images[sha]
        image = decode_page(self._load(sha))
        self._store(sha, image)
        return image

    def _store(self, sha: str, image: object) -> None:
        self._pending.discard(sha)
        self._images[sha] = image if isinstance(image, QImage) else None
        self._images.move_to_end(sha)
        while len(self._images) > self._capacity:
            self._images.popitem(last=False)
        self.decoded.emit(sha)

    def wait(self) -> None:
        """Block until queued decodes finish (for tests and shutdown)."""
        self._pool.waitForDone()
