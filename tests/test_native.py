"""The reconciler's compiled modules (keying.native): used where setup built them, never when
stale, and writing exactly what pure Python writes.

`scripts/setup` records whether this machine had a C compiler (`keying.native.setup_status`);
where it had one, the compiled modules must be the ones a process loads, so CI fails if the
build silently stopped working. Where it had none these tests are skipped: pure Python is
then the whole product, and the rest of the suite tests it.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from keying import native
from keying.bench import simulator as sim
from tests.test_reconcile_cli_hostile import hostile_lines

SRC = Path(native.__file__).resolve().parents[1]  # the folder holding `keying`

_PROBE = (
    "import importlib, keying.reconcile, keying.native as n\n"
    "print(n.status())\n"
    "for m in n.COMPILED: print(importlib.import_module(m).__file__)\n"
)


def _env(**more: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != native.PURE_ENV}
    env.update(more)
    return env


def _probe(**env: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=False, env=_env(**env)
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def _needs_build() -> None:
    found = native.setup_status()
    if found is None:
        pytest.skip("scripts/setup has not run scripts/build_native.py here")
    if not found["compiler"]:
        pytest.skip(f"no compiled modules on this machine: {found['why']}")


def test_the_compiled_modules_are_loaded_where_setup_had_a_compiler() -> None:
    _needs_build()
    assert native.setup_status() == {"compiler": True, "why": ""}  # mypyc did not fail
    status, *files = _probe()
    assert status == "compiled"
    folder = native.native_dir().resolve()
    for name, file in zip(native.COMPILED, files, strict=True):
        path = Path(file).resolve()
        assert path.is_relative_to(folder), (name, file)
        assert path.name.endswith(native.EXTENSION_SUFFIXES[0])


def test_pure_python_when_asked() -> None:
    status, *files = _probe(**{native.PURE_ENV: "1"})
    assert status == f"pure Python: {native.PURE_ENV} is set"
    assert all(f.endswith(".py") and Path(f).is_relative_to(SRC) for f in files)


def _copy_sources(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    shutil.copytree(SRC / "keying", src / "keying", ignore=shutil.ignore_patterns("__pycache__"))
    return src


def _reconcile(src: Path, folder: Path, **env: str) -> subprocess.CompletedProcess[bytes]:
    a, b, form = folder / "a.jsonl", folder / "b.jsonl", folder / "form.yaml"
    if not form.exists():
        sim.write_form(str(form))
        sim.write_jsonl(sim.simulate(30, seed=3), str(a), str(b))
    cmd = [sys.executable, "-m", "keying", "reconcile", "--form", str(form), str(a), str(b)]
    return subprocess.run(
        cmd, capture_output=True, check=False, env=_env(PYTHONPATH=str(src), **env), cwd=folder
    )


@pytest.mark.parametrize(
    ("edited", "old", "new"),
    [
        # a compiled module: the edit shows in the output
        ("reconcile/lineout.py", "b'{\"document\":'", "b'{\"document\" :'"),
        # a module the compiled ones import (not compiled): a comment is enough
        ("forms/markers.py", "", "# edited\n"),
    ],
)
def test_a_stale_build_is_never_used(tmp_path: Path, edited: str, old: str, new: str) -> None:
    """A copy of the sources with the build: compiled; the copy edited: pure Python, the
    edit in effect, and a log line naming the file."""
    _needs_build()
    src = _copy_sources(tmp_path)
    status, *files = _probe(PYTHONPATH=str(src))
    assert status == "compiled"
    before = _reconcile(src, tmp_path)
    assert before.returncode == 0 and before.stdout.startswith(b'{"document":')
    path = src / "keying" / edited
    text = path.read_text(encoding="utf-8")
    assert old in text  # (an empty `old`: `new` goes first)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    status, *files = _probe(PYTHONPATH=str(src))
    assert status == f"pure Python: keying/{edited} changed since the build (run scripts/setup)"
    assert all(Path(f).is_relative_to(src) and f.endswith(".py") for f in files)
    after = _reconcile(src, tmp_path)
    assert after.returncode == 0
    if edited.endswith("lineout.py"):
        assert after.stdout.startswith(b'{"document" :')
        assert after.stdout.replace(b'{"document" :', b'{"document":') == before.stdout
    else:
        assert after.stdout == before.stdout
    log = (Path(os.environ["KEYING_DATA_DIR"]) / "keying.log").read_text(encoding="utf-8")
    assert f"compiled modules not used: {status}" in log


def _varied_inputs(folder: Path) -> list[list[str]]:
    """Argument lists of `keying reconcile` over a sizeable varied batch: simulated double
    and triple keyings (B shuffled), the hostile suite's lines on either side, repeats and
    missing documents; --explain-all and --jobs 1 / 2."""
    form = folder / "form.yaml"
    sim.write_form(str(form))
    docs = sim.simulate(1500, seed=11, p_err=0.03, p_benign=0.08)
    a, b = folder / "a.jsonl", folder / "b.jsonl"
    sim.write_jsonl(docs, str(a), str(b), shuffle_b=5)
    c = folder / "c.jsonl"
    third = sim.simulate(1500, seed=12, p_err=0.05, p_benign=0.08)
    sim.write_jsonl(third, str(c), str(folder / "unused.jsonl"))
    hostile = []
    for k, line in enumerate(hostile_lines()):
        data = line if isinstance(line, bytes) else line.encode("utf-8", "surrogatepass")
        hostile.append(data.replace(b'"document": "V"', f'"document": "H{k}"'.encode(), 1))
    clean = a.read_bytes().splitlines()
    rng = random.Random(4)
    mixed = clean + [x.replace(b"\n", b"\\n") for x in hostile]
    rng.shuffle(mixed)
    h = folder / "h.jsonl"
    h.write_bytes(b"".join(x + b"\n" for x in mixed))
    f = str(form)
    return [
        ["--form", f, str(a), str(b)],
        ["--form", f, str(a), str(b), "--jobs", "1"],
        ["--form", f, str(a), str(b), "--explain-all", "--jobs", "2"],
        ["--form", f, str(a), str(b), "--third", str(c), "--jobs", "1"],
        ["--form", f, str(a), str(b), "--third", str(c), "--explain-all"],
        ["--form", f, str(h), str(b), "--jobs", "1"],
        ["--form", f, str(b), str(h)],
        ["--form", f, str(h), str(h), "--third", str(c)],
    ]


def test_compiled_and_pure_python_write_the_same_bytes(tmp_path: Path) -> None:
    _needs_build()
    for args in _varied_inputs(tmp_path):
        runs = []
        for pure in ("0", "1"):
            done = subprocess.run(
                [sys.executable, "-m", "keying", "reconcile", *args],
                capture_output=True,
                check=False,
                env=_env(**{native.PURE_ENV: pure}),
            )
            runs.append((done.returncode, done.stdout, done.stderr))
        (code, out, err), pure_run = runs
        assert (code, out, err) == pure_run, args
        assert code in (0, 1) and out.count(b"\n") > 1000, args
        lines = [json.loads(x) for x in out.splitlines()]
        assert {r["status"] for r in lines} >= {"agreed", "discrepant"}, args


def _manifest(folder: Path, sources: dict[str, str], stamps: dict[str, list[int]]) -> None:
    folder.mkdir(exist_ok=True)
    manifest = {
        "cache_tag": sys.implementation.cache_tag,
        "suffix": native.EXTENSION_SUFFIXES[0],
        "modules": {m: f"{m}.so" for m in native.COMPILED},
        "sources": sources,
        "stamps": stamps,
    }
    (folder / native.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def test_a_source_as_the_build_stamped_it_is_not_read_again(tmp_path: Path) -> None:
    """The manifest's [size, mtime_ns] of a source, when the file still has them, stands for
    its hash (as Python's bytecode cache trusts them); any other stamp: the file is hashed."""
    rel = "dirs.py"
    path = native.package_dir() / rel
    right, wrong = native.digest(path), "0" * 64
    now = native.stamp(path)
    other = [now[0], now[1] + 1]
    folder = tmp_path / "build"
    _manifest(folder, {rel: right}, {rel: now})
    assert native.check(folder)[1] == "compiled"
    _manifest(folder, {rel: wrong}, {rel: now})  # stamped as read: not hashed
    assert native.check(folder)[1] == "compiled"
    _manifest(folder, {rel: right}, {rel: other})  # touched, the same text: hashed, used
    assert native.check(folder)[1] == "compiled"
    _manifest(folder, {rel: wrong}, {rel: other})  # changed: hashed, not used
    changed = f"pure Python: keying/{rel} changed since the build (run scripts/setup)"
    assert native.check(folder)[1] == changed
    _manifest(folder, {rel: wrong}, {})  # a build of before stop 29: every file hashed
    assert native.check(folder)[1] == changed


def test_the_build_stamps_every_source_it_hashed() -> None:
    _needs_build()
    manifest = json.loads((native.native_dir() / native.MANIFEST).read_text(encoding="utf-8"))
    assert set(manifest["stamps"]) == set(manifest["sources"])
    assert all(
        len(s) == 2 and all(isinstance(n, int) for n in s) for s in manifest["stamps"].values()
    )
