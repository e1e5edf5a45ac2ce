"""`keying reconcile --jobs N` reading ahead (keying.reconcile.ahead): with the passes in the
same order, raw lines go to the workers in chunks; whatever a chunk holds (a malformed line,
a document again, one missing or extra, passes out of step, a line too long, a third pass),
the run writes the same bytes, the same reports in the same order and exits as `--jobs 1`,
and chunks that are plain are reconciled by the workers, not line by line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from keying.bench import simulator as sim
from keying.cli import main
from keying.reconcile import ahead as ahead_module
from keying.reconcile import jobs, jsonl
from keying.reconcile.ahead import Ahead
from keying.reconcile.jobs import Workers
from tests.test_reconcile_jobs import killed_worker_stops_the_run

N = 120
CHUNK = 7

Lines = list[str]


def _files(tmp_path: Path, change: Callable[[Lines, Lines, Lines], None]) -> dict[str, Path]:
    """A, B and C in the same order, then changed by `change(a, b, c)` (lists of lines)."""
    docs = sim.simulate(N, seed=31)
    third = sim.simulate(N, seed=32)
    p = {k: tmp_path / f"{k}.jsonl" for k in ("a", "b", "c")}
    p["form"] = tmp_path / "form.yaml"
    sim.write_jsonl(docs, str(p["a"]), str(p["b"]))
    sim.write_form(str(p["form"]))
    c = [
        json.dumps({"document": d.document, "values": t.b.values}, ensure_ascii=False)
        for d, t in zip(docs, third, strict=True)
    ]
    a = p["a"].read_text(encoding="utf-8").splitlines()
    b = p["b"].read_text(encoding="utf-8").splitlines()
    change(a, b, c)
    for key, lines in (("a", a), ("b", b), ("c", c)):
        p[key].write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return p


def _nothing(a: Lines, b: Lines, c: Lines) -> None:
    return None


def _malformed_in_b(a: Lines, b: Lines, c: Lines) -> None:
    b.insert(50, "{not json")


def _again_in_a(a: Lines, b: Lines, c: Lines) -> None:
    a.insert(61, a[60])


def _again_across_chunks_in_b(a: Lines, b: Lines, c: Lines) -> None:
    b[90] = b[30]


def _again_in_both(a: Lines, b: Lines, c: Lines) -> None:
    a[90], b[90], c[90] = a[30], b[30], c[30]  # the passes in step: only `FirstSeen` knows
    a[100], b[100], c[100] = a[99], b[99], c[99]  # and within a chunk


def _missing_in_b(a: Lines, b: Lines, c: Lines) -> None:
    del b[70]


def _extra_at_the_end_of_b(a: Lines, b: Lines, c: Lines) -> None:
    b.append(json.dumps({"document": "ONLY-B", "values": {"form_no": "AB-123456"}}))


def _swapped_in_b(a: Lines, b: Lines, c: Lines) -> None:
    b[40], b[41] = b[41], b[40]


def _numbers_and_blank_lines(a: Lines, b: Lines, c: Lines) -> None:
    row = json.loads(a[33])
    row["values"]["household_size"] = 4  # a JSON number: the general path, still well-formed
    a[33] = json.dumps(row)
    b.insert(80, "   ")
    a.insert(20, "")


def _lone_surrogate_in_a(a: Lines, b: Lines, c: Lines) -> None:
    a[45] = a[45].replace('"values": {', '"values": {"remarks": "\\ud800", ', 1)


def _line_too_long_in_b(a: Lines, b: Lines, c: Lines) -> None:
    row = json.loads(b[55])
    row["padding"] = "x" * 5000  # over the limit this test sets (other keys are ignored)
    b[55] = json.dumps(row)


def _c_lacks_one(a: Lines, b: Lines, c: Lines) -> None:
    del c[66]


CHANGES = [
    _nothing,
    _malformed_in_b,
    _again_in_a,
    _again_across_chunks_in_b,
    _again_in_both,
    _missing_in_b,
    _extra_at_the_end_of_b,
    _swapped_in_b,
    _numbers_and_blank_lines,
    _lone_surrogate_in_a,
    _line_too_long_in_b,
    _c_lacks_one,
]


def _run(capsys: pytest.CaptureFixture[str], p: dict[str, Path], *more: str) -> tuple[Any, ...]:
    out = p["a"].parent / "out.jsonl"
    code = main(
        ["reconcile", "--form", str(p["form"]), str(p["a"]), str(p["b"]), "--out", str(out), *more]
    )
    return code, out.read_bytes(), capsys.readouterr().err


@pytest.mark.parametrize("change", CHANGES, ids=lambda f: f.__name__.strip("_"))
def test_reading_ahead_writes_what_one_process_writes(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    change: Callable[[Lines, Lines, Lines], None],
) -> None:
    monkeypatch.setattr(Workers, "CHUNK", CHUNK)
    monkeypatch.setattr(jsonl, "_READ", 4000)  # lines over 4,000 bytes are too long
    sent: list[str] = []
    submit = Workers.submit

    def counted(self: Workers, fn: Any, arg: Any) -> Any:
        sent.append(fn.__name__)
        return submit(self, fn, arg)

    monkeypatch.setattr(Workers, "submit", counted)
    kept: list[int] = []  # documents of the chunks read ahead and kept
    first = Ahead._first

    def kept_documents(self: Ahead, documents: list[str], linenos: Any) -> bool:
        new = first(self, documents, linenos)
        if new:
            kept.append(len(documents))
        return new

    monkeypatch.setattr(Ahead, "_first", kept_documents)
    p = _files(tmp_path, change)
    for more in ((), ("--third", str(p["c"])), ("--explain-all",)):
        one = _run(capsys, p, *more, "--jobs", "1")
        assert not sent
        many = _run(capsys, p, *more, "--jobs", "2")
        assert one[0] == many[0]
        assert one[1] == many[1]  # byte for byte
        assert one[2] == many[2]  # the same reports, in the same order
        assert "Traceback" not in one[2]
        if change in (_nothing, _numbers_and_blank_lines):
            assert one[0] == 0 and one[1].count(b"\n") == N
        ahead = sent.count("work_ahead")
        if change in (_nothing, _numbers_and_blank_lines):
            # every document after the warm-up (reconciled in the reading process) read
            # ahead; the last chunks smaller (`ahead.TAIL`)
            assert sum(kept) == N - Workers.WARM and "_work" not in sent
            assert ahead == len(kept) > -(-(N - Workers.WARM) // CHUNK)
            assert max(kept) == CHUNK and kept[-1] <= CHUNK // ahead_module.TAIL
        else:
            assert ahead >= 2  # some chunks read ahead before the odd line
            assert one[1].count(b"\n") >= N - 2  # (documents again are written once)
        sent.clear()
        kept.clear()


def test_a_worker_killed_while_reading_ahead_stops_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fortieth = sim.simulate(N, seed=31)[39].a.values["form_no"]  # (read ahead: same order)
    killed_worker_stops_the_run(_files(tmp_path, _nothing), fortieth, capsys, monkeypatch)


def test_a_run_that_ends_within_the_first_chunk_after_the_warm_up_starts_no_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the documents after the warm-up do not fill a chunk
    monkeypatch.setattr(Workers, "CHUNK", N - Workers.WARM + 1)

    def refuse(*args: object) -> None:
        raise AssertionError("a pool was started")

    p = _files(tmp_path, _nothing)
    one = _run(capsys, p, "--jobs", "1")
    monkeypatch.setattr(jobs, "_start", refuse)
    many = _run(capsys, p, "--jobs", "2")
    assert one == many and one[0] == 0 and one[1].count(b"\n") == N


def test_sigterm_while_reading_ahead_stops_the_run_and_keeps_the_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import signal

    monkeypatch.setattr(Workers, "CHUNK", 10)
    p = _files(tmp_path, _nothing)
    me = os.getpid()
    submit = Workers.submit
    sent: list[str] = []

    def terminated_at_the_third_chunk(self: Workers, fn: Any, arg: Any) -> Any:
        sent.append(fn.__name__)
        if len(sent) == 3:
            assert self.pool is not None and fn.__name__ == "work_ahead"
            os.kill(me, signal.SIGTERM)
        return submit(self, fn, arg)

    monkeypatch.setattr(Workers, "submit", terminated_at_the_third_chunk)
    before = signal.getsignal(signal.SIGTERM)
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"old\n")
    args = ["reconcile", "--form", str(p["form"]), str(p["a"]), str(p["b"]), "--out", str(out)]
    code = main([*args, "--jobs", "2"])
    err = capsys.readouterr().err
    assert code == 143
    assert err.splitlines()[-1] == "keying reconcile: stopped: terminated (SIGTERM)"
    assert "Traceback" not in err
    assert out.read_bytes() == b"old\n"
    assert not list(tmp_path.glob("*.part")), "the temporary file was left behind"
    assert signal.getsignal(signal.SIGTERM) == before


@pytest.mark.parametrize("seed", range(40))
def test_a_chunk_s_byte_range_holds_the_lines_reading_line_by_line_gives(
    tmp_path: Path, seed: int
) -> None:
    """`ahead.next_lines` (where the reading process cuts a chunk) and `jobs._lines` (what a
    worker reads of it) take the lines `jsonl.iter_lines` yields, with the same numbers:
    blank and whitespace lines skipped, CRLF, a last line without a newline, blocks smaller
    than a chunk, lines too long (None, as `iter_lines` yields them: then line by line)."""
    import os
    import random

    from keying.reconcile.ahead import next_lines

    rnd = random.Random(seed)
    pieces = []
    for _ in range(rnd.randrange(1, 60)):
        kind = rnd.random()
        if kind < 0.1:
            pieces.append(rnd.choice([b"\n", b"  \n", b"\t\r\n", b"\r\n"]))
        else:
            body = b'{"document": "' + str(rnd.randrange(10**6)).encode() + b'"}'
            body += b" " * rnd.choice([0, 0, 5, 60, 200])
            pieces.append(body + rnd.choice([b"\n", b"\r\n"]))
    if rnd.random() < 0.5:
        pieces[-1] = pieces[-1].rstrip(b"\r\n") or b"{}"  # no newline at the end
    path = tmp_path / "f.jsonl"
    path.write_bytes(b"".join(pieces))
    limit = rnd.choice([64, 300, 1 << 20])
    size = rnd.randrange(1, 12)
    with open(path, "rb") as f:
        fd = f.fileno()
        want = list(jsonl_lines(f, limit))
        start, lineno, i = 0, 0, 0
        while True:
            found = next_lines(fd, start, lineno, size, limit, rnd.choice([8, 100, 4096]))
            taken = want[i : i + size]
            if any(line is None for _, _, line in taken):
                assert found is None  # a line too long: read line by line from here
                break
            assert found is not None
            end, last, numbers = found
            assert numbers == [n for n, _, _ in taken]
            assert jobs._lines(fd, start, end) == [line.rstrip(b"\n") for _, _, line in taken]
            if not taken:
                assert end == os.path.getsize(path)
                break
            start, lineno, i = end, last, i + size


def jsonl_lines(f: Any, limit: int) -> Any:
    """`jsonl.iter_lines` with lines over `limit` bytes too long (as the test above sets)."""
    import unittest.mock

    with unittest.mock.patch.object(jsonl, "_READ", limit):
        yield from jsonl.iter_lines(f)


@pytest.mark.parametrize(("tail", "too_long"), [(b"x" * 63 + b"\n", False), (b"x" * 64, True)])
def test_a_last_line_of_the_limit_without_a_newline_is_too_long_as_line_by_line(
    tmp_path: Path, tail: bytes, too_long: bool
) -> None:
    from keying.reconcile.ahead import next_lines

    path = tmp_path / "f.jsonl"
    path.write_bytes(b"{}\n" + tail)
    with open(path, "rb") as f:
        assert (list(jsonl_lines(f, 64))[-1][2] is None) is too_long
        found = next_lines(f.fileno(), 0, 0, 5, 64, 16)
    assert (found is None) is too_long


@pytest.mark.parametrize("repeat", [None, 0, 5, 10])
def test_all_new_answers_as_first_line_of_each_document(tmp_path: Path, repeat: int | None) -> None:
    """`FirstSeen.all_new` (a chunk's documents at once, `seen.first_maybe_seen` compiled)
    says what `first_line` of each says, in order: True only when every one is new, and the
    file remembers them (a document again later is found, with its first line)."""
    docs = [f"D-{n}" for n in range(12)]
    if repeat is not None:
        docs[-1] = docs[repeat]  # within the chunk
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps({"document": d}) + "\n" for d in docs), encoding="utf-8")
    one, many = jsonl.FirstSeen(str(path), ()), jsonl.FirstSeen(str(path), ())
    answers = [one.first_line(d, n) for n, d in enumerate(docs, 1)]
    assert many.all_new(docs[:6], list(range(1, 7)))
    assert many.all_new(docs[6:], list(range(7, 13))) == all(a is None for a in answers)
    assert answers[-1] == (None if repeat is None else repeat + 1)
    assert many.first_line(docs[3], 40) == one.first_line(docs[3], 40) == 4
