"""`keying reconcile` on JSONL files, and reconciliation of the real receipts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from keying.bench import simulator as sim
from keying.cli import main
from keying.forms import load_form
from keying.forms.values import parse_number
from keying.paths import FORMS_DIR
from keying.reconcile import reconcile


def _files(
    tmp_path: Path, n: int, shuffle: int | None = None
) -> tuple[list[sim.SimDoc], Path, Path, Path]:
    docs = sim.simulate(n, seed=11)
    a, b, form = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "form.yaml"
    sim.write_jsonl(docs, str(a), str(b), shuffle_b=shuffle)
    sim.write_form(str(form))
    return docs, a, b, form


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, Any]], str]:
    code = main(["reconcile", *args])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_cli_matches_the_function_in_order_of_a(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs, a, b, form = _files(tmp_path, 150)
    code, lines, err = _run(capsys, "--form", str(form), str(a), str(b))
    assert code == 0, err
    assert err == ""  # no progress when stderr is not a terminal
    assert [line["document"] for line in lines] == [d.document for d in docs]
    survey = sim.survey_form()
    for d, line in zip(docs, lines, strict=True):
        result = reconcile(survey, d.a.values, d.b.values)
        want = json.loads(json.dumps(result.to_json(d.document)))
        # without --explain-all, fields keyed identically have no explanation
        decided = result.reasons or {}
        want["explanations"] = {k: v for k, v in want["explanations"].items() if k in decided}
        assert line == want
    assert {line["status"] for line in lines} == {"agreed", "discrepant"}
    code, lines, err = _run(capsys, "--form", str(form), str(a), str(b), "--explain-all")
    assert code == 0, err
    for d, line in zip(docs, lines, strict=True):
        assert line == json.loads(
            json.dumps(reconcile(survey, d.a.values, d.b.values).to_json(d.document))
        )


def test_cli_b_in_another_order_gives_the_same_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, a, b, form = _files(tmp_path, 120)
    out1, out2 = tmp_path / "o1.jsonl", tmp_path / "o2.jsonl"
    assert main(["reconcile", "--form", str(form), str(a), str(b), "--out", str(out1)]) == 0
    shuffled = tmp_path / "bs.jsonl"
    lines = b.read_text(encoding="utf-8").splitlines()
    shuffled.write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    assert main(["reconcile", "--form", str(form), str(a), str(shuffled), "--out", str(out2)]) == 0
    assert out1.read_text(encoding="utf-8") == out2.read_text(encoding="utf-8")
    assert capsys.readouterr().err == ""


def test_cli_malformed_lines_and_missing_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs, a, b, form = _files(tmp_path, 20)
    a_lines = a.read_text(encoding="utf-8").splitlines()
    a_lines[3] = '{"document": "S-000004", "values": '  # cut short
    a_lines.insert(6, "[1, 2]")
    a.write_text("\n".join(a_lines) + "\n", encoding="utf-8")
    b_lines = b.read_text(encoding="utf-8").splitlines()
    del b_lines[9]  # S-000010 missing in B
    b_lines.append(json.dumps({"document": "X-1", "values": {}}))  # only in B
    b_lines.insert(1, "not json")  # read in lockstep, before B is indexed (out of order)
    b.write_text("\n".join(b_lines) + "\n", encoding="utf-8")
    code, lines, err = _run(capsys, "--form", str(form), str(a), str(b))
    assert code == 1
    assert err.count(f"{b}:2: not valid JSON") == 1  # reported once, not again by the index
    assert f"{a}:4: not valid JSON" in err
    assert f"{a}:7: a line must be one JSON object" in err
    assert "S-000010" in err and "missing" in err
    assert "X-1" in err
    by_doc = {line["document"]: line for line in lines}
    # A's line of S-000004 is malformed: B's keying of it is reported as not in A.
    assert by_doc["S-000004"] == {"document": "S-000004", "status": "missing", "missing": ["a"]}
    assert by_doc["S-000010"] == {"document": "S-000010", "status": "missing", "missing": ["b"]}
    assert by_doc["X-1"]["status"] == "missing"
    reconciled = [line for line in lines if line["status"] != "missing"]
    assert len(reconciled) == len(docs) - 2  # every other document still reconciled


def test_cli_third_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, a, b, form = _files(tmp_path, 60)
    c = tmp_path / "c.jsonl"
    c.write_text(a.read_text(encoding="utf-8"), encoding="utf-8")  # C keyed exactly as A
    code, lines, err = _run(capsys, "--form", str(form), str(a), str(b), "--third", str(c))
    assert code == 0, err
    # With C = A, every disagreement of A and B is settled 2 of 3 in favour of A.
    assert all(line["status"] == "agreed" for line in lines)
    assert any(line["dissent"] for line in lines)
    assert all(set(v) <= {"b"} for line in lines for v in line["dissent"].values())


def test_cli_bad_form(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("form: x\n", encoding="utf-8")
    empty = tmp_path / "a.jsonl"
    empty.write_text("", encoding="utf-8")
    assert main(["reconcile", "--form", str(bad), str(empty), str(empty)]) == 1
    assert str(bad) in capsys.readouterr().err


@pytest.mark.slow
def test_cli_20k_documents_out_of_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs, a, b, form = _files(tmp_path, 20000, shuffle=3)
    out = tmp_path / "out.jsonl"
    assert main(["reconcile", "--form", str(form), str(a), str(b), "--out", str(out)]) == 0
    with out.open(encoding="utf-8") as f:
        ids = [json.loads(line)["document"] for line in f]
    assert ids == [d.document for d in docs]


# --- real receipts -------------------------------------------------------------------


def test_real_receipts(receipts_dir: Path) -> None:
    form = load_form(FORMS_DIR / "receipt.yaml").definition
    keys = sorted((receipts_dir / "key").glob("*.json"))
    assert keys
    for path in keys:
        truth = json.loads(path.read_text(encoding="utf-8"))
        a = {k: truth[k] for k in ("company", "date", "address", "total")}
        # Benign: extra spaces in the address, the total without its trailing zero or with
        # thousands separators, the same date keyed with another separator.
        b = dict(a, address=a["address"].replace(", ", ",  "), company=f" {a['company']}")
        if parse_number(a["total"]) is not None and a["total"].endswith("0") and "." in a["total"]:
            b["total"] = a["total"].rstrip("0").rstrip(".")
        # (a total keyed with "RM" does not parse: compared as text, "RM367.10" ≠ "RM367.1")
        if "/" in a["date"]:
            b["date"] = a["date"].replace("/", "-")
        r = reconcile(form, a, b)
        assert r.status == "agreed", (path.name, r.discrepancies)
        # A misread total is always flagged, however close.
        wrong = dict(
            a, total=a["total"].replace(".", "", 1) if "." in a["total"] else a["total"] + "0"
        )
        r = reconcile(form, a, wrong)
        assert [d.field for d in r.discrepancies] == ["total"], path.name
        # Letter case matters in the company name (keyed as printed).
        r = reconcile(form, a, dict(a, company=a["company"].title()))
        if a["company"] != a["company"].title():
            assert [d.field for d in r.discrepancies] == ["company"]


def test_cli_documents_a_lacks_are_written_once_with_every_pass_lacking_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only in B and C: one record, missing in A (not one for B and another for C); only in
    B: missing in A and C; only in C: missing in A and B."""
    _, a, b, form = _files(tmp_path, 3)
    c = tmp_path / "c.jsonl"
    c.write_text(b.read_text(encoding="utf-8"), encoding="utf-8")

    def add(path: Path, *docs: str) -> None:
        with path.open("a", encoding="utf-8") as f:
            for doc in docs:
                f.write(json.dumps({"document": doc, "values": {}}) + "\n")

    add(b, "X-both", "Y-b-only")
    add(c, "Z-c-only", "X-both")  # C in another order than B
    code, lines, err = _run(capsys, "--form", str(form), str(a), str(b), "--third", str(c))
    assert code == 1
    missing = [(line["document"], line["missing"]) for line in lines if line["status"] == "missing"]
    assert missing == [("X-both", ["a"]), ("Y-b-only", ["a", "c"]), ("Z-c-only", ["a", "b"])]
    assert len(lines) == 6
    assert err.count("X-both") == 1
    assert f"document Y-b-only is not in {a} nor in {c}" in err
    assert f"document Z-c-only is not in {a} nor in {b}" in err


def test_the_start_up_figure_runs_the_cli_on_empty_files(tmp_path: Path) -> None:
    from keying.bench.reconcile import _startup

    assert 0 < _startup(tmp_path, 1) < 120  # raises if the run fails
    assert (tmp_path / "empty.jsonl").read_bytes() == b""
