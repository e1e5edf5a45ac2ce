"""The dashboard's figure, measured in a process of its own (offscreen). Run by `keying bench
--only dashboard` (keying.bench.dashboard) as `python -m keying.ui.dashboard_benchmark
--documents N`; prints one JSON object of raw samples.

It builds a keyed batch (`keying.bench.stats_batch`) in a temporary SQLite central database,
signs the supervisor in, and opens the dashboard five times, a new view each time:
dashboard_open is the time from making the view to its figures on screen, charts and tables
painted: the batches and the figures read off the GUI thread (as the view always does),
the models filled, the charts drawn again and the window painted.
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

from keying.bench.stats_batch import PASSWORD, SUPERVISOR, build
from keying.services import Services, Workspace
from keying.services.dashboard import Dashboard
from keying.ui.background import Background
from keying.ui.dashboard_view import DashboardView

TIMEOUT_S = 120


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m keying.ui.dashboard_benchmark")
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    samples: list[float] = []
    with tempfile.TemporaryDirectory(prefix="keying-bench-dashboard-") as tmp:
        os.environ["KEYING_CONFIG_DIR"] = str(Path(tmp) / "config")
        workspace = Workspace.from_dir(Path(tmp))
        build(workspace.database_url, args.documents)
        services = Services.open(workspace)
        try:
            who = services.sign_in(SUPERVISOR, PASSWORD)
            for _ in range(args.rounds):
                t0 = time.perf_counter()
                view = DashboardView(Dashboard(services, who), Background())
                view.resize(1366, 768)
                view.show()
                view.activate()
                deadline = time.monotonic() + TIMEOUT_S
                while view.figures is None or view.background.busy:
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"no figures: {view.message.text()}")
                    app.processEvents()
                    time.sleep(0.0005)
                app.processEvents()
                view.repaint()
                samples.append((time.perf_counter() - t0) * 1000)
                view.shut_down()
                view.close()
                view.deleteLater()
                app.processEvents()
        finally:
            services.close()
    print(json.dumps({"documents": args.documents, "dashboard_open_ms": samples}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
