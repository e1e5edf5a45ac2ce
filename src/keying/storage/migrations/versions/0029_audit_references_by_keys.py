"""the audit trail's references to operators and documents by foreign keys again

Revision ID: 0029
Revises: 0027

PostgreSQL only. Migration 0028 replaced four foreign keys by statement triggers, which suits
a push (50 keyings and 50 audit events a statement). But the claim writes one audit event a
statement, and for one row 0028's statement trigger on `audit_events`
(`trg_audit_events_refer`: a PL/pgSQL call, its transition table, two lookups and two calls
of `keying_refuse_missing`) costs more than the two foreign keys' checks did: by callgrind
(one connection claiming, the bench's 5,000 documents; docs/benchmarks.md, stop 26) the
claim's audit event went from 170 k to 445 k instructions, the claim from 1,033 k (0027's
constraints, 0026's keys) to 1,308 k, +27 %, on the figure that is furthest from its goal
(issue 11, claims/s at 100 clients).

So `audit_events.actor_id` and `audit_events.document_id` are foreign keys again, as 0001
made them, and the trigger and its function go. The keyings' two references stay 0028's
(checked by the statement trigger that locks a push's documents anyway); so does 0028's
refusal to delete or renumber what a keying or an event names.

The downgrade puts 0028's trigger back and drops the two keys.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from alembic import op

revision: str = "0029"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (column, constraint, referenced table), as 0001 named them
_KEYS = (
    ("document_id", "fk_audit_events_document_id_documents", "documents"),
    ("actor_id", "fk_audit_events_actor_id_operators", "operators"),
)
_TRIGGER = "trg_audit_events_refer"
_FUNCTION = "keying_audit_events_refer()"


def _migration_0028() -> ModuleType:
    found = Path(__file__).with_name("0028_references_per_statement.py")
    spec = importlib.util.spec_from_file_location("keying_migration_0028", found)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP TRIGGER IF EXISTS {_TRIGGER} ON audit_events")
    op.execute(f"DROP FUNCTION IF EXISTS {_FUNCTION}")
    for column, key, referenced in _KEYS:
        op.execute(
            f"ALTER TABLE audit_events ADD CONSTRAINT {key} "
            f"FOREIGN KEY ({column}) REFERENCES {referenced} (id)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for _column, key, _referenced in _KEYS:
        op.execute(f"ALTER TABLE audit_events DROP CONSTRAINT IF EXISTS {key}")
    m0028 = _migration_0028()
    names = {
        "path": m0028._path(),
        "document_key": m0028._KEYS[0][2],
        "operator_key": m0028._KEYS[1][2],
        "event_document_key": m0028._KEYS[2][2],
        "actor_key": m0028._KEYS[3][2],
    }
    op.execute(m0028._EVENTS.format(**names))
    op.execute(f"REVOKE ALL ON FUNCTION {_FUNCTION} FROM PUBLIC, keying_operator")
    trigger = next(t for t in m0028._TRIGGERS if f"TRIGGER {_TRIGGER}\n" in t)
    op.execute(trigger)
