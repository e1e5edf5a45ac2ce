"""Per field of the form: where the form or its instructions are hard. Discrepancy rate,
error rate and the minor/material share of the discrepancies (docs/statistics.md)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from keying.stats.charges import charged_errors
from keying.stats.facts import BatchFacts


@dataclass
class FieldFigures:
    field: str  # `total`; `members.age` for a table's column, `members` for its rows
    documents: int = 0  # reconciled documents: each compared the field once
    discrepant_documents: int = 0  # of them, those with a discrepancy on this field
    discrepancies: int = 0  # discrepancies (a table may have several per document)
    minor: int = 0
    material: int = 0
    errors: int = 0  # errors charged to keyers on this field

    @property
    def discrepancy_rate(self) -> float:
        """Share of reconciled documents with a discrepancy on this field."""
        return self.discrepant_documents / self.documents if self.documents else 0.0

    @property
    def error_rate(self) -> float:
        """Errors charged per pass compared (two per reconciled document)."""
        return self.errors / (2 * self.documents) if self.documents else 0.0

    @property
    def minor_share(self) -> float | None:
        return self.minor / self.discrepancies if self.discrepancies else None

    @property
    def material_share(self) -> float | None:
        return self.material / self.discrepancies if self.discrepancies else None


def field_figures(facts: BatchFacts) -> list[FieldFigures]:
    """The form's fields in order, then the columns and other paths that had discrepancies or
    errors (sorted), each with its figures over the batch's reconciled documents."""
    reconciled = {d.id for d in facts.documents if d.keyers is not None}
    rows: dict[str, FieldFigures] = {name: FieldFigures(name) for name in facts.field_names}
    extra: dict[str, FieldFigures] = {}

    def row(name: str) -> FieldFigures:
        if name in rows:
            return rows[name]
        return extra.setdefault(name, FieldFigures(name))

    seen: set[tuple[str, int]] = set()
    for d in facts.discrepancies:
        if d.document_id not in reconciled:
            continue
        r = row(d.field)
        r.discrepancies += 1
        if d.severity == "minor":
            r.minor += 1
        else:
            r.material += 1
        if (d.field, d.document_id) not in seen:
            seen.add((d.field, d.document_id))
            r.discrepant_documents += 1
    per_field = Counter(e.field for e in charged_errors(facts) if e.document_id in reconciled)
    for name, n in per_field.items():
        row(name).errors += n
    out = list(rows.values()) + [extra[name] for name in sorted(extra)]
    for r in out:
        r.documents = len(reconciled)
    return out
