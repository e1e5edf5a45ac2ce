"""`keying reconcile --jobs N` (keying.reconcile.jobs): worker processes write the same bytes,
in the same order, with the same reports and exit status as one process — two and three
passes, B in another order, malformed lines, repeats and missing documents, whatever the
chunk size; a run smaller than a chunk starts no process."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from keying.bench import simulator as sim
from keying.cli import main
from keying.reconcile import jobs
from keying.reconcile.jobs import Workers


def _batch(tmp_path: Path, n: int) -> dict[str, Path]:
    """A, B (another order, with malformed lines, a repeat and a document A lacks) and C."""
    docs = sim.simulate(n, seed=21)
    third = sim.simulate(n, seed=22)
    p = {k: tmp_path / f"{k}.jsonl" for k in ("a", "b", "c")}
    p["form"] = tmp_path / "form.yaml"
    sim.write_jsonl(docs, str(p["a"]), str(p["b"]), shuffle_b=5)
    sim.write_form(str(p["form"]))
    lines_b = p["b"].read_text(encoding="utf-8").splitlines()
    lines_b.insert(3, "{not json")
    lines_b.insert(9, lines_b[10])  # a document again
    lines_b.append(json.dumps({"document": "ONLY-B", "values": {"form_no": "AB-123456"}}))
    del lines_b[20]  # a document of A missing in B
    p["b"].write_text("\n".join(lines_b) + "\n", encoding="utf-8")
    with open(p["c"], "w", encoding="utf-8") as f:
        rows = [(d.document, t.b.values) for d, t in zip(docs, third, strict=True)]
        random.Random(3).shuffle(rows)
        for document, values in rows[5:]:  # C lacks some
            f.write(json.dumps({"document": document, "values": values}) + "\n")
        f.write('{"document": "X", "values": {"form_no": NaN}}\n')
    return p


def _run(
    capsys: pytest.CaptureFixture[str], p: dict[str, Path], out: Path, *more: str
) -> tuple[int, bytes, str]:
    code = main(["reconcile", "--form", str(p["form"]), str(p["a"]), str(p["b"]), *more])
    code2 = main(
        ["reconcile", "--form", str(p["form"]), str(p["a"]), str(p["b"]), "--out", str(out), *more]
    )
    err = capsys.readouterr().err
    assert code == code2
    return code, out.read_bytes(), err


@pytest.mark.parametrize(("chunk", "n_jobs"), [(1, 2), (7, 3), (30, 2)])
def test_workers_write_what_one_process_writes(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    chunk: int,
    n_jobs: int,
) -> None:
    p = _batch(tmp_path, 90)
    monkeypatch.setattr(Workers, "CHUNK", chunk)
    started: list[tuple[Any, ...]] = []
    start = jobs._start

    def counted(*args: Any) -> Any:
        started.append(args)
        return start(*args)

    monkeypatch.setattr(jobs, "_start", counted)
    for more in ((), ("--third", str(p["c"])), ("--explain-all",)):
        one = _run(capsys, p, tmp_path / "one.jsonl", *more, "--jobs", "1")
        many = _run(capsys, p, tmp_path / "many.jsonl", *more, "--jobs", str(n_jobs))
        assert one[0] == many[0] == 1  # malformed lines, missing documents
        assert one[1] == many[1]  # byte for byte
        assert one[2] == many[2]  # the same reports, in the same order
        assert one[1].count(b"\n") == 91 and b'"missing"' in one[1]
        assert "{not json" not in one[2] and "b.jsonl:4: not valid JSON" in one[2]
    assert len(started) == 6 and all(args[2] == n_jobs for args in started)


def test_a_run_smaller_than_a_chunk_starts_no_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    p = _batch(tmp_path, 30)

    def refuse(*args: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(jobs, "_start", refuse)
    code, out, err = _run(capsys, p, tmp_path / "out.jsonl", "--jobs", "4")
    assert code == 1 and out.count(b"\n") == 31, err
    one = _run(capsys, p, tmp_path / "one.jsonl", "--jobs", "1")
    assert one[1] == out


@pytest.mark.parametrize("bad", ["0", "-1", "two", "257"])
def test_jobs_must_be_a_number_of_processes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    p = _batch(tmp_path, 30)
    with pytest.raises(SystemExit) as exc:
        main(["reconcile", "--form", str(p["form"]), str(p["a"]), str(p["b"]), "--jobs", bad])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "not a number of processes from 1 to 256" in err
    assert "Traceback" not in err


def test_the_default_is_one_job_per_processor() -> None:
    import os

    assert jobs.default_jobs() == len(os.sched_getaffinity(0))


def killed_worker_stops_the_run(
    p: dict[str, Path],
    form_no: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker that ends without its chunk (the OOM killer, `kill -9`: here on the document
    whose form number is `form_no`) is no hang and no traceback: one line, exit 1, an
    existing output left as it was (tests/test_reconcile_ahead.py, reading ahead, too)."""
    import os

    monkeypatch.setattr(Workers, "CHUNK", 10)
    reconcile = jobs.reconcile

    def dies_on_it(form: Any, *keyings: Any) -> Any:
        if keyings[0] is not None and keyings[0].get("form_no") == form_no:
            os._exit(9)  # in a worker (documents 11 on are reconciled there)
        return reconcile(form, *keyings)

    monkeypatch.setattr(jobs, "reconcile", dies_on_it)
    out = p["a"].parent / "out.jsonl"
    out.write_bytes(b"old\n")
    args = ["reconcile", "--form", str(p["form"]), str(p["a"]), str(p["b"]), "--out", str(out)]
    code = main([*args, "--jobs", "2"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.splitlines()[-1] == (
        "keying reconcile: stopped: a worker process ended unexpectedly (killed?)"
    )
    assert "Traceback" not in err
    assert out.read_bytes() == b"old\n"


def test_a_worker_killed_stops_the_run_with_one_line_and_keeps_the_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fortieth = sim.simulate(60, seed=21)[39].a.values["form_no"]
    killed_worker_stops_the_run(_batch(tmp_path, 60), fortieth, capsys, monkeypatch)


@pytest.mark.parametrize("workers", [1, 2])
def test_sigterm_stops_the_run_and_keeps_the_output(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    workers: int,
) -> None:
    """SIGTERM (a shutdown, `kill`) in the middle of a run with --out is handled as Ctrl+C
    is: one line, exit 143, the existing output as it was and no temporary file left."""
    import os
    import signal

    p = _batch(tmp_path, 60)
    monkeypatch.setattr(Workers, "CHUNK", 10)
    me = os.getpid()
    if workers == 1:
        reconcile = jobs.reconcile
        seen = []

        def terminated_at_the_thirtieth(form: Any, *keyings: Any) -> Any:
            seen.append(1)
            if len(seen) == 30 and os.getpid() == me:
                os.kill(me, signal.SIGTERM)
            return reconcile(form, *keyings)

        monkeypatch.setattr(jobs, "reconcile", terminated_at_the_thirtieth)
    else:
        send = Workers._send
        sent = []

        def terminated_at_the_third_chunk(self: Workers) -> None:
            sent.append(1)
            if len(sent) == 3:
                assert self.pool is not None  # the workers are running
                os.kill(me, signal.SIGTERM)
            send(self)

        monkeypatch.setattr(Workers, "_send", terminated_at_the_third_chunk)
    before = signal.getsignal(signal.SIGTERM)
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"old\n")
    args = ["reconcile", "--form", str(p["form"]), str(p["a"]), str(p["b"]), "--out", str(out)]
    code = main([*args, "--jobs", str(workers)])
    err = capsys.readouterr().err
    assert code == 143
    assert err.splitlines()[-1] == "keying reconcile: stopped: terminated (SIGTERM)"
    assert "Traceback" not in err
    assert out.read_bytes() == b"old\n"
    assert not list(tmp_path.glob("*.part")), "the temporary file was left behind"
    assert signal.getsignal(signal.SIGTERM) == before  # the caller's handler is back


def test_without_fork_jobs_is_one_process_with_the_same_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where processes cannot be forked (Windows), `--jobs N` and the default reconcile in
    the reading process: the same bytes, no traceback."""
    import os

    p = _batch(tmp_path, 300)
    one = _run(capsys, p, tmp_path / "one.jsonl", "--jobs", "1")

    def refuse(*args: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(jobs, "_start", refuse)
    monkeypatch.delattr(os, "fork")
    assert jobs.default_jobs() == 1
    for more in (("--jobs", "2"), ()):
        many = _run(capsys, p, tmp_path / "many.jsonl", *more)
        assert many == one and "Traceback" not in many[2]
