"""The station opening a form at the limits (1,000 fields, a choice of 5,000 codes), timed
offscreen in a process of its own.

Run by `keying bench --only station_limits` (keying.bench.station_limits) as
`python -m keying.ui.benchmark_limits --rounds N`; prints one JSON object of raw samples.
Each round is a fresh `StationView` opening the document as at the start of a session: the
stored definition read and checked (`parse_stored`, its memo emptied first), the draft
opened, the entry form built with its 1,000 editors, shown and painted.
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

from PySide6.QtWidgets import QApplication

from keying.bench.limits_form import LOGIN, PASSWORD, build_workspace
from keying.bench.station_workspace import page_png
from keying.config import Settings
from keying.services import Services
from keying.services.stored_forms import parse_stored
from keying.ui.station import StationView


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m keying.ui.benchmark_limits")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    open_ms: list[float] = []
    open_cpu_ms: list[float] = []  # the same, in this process's CPU time (a loaded machine)
    parse_ms: list[float] = []
    with tempfile.TemporaryDirectory(prefix="keying-bench-limits-") as tmp:
        os.environ["KEYING_CONFIG_DIR"] = str(Path(tmp) / "config")
        workspace = build_workspace(Path(tmp) / "ws", page_png(1, (400, 300)))
        services = Services.open(workspace)
        try:
            station = services.station(services.sign_in(LOGIN, PASSWORD), prefetch=0)
            first = station.next_task()  # claimed and pulled into the cache
            assert first is not None
            text = services.cache.form_text(first.task.form_key)
            for _ in range(args.rounds):
                parse_stored.cache_clear()
                t0 = time.perf_counter()
                parse_stored(text)
                parse_ms.append((time.perf_counter() - t0) * 1000)
                parse_stored.cache_clear()
                view = StationView(station, Settings(auto_advance=False))
                view.resize(1500, 950)
                view.show()
                app.processEvents()
                t0, c0 = time.perf_counter(), time.process_time()
                view.open(station.next_held())
                view.repaint()
                app.processEvents()
                open_ms.append((time.perf_counter() - t0) * 1000)
                open_cpu_ms.append((time.process_time() - c0) * 1000)
                assert view.current is not None
                view.prefetcher.wait()
                view.close()
                view.deleteLater()
                app.processEvents()
        finally:
            services.close()
    print(json.dumps({"open_ms": open_ms, "open_cpu_ms": open_cpu_ms, "parse_ms": parse_ms}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
