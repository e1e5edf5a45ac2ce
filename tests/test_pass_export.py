"""Passes keyed elsewhere (`keying pass import`), gold values, and `keying export` in every
format, read back and compared with what was keyed; provenance of adjudicated values."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from keying.cli import main
from keying.forms import load_form
from keying.forms.values import check_value
from keying.reconcile.jsonl import LineError, parse_line
from keying.storage.engine import session_at
from keying.storage.models import (
    Adjudication,
    Discrepancy,
    Document,
    FinalRecord,
    Keying,
    Operator,
    Task,
)
from keying.storage.users import add_user
from tests import scans
from tests.support.world import ROOT

SURVEY = ROOT / "tests" / "data" / "generic_survey.yaml"
PASSWORD = "correct horse"


def _truth(i: int) -> dict[str, Any]:
    licensed = i % 2 == 0
    values: dict[str, Any] = {
        "stall_no": f"S{i:03d}",
        "owner_name": ["Chan Sokha", "Amina Wanjiru", "José Núñez"][i % 3],
        "visits": str(1 + i % 9),
        "takings": f"1{i % 10}.50",
        "opened": f"2001-0{1 + i % 9}-1{i % 10}",
        "licensed": "Y" if licensed else "N",
        "kind": "F" if i % 3 else "C",
        "goods": [{"item": "rice", "price": "2.5"}, {"item": "tea", "price": "1"}][: 1 + i % 2],
    }
    if licensed:
        values["licence_no"] = str(1000 + i)
    return values


def _jsonl(path: Path, rows: list[tuple[str, dict[str, Any]]]) -> Path:
    path.write_text(
        "".join(json.dumps({"document": d, "values": v}) + "\n" for d, v in rows),
        encoding="utf-8",
    )
    return path


def _users(url: str) -> None:
    with session_at(url) as session:
        for login, role in (("op1", "operator"), ("op2", "operator"), ("sup", "supervisor")):
            add_user(session, login=login, display_name=login, role=role, password=PASSWORD)
        session.commit()


@pytest.fixture
def batch(tmp_path: Path, database_url: str) -> tuple[str, Path]:
    """Batch 'Survey' of 6 two-page documents S-1..S-6 (one TIFF each) and three accounts."""
    folder = tmp_path / "scans"
    folder.mkdir()
    for i in range(1, 7):
        scans.tiff(folder / f"S-{i}.tif", [f"{i} front", f"{i} back"], "1", "group4")
    args = ["--database-url", database_url, "--form", str(SURVEY), "--name", "Survey"]
    assert main(["batch", "import", *args, str(folder)]) == 0
    _users(database_url)
    return database_url, tmp_path


def _pass(url: str, n: int, login: str, path: Path, *extra: str) -> int:
    return main(
        ["pass", "import", "--database-url", url, "--batch", "Survey", "--pass", str(n),
         "--operator", login, str(path), *extra]
    )  # fmt: skip


def test_two_passes_reconcile_as_in_the_app_and_export_reads_back(
    batch: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, tmp = batch
    truth = {f"S-{i}": _truth(i) for i in range(1, 7)}
    a = _jsonl(tmp / "a.jsonl", list(truth.items()))
    b_rows = {k: json.loads(json.dumps(v)) for k, v in truth.items()}
    b_rows["S-2"]["takings"] = "19.99"  # a discrepancy
    b_rows["S-3"]["owner_name"] = "Jose Nunez"  # another
    b_rows["S-4"]["visits"] = "0" + b_rows["S-4"]["visits"]  # 05 = 5: agreed
    b = _jsonl(tmp / "b.jsonl", list(reversed(list(b_rows.items()))))
    assert _pass(url, 1, "op1", a) == 0
    assert _pass(url, 2, "op2", b) == 0
    out = capsys.readouterr().out
    assert "6 keyings imported, 0 lines refused; reconciled: 4 agreed, 2 to adjudicate" in out
    with session_at(url) as session:
        statuses = dict(session.execute(select(Document.external_id, Document.status)).all())
        assert statuses == {f"S-{i}": "discrepant" if i in (2, 3) else "final" for i in range(1, 7)}
        adjudicate = session.scalars(select(Task).where(Task.kind == "adjudicate")).all()
        assert len(adjudicate) == 2
        figures = session.scalars(select(Keying.figures)).first()
        assert figures is not None and figures["imported_from"] in ("a.jsonl", "b.jsonl")
        # A supervisor decides S-2's takings for B (what the supervisor station will do).
        sup = session.scalar(select(Operator.id).where(Operator.login == "sup"))
        doc = session.scalar(select(Document).where(Document.external_id == "S-2"))
        assert doc is not None and sup is not None
        disc = session.scalar(select(Discrepancy).where(Discrepancy.document_id == doc.id))
        assert disc is not None and disc.field == "takings"
        session.add(
            Adjudication(uuid="u-1", discrepancy_id=disc.id, document_id=doc.id,
                         supervisor_id=sup, decision="b", value="19.99", reason="clear on paper")
        )  # fmt: skip
        decided = dict(truth["S-2"], takings="19.99")
        session.add(FinalRecord(document_id=doc.id, values=decided, source="adjudicated"))
        doc.status = "final"
        session.commit()

    expected = {ref: v for ref, v in truth.items() if ref != "S-3"}
    expected["S-2"] = dict(truth["S-2"], takings="19.99")
    for fmt in ("csv", "xlsx", "json", "dta", "sav"):
        target = tmp / f"out.{fmt}"
        args = ["export", "--database-url", url, "--batch", "Survey", "--format", fmt]
        assert main([*args, "--out", str(target), "--provenance"]) == 0, capsys.readouterr().err
        records, goods, prov = READERS[fmt](target)
        assert [r["document"] for r in records] == sorted(expected, key=lambda s: int(s[2:]))
        for r in records:
            _same(expected[r["document"]], r, fmt)
        assert sorted(goods) == sorted(
            (ref, n, row["item"], float(row["price"]))
            for ref, v in expected.items()
            for n, row in enumerate(v["goods"], start=1)
        )
        assert prov["S-2"]["takings"] == ("B", "sup")
        assert prov["S-1"]["takings"] == ("agreed", "op1+op2")
    capsys.readouterr()
    # --include-pending adds S-3 with its disputed field empty.
    target = tmp / "pending.csv"
    args = ["export", "--database-url", url, "--batch", "Survey", "--format", "csv"]
    assert main([*args, "--out", str(target), "--include-pending"]) == 0
    rows = {r["document"]: r for r in _csv_rows(target)}
    assert rows["S-3"]["status"] == "discrepant" and rows["S-3"]["owner_name"] == ""
    assert rows["S-3"]["stall_no"] == "S003"


def _same(truth: dict[str, Any], row: dict[str, Any], fmt: str) -> None:
    """The exported row holds the keyed values, typed."""
    assert row["stall_no"] == truth["stall_no"]
    assert row["owner_name"] == truth["owner_name"]
    assert float(row["visits"]) == int(truth["visits"])
    assert float(row["takings"]) == float(truth["takings"])
    assert _as_date(row["opened"]) == date.fromisoformat(truth["opened"])
    licensed = truth["licensed"] == "Y"
    if fmt in ("dta", "sav"):
        assert row["licensed"] == (1.0 if licensed else 0.0)
        assert row["kind"] == (1.0 if truth["kind"] == "F" else 2.0)  # F=1 Food, C=2 Cloth
    else:
        assert str(row["licensed"]).lower() in (("1", "true") if licensed else ("0", "false"))
        assert row["kind"] == truth["kind"]
    if licensed:
        assert float(row["licence_no"]) == int(truth["licence_no"])
    else:
        # Hidden in every pass: not keyed, "" (docs/reconcile.md, Hidden fields), even when
        # required; missing in numeric columns.
        assert row["licence_no"] in ("", None) or row["licence_no"] != row["licence_no"]  # NaN


def _as_date(value: Any) -> date:
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value.date() if hasattr(value, "date") and callable(value.date) else value


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


Prov = dict[str, dict[str, tuple[str, str]]]


def _prov(rows: list[dict[str, Any]]) -> Prov:
    return {
        r["document"]: {
            k[: -len("_how")]: (r[k], r[k[: -len("_how")] + "_by"]) for k in r if k.endswith("_how")
        }
        for r in rows
    }


def _read_csv(path: Path) -> tuple[list[dict[str, Any]], list[tuple[Any, ...]], Prov]:
    rows = _csv_rows(path)
    goods = [
        (g["document"], int(g["row"]), g["item"], float(g["price"]))
        for g in _csv_rows(path.with_name("out_goods.csv"))
    ]
    dictionary = _csv_rows(path.with_name("out.dictionary.csv"))
    assert {"sheet": "records", "variable": "kind", "label": "Kind", "type": "choice",
            "codes": "F=Food; C=Cloth"} in dictionary  # fmt: skip
    return rows, goods, _prov(rows)


def _read_xlsx(path: Path) -> tuple[list[dict[str, Any]], list[tuple[Any, ...]], Prov]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        assert book.sheetnames == ["records", "goods", "dictionary"]

        def table(name: str) -> list[dict[str, Any]]:
            values = list(book[name].iter_rows(values_only=True))
            return [dict(zip(values[0], r, strict=True)) for r in values[1:]]

        rows = table("records")
        assert isinstance(rows[0]["visits"], int) and isinstance(rows[0]["licensed"], bool)
        goods = [(g["document"], g["row"], g["item"], g["price"]) for g in table("goods")]
    finally:
        book.close()
    return rows, goods, _prov(rows)


def _read_json(path: Path) -> tuple[list[dict[str, Any]], list[tuple[Any, ...]], Prov]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["form"]["name"] == "survey" and data["dictionary"][0]["name"] == "stall_no"
    rows = [{"document": r["document"], **r["values"]} for r in data["records"]]
    goods = [
        (r["document"], n, g["item"], g["price"])
        for r in rows
        for n, g in enumerate(r["goods"], start=1)
    ]
    prov = {
        r["document"]: {k: (p["how"], p["by"]) for k, p in r["provenance"].items()}
        for r in data["records"]
    }
    return rows, goods, prov


def _read_stats(path: Path) -> tuple[list[dict[str, Any]], list[tuple[Any, ...]], Prov]:
    import pyreadstat

    read = pyreadstat.read_dta if path.suffix == ".dta" else pyreadstat.read_sav
    frame, meta = read(str(path))
    assert meta.column_names_to_labels["takings"] == "Takings"
    assert meta.variable_value_labels["kind"] == {1: "Food", 2: "Cloth"}
    rows = frame.to_dict("records")
    g_frame, _ = read(str(path.with_name(f"out_goods{path.suffix}")))
    goods = [
        (g["document"], int(g["row"]), g["item"], g["price"]) for g in g_frame.to_dict("records")
    ]
    return rows, goods, _prov(rows)


READERS = {
    "csv": _read_csv,
    "xlsx": _read_xlsx,
    "json": _read_json,
    "dta": _read_stats,
    "sav": _read_stats,
}


def test_refused_lines_are_listed_and_nothing_is_imported(
    batch: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, tmp = batch
    lines = [
        '{"document": "S-1", "values": ' + json.dumps(_truth(1)) + "}",
        "not json",
        '{"document": "S-404", "values": {}}',
        '{"document": "S-2", "values": ' + json.dumps(dict(_truth(2), visits="many")) + "}",
        '{"document": "S-3", "values": ' + json.dumps(dict(_truth(3), stall_no="")) + "}",
        '{"document": "S-4", "values": ' + json.dumps(dict(_truth(4), colour="red")) + "}",
        '{"document": "S-1", "values": ' + json.dumps(_truth(1)) + "}",
        '{"document": "S-5", "values": ' + json.dumps(dict(_truth(5), licence_no="7")) + "}",
    ]
    path = tmp / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _pass(url, 1, "op1", path) == 1
    err = capsys.readouterr().err.splitlines()
    assert [e.split(":")[1] for e in err[:-1]] == ["2", "3", "4", "5", "6", "7", "8"]
    assert "not valid JSON" in err[0]
    assert "S-404: no such document in the batch" in err[1]
    assert "visits: 'many' is not a whole number" in err[2]
    assert "stall_no is required" in err[3]
    assert "no field 'colour'" in err[4]
    assert "the document again (first on line 1)" in err[5]
    assert "licence_no is not shown for these values" in err[6]
    assert err[-1] == "keying pass import: error: 7 of 8 lines refused: nothing was imported"
    with session_at(url) as session:
        assert session.scalars(select(Keying)).all() == []
    # --skip-refused imports the good line and still fails.
    assert _pass(url, 1, "op1", path, "--skip-refused") == 1
    assert "1 keyings imported, 7 lines refused" in capsys.readouterr().out
    # The app's rules: a pass keyed once; nobody keys both passes; a known, active operator.
    good = _jsonl(tmp / "good.jsonl", [("S-1", _truth(1))])
    assert _pass(url, 1, "op2", good) == 1
    assert "pass 1 was keyed already (by op1)" in capsys.readouterr().err
    assert _pass(url, 2, "op1", good) == 1
    assert "nobody keys both passes" in capsys.readouterr().err
    assert _pass(url, 2, "ghost", good) == 1
    assert capsys.readouterr().err == "keying pass import: error: no account 'ghost'\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--batch", "Nope"], "no batch named 'Nope'"),
        (["--out", "{tmp}/missing/out.csv"], "does not exist"),
        (["--out", "{tmp}/a.jsonl/out.csv"], "is not a folder"),
    ],
)
def test_export_bad_input_is_one_line_and_writes_nothing(
    batch: tuple[str, Path], args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url, tmp = batch
    _jsonl(tmp / "a.jsonl", [])
    base = {"--batch": "Survey", "--out": str(tmp / "x.csv")}
    for k, v in zip(args[::2], args[1::2], strict=True):
        base[k] = v.format(tmp=tmp)
    flat = [x for kv in base.items() for x in kv]
    before = sorted(p.name for p in tmp.iterdir())
    assert main(["export", "--database-url", url, "--format", "csv", *flat]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
    assert sorted(p.name for p in tmp.iterdir()) == before


def test_gold_values_are_checked_and_stored(
    batch: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, tmp = batch
    bad = _jsonl(tmp / "bad.jsonl", [("S-1", _truth(1)), ("S-2", dict(_truth(2), kind="Z"))])
    args = ["batch", "gold", "--database-url", url, "--batch", "Survey", "--values"]
    assert main([*args, str(bad)]) == 1
    assert "kind: 'Z' is not one of the codes F, C" in capsys.readouterr().err
    good = _jsonl(tmp / "gold.jsonl", [("S-1", _truth(1)), ("S-2", _truth(2))])
    assert main([*args, str(good)]) == 0
    with session_at(url) as session:
        gold = dict(session.execute(select(Document.external_id, Document.gold_values)).all())
    assert gold["S-1"]["stall_no"] == "S001" and gold["S-3"] is None


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode)))
def test_the_jsonl_reader_refuses_any_bad_line_with_a_reason(line: bytes) -> None:
    try:
        document, values = parse_line(line)
    except LineError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(document, str) and document and isinstance(values, dict)


def test_the_batch_report_is_one_self_contained_html_file(
    batch: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, tmp = batch
    truth = {f"S-{i}": _truth(i) for i in range(1, 7)}
    b_rows = {k: dict(v) for k, v in truth.items()}
    b_rows["S-2"]["takings"] = "19.99"
    b_rows["S-3"]["owner_name"] = "CHAN SOKHA"  # the same name in capitals: minor
    assert _pass(url, 1, "op1", _jsonl(tmp / "a.jsonl", list(truth.items()))) == 0
    assert _pass(url, 2, "op2", _jsonl(tmp / "b.jsonl", list(b_rows.items()))) == 0
    with session_at(url) as session:  # the supervisor keeps A: op2 is charged one error
        sup = session.scalar(select(Operator.id).where(Operator.login == "sup"))
        disc = session.scalars(select(Discrepancy).where(Discrepancy.field == "takings")).one()
        session.add(
            Adjudication(uuid="u-2", discrepancy_id=disc.id, document_id=disc.document_id,
                         supervisor_id=sup, decision="a", value=truth["S-2"]["takings"])
        )  # fmt: skip
        session.commit()
    out = tmp / "report.html"
    assert main(["report", "--database-url", url, "--batch", "Survey", "--out", str(out)]) == 0
    assert "6 documents, 2 discrepancies in 54 fields (3.70 %)" in capsys.readouterr().out
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html
    assert "<script" not in html and "src=" not in html and "href=" not in html  # no outside files
    assert "<tr><td>op2</td><td>6</td><td>54</td><td>1</td><td>18.52</td>" in html
    assert "<tr><td>op1</td><td>6</td><td>54</td><td>0</td><td>0.00</td>" in html
    assert "<tr><td>a</td><td>1</td></tr>" in html
    # severity (issue 16): the amount is material and decided, the capitals minor, pending
    assert "<tr><td>of them material / minor</td><td>1 / 1</td></tr>" in html
    assert "<tr><td>material</td><td>1</td><td>1</td><td>0</td></tr>" in html
    assert "<tr><td>minor</td><td>1</td><td>0</td><td>1</td></tr>" in html
    assert main(["report", "--database-url", url, "--batch", "No", "--out", str(out)]) == 1
    assert capsys.readouterr().err == "keying report: error: no batch named 'No'\n"


def test_receipts_from_scans_to_the_agreed_export(
    receipts_dir: Path, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the issue calls done: import the receipts, two passes, export CSV, XLSX, DTA."""
    import pyreadstat
    from openpyxl import load_workbook

    db = ["--database-url", database_url]
    form = str(ROOT / "forms" / "receipt.yaml")
    date_field = next(f for f in load_form(form).definition.fields if f.name == "date")
    assert (
        main(["batch", "import", *db, "--form", form, "--name", "R", str(receipts_dir / "img")])
        == 0
    )
    _users(database_url)
    keys = {
        p.stem: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((receipts_dir / "key").glob("*.json"))
    }
    for key in keys.values():  # the form says: key the total without "RM", as keyers do
        key["total"] = key["total"].removeprefix("RM")
    a = _jsonl(tmp_path / "a.jsonl", list(keys.items()))
    b = _jsonl(
        tmp_path / "b.jsonl", [(k, dict(v, total=f" {v['total']} ")) for k, v in keys.items()]
    )
    pass_args = [*db, "--batch", "R"]
    assert main(["pass", "import", *pass_args, "--pass", "1", "--operator", "op1", str(a)]) == 0
    assert main(["pass", "import", *pass_args, "--pass", "2", "--operator", "op2", str(b)]) == 0
    assert f"reconciled: {len(keys)} agreed, 0 to adjudicate" in capsys.readouterr().out
    for fmt in ("csv", "xlsx", "dta"):
        out = tmp_path / f"r.{fmt}"
        assert main(["export", *db, "--batch", "R", "--format", fmt, "--out", str(out)]) == 0
        if fmt == "csv":
            rows = _csv_rows(out)
        elif fmt == "xlsx":
            book = load_workbook(out, read_only=True)
            values = list(book["records"].iter_rows(values_only=True))
            book.close()
            width = len(values[0])  # a row ends at its last cell (the time is left blank)
            rows = [
                dict(zip(values[0], (*r, *[None] * (width - len(r))), strict=True))
                for r in values[1:]
            ]
        else:
            rows = pyreadstat.read_dta(str(out))[0].to_dict("records")
        assert [r["document"] for r in rows] == list(keys)
        for r in rows:
            key = keys[r["document"]]
            assert r["company"] == key["company"] and r["address"] == " ".join(
                key["address"].split()
            )
            assert float(r["total"]) == float(key["total"])
            assert _as_date(r["date"]) == check_value(date_field, key["date"]).value


@pytest.mark.slow
def test_the_ingest_benchmark_reports_its_figures() -> None:
    from keying import bench

    figures = {f.name: f.value for f in bench.run(["ingest"], quick=True)}
    assert set(figures) == {
        "import_jpeg_pages_per_s",
        "import_tiff_pages_per_s",
        "import_pdf_pages_per_s",
        "pass_import_keyings_per_s",
        "export_csv_records_per_s",
        "export_xlsx_records_per_s",
    }
    assert all(v > 0 for v in figures.values())
