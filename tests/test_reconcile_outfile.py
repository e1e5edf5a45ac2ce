"""`keying reconcile --out`'s temporary file (keying.commands.outfile): synced as it is written,
every `SYNC_EVERY` bytes, so that the sync before the rename has little left; the target
replaced only at the end."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from keying.commands import outfile
from keying.commands.outfile import AtomicOutput


def test_the_temporary_file_is_synced_as_it_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[bytes] = []
    out = AtomicOutput(str(tmp_path / "out.jsonl"))

    def sync(fd: int) -> None:
        assert fd == out.file.fileno()
        synced.append(Path(out.temp).read_bytes())  # flushed before the sync

    monkeypatch.setattr(outfile, "_sync_data", sync)
    monkeypatch.setattr(AtomicOutput, "SYNC_EVERY", 10)
    (tmp_path / "out.jsonl").write_bytes(b"old\n")
    for n in range(7):
        out.write(b"line %d\n" % n)  # 7 bytes each: a sync after every second line
    assert synced == [
        b"line 0\nline 1\n",
        b"line 0\nline 1\nline 2\nline 3\n",
        b"".join(b"line %d\n" % n for n in range(6)),
    ]
    assert (tmp_path / "out.jsonl").read_bytes() == b"old\n"  # not replaced yet
    out.commit()
    assert (tmp_path / "out.jsonl").read_bytes() == b"".join(b"line %d\n" % n for n in range(7))
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]
