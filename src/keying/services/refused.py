"""The outbox items the central database refused for good, as their workstations reported
them (issue 11, 2: "listed for supervisors"): what the supervisors' view of refused items
(`ui/refused_view.py`) and `keying sync refused` show (keying.storage.refused_items)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from keying.services.sign_in import SignedIn
from keying.services.supervision import SUPERVISING, SupervisionRefused, database_failure
from keying.storage.refused_items import RefusedItem, refused_items

if TYPE_CHECKING:
    from keying.services.workspace import Services

__all__ = ["RefusedItem", "read_refused"]


def read_refused(services: Services, who: SignedIn) -> list[RefusedItem]:
    """Every refusal reported, oldest first; SupervisionRefused (one line) for an account
    that is not a supervisor's or an admin's, or when the central database does not answer."""
    if who.role not in SUPERVISING:
        raise SupervisionRefused(f"{who.login} is an {who.role}: supervisors only")
    try:
        with services.sessions() as session:
            return refused_items(session)
    except DBAPIError as exc:
        raise SupervisionRefused(database_failure(exc)) from exc
