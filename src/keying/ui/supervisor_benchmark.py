"""The supervisor station's figures, measured in a process of their own (offscreen).

Run by `keying bench --only supervisor` (keying.bench.supervisor) as
`python -m keying.ui.supervisor_benchmark --discrepancies N`; prints one JSON object of raw
samples. It builds a workspace of census documents keyed twice with two errors each
(`keying.bench.supervisor_workspace`), signs the supervisor in and decides every discrepancy
through the real `AdjudicationView`, by key (A and B in turn), as a scripted supervisor:

- adjudication_next: a decision key → the next discrepancy on screen with its snippet (the
  page cropped to its zone) painted. Before each key the script waits, uncounted, until the
  background is idle — the previous decision saved by the desk worker, the documents ahead
  claimed and their pages decoded — as a supervisor reading the screen gives it time to; a
  next discrepancy whose page is still not there is waited for inside the sample;
- adjudication_decisions_per_min: decisions over the whole run's time (those waits included),
  until the last one is saved in the central database (each in its own transaction; the last
  of each document writes its final record): the pace the station sustains.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from keying.bench.supervisor_workspace import PASSWORD, SUPERVISOR, build_workspace
from keying.config import Settings
from keying.services import Services
from keying.ui.adjudication_view import AdjudicationView

TIMEOUT_S = 60


def _ready(view: AdjudicationView, before: int | None) -> bool:
    """The next discrepancy is on screen with its snippet (or there is nothing left)."""
    if view.shown is None:
        return not view.flow.loading and not view.flow.open_cases()
    return view.shown[1].id != before and view.snippet.image is not None


def _idle(app: QApplication, view: AdjudicationView) -> None:
    while True:
        view.prefetcher.wait()
        app.processEvents()
        if not view.link.busy and not view.flow.loading:
            return
        time.sleep(0.0005)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m keying.ui.supervisor_benchmark")
    parser.add_argument("--discrepancies", type=int, default=500)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="keying-bench-supervisor-") as tmp:
        os.environ["KEYING_CONFIG_DIR"] = str(Path(tmp) / "config")
        t0 = time.perf_counter()
        workspace, found = build_workspace(Path(tmp) / "ws", args.discrepancies)
        setup_s = time.perf_counter() - t0
        services = Services.open(workspace)
        view = AdjudicationView(services, services.sign_in(SUPERVISOR, PASSWORD), Settings())
        view.resize(1366, 768)
        view.show()
        view.activate()
        deadline = time.monotonic() + TIMEOUT_S
        while not _ready(view, None) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.0005)
        next_ms: list[float] = []
        keys = (Qt.Key.Key_A, Qt.Key.Key_B)
        started = time.perf_counter()
        while view.shown is not None:
            # The supervisor reads the screen: meanwhile the desk worker saves the previous
            # decisions and claims ahead, and the pages are decoded (not counted).
            _idle(app, view)
            before = view.shown[1].id
            key = keys[len(next_ms) % 2]
            t1 = time.perf_counter()
            QTest.keyClick(view, key)
            deadline = time.monotonic() + TIMEOUT_S
            while not _ready(view, before):
                if time.monotonic() > deadline:
                    raise RuntimeError("the next discrepancy did not come")
                app.processEvents()
            view.repaint()
            next_ms.append((time.perf_counter() - t1) * 1000)
        while view.link.busy or view.flow.unsaved:  # every decision saved
            app.processEvents()
            time.sleep(0.0005)
        elapsed_s = time.perf_counter() - started
        finished = view.flow.finished
        failed = len(view.flow.failed)
        view.shut_down()
        view.close()
        services.close()
    out = {
        "discrepancies": found,
        "decided": len(next_ms),
        "final_records": finished,
        "not_saved": failed,
        "setup_s": setup_s,
        "elapsed_s": elapsed_s,
        "adjudication_next_ms": next_ms,
    }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
