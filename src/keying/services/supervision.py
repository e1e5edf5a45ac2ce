"""The supervisor's and admin's desks that are not adjudication: the tasks held (release one)
and the flagged-pages queue (return to keying, rescan, reject). Each call is one unit of work
on the central database, callable from any thread (a session per call); refusals are
`SupervisionRefused` with a one-line message, and nothing is half-written."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Literal

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from keying.services.sampling import draw_after_pass_one
from keying.services.sign_in import SignedIn
from keying.storage import flag_queue, held_tasks, repo
from keying.storage.flag_queue import FlagRefused, FlagRow
from keying.storage.held_tasks import HeldTaskRow, ReleaseRefused
from keying.storage.vocabulary import FlagOutcome, Role

if TYPE_CHECKING:
    from keying.services.workspace import Services

log = logging.getLogger(__name__)

__all__ = [
    "FlagOutcome",
    "FlagRow",
    "HeldTaskRow",
    "Supervision",
    "SupervisionNoAnswer",
    "SupervisionRefused",
]

SUPERVISING = (Role.SUPERVISOR, Role.ADMIN)


class SupervisionRefused(Exception):
    """Refused, or the central database did not answer: nothing was changed. The message is
    the one line the supervisor sees."""


class SupervisionNoAnswer(SupervisionRefused):
    """The central database did not answer (not a refusal of its rules): try again."""


@dataclass
class Supervision:
    """The tasks view and the flagged-pages queue for one signed-in supervisor or admin."""

    services: Services
    who: SignedIn

    def __post_init__(self) -> None:
        if self.who.role not in SUPERVISING:
            raise SupervisionRefused(f"{self.who.login} is an {self.who.role}: supervisors only")

    # --- tasks held -----------------------------------------------------------------------

    def held_tasks(self) -> list[HeldTaskRow]:
        with self._session() as session:
            return held_tasks.held_tasks(session)

    def release(self, row: HeldTaskRow, reason: str = "") -> None:
        """Put the task back in the queue; its draft stays in that PC's cache."""
        with self._session() as session:
            try:
                held_tasks.release_task(
                    session, row.task_id, row.operator_id, self.who.operator_id, reason
                )
            except ReleaseRefused as exc:
                raise SupervisionRefused(str(exc)) from exc
            session.commit()
        log.info(
            "task %d (%s pass %d, %s on %s) released by %s",
            row.task_id,
            row.document,
            row.pass_no,
            row.login,
            row.workstation,
            self.who.login,
        )

    # --- flagged pages --------------------------------------------------------------------

    def flagged_pages(self) -> list[FlagRow]:
        with self._session() as session:
            return flag_queue.open_flags(session)

    def page_image(self, document_id: int, page_no: int) -> bytes | None:
        """The stored bytes of a document's page (None: no such page)."""
        with self._session() as session:
            sha = flag_queue.page_blob(session, document_id, page_no)
            return None if sha is None else repo.blob(session, sha).data

    def resolve_flag(self, row: FlagRow, outcome: FlagOutcome | str, note: str = "") -> int:
        """Return the document to keying, withdraw it for a rescan, or reject it (a reason is
        required for the last two); every open flag of the document is resolved."""
        with self._session() as session:
            try:
                count = flag_queue.resolve_flags(
                    session, row.document_id, FlagOutcome(outcome), self.who.operator_id, note
                )
            except FlagRefused as exc:
                raise SupervisionRefused(str(exc)) from exc
            first = repo.live_keying(session, row.document_id, 1)
            if first is not None:  # pass 1 came in while flagged: its sampling draw now
                draw_after_pass_one(session, first)
            session.commit()
        log.info("flags of %s resolved by %s: %s", row.document, self.who.login, outcome)
        return count

    def _session(self) -> _Unit:
        return _Unit(self.services)


class _Unit:
    """A session whose database failures become SupervisionRefused (rolled back)."""

    def __init__(self, services: Services) -> None:
        self.session = services.sessions()

    def __enter__(self) -> Session:
        return self.session

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> Literal[False]:
        self.session.close()
        if isinstance(exc, IntegrityError):
            raise SupervisionRefused(database_failure(exc)) from exc
        if isinstance(exc, DBAPIError):
            raise SupervisionNoAnswer(database_failure(exc)) from exc
        return False


def database_failure(exc: DBAPIError) -> str:
    """One line for a database error: a refusal (integrity) or no answer."""
    first = (str(exc.orig or exc).strip().splitlines() or [""])[0]
    if isinstance(exc, IntegrityError):
        return f"the central database refused it: {first} — nothing was changed"
    return f"the central database did not answer: {first} — nothing was changed"
