"""Use case: the dashboard's figures for one signed-in supervisor or admin (F10): the
batches to choose from, and a batch's figures for a keyer and dates. Each call is one unit
of work on the central database, callable from any thread (a session per call); a refusal
or a database that does not answer is `SupervisionRefused` with the one line to show. The
figures are `keying stats`'s (`keying.stats`, docs/statistics.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from keying.services.sign_in import SignedIn
from keying.services.stats import StatsRefused, load_facts
from keying.services.supervision import SUPERVISING, SupervisionRefused, database_failure
from keying.stats.fields import FieldFigures, field_figures
from keying.stats.keyers import KeyerFigures, Period, keyer_figures
from keying.stats.quality import BatchQuality, batch_quality
from keying.storage import batches as batch_repo

if TYPE_CHECKING:
    from keying.services.workspace import Services


@dataclass(frozen=True)
class DashboardFigures:
    """What the dashboard shows for one batch, keyer and dates: plain values."""

    batch: str
    form: str
    period: Period
    quality: BatchQuality  # the whole batch: progress, discrepancies, residual
    keyers: list[KeyerFigures] = field(default_factory=list)  # in the period
    days: list[KeyerFigures] = field(default_factory=list)  # per day and keyer, in the period
    fields: list[FieldFigures] = field(default_factory=list)  # the whole batch
    logins: list[str] = field(default_factory=list)  # every keyer of the batch (the filter)


@dataclass
class Dashboard:
    services: Services
    who: SignedIn

    def __post_init__(self) -> None:
        if self.who.role not in SUPERVISING:
            raise SupervisionRefused(f"{self.who.login} is an {self.who.role}: supervisors only")

    def batches(self) -> list[str]:
        """The batches' names, in the order the queue serves them."""
        try:
            with self.services.sessions() as session:
                return [b.name for b in batch_repo.all_batches(session)]
        except DBAPIError as exc:
            raise SupervisionRefused(database_failure(exc)) from exc

    def figures(self, batch: str, period: Period | None = None) -> DashboardFigures:
        period = period or Period()
        try:
            facts, form = load_facts(self.services.sessions, batch)
        except StatsRefused as exc:
            raise SupervisionRefused(str(exc)) from exc
        except DBAPIError as exc:
            raise SupervisionRefused(database_failure(exc)) from exc
        return DashboardFigures(
            batch,
            form,
            period,
            batch_quality(facts),
            keyer_figures(facts, period),
            keyer_figures(facts, period, by_day=True),
            field_figures(facts),
            sorted({k.login for k in facts.keyings}),
        )
