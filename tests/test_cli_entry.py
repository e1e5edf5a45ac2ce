"""The process's entry (`keying.cli.entry`): the quick exit after `keying reconcile`, and what
`keying reconcile`'s start-up must not import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from keying.bench import simulator as sim
from keying.reconcile.jobs import Workers

# Run in a fresh interpreter: an object whose finalizer writes to stderr lives in a module's
# globals, and an exit handler does too. The interpreter's tear-down runs the finalizer; the
# quick exit runs only the handler.
_SCRIPT = """
import atexit, sys
class Torn:
    def __del__(self):
        sys.stderr.write("torn down\\n")
KEPT = Torn()
atexit.register(lambda: sys.stderr.write("exit handler ran\\n"))
sys.argv = ["keying", *sys.argv[1:]]
from keying.cli import entry
entry()
"""


def _entry(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "KEYING_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run(
        [sys.executable, "-c", _SCRIPT, *args],
        capture_output=True,
        check=False,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )


def _files(tmp_path: Path, n: int) -> tuple[str, str, str]:
    a, b, form = (str(tmp_path / name) for name in ("a.jsonl", "b.jsonl", "form.yaml"))
    sim.write_jsonl(sim.simulate(n, seed=5), a, b)
    sim.write_form(form)
    return form, a, b


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_reconcile_ends_without_the_tear_down_and_loses_nothing(tmp_path: Path, jobs: str) -> None:
    n = Workers.WARM + Workers.CHUNK + 5  # with --jobs 2, a pool runs (and its threads end)
    form, a, b = _files(tmp_path, n)
    done = _entry(tmp_path, "reconcile", "--form", form, a, b, "--jobs", jobs)
    assert done.returncode == 0, done.stderr
    assert b"exit handler ran" in done.stderr  # the log's handlers are closed this way too
    assert b"torn down" not in done.stderr
    # stdout flushed: every document's line, in order
    lines = done.stdout.decode().splitlines()
    assert [line.split('"')[3] for line in lines] == [d.document for d in sim.simulate(n, seed=5)]


def test_reconcile_keeps_its_exit_status(tmp_path: Path) -> None:
    form, a, _ = _files(tmp_path, 5)
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    done = _entry(tmp_path, "reconcile", "--form", form, a, str(empty))
    assert done.returncode == 1  # documents missing in B
    assert done.stdout.count(b"\n") == 5 and b"is missing" in done.stderr
    assert b"torn down" not in done.stderr


def test_a_refused_input_ends_quickly_too(tmp_path: Path) -> None:
    done = _entry(tmp_path, "reconcile", "--form", "nothing.yaml", "a.jsonl", "b.jsonl")
    assert done.returncode == 1 and b"a.jsonl: No such file" in done.stderr  # one line
    assert b"exit handler ran" in done.stderr and b"torn down" not in done.stderr


def test_other_commands_and_usage_errors_end_as_usual(tmp_path: Path) -> None:
    done = _entry(tmp_path, "reconcile", "--form", "f.yaml")  # A and B not named
    assert done.returncode == 2 and b"usage:" in done.stderr
    assert b"torn down" in done.stderr
    done = _entry(tmp_path, "--version")
    assert done.returncode == 0 and b"keying" in done.stdout
    assert b"torn down" in done.stderr


# Modules `keying reconcile` must not import before its first document: the GUI, the
# database, the form's full check (pydantic, YAML), what only --out, a pool of workers or a
# log record needs, and what another command needs.
NOT_AT_START_UP = (
    "PySide6",
    "sqlalchemy",
    "pydantic",
    "yaml",
    "rapidfuzz",
    "platformdirs",
    "multiprocessing",
    "concurrent.futures",
    "logging.handlers",
    "tempfile",
    "shutil",
    "json",
    "typing_extensions",  # msgspec imported without it (keying.commands.reconcile)
    "pathlib",  # with urllib.parse and ipaddress: the folders as str (keying.dirs)
    "keying.ui",
    "keying.storage",
    "keying.sync",
    "keying.config",
    "keying.forms.loader",
    "keying.forms.model",
    "keying.commands.app",
    "keying.commands.bench",
)


def test_reconcile_start_up_imports_nothing_heavy(tmp_path: Path) -> None:
    form, _, _ = _files(tmp_path, 1)
    empty = str(tmp_path / "empty.jsonl")
    Path(empty).write_bytes(b"")
    run = f"code = main(['reconcile', '--form', {form!r}, {empty!r}, {empty!r}])\n"
    script = (
        f"import sys\nfrom keying.cli import main\n{run}"
        f"print(' '.join(n for n in {NOT_AT_START_UP!r} if n in sys.modules))\n"
        "sys.exit(code)\n"
    )
    # the first run on a definition checks it in full (pydantic) and caches it; the second,
    # in a fresh interpreter, is the start-up of every later run
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
    found = done.stdout.split()
    assert found == [], f"keying reconcile imported {found} at start-up (import them lazily)"


def test_msgspec_hidden_typing_extensions_only_while_it_imported(tmp_path: Path) -> None:
    """After `keying reconcile`'s start-up (msgspec imported without typing_extensions),
    typing_extensions can still be imported and msgspec still reads typed definitions."""
    form, _, _ = _files(tmp_path, 1)
    empty = str(tmp_path / "empty.jsonl")
    Path(empty).write_bytes(b"")
    script = (
        "import sys\nfrom keying.cli import main\n"
        f"code = main(['reconcile', '--form', {form!r}, {empty!r}, {empty!r}])\n"
        "import typing_extensions, msgspec\n"
        "class S(msgspec.Struct):\n    x: typing_extensions.Annotated[int, msgspec.Meta(ge=0)]\n"
        "print(msgspec.json.decode(b'{\"x\": 3}', type=S).x)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["3"]


# The collector off from the process's start until the command runs (keying.cli.entry): off
# while the command's parser is made, on when it runs.
_GC_SCRIPT = """
import gc, sys
seen = []
from keying.commands import reconcile
real_register, real_run = reconcile.register, reconcile.run
def register(parser):
    seen.append(f"parser, collector on: {gc.isenabled()}")
    real_register(parser)
def run(args):
    seen.append(f"run, collector on: {gc.isenabled()}")
    return real_run(args)
reconcile.register, reconcile.run = register, run
sys.argv = ["keying", *sys.argv[1:]]
import atexit
atexit.register(lambda: print(seen))
from keying.cli import entry
entry()
"""


def test_the_collector_waits_for_the_command(tmp_path: Path) -> None:
    form, a, b = _files(tmp_path, 3)
    env = {**os.environ, "KEYING_DATA_DIR": str(tmp_path / "data")}
    cmd = [sys.executable, "-c", _GC_SCRIPT, "reconcile", "--form", form, a, b]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    on = "['parser, collector on: False', 'run, collector on: True']"
    assert done.stdout.splitlines()[-1] == on
