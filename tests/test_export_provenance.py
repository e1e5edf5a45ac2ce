"""`keying export --provenance` reads the final record's own provenance (migration 0005):
over a batch with every way a value is decided — agreed, A, B, C, new, illegible, a row
kept, a row left out, 2 of 3 after a send-back — it agrees field by field with the
provenance made from the adjudications, which stays for documents not final yet and for
final records written before 0005."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from keying.cli import main
from keying.export import Provenance
from keying.services.export import (
    provenance_from_decisions,
    provenance_from_final,
)
from keying.services.send_back import SendBack
from keying.services.stored_forms import parse_stored
from keying.storage import batches as batch_repo
from keying.storage.exports import batch_facts
from keying.storage.models import FinalRecord
from keying.storage.vocabulary import Decision
from tests.support.supervision import document_id, key_passes
from tests.test_adjudication import A, B, decide, desk
from tests.test_send_back import disputed
from tests.test_services import key_document

LEFT_OUT = {**A, "household_size": "6", "members": A["members"][:1]}  # Vanna skipped


@pytest.fixture
def world_options() -> dict[str, Any]:
    return {"documents": 6}


@pytest.fixture
def mixed(world):  # type: ignore[no-untyped-def]
    """D-001: sent back, pass 3 settles the income 2 of 3, the age decided C; D-002 every
    decision kind; D-003 a row left out; D-004 agreed; D-005 half decided (not final)."""
    doc = disputed(world)  # D-001, op1 and op2
    SendBack(world.services, world.sign_in("sup")).send(doc)
    third = {
        "monthly_income": "120.50",
        "members": [
            {"name": "Chan Sokha", "age": "44", "sex": "M"},
            {"name": "Srey Pov", "age": "31", "sex": "F"},
        ],
    }
    key_document(world.station("op3", prefetch=0), third)
    key_passes(world, {"D-002": (A, B), "D-003": (A, LEFT_OUT), "D-004": (A, A), "D-005": (A, B)})
    d = desk(world)
    cases = {c.external_id: c for c in d.claim(limit=5)}
    decide(d, cases["D-001"], "members[0].age", Decision.C)
    d2 = cases["D-002"]
    decide(d, d2, "household_size", Decision.A)
    decide(d, d2, "monthly_income", Decision.NEW, "120.5", "Read from the page")
    decide(d, d2, "remarks", Decision.ILLEGIBLE)
    decide(d, d2, "members[0].age", Decision.B)
    decide(d, d2, "members[1]", Decision.A)  # Vanna kept
    decide(d, cases["D-003"], "household_size", Decision.B)
    decide(d, cases["D-003"], "members[1]", Decision.B)  # Vanna left out
    decide(d, cases["D-005"], "household_size", Decision.B)  # the rest waits
    return world


def facts_of(world):  # type: ignore[no-untyped-def]
    with world.services.sessions() as session:
        batch = batch_repo.find_batch(session, "Test batch")
        assert batch is not None
        form = parse_stored(batch.form_definition.text)
        return form, {f.reference: f for f in batch_facts(session, batch)}


def test_the_final_records_provenance_agrees_with_the_adjudications(mixed) -> None:
    form, facts = facts_of(mixed)
    finals = [ref for ref, f in facts.items() if f.final is not None]
    assert sorted(finals) == ["D-001", "D-002", "D-003", "D-004"]
    for ref in finals:
        assert facts[ref].final_provenance, ref
        assert provenance_from_final(form, facts[ref]) == provenance_from_decisions(
            form, facts[ref]
        ), ref
    d1, d2, d3 = (provenance_from_final(form, facts[r]) for r in ("D-001", "D-002", "D-003"))
    assert d1["monthly_income"] == Provenance("2 of 3")
    assert d1["members"] == Provenance("C", "sup")
    assert d1["head_name"] == Provenance("agreed", "op1+op2")
    assert d2["household_size"] == Provenance("A", "sup")
    assert d2["monthly_income"] == Provenance("new", "sup")
    assert d2["remarks"] == Provenance("illegible", "sup")
    assert d2["members"] == Provenance("A+B", "sup")  # Vanna kept as A, the age from B
    assert d3["members"] == Provenance("B", "sup")  # Vanna left out, as B
    assert provenance_from_decisions(form, facts["D-005"])["monthly_income"].how == "pending"


def test_export_reads_the_final_records_provenance(mixed, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with mixed.services.sessions() as session:  # a provenance only the final record has
        record = session.scalar(
            select(FinalRecord).where(FinalRecord.document_id == document_id(mixed, "D-004"))
        )
        assert record is not None
        record.provenance = {**record.provenance, "remarks": {"how": "new", "by": "sup2"}}
        session.commit()
    out = tmp_path / "out.json"
    args = ["export", "--database-url", mixed.workspace.database_url, "--batch", "Test batch"]
    assert main([*args, "--format", "json", "--out", str(out), "--provenance"]) == 0
    capsys.readouterr()
    records = {r["document"]: r for r in json.loads(out.read_text())["records"]}
    assert records["D-004"]["provenance"]["remarks"] == {"how": "new", "by": "sup2"}
    assert records["D-002"]["provenance"]["members"] == {"how": "A+B", "by": "sup"}
    assert records["D-001"]["provenance"]["monthly_income"] == {"how": "2 of 3", "by": ""}


def _cells_of(rows: list[dict[str, Any]], document: str) -> list[list[tuple[str, str]]]:
    """(how, by) of each cell (name, age, sex) of a document's rows in a long table sheet."""
    return [
        [(str(r[f"{c}_how"] or ""), str(r[f"{c}_by"] or "")) for c in ("name", "age", "sex")]
        for r in sorted(rows, key=lambda r: int(r["row"]))
        if r["document"] == document
    ]


AGREED = ("agreed", "op1+op2")
EXPECTED_CELLS = {
    "D-001": [[AGREED, ("C", "sup"), AGREED], [AGREED, AGREED, AGREED]],  # the age, C
    "D-002": [[AGREED, ("B", "sup"), AGREED], [("A", "sup")] * 3],  # Vanna's row kept as A
    "D-003": [[AGREED, AGREED, AGREED]],  # Vanna left out: her cells are gone
    "D-004": [[AGREED, AGREED, AGREED], [AGREED, AGREED, AGREED]],
}


def test_export_gives_each_table_cell_its_provenance(mixed, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Read back from CSV, XLSX, Stata and JSON: per cell of the members table, how it was
    decided and by whom, from the final record's provenance."""
    import csv

    import pyreadstat
    from openpyxl import load_workbook

    args = ["export", "--database-url", mixed.workspace.database_url, "--batch", "Test batch"]
    sheets: dict[str, list[dict[str, Any]]] = {}
    for fmt in ("csv", "xlsx", "dta", "json"):
        out = tmp_path / f"out.{fmt}"
        assert main([*args, "--format", fmt, "--out", str(out), "--provenance"]) == 0
        if fmt == "csv":
            with open(tmp_path / "out_members.csv", encoding="utf-8-sig", newline="") as f:
                sheets[fmt] = list(csv.DictReader(f))
        elif fmt == "xlsx":
            ws = load_workbook(out)["members"]
            head, *body = [list(r) for r in ws.iter_rows(values_only=True)]
            sheets[fmt] = [dict(zip(head, r, strict=True)) for r in body]
        elif fmt == "dta":
            sheets[fmt] = pyreadstat.read_dta(str(tmp_path / "out_members.dta"))[0].to_dict(
                "records"
            )
        else:
            records = json.loads(out.read_text())["records"]
            sheets[fmt] = [
                {"document": r["document"], "row": n}
                | {f"{c}_{k}": p[k] for c, p in cells.items() for k in ("how", "by")}
                for r in records
                for n, cells in enumerate(r["cell_provenance"]["members"], start=1)
            ]
    capsys.readouterr()
    for fmt, rows in sheets.items():
        for ref, expected in EXPECTED_CELLS.items():
            assert _cells_of(rows, ref) == expected, (fmt, ref)
        assert "D-005" not in {r["document"] for r in rows}  # not final: not exported


def test_cells_of_pending_and_old_final_records_get_their_tables_provenance(
    mixed, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    with mixed.services.sessions() as session:  # D-002 as written before migration 0005
        record = session.scalar(
            select(FinalRecord).where(FinalRecord.document_id == document_id(mixed, "D-002"))
        )
        assert record is not None
        record.provenance = {}
        session.commit()
    out = tmp_path / "out.csv"
    args = ["export", "--database-url", mixed.workspace.database_url, "--batch", "Test batch"]
    assert (
        main([*args, "--format", "csv", "--out", str(out), "--provenance", "--include-pending"])
        == 0
    )
    capsys.readouterr()
    import csv

    with open(tmp_path / "out_members.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert _cells_of(rows, "D-002") == [[("A+B", "sup")] * 3] * 2  # the table's, from decisions
    pending = _cells_of(rows, "D-005")  # not final: its table's provenance, pending
    assert pending and all(cell == ("pending", "") for row in pending for cell in row)
    assert _cells_of(rows, "D-001") == EXPECTED_CELLS["D-001"]


def _facts(provenance: dict[str, Any], rows: int = 2):  # type: ignore[no-untyped-def]
    from keying.storage.exports import DocumentFacts

    member = {"name": "Dara", "age": "34", "sex": "M"}
    return DocumentFacts(
        1,
        "D-9",
        "final",
        final={"members": [member] * rows},
        source="agreed",
        final_provenance={"members": {"how": "agreed"}, **provenance},
        keyers=("op1", "op2"),
    )


def test_a_cell_settled_two_of_three_and_where_a_row_event_hides_its_row(mixed) -> None:
    from keying.services.export import cell_provenance

    form, _ = facts_of(mixed)
    whole = {"members": Provenance("2 of 3+A", "sup")}
    voted = {"members[1].age": {"how": "2 of 3"}, "members[0].sex": {"how": "b", "by": "sup"}}
    cells = cell_provenance(form, _facts(voted), whole)["members"]
    assert [c["age"] for c in cells] == [Provenance("agreed", "op1+op2"), Provenance("2 of 3")]
    assert cells[0]["sex"] == Provenance("B", "sup")
    # A row kept 2 of 3 before it: pass A's row 1 need not be the final record's row 1, so
    # every cell says the table's provenance rather than a guess.
    shifted = {**voted, "members[b0]": {"how": "2 of 3"}}
    cells = cell_provenance(form, _facts(shifted), whole)["members"]
    assert cells == [dict.fromkeys(("name", "age", "sex"), whole["members"])] * 2
    # A document keyed once (verification sampling): every cell as its table.
    from keying.services.export import NOT_VERIFIED

    once = _facts({"members": {"how": "single pass", "by": "op1", "verified": False}})
    once.source = "single pass"
    alone = {"members": Provenance(NOT_VERIFIED, "op1")}
    cells = cell_provenance(form, once, alone)["members"]
    assert cells == [dict.fromkeys(("name", "age", "sex"), alone["members"])] * 2
    # A row decided as a whole, with no vote: exact.
    kept = {"members[1]": {"how": "a", "by": "sup2"}}
    cells = cell_provenance(form, _facts(kept), whole)["members"]
    assert cells[1] == dict.fromkeys(("name", "age", "sex"), Provenance("A", "sup2"))
