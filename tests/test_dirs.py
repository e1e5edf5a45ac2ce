"""keying's folders (keying.dirs) are platformdirs' per-user folders, worked out without
importing platformdirs on Linux: the same answer for every way the variables can be set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from keying import dirs
from keying.bench import simulator as sim

HOMES = ["/home/op", "/root/", "/home/with space"]
BASES = [None, "", "   ", "/x/base", "/x/base/", "relative/base", "~/tilde"]


@pytest.mark.parametrize("home", HOMES)
@pytest.mark.parametrize("base", BASES)
def test_the_folders_are_platformdirs(
    monkeypatch: pytest.MonkeyPatch, home: str, base: str | None
) -> None:
    monkeypatch.setenv("HOME", home)
    for name in ("KEYING_CONFIG_DIR", "KEYING_DATA_DIR", "KEYING_CACHE_DIR"):
        monkeypatch.delenv(name, raising=False)
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        if base is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, base)
    assert dirs.config_dir() == platformdirs.user_config_path("keying")
    assert dirs.data_dir() == platformdirs.user_data_path("keying")
    assert dirs.cache_dir() == platformdirs.user_cache_path("keying")


def test_the_keying_variables_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEYING_DATA_DIR", "/some/where")
    monkeypatch.setenv("XDG_DATA_HOME", "/x/base")
    assert str(dirs.data_dir()) == "/some/where"


@pytest.mark.parametrize("keying_set", [True, False])
def test_the_str_folders_are_the_path_folders(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, keying_set: bool
) -> None:
    """`data_folder()` / `cache_folder()` (no pathlib at start-up) name what `data_dir()` /
    `cache_dir()` do."""
    for variable in ("KEYING_DATA_DIR", "KEYING_CACHE_DIR"):
        monkeypatch.delenv(variable, raising=False)
        if keying_set:
            monkeypatch.setenv(variable, str(tmp_path / variable))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    assert dirs.data_folder() == str(dirs.data_dir())
    assert dirs.cache_folder() == str(dirs.cache_dir())
    assert ("KEYING" in dirs.data_folder()) == keying_set


@pytest.mark.skipif(sys.platform != "linux", reason="the folders are worked out here on Linux")
def test_keying_reconcile_starts_without_platformdirs(tmp_path: Path) -> None:
    """Its log in the data folder, its form's copy in the cache folder: found without
    platformdirs; and the log file's rotating handler is made when first written to."""
    form, empty = tmp_path / "form.yaml", tmp_path / "empty.jsonl"
    sim.write_form(str(form))
    empty.write_bytes(b"")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KEYING_", "XDG_"))}
    env["HOME"] = str(tmp_path / "home")
    script = (
        "import sys\n"
        "from keying.cli import main\n"
        f"code = main(['reconcile', '--form', {str(form)!r}, {str(empty)!r}, {str(empty)!r}])\n"
        "print(' '.join(n for n in ('platformdirs', 'logging.handlers') if n in sys.modules))\n"
        "sys.exit(code)\n"
    )
    for _ in range(2):  # the first run checks the form and writes its copy
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.split() == []
    assert (tmp_path / "home" / ".local" / "share" / "keying" / "keying.log").is_file()
    assert list((tmp_path / "home" / ".cache" / "keying" / "forms").iterdir())
