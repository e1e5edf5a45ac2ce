"""Use case: export a batch's final data (`keying export`).

Final records, one per document, in document order; with `include_pending` also the
documents without one (their agreed values so far; disputed fields empty). With
`provenance`, per field how its value was decided and by whom: read from the final record's
own provenance (`final_records.provenance`, written with it since migration 0005); made from
the adjudications only for a document not final yet and for a final record written before
0005 (its provenance is empty). The two agree (`tests/test_export_provenance.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from keying.export import ExportRecord, Provenance, write_export
from keying.forms.model import FormDefinition
from keying.services.stored_forms import parse_stored
from keying.storage import batches as batch_repo
from keying.storage.exports import DocumentFacts, batch_facts
from keying.storage.sampling import SINGLE_PASS
from keying.storage.vocabulary import DocumentStatus

# A document verification sampling did not verify: pass 1 as keyed (docs/import-export.md).
NOT_VERIFIED = "single pass, not verified"
DECISION_NAMES = {"a": "A", "b": "B", "c": "C", "new": "new", "illegible": "illegible"}
# A field decided several ways (a table's cells and rows) lists them in this order, joined
# with `+`; its supervisors' logins in alphabetical order.
HOW_ORDER = ("2 of 3", "A", "B", "C", "new", "illegible", "sent back")
_ROOT = re.compile(r"^[^\[.]+")


class ExportRefused(Exception):
    """Nothing was written; the message says why (one line)."""


@dataclass(frozen=True)
class ExportReport:
    files: list[Path]
    records: int
    pending: int


def _joined(hows: Iterable[str], whos: Iterable[str | None]) -> Provenance:
    ordered = sorted(set(hows), key=lambda h: (HOW_ORDER.index(h) if h in HOW_ORDER else 99, h))
    return Provenance("+".join(ordered), "+".join(sorted({w for w in whos if w})))


def provenance_from_final(form: FormDefinition, facts: DocumentFacts) -> dict[str, Provenance]:
    """Per field, from the final record's provenance: `agreed` (with the keyers) when every
    entry of the field (a table: its cells and rows) says so, else the ways it was decided
    and by whom."""
    keyers = "+".join(facts.keyers)
    entries: dict[str, list[dict[str, Any]]] = {}
    for key, entry in facts.final_provenance.items():
        m = _ROOT.match(key)
        if m is not None and isinstance(entry, dict):
            entries.setdefault(m.group(0), []).append(entry)
    out: dict[str, Provenance] = {}
    for f in form.fields:
        decided = [e for e in entries.get(f.name, []) if e.get("how") != "agreed"]
        if not decided:
            out[f.name] = Provenance("agreed", keyers)
        else:
            hows = (DECISION_NAMES.get(str(e.get("how")), str(e.get("how"))) for e in decided)
            out[f.name] = _joined(hows, (e.get("by") for e in decided))
    return out


def provenance_from_decisions(form: FormDefinition, facts: DocumentFacts) -> dict[str, Provenance]:
    """Per field, from the reconciliation and the decisions on its discrepancies: for a
    document not final yet (`pending` where something is undecided) and a final record
    written before its provenance was stored."""
    out: dict[str, Provenance] = {}
    keyers = "+".join(facts.keyers)
    for f in form.fields:
        decisions = facts.decisions.get(f.name)
        if facts.agreed is None and facts.final is None:
            out[f.name] = Provenance("pending")
        elif not decisions:
            out[f.name] = Provenance("agreed", keyers)
        elif any(d is None for d, _ in decisions):
            out[f.name] = Provenance("pending")
        else:
            hows = (DECISION_NAMES.get(d or "", d or "") for d, _ in decisions)
            out[f.name] = _joined(hows, (login for _, login in decisions))
    return out


def _table_entries(key_root: str, provenance: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The final record's provenance entries of one table, by what follows its name
    (`[1].age`, `[1]`, `[left out: b3]`, `[a2]`)."""
    return {
        key[len(key_root) :]: entry
        for key, entry in provenance.items()
        if key.startswith(key_root + "[") and isinstance(entry, dict)
    }


def cell_provenance(
    form: FormDefinition, facts: DocumentFacts, fields: dict[str, Provenance]
) -> dict[str, list[dict[str, Provenance]]]:
    """Per table, per row of the final record, per column: how the cell was decided.

    From the final record's provenance: a cell decided (`members[1].age`) or in a row
    decided as a whole (`members[1]`, the final record's row) has that decision and its
    supervisor; every other cell is `agreed` by the keyers. A cell settled 2 of 3 is named
    by the reconciler with pass A's row, which is the final record's row only when the
    table had no row-level event (a row kept, left out or settled 2 of 3): where it had one,
    each cell of that table gets the table's provenance (`fields`). So do the cells of a
    document not final, of a final record from before migration 0005 and of a document
    keyed once (`single pass, not verified`)."""
    keyers = "+".join(facts.keyers)
    out: dict[str, list[dict[str, Provenance]]] = {}
    exact = facts.final is not None and bool(facts.final_provenance)
    for t in form.fields:
        if not t.kind.table:
            continue
        values = (facts.final if facts.final is not None else facts.agreed) or {}
        rows = [r for r in values.get(t.name) or [] if isinstance(r, dict)]
        columns = [c.name for c in t.columns or []]
        entries = _table_entries(t.name, facts.final_provenance) if exact else {}
        row_level = [k for k in entries if "." not in k]
        voted = [k for k, e in entries.items() if "." in k and e.get("how") == "2 of 3"]
        if not exact or facts.source == SINGLE_PASS or (voted and row_level):
            whole = fields[t.name]
            out[t.name] = [dict.fromkeys(columns, whole) for _ in rows]
            continue
        table_rows = []
        for r in range(len(rows)):
            cells = {}
            for c in columns:
                entry = entries.get(f"[{r}].{c}") or entries.get(f"[{r}]")
                how = str(entry.get("how")) if entry else "agreed"
                if how == "agreed":
                    cells[c] = Provenance("agreed", keyers)
                else:
                    assert entry is not None
                    cells[c] = Provenance(DECISION_NAMES.get(how, how), str(entry.get("by") or ""))
            table_rows.append(cells)
        out[t.name] = table_rows
    return out


def _provenance(form: FormDefinition, facts: DocumentFacts) -> dict[str, Provenance]:
    if facts.source == SINGLE_PASS:
        return {f.name: Provenance(NOT_VERIFIED, facts.keyed_once_by) for f in form.fields}
    if facts.final is not None and facts.final_provenance:
        return provenance_from_final(form, facts)
    return provenance_from_decisions(form, facts)


def export_records(
    form: FormDefinition, facts: list[DocumentFacts], include_pending: bool, provenance: bool
) -> list[ExportRecord]:
    records = []
    for doc in facts:
        status: str
        if doc.final is not None:
            values, status = doc.final, DocumentStatus.FINAL
        elif include_pending:
            values, status = doc.agreed or {}, doc.status
        else:
            continue
        prov = _provenance(form, doc) if provenance else {}
        cells = cell_provenance(form, doc, prov) if provenance else {}
        records.append(ExportRecord(doc.reference, status, dict(values), prov, cells))
    return records


def export_batch(
    sessions: sessionmaker[Session],
    batch_name: str,
    fmt: str,
    out: Path,
    include_pending: bool = False,
    provenance: bool = False,
    step: Callable[[str], None] | None = None,
) -> ExportReport:
    with sessions() as session:
        batch = batch_repo.find_batch(session, batch_name)
        if batch is None:
            raise ExportRefused(f"no batch named {batch_name!r}")
        form = parse_stored(batch.form_definition.text)
        facts = batch_facts(session, batch)
    records = export_records(form, facts, include_pending, provenance)
    files = write_export(form, batch_name, records, fmt, out, provenance, step)
    pending = sum(r.status != DocumentStatus.FINAL for r in records)
    return ExportReport(files, len(records), pending)
