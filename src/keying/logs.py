"""keying's log: one rotating file, `keying.log` in the data directory, and stderr on request.

A support person asks an operator for that file. It holds INFO and above from every `keying.*`
logger (sign-in, claims, sync, reconciliation, errors with their tracebacks); `--verbose` adds
DEBUG and above on stderr. A password is never written: the formatter masks the password of a
database URL (`scheme://user:password@host`) and a `password=...` pair in anything it writes,
tracebacks included.

`setup_logging` is called once by the composition root (`keying.cli.main`); calling it again
replaces the handlers it installed before (tests do).
"""

from __future__ import annotations

import logging
import os
import re
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler
    from pathlib import Path

LOG_FILE = "keying.log"
MAX_BYTES = 2_000_000
BACKUPS = 4  # keying.log.1 … keying.log.4: at most 10 MB in all
FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"

_URL_PASSWORD = r"(\b[a-zA-Z][\w+.-]*://[^:/@\s]*:)([^@\s]*)(@)"
_PAIR_PASSWORD = r"(\bpassword\s*=\s*)('[^']*'|\"[^\"]*\"|[^\s,;)]+)"
_MASK = "***"


_compiled: list[re.Pattern[str]] = []  # the two patterns, compiled at the first use


def mask_passwords(text: str) -> str:
    """`text` with the passwords of database URLs and `password=` pairs replaced by ***."""
    if not _compiled:
        _compiled[:] = [re.compile(_URL_PASSWORD), re.compile(_PAIR_PASSWORD, re.IGNORECASE)]
    url, pair = _compiled
    # Each pattern only where it can match: a URL has "://", a pair "password" in some case
    # (casefold: what IGNORECASE matches, "ſ" for "s" too). Most records have neither, and
    # scanning a long one (a pushed batch's, 4 KB) cost 8 us a keying.
    if "://" in text:
        text = url.sub(lambda m: m.group(1) + _MASK + m.group(3), text)
    if "password" in text.casefold():
        text = pair.sub(lambda m: m.group(1) + _MASK, text)
    return text


class MaskingFormatter(logging.Formatter):
    """A formatter whose whole output (message, arguments, traceback) has passwords masked."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_passwords(super().format(record))


class _KeyingHandler:
    """Marks the handlers `setup_logging` installed, so a second call can replace them."""


class _File(logging.Handler, _KeyingHandler):
    """The rotating log file, opened by `setup_logging` (so that a file that cannot be
    written is known at once) and handed to `logging.handlers.RotatingFileHandler` at the
    first record: most commands write none, and importing `logging.handlers` (sockets,
    pickle...) was a few per cent of `keying reconcile`'s start-up."""

    def __init__(self, path: str) -> None:
        super().__init__()
        with open(path, "a", encoding="utf-8"):
            pass  # created (or found writable) now, as the rotating handler would
        self.path = path
        self.file: RotatingFileHandler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.file is None:
            from logging.handlers import RotatingFileHandler

            try:
                self.file = RotatingFileHandler(
                    self.path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
                )
            except OSError:
                self.handleError(record)
                return
            self.file.setFormatter(self.formatter)
        self.file.emit(record)

    def flush(self) -> None:
        if self.file is not None:
            self.file.flush()

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        super().close()


class _Stderr(logging.StreamHandler, _KeyingHandler):
    pass


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_FILE


def setup_logging(data_dir: Path | None, verbose: bool = False) -> Path | None:
    """Log `keying.*` to `data_dir/keying.log` (INFO, rotating) and, with `verbose`, to stderr
    (DEBUG). Returns the log file's path, or None when it cannot be opened (then keying runs
    without a log file rather than not at all; the reason goes to stderr)."""
    if data_dir is None:
        open_log(None, verbose)
        return None
    return None if open_log(str(data_dir), verbose) is None else log_path(data_dir)


def open_log(folder: str | None, verbose: bool = False) -> str | None:
    """`setup_logging` with the folder and the file's path as str (`keying.cli`: no pathlib
    before `keying reconcile`'s first document, `keying.dirs`)."""
    logger = logging.getLogger("keying")
    for old in [h for h in logger.handlers if isinstance(h, _KeyingHandler)]:
        logger.removeHandler(old)
        old.close()
    formatter = MaskingFormatter(FORMAT)
    path: str | None = None
    if folder is not None:
        try:
            os.makedirs(folder, exist_ok=True)
            handler: logging.Handler = _File(os.path.join(folder, LOG_FILE))
        except OSError as exc:
            print(f"keying: no log file ({exc})", file=sys.stderr)
        else:
            handler.setLevel(logging.INFO)
            handler.setFormatter(formatter)
            logger.addHandler(handler)
            path = os.path.join(folder, LOG_FILE)
    if verbose:
        stream = _Stderr(sys.stderr)
        stream.setLevel(logging.DEBUG)
        stream.setFormatter(formatter)
        logger.addHandler(stream)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path
