"""`keying reconcile` on bad and hostile input: one line per problem, the run goes on, the
output file is replaced only when the run completes (issue 10 items 2, 7, 8, 9, 10)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from keying.bench import simulator as sim
from keying.cli import main
from keying.reconcile.lines import MAX_ROWS, MAX_VALUE_CHARS
from tests.faults import fill, mount_tmpfs

OK_A = {"document": "d0", "values": {"head_name": "Sokha", "household_size": "3"}}


def _line(doc: str, **values: Any) -> str:
    return json.dumps({"document": doc, "values": values}, ensure_ascii=False)


def _setup(tmp_path: Path, a_lines: list[str], b_lines: list[str]) -> tuple[Path, Path, Path]:
    form, a, b = tmp_path / "form.yaml", tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    sim.write_form(str(form))
    # These documents key a few fields only: make every field optional, or each field that no
    # pass keyed would be `not_keyed` and no document here could agree.
    definition = yaml.safe_load(form.read_text(encoding="utf-8"))
    for field in definition["fields"]:
        field["required"] = False
    form.write_text(yaml.safe_dump(definition, allow_unicode=True, sort_keys=False), "utf-8")
    a.write_text("".join(line + "\n" for line in a_lines), encoding="utf-8")
    b.write_text("".join(line + "\n" for line in b_lines), encoding="utf-8")
    return form, a, b


def _run(
    capsys: pytest.CaptureFixture[str], form: Path, a: Path, b: Path, *more: str
) -> tuple[int, list[dict[str, Any]], str]:
    code = main(["reconcile", "--form", str(form), str(a), str(b), *more])
    out, err = capsys.readouterr()
    return code, [json.loads(x) for x in out.splitlines()], err


# --- item 2: a valid JSON line that is not text, NaN and Infinity ------------------------


def test_lone_surrogate_is_reported_per_line_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = '{"document": "d1", "values": {"head_name": "\\ud800"}}'
    form, a, b = _setup(tmp_path, [_line("d0", head_name="A"), bad, _line("d2")], [])
    b.write_text(a.read_text(encoding="utf-8"), encoding="utf-8")
    b_lines = b.read_text(encoding="utf-8").splitlines()
    b_lines[1] = _line("d1", head_name="Sokha")
    b.write_text("\n".join(b_lines) + "\n", encoding="utf-8")
    code, lines, err = _run(capsys, form, a, b)
    assert code == 1
    assert f"{a}:2: field head_name: a lone surrogate (U+D800) is not text" in err
    assert "Traceback" not in err
    by_doc = {x["document"]: x for x in lines}
    assert by_doc["d0"]["status"] == "agreed" and by_doc["d2"]["status"] == "agreed"
    assert by_doc["d1"] == {"document": "d1", "status": "missing", "missing": ["a"]}


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused_per_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], literal: str
) -> None:
    bad = '{"document": "d1", "values": {"monthly_income": ' + literal + "}}"
    form, a, b = _setup(tmp_path, [bad, _line("d2")], [_line("d1"), _line("d2")])
    code, lines, err = _run(capsys, form, a, b)
    assert code == 1
    assert f"{a}:1: {literal} is not a JSON value (numbers must be finite)" in err
    assert all(literal.lower() not in json.dumps(x).lower() for x in lines)


# --- item 9: non-scalars refused, number literals kept as written --------------------------


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ('{"head_name": {"x": 1}}', "field head_name: an object is not a keyed value"),
        ('{"head_name": ["SHOP"]}', "field head_name: a list is not a keyed value (not a table)"),
        ('{"members": "Sokha"}', "field members is a table: a list of row objects, or null"),
        ('{"members": [["a"]]}', "field members, row 1: a row must be an object"),
        (
            '{"members": [{"name": "A", "age": [1]}]}',
            "field members, row 1, column age: a list is not a keyed value",
        ),
        (
            '{"members": [{"name": "A"}, {"name": {"first": "B"}}]}',
            "field members, row 2, column name: an object is not a keyed value",
        ),
    ],
)
def test_non_scalar_values_are_malformed_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], values: str, message: str
) -> None:
    bad = '{"document": "d1", "values": ' + values + "}"
    form, a, b = _setup(tmp_path, [bad], [bad])
    code, lines, err = _run(capsys, form, a, b)
    assert code == 1
    assert f"{a}:1: {message}" in err and f"{b}:1: {message}" in err
    assert lines == []  # nothing agreed from a value nobody keyed as text


def test_number_literals_are_kept_exactly_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_lines = [
        '{"document": "d1", "values": {"monthly_income": 12345678901234567890.55}}',
        '{"document": "d2", "values": {"monthly_income": 0.30000000000000004441}}',
        '{"document": "d3", "values": {"monthly_income": 1e-999, "rent": -0}}',
        '{"document": "d4", "values": {"household_size": 7, "rent": 12.50}}',
    ]
    b_lines = [
        '{"document": "d1", "values": {"monthly_income": "12345678901234567890.55"}}',
        '{"document": "d2", "values": {"monthly_income": 0.30000000000000004}}',
        '{"document": "d3", "values": {"monthly_income": "1e-999", "rent": "-0"}}',
        '{"document": "d4", "values": {"household_size": "7", "rent": "12.50"}}',
    ]
    form, a, b = _setup(tmp_path, a_lines, b_lines)
    code, lines, err = _run(capsys, form, a, b)
    assert code == 0, err
    by_doc = {x["document"]: x for x in lines}
    assert by_doc["d1"]["status"] == "agreed"
    assert by_doc["d1"]["values"]["monthly_income"] == "12345678901234567890.55"
    flagged = by_doc["d2"]["discrepancies"]
    assert [(d["a"], d["b"]) for d in flagged] == [
        ("0.30000000000000004441", "0.30000000000000004")
    ]
    assert by_doc["d3"]["status"] == "agreed"
    # keyed identically: no explanation in the output (docs/reconcile.md, The CLI)
    assert by_doc["d3"]["explanations"] == {} and by_doc["d4"]["explanations"] == {}
    code, lines, err = _run(capsys, form, a, b, "--explain-all")
    assert code == 0, err
    by_doc = {x["document"]: x for x in lines}
    assert by_doc["d3"]["explanations"]["monthly_income"] == "identical"
    assert by_doc["d3"]["explanations"]["rent"] == "identical"  # -0 read as "-0", not 0
    assert by_doc["d4"]["explanations"]["household_size"] == "identical"


# --- item 8: documents again ----------------------------------------------------------------


def test_a_document_again_is_reported_once_and_has_one_result(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_lines = [_line("d1", head_name="A"), _line("d2"), _line("d1", head_name="Z"), _line("d3")]
    b_lines = [_line("d1", head_name="A"), _line("d2"), _line("d3"), _line("d1", head_name="Q")]
    form, a, b = _setup(tmp_path, a_lines, b_lines)
    code, lines, err = _run(capsys, form, a, b)
    assert code == 1
    assert f"{a}:3: document d1 again (first on line 1)" in err
    assert f"{b}:4: document d1 again (first on line 1)" in err
    assert [x["document"] for x in lines] == ["d1", "d2", "d3"]  # one result each
    assert all(x["status"] == "agreed" for x in lines)  # the first keying counts
    assert "missing" not in err


def test_documents_again_in_a_file_out_of_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_lines = [_line(f"d{i}") for i in range(6)]
    # B in another order (indexed), d2 three times, d4 again before it is asked for.
    b_lines = [_line("d0"), _line("d2"), _line("d1"), _line("d2"), _line("d4")]
    b_lines += [_line("d3"), _line("d4", head_name="X"), _line("d5"), _line("d2")]
    form, a, b = _setup(tmp_path, a_lines, b_lines)
    code, lines, err = _run(capsys, form, a, b)
    assert code == 1
    assert f"{b}:4: document d2 again (first on line 2)" in err
    assert f"{b}:9: document d2 again (first on line 2)" in err
    assert f"{b}:7: document d4 again (first on line 5)" in err
    assert [x["document"] for x in lines] == [f"d{i}" for i in range(6)]
    assert {x["status"] for x in lines} == {"agreed"}
    assert err.count(" again (") == 3 and " is missing" not in err and " is not in " not in err


def test_a_document_again_after_many_documents_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The in-order duplicate check (a Bloom filter, then an exact index) on a long file."""
    ids = [f"doc-{i}" for i in range(3000)]
    a_lines = [_line(d) for d in ids] + [_line("doc-1234", head_name="late")]
    a_lines += [_line(d) for d in ("n1", "doc-7", "n2")]
    form, a, b = _setup(tmp_path, a_lines, [_line(d) for d in [*ids, "n1", "n2"]])
    code, lines, err = _run(capsys, form, a, b)
    assert code == 1
    assert err.splitlines() == [
        f"{a}:3001: document doc-1234 again (first on line 1235)",
        f"{a}:3003: document doc-7 again (first on line 8)",
    ]
    assert len(lines) == 3002 and {x["status"] for x in lines} == {"agreed"}


# --- item 7: the output file --------------------------------------------------------------


def _out_run(form: Path, a: Path, b: Path, out: Path | str) -> int:
    return main(["reconcile", "--form", str(form), str(a), str(b), "--out", str(out)])


def test_output_is_replaced_only_when_the_run_completes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form, a, b = _setup(tmp_path, [_line("d1"), "not json", _line("d2")], [_line("d1")])
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    os.chmod(out, 0o640)
    # A mistyped input: nothing is written, the old result stays.
    assert _out_run(form, a, tmp_path / "nope.jsonl", out) == 1
    assert "nope.jsonl" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "precious\n"
    # A bad line: the run completes (exit 1) and the output is whole.
    assert _out_run(form, a, b, out) == 1
    assert [json.loads(x)["document"] for x in out.read_text().splitlines()] == ["d1", "d2"]
    assert os.stat(out).st_mode & 0o777 == 0o640  # the file keeps its permissions
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_output_equal_to_an_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form, a, b = _setup(tmp_path, [_line("d1")], [_line("d1")])
    before = a.read_bytes()
    assert _out_run(form, a, b, a) == 1
    os.symlink(a, tmp_path / "link.jsonl")
    assert _out_run(form, a, b, tmp_path / "link.jsonl") == 1
    assert _out_run(form, a, b, f"{tmp_path}/./a.jsonl") == 1
    err = capsys.readouterr().err
    assert err.count("the output must be another file") == 3
    assert a.read_bytes() == before


@pytest.mark.parametrize("where", ["missing folder", "folder", "device"])
def test_output_that_cannot_be_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    form, a, b = _setup(tmp_path, [_line("d1")], [_line("d1")])
    out = {
        "missing folder": tmp_path / "no" / "out.jsonl",
        "folder": tmp_path,
        "device": Path("/dev/full"),
    }[where]
    assert _out_run(form, a, b, out) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("keying reconcile: ") and str(out) in err
    assert Path("/dev/full").is_char_device()


def test_output_on_a_read_only_file_system(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], read_only_dir: Path
) -> None:
    form, a, b = _setup(tmp_path, [_line("d1")], [_line("d1")])
    out = read_only_dir / "out.jsonl"
    assert _out_run(form, a, b, out) == 1
    err = capsys.readouterr().err
    assert err == (
        f"keying reconcile: {out}: cannot write in {read_only_dir}: Read-only file system\n"
    )
    assert list(read_only_dir.iterdir()) == []


def test_output_disk_full_midway_keeps_the_old_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form, a, b = _setup(tmp_path, [_line(f"d{i}") for i in range(3000)], [_line("d1")])
    with mount_tmpfs(tmp_path / "small", 256 * 1024) as small:
        out = small / "out.jsonl"
        out.write_text("old\n", encoding="utf-8")
        fill(small)
        assert _out_run(form, a, b, out) == 1
        err = capsys.readouterr().err
        assert err.endswith(
            f"keying reconcile: stopped: cannot write {out}: No space left on device\n"
        )
        assert out.read_text(encoding="utf-8") == "old\n"
        assert sorted(p.name for p in small.iterdir()) == ["filler.bin", "out.jsonl"]


def test_stdout_on_dev_full_and_a_closed_pipe(tmp_path: Path) -> None:
    form, a, b = _setup(tmp_path, [_line(f"d{i}") for i in range(3000)], [_line("d1")])
    cmd = [sys.executable, "-m", "keying", "reconcile", "--form", str(form), str(a), str(b)]
    with open("/dev/full", "wb") as full:
        done = subprocess.run(cmd, stdout=full, stderr=subprocess.PIPE, text=True, check=False)
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == (
        "keying reconcile: stopped: cannot write stdout: No space left on device"
    )
    assert "Traceback" not in done.stderr
    # stderr to a file: a pipe nobody reads could fill up and block the child
    with open(tmp_path / "err.txt", "w+", encoding="utf-8") as err_file:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err_file, text=True)
        assert proc.stdout is not None
        proc.stdout.readline()
        proc.stdout.close()
        assert proc.wait(timeout=300) == 1
        err_file.seek(0)
        err = err_file.read()
    assert "Traceback" not in err and "Exception ignored" not in err


@pytest.mark.parametrize("which", ["folder", "device"])
def test_input_that_is_not_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], which: str
) -> None:
    form, a, _ = _setup(tmp_path, [_line("d1")], [])
    b = tmp_path if which == "folder" else Path("/dev/zero")  # /dev/zero would never end
    assert main(["reconcile", "--form", str(form), str(a), str(b)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "inputs must be files" in err


# --- item 10: hostile sizes -----------------------------------------------------------------


def test_hostile_sizes_are_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deep = '{"document": "d1", "ignored": ' + "[" * 1000 + "]" * 1000 + ', "values": {}}'
    digits = '{"document": "d2", "values": {"monthly_income": ' + "9" * 5000 + "}}"
    huge = "x" * 1_000_000
    rows = [{"name": f"P{i}", "age": str(i % 90), "sex": "M"} for i in range(MAX_ROWS + 1)]
    a_lines = [
        deep,
        digits,
        _line("d3", address=huge),
        _line("d4", members=rows),
        _line("d5", address="y" * MAX_VALUE_CHARS),
    ]
    b_lines = [
        _line("d1"),
        digits,
        _line("d3", address=huge[:-1] + "y"),
        _line("d4", members=rows[:-1]),
        _line("d5", address="y" * MAX_VALUE_CHARS),
    ]
    form, a, b = _setup(tmp_path, a_lines, b_lines)
    code, lines, err = _run(capsys, form, a, b)
    assert code == 1
    problems = [x for x in err.splitlines() if x.startswith(f"{a}:")]
    assert problems == [
        f"{a}:1: JSON nested too deeply",
        f"{a}:3: field address: a value longer than {MAX_VALUE_CHARS:,} characters",
        f"{a}:4: field members: more than {MAX_ROWS:,} rows",
    ]
    by_doc = {x["document"]: x for x in lines}
    assert by_doc["d2"]["values"]["monthly_income"] == "9" * 5000  # kept, digit for digit
    assert by_doc["d5"]["status"] == "agreed"  # the limit itself is accepted


def test_tables_of_3000_rows_each_dropping_a_different_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        {"name": f"Person {i}", "age": str(20 + i % 60), "sex": "MF"[i % 2]} for i in range(3000)
    ]
    a_rows = rows[:1000] + rows[1001:]
    b_rows = rows[:2000] + rows[2001:]
    form, a, b = _setup(tmp_path, [_line("d1", members=a_rows)], [_line("d1", members=b_rows)])
    code, lines, err = _run(capsys, form, a, b)
    assert code == 0, err
    flagged = lines[0]["discrepancies"]
    assert sorted((d["kind"], d["row_a"], d["row_b"]) for d in flagged) == [
        ("extra_row", None, 1000),
        ("missing_row", 1999, None),
    ]
