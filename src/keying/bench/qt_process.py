"""Run a Qt benchmark module in a process of its own, offscreen, and read its figures.

The window benchmarks (`keying.ui.*benchmark*`) start a QApplication, so each runs in a
fresh interpreter with `QT_QPA_PLATFORM=offscreen` and prints its figures as JSON on its
last line of output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any


def run_qt_module(module: str, args: list[str], what: str, timeout: float = 1800) -> Any:
    """The JSON the module `module` printed last; RuntimeError naming `what` if it failed."""
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the {what} benchmark failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])
