"""The operator station's figures, measured in a process of their own (offscreen).

Run by `keying bench --only station` (keying.bench.station) as
`python -m keying.ui.benchmark --pages N`; prints one JSON object of raw samples. It builds a
workspace with a batch of N one-page household-census documents
(`keying.bench.station_workspace`), signs in, and keys every document through the real
`StationView` with one key event per character, as an operator would:

- keystroke: a key event sent to the focused line edit → processed (with whatever it posts to
  the event loop) and repainted; the event loop runs between keys, as it does between an
  operator's keystrokes;
- field_commit: Enter in a field → validated, durably saved, the next field focused;
- field_change_shown: the same Enter → everything it changed painted (the page view zoomed to
  the next field's zone, table rows laid out), the event loop run; with each sample, the path
  of the field Enter left and of the one it focused (`field_change_shown_moves`), so the Enter
  into a table can be told from the others;
- next_document: F12 on the last field → the next document's page shown and its first field
  focused (pages prefetched by the worker thread while the previous document was keyed);
- sync_after_finish: what the GUI thread does in the event loop's turn after the next document
  is on screen: ask the sync worker for a round (and take in a report that arrived);
- sync_round: one round in the sync worker's thread (send the keying, reconcile a second
  pass, renew, claim more), from the worker's clock: off the GUI thread, reported so that its
  cost is not hidden;
- open_cold: a noisy 2480×3508 (A4, 300 dpi) PNG that was not prefetched → decoded and shown;
- rss: the process's resident memory after the whole batch, and its peak.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from keying.bench.station_workspace import LOGIN, PASSWORD, build_workspace, page_png
from keying.config import Settings
from keying.services import Services
from keying.ui.decode import decode_page
from keying.ui.fields import FieldEditor
from keying.ui.image_view import PageView
from keying.ui.station import StationView

# What the operator keys in each top-level field of forms/household_census.yaml.
VALUES: dict[str, str] = {
    "form_no": "KH-004512",
    "visit_date": "03/04/2021",
    "enumerator_id": "E012",
    "head_name": "Chan Sokha",
    "village": "Prey Veng",
    "household_size": "1",
    "monthly_income": "120.50",
    "has_electricity": "N",
    "water_source": "WELL",
    "phone": "012 345 678",
    "remarks": "",
}
MEMBER = {"name": "Chan Sokha", "age": "34", "sex": "M"}


class Keyer:
    """Sends key events to whatever has focus, timing what the issue asks for."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.keystroke_ms: list[float] = []
        self.commit_ms: list[float] = []
        self.shown_ms: list[float] = []
        self.shown_moves: list[tuple[str, str]] = []  # (path left, path focused), per shown_ms

    def _send(
        self, key: Qt.Key, text: str = "", mods: Any = Qt.KeyboardModifier.NoModifier
    ) -> QWidget:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has keyboard focus"
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, mods, text))
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, key, mods, text))
        return target

    def type(self, text: str) -> None:
        for ch in text:
            # An operator's keys are tens of milliseconds apart: the event loop has run (and
            # painted what the previous key or field change left to paint) before each one.
            self.app.processEvents()
            t0 = time.perf_counter()
            target = self._send(Qt.Key.Key_unknown, ch)
            self.app.processEvents()
            target.repaint()
            self.keystroke_ms.append((time.perf_counter() - t0) * 1000)

    def enter(self) -> None:
        self.app.processEvents()
        left = _path(QApplication.focusWidget())
        t0 = time.perf_counter()
        self._send(Qt.Key.Key_Return, "\r")
        self.commit_ms.append((time.perf_counter() - t0) * 1000)
        # Then what Qt left for the event loop: the page view zoomed to the next field's zone,
        # table rows laid out, all painted.
        self.app.processEvents()
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.repaint()
        self.shown_ms.append((time.perf_counter() - t0) * 1000)
        self.shown_moves.append((left, _path(focused)))

    def key(self, key: Qt.Key, mods: Any = Qt.KeyboardModifier.NoModifier) -> None:
        """A key that may be a shortcut: QTest goes through Qt's shortcut map, sendEvent not."""
        target = QApplication.focusWidget()
        assert target is not None, "nothing has keyboard focus"
        QTest.keyClick(target, key, mods)


def _path(widget: QWidget | None) -> str:
    """The field path of a field editor ("" for any other widget)."""
    return widget.path if isinstance(widget, FieldEditor) else ""


def key_batch(
    app: QApplication, view: StationView, keyer: Keyer, limit: int
) -> dict[str, list[float]]:
    next_ms: list[float] = []
    sync_ms: list[float] = []
    done = 0
    while done < limit:
        if view.current is None:
            if not view.waiting:
                break  # nothing left to key
            app.processEvents()  # the queue ran dry: the sync worker is claiming more
            time.sleep(0.001)
            continue
        form = view.current_form()
        assert form is not None
        for name, value in VALUES.items():
            form.focus_path(name)
            keyer.type(value)
            keyer.enter()
        for column in ("name", "age", "sex"):
            form.focus_path(f"members[0].{column}")
            keyer.type(MEMBER[column])
            keyer.enter()
        app.processEvents()  # let the prefetcher deliver what it decoded meanwhile
        current = view.current
        t0 = time.perf_counter()
        keyer.key(Qt.Key.Key_F12)
        if view.current is current:  # soft check failures: the second F12 finishes anyway
            keyer.key(Qt.Key.Key_F12)
        if view.current is current:
            raise RuntimeError(f"document {current.task.external_id} would not finish")
        view.repaint()
        next_ms.append((time.perf_counter() - t0) * 1000)
        t1 = time.perf_counter()
        app.processEvents()  # the deferred request to the sync worker
        sync_ms.append((time.perf_counter() - t1) * 1000)
        done += 1
    return {"next_document_ms": next_ms, "sync_after_finish_ms": sync_ms}


def open_cold(rounds: int) -> list[float]:
    view = PageView()
    view.resize(900, 900)
    view.show()
    samples = []
    for i in range(rounds):
        data = page_png(100_000 + i, (2480, 3508), noisy=True)
        t0 = time.perf_counter()
        image = decode_page(data)
        view.set_page(image, 1, 1)
        view.repaint()
        samples.append((time.perf_counter() - t0) * 1000)
    view.close()
    return samples


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m keying.ui.benchmark")
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--cold-rounds", type=int, default=20)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="keying-bench-station-") as tmp:
        os.environ["KEYING_CONFIG_DIR"] = str(Path(tmp) / "config")
        t0 = time.perf_counter()
        workspace = build_workspace(Path(tmp) / "ws", args.pages)
        setup_s = time.perf_counter() - t0
        services = Services.open(workspace)
        settings = Settings(auto_advance=False)
        station = services.station(services.sign_in(LOGIN, PASSWORD), prefetch=2)
        view = StationView(station, settings)
        view.resize(1500, 950)
        view.show()
        rounds: list[float] = []
        view.link.round_done.connect(lambda report: rounds.append(report.elapsed_ms))
        view.start()
        while view.waiting:  # the first claim, in the sync worker's thread
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()
        keyer = Keyer(app)
        t1 = time.perf_counter()
        timings = key_batch(app, view, keyer, args.pages)
        keyed_s = time.perf_counter() - t1
        rss_after = _rss_mb()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        cold = open_cold(args.cold_rounds)
        view.prefetcher.wait()
        view.close()
        services.close()
    out = {
        "pages": args.pages,
        "documents_keyed": len(timings["next_document_ms"]),
        "setup_s": setup_s,
        "keyed_s": keyed_s,
        "keystroke_ms": keyer.keystroke_ms,
        "field_commit_ms": keyer.commit_ms,
        "field_change_shown_ms": keyer.shown_ms,
        "field_change_shown_moves": keyer.shown_moves,
        **timings,
        "sync_round_ms": rounds,
        "open_document_cold_ms": cold,
        "rss_mb_after": rss_after,
        "rss_mb_peak": peak,
    }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
