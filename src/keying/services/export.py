"""Use case: export a batch's final data (`keying export`).

Final records, one per document, in document order; with `include_pending` also the
documents without one (their agreed values so far; disputed fields empty). With
`provenance`, per field how its value was decided and by whom.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from keying.export import ExportRecord, Provenance, write_export
from keying.forms.model import FormDefinition
from keying.services.stored_forms import parse_stored
from keying.storage import batches as batch_repo
from keying.storage.exports import DocumentFacts, batch_facts
from keying.storage.sampling import SINGLE_PASS

# A document verification sampling did not verify: pass 1 as keyed (docs/import-export.md).
NOT_VERIFIED = "single pass, not verified"
DECISION_NAMES = {"a": "A", "b": "B", "c": "C", "new": "new", "illegible": "illegible"}


class ExportRefused(Exception):
    """Nothing was written; the message says why (one line)."""


@dataclass(frozen=True)
class ExportReport:
    files: list[Path]
    records: int
    pending: int


def _provenance(form: FormDefinition, facts: DocumentFacts) -> dict[str, Provenance]:
    out: dict[str, Provenance] = {}
    keyers = "+".join(facts.keyers)
    if facts.source == SINGLE_PASS:
        return {f.name: Provenance(NOT_VERIFIED, facts.keyed_once_by) for f in form.fields}
    for f in form.fields:
        decisions = facts.decisions.get(f.name)
        if facts.agreed is None and facts.final is None:
            out[f.name] = Provenance("pending")
        elif not decisions:
            out[f.name] = Provenance("agreed", keyers)
        elif any(d is None for d, _ in decisions):
            out[f.name] = Provenance("pending")
        else:
            hows = dict.fromkeys(DECISION_NAMES.get(d or "", d or "") for d, _ in decisions)
            whos = dict.fromkeys(login or "" for _, login in decisions)
            out[f.name] = Provenance("+".join(hows), "+".join(whos))
    return out


def export_records(
    form: FormDefinition, facts: list[DocumentFacts], include_pending: bool, provenance: bool
) -> list[ExportRecord]:
    records = []
    for doc in facts:
        if doc.final is not None:
            values, status = doc.final, "final"
        elif include_pending:
            values, status = doc.agreed or {}, doc.status
        else:
            continue
        prov = _provenance(form, doc) if provenance else {}
        records.append(ExportRecord(doc.reference, status, dict(values), prov))
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
    pending = sum(r.status != "final" for r in records)
    return ExportReport(files, len(records), pending)
