"""Compiled versions of the reconciler's hot modules, used only while they match their source.

The `.py` files are the source of truth and run everywhere. `scripts/setup` compiles the
modules of `COMPILED` with mypyc (`scripts/build_native.py`) when this machine has a C
compiler and Python's headers, into a folder of their own beside the interpreter,
`<sys.prefix>/keying-native/` (the virtual environment: they are made for its Python), never
beside the sources, so a compiled module cannot shadow an edited `.py` by being found first.
The folder's `manifest.json` holds the SHA-256 of every source the build read: `install()`
(run by `keying.reconcile` before it imports its modules) hashes those files as they are
now and uses the build only when every one matches; otherwise everything stays pure Python
and one log line says which file changed (`scripts/setup` builds again). The manifest also
holds each source's size and modification time (ns) as the build found them, the two facts
Python itself checks before it uses a module's cached bytecode: a source whose size and time
are still those is not read again (hashing the 43 sources, 261 KB, was 5 % of `keying
reconcile`'s start-up, stop 29); any other is hashed as before. The modules are
compiled together (mypyc calls across them directly), so they are used all or none.

`KEYING_PURE_PYTHON=1` forces pure Python; `KEYING_NATIVE_DIR` names another build folder
(the tests). `status()` says what this process uses (`keying bench` reports it).
"""

from __future__ import annotations

import logging
import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader, ModuleSpec
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path  # imported only when a Path is asked for (keying.dirs)

try:  # Python's own SHA-256: `hashlib` loads OpenSSL first, 4 % of `keying reconcile`'s
    from _sha256 import sha256  # start-up (stop 28); 3.11
except ImportError:  # pragma: no cover - 3.12 and later
    try:
        from _sha2 import sha256
    except ImportError:  # a Python built without them
        from hashlib import sha256

log = logging.getLogger(__name__)

# compiled together, in this order; all or none is used
COMPILED = (
    "keying.reconcile.lines",
    "keying.reconcile.seen",
    "keying.reconcile.normalize",
    "keying.reconcile.classify",
    "keying.reconcile.minor",
    "keying.reconcile.result",
    "keying.reconcile.unclassified",
    "keying.reconcile.align",
    "keying.reconcile.positional",
    "keying.reconcile.fields",
    "keying.reconcile.tables",
    "keying.reconcile.tables3",
    "keying.reconcile.plan",
    "keying.reconcile.lineout",
)
PURE_ENV = "KEYING_PURE_PYTHON"
DIR_ENV = "KEYING_NATIVE_DIR"
MANIFEST = "manifest.json"

_state: str | None = None  # "compiled", or why pure Python


def native_dir() -> Path:
    """Where the build is (and `scripts/build_native.py` puts it)."""
    from pathlib import Path

    return Path(_native_folder())


def _native_folder() -> str:
    return os.environ.get(DIR_ENV) or os.path.join(sys.prefix, "keying-native")


def status_file() -> Path:
    """What `scripts/setup` found, kept beside the build folder (which a build replaces)."""
    folder = native_dir()
    return folder.with_name(folder.name + "-status.json")


def package_dir() -> Path:
    """The folder of the `keying` package whose sources the manifest's paths are under."""
    from pathlib import Path

    return Path(_package_folder())


def _package_folder() -> str:
    return os.path.dirname(os.path.realpath(__file__))


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data` in hex, without importing OpenSSL (see above)."""
    return sha256(data).hexdigest()


def digest(path: str | Path) -> str:
    with open(path, "rb") as file:
        return sha256_hex(file.read())


def stamp(path: str | Path) -> list[int]:
    """[size, modification time in ns] of a source file (`os.stat`; raises OSError)."""
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns]


def read_json(path: str | Path) -> Any:
    import msgspec

    with open(path, "rb") as file:
        return msgspec.json.decode(file.read())


def check(folder: str | Path) -> tuple[dict[str, Any] | None, str]:
    """(the manifest, "compiled") when the build in `folder` may be used, else (None, why)."""
    try:
        manifest = read_json(os.path.join(folder, MANIFEST))
    except FileNotFoundError:
        return None, f"pure Python: no compiled build in {folder}"
    except (OSError, ValueError) as exc:
        return None, f"pure Python: the build's manifest cannot be read ({exc})"
    if (
        manifest.get("cache_tag") != sys.implementation.cache_tag
        or manifest.get("suffix") != EXTENSION_SUFFIXES[0]
    ):
        return None, "pure Python: the build was made for another Python"
    if tuple(manifest.get("modules", {})) != COMPILED:
        return None, "pure Python: the build holds other modules than keying.native.COMPILED"
    root = _package_folder()
    stamps = manifest.get("stamps") or {}
    for rel, want in manifest.get("sources", {}).items():
        path = os.path.join(root, rel)
        try:
            if stamp(path) == stamps.get(rel):
                continue  # as the build read it (see above)
            now = digest(path)
        except OSError:
            now = None
        if now != want:
            return None, f"pure Python: keying/{rel} changed since the build (run scripts/setup)"
    return manifest, "compiled"


class _Finder:
    """Serves the modules of `COMPILED` from the build (a `sys.meta_path` finder)."""

    def __init__(self, folder: str, manifest: dict[str, Any]) -> None:
        self.folder = folder
        self.modules: dict[str, str] = manifest["modules"]
        self.shared: tuple[str, str] | None = (
            (manifest["shared"]["name"], manifest["shared"]["file"])
            if manifest.get("shared")
            else None
        )

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        file = self.modules.get(name)
        if file is None:
            return None
        if self.shared is not None and self.shared[0] not in sys.modules:
            # mypyc's runtime and the modules' code: the shims below import it by this name
            shared, shared_file = self.shared
            _load(shared, os.path.join(self.folder, shared_file))
        location = os.path.join(self.folder, file)
        return ModuleSpec(name, ExtensionFileLoader(name, location), origin=location)


def _load(name: str, location: str) -> ModuleType:
    loader = ExtensionFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    module = loader.create_module(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


def install() -> str:
    """Use the compiled modules from now on if the build matches the sources; once per
    process. Returns `status()`."""
    global _state
    if _state is not None:
        return _state
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        _state = f"pure Python: {PURE_ENV} is set"
        return _state
    already = [m for m in COMPILED if m in sys.modules]
    if already:  # imported before install(): mixing would break the direct calls
        _state = f"pure Python: {already[0]} was imported before keying.native.install()"
        return _state
    folder = _native_folder()
    manifest, _state = check(folder)
    if manifest is None:
        if os.path.exists(os.path.join(folder, MANIFEST)):
            log.warning("compiled modules not used: %s", _state)
        return _state
    sys.meta_path.insert(0, _Finder(folder, manifest))
    return _state


def status() -> str:
    """ "compiled" or why pure Python ("not decided yet" before `install()`)."""
    return _state or "not decided yet"


def setup_status() -> dict[str, Any] | None:
    """What `scripts/setup` recorded of this machine (`{"compiler": bool, "why": str}`), or
    None where it never ran the build."""
    try:
        found: dict[str, Any] = read_json(status_file())
    except (OSError, ValueError):
        return None
    return found
