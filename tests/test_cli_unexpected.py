"""A fault of keying itself in a command is one line and exit 70, the traceback in the log
(the standard: every CLI error is one line and an exit code); --verbose shows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from keying import cli
from keying.commands import reconcile


def _broken(args: object) -> int:
    raise TypeError("Encoding objects of type\nLocalText is unsupported")


def test_an_unexpected_error_is_one_line_and_exit_70(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(reconcile, "run", _broken)
    empty = tmp_path / "a.jsonl"
    empty.write_text("")
    code = cli.main(["reconcile", "--form", "f.yaml", str(empty), str(empty)])
    err = capsys.readouterr().err
    assert code == cli.EX_SOFTWARE == 70
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "unexpected error (TypeError: Encoding objects of type LocalText is unsupported)" in err
    log = Path(err.rsplit("the details are in ", 1)[1].strip())
    assert "Traceback" in log.read_text(encoding="utf-8")


def test_verbose_shows_the_traceback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(reconcile, "run", _broken)
    empty = tmp_path / "a.jsonl"
    empty.write_text("")
    with pytest.raises(TypeError):
        cli.main(["reconcile", "--verbose", "--form", "f.yaml", str(empty), str(empty)])
