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
