"""Compile keying's hot modules (`keying.native.COMPILED`) with mypyc into the build folder
`keying.native` reads (`<sys.prefix>/keying-native/`); run by `scripts/setup`.

    .venv/bin/python scripts/build_native.py [--force]

Without a C compiler or Python's headers it says so in one line, records it and exits 0:
keying then runs as pure Python. A build that still matches its sources is kept. The
manifest holds the SHA-256 of the compiled modules and of every keying module they import
(directly or not: what mypyc read while compiling them), so that editing any of them sends
keying back to pure Python until the next build. Nothing is written beside the sources.
"""

from __future__ import annotations

import ast
import json
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
sys.path.insert(0, str(SRC))

from keying import native  # noqa: E402  (this checkout's, not another one installed)


def module_file(name: str) -> Path | None:
    base = SRC.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def imported(path: Path) -> set[str]:
    """The keying modules a module names in its imports (also under TYPE_CHECKING)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    names: set[str] = set()
    for name in found:
        if name == "keying" or name.startswith("keying."):
            parts = name.split(".")
            # the packages on the way are imported too
            names.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    return {n for n in names if module_file(n) is not None}


def sources() -> tuple[dict[str, str], dict[str, list[int]]]:
    """keying/<path> → SHA-256 of the compiled modules and the keying modules they import,
    and keying/<path> → [size, modification time in ns] of each (`keying.native.stamp`),
    taken before the file is read: a file changed meanwhile no longer has that stamp."""
    seen: set[str] = set()
    todo = list(native.COMPILED)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        path = module_file(name)
        assert path is not None, name
        todo.extend(imported(path) - seen)
    package = SRC / "keying"
    files = sorted(str(module_file(n).relative_to(package)) for n in seen)  # type: ignore[union-attr]
    stamps = {rel: native.stamp(package / rel) for rel in files}
    return {rel: native.digest(package / rel) for rel in files}, stamps


def why_not() -> str | None:
    """Why this machine cannot compile, or None."""
    cc = shlex.split(sysconfig.get_config_var("CC") or "cc")[0]
    if shutil.which(cc) is None:
        return f"no C compiler ({cc}; on Debian/Ubuntu: apt-get install build-essential)"
    include = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not include.is_file():
        return f"no Python headers ({include}; on Debian/Ubuntu: apt-get install python3-dev)"
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypyc is not installed (pip install mypy)"
    return None


def write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def build(target: Path) -> None:
    """mypyc in a temporary folder; the extension modules and the manifest into `target`."""
    hashes, stamps = sources()  # before compiling: a file edited meanwhile makes the build unused
    with tempfile.TemporaryDirectory(prefix="keying-native-") as tmp:
        work = Path(tmp)
        paths = [str(module_file(m)) for m in native.COMPILED]
        setup_py = work / "setup.py"
        setup_py.write_text(
            "import sys\n"
            "from setuptools import setup\n"
            "from mypyc.build import mypycify\n"
            f"setup(name='keying-native', ext_modules=mypycify({paths!r}, opt_level='3'),\n"
            "      script_args=['-q', 'build_ext', '--build-lib', 'lib', '--build-temp', 'tmp'])\n",
            encoding="utf-8",
        )
        # mypy reads pyproject.toml's [tool.mypy] in the current folder: the checkout's
        # settings, without its `files` (only these modules are compiled)
        (work / "mypy.ini").write_text(
            "[mypy]\nignore_missing_imports = True\nstrict_optional = True\n",
            encoding="utf-8",
        )
        env = {**os.environ, "MYPYPATH": str(SRC), "PYTHONPATH": str(SRC)}
        done = subprocess.run(
            [sys.executable, str(setup_py)],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError((done.stdout + done.stderr).strip()[-3000:])
        lib = work / "lib"
        suffix = EXTENSION_SUFFIXES[0]
        modules = {}
        for name in native.COMPILED:
            rel = Path(*name.split(".")).with_suffix("").as_posix() + suffix
            if not (lib / rel).is_file():
                raise RuntimeError(f"mypyc made no {rel}")
            modules[name] = rel
        shared = [p for p in lib.glob(f"*__mypyc{suffix}")]
        new = target.with_name(target.name + ".new")
        shutil.rmtree(new, ignore_errors=True)
        shutil.copytree(lib, new)
        write_json(
            new / native.MANIFEST,
            {
                "cache_tag": sys.implementation.cache_tag,
                "suffix": suffix,
                "modules": modules,
                "shared": {
                    "name": shared[0].name[: -len(suffix)],
                    "file": shared[0].name,
                }
                if shared
                else None,
                "sources": hashes,
                "stamps": stamps,
            },
        )
        old = target.with_name(target.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if target.exists():
            target.rename(old)
        new.rename(target)
        shutil.rmtree(old, ignore_errors=True)


def main(argv: list[str]) -> int:
    target = native.native_dir()
    status = native.status_file()
    reason = why_not()
    if reason is not None:
        print(
            f"keying setup: {reason}: the reconciler runs as pure Python (slower)",
            file=sys.stderr,
        )
        write_json(status, {"compiler": False, "why": reason})
        return 0
    write_json(status, {"compiler": True, "why": ""})
    manifest, _ = native.check(target)
    if manifest is not None and "--force" not in argv:
        return 0
    print("keying setup: compiling the reconciler's hot modules with mypyc", file=sys.stderr)
    try:
        build(target)
    except RuntimeError as exc:
        # keying works (as pure Python); tests/test_native.py fails where a compiler is here
        print(
            f"keying setup: mypyc failed, the reconciler runs as pure Python: {exc}",
            file=sys.stderr,
        )
        write_json(status, {"compiler": True, "why": f"mypyc failed: {exc}"[:2000]})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
