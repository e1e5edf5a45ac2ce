"""What an account's connection may know of keyings it may not read (blindness).

On PostgreSQL an operator's connection reads only its own keyings (row-level security,
migration 0007); what the claim and the push must know of the others goes through SECURITY
DEFINER functions that tell no more than needed: whether a pass is in, and pass 1's values
for the holder of pass 2 of a dependent-verification batch. On SQLite the same questions are
plain queries.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from keying.storage.models import Keying, Task

__all__ = ["pass_taken", "pass_taken_clause", "reference_values"]


def pass_taken_clause(postgresql: bool, document_id: Any, pass_no: int) -> Any:
    """Whether a live keying of `pass_no` of the document is in, as a SQL expression, for a
    session on PostgreSQL (`postgresql`) or SQLite. On PostgreSQL through `keying_pass_taken`
    (SECURITY DEFINER, migration 0007): an operator's connection cannot read another
    operator's keying, but may know that the pass is in."""
    if postgresql:
        return func.keying_pass_taken(document_id, pass_no)
    return exists(
        select(Keying.id).where(
            Keying.document_id == document_id,
            Keying.pass_no == pass_no,
            Keying.superseded.is_(False),
        )
    )


def pass_taken(session: Session, document_id: int, pass_no: int) -> bool:
    """Whether a live keying of that pass of the document is in (whoever keyed it)."""
    postgresql = session.get_bind().dialect.name == "postgresql"
    return bool(session.scalar(select(pass_taken_clause(postgresql, document_id, pass_no))))


def reference_values(session: Session, task: Task) -> dict[str, Any] | None:
    """Pass 1's values for the holder of pass 2 in a dependent-verification batch (on
    PostgreSQL through `keying_reference_values`, which checks exactly that)."""
    if session.get_bind().dialect.name == "postgresql":
        values = session.scalar(select(func.keying_reference_values(task.id)))
        return dict(values) if values is not None else None
    first = session.scalar(
        select(Keying.values).where(
            Keying.document_id == task.document_id,
            Keying.pass_no == 1,
            Keying.superseded.is_(False),
        )
    )
    return dict(first) if first is not None else None
