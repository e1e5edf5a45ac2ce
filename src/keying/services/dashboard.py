"""Use case: the dashboard's figures for one signed-in supervisor or admin (F10): the
batches to choose from, and a batch's figures for a keyer and dates. Each call is one unit
of work on the central database, callable from any thread (a session per call); a refusal
or a database that does not answer is `SupervisionRefused` with the one line to show. The
figures are `keying stats`'s (`keying.stats`, docs/statistics.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from keying.services import sampling as sampling_service
from keying.services.report import DrawRow, sampling_and_draws
from keying.services.sampling import SamplingRefused, SamplingSet
from keying.services.sign_in import SignedIn
from keying.services.stats import StatsRefused, load_facts
from keying.services.supervision import SUPERVISING, SupervisionRefused, database_failure
from keying.stats.fields import FieldFigures, field_figures
from keying.stats.keyers import KeyerFigures, Period, keyer_figures
from keying.stats.quality import BatchQuality, batch_quality
from keying.stats.sampling import SamplingFigures
from keying.storage import batches as batch_repo
from keying.storage import sampling as sampling_repo
from keying.storage.vocabulary import Role

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
    sampling: SamplingFigures | None = None  # None: keyed twice in full, never sampled
    draws: list[DrawRow] = field(default_factory=list)  # which documents were verified
    sampling_settings: SamplingSettings | None = None  # the settings in force (None: off)
    may_set_sampling: bool = False  # an admin


@dataclass(frozen=True)
class SamplingSettings:
    rate: float  # 0..1
    min_accuracy: float  # percent
    seed: int


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
        try:
            with self.services.sessions() as session:
                found = batch_repo.find_batch(session, batch)
                if found is None:
                    raise SupervisionRefused(f"no batch named {batch!r}")
                sampling, draws = sampling_and_draws(session, found.id)
                row = sampling_repo.settings(session, found.id)
                settings = (
                    None if row is None else SamplingSettings(row.rate, row.min_accuracy, row.seed)
                )
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
            sampling,
            draws,
            settings,
            self.who.role == Role.ADMIN,
        )

    def set_sampling(self, batch: str, rate: float, min_accuracy: float) -> SamplingSet:
        """Verify the batch by sampling (an admin: `keying batch set-sampling`'s rule)."""
        self._admin()
        try:
            kept: dict[str, int] = {}  # --min-fields and --window stay as set before
            with self.services.sessions() as session:
                found = batch_repo.find_batch(session, batch)
                row = None if found is None else sampling_repo.settings(session, found.id)
                if row is not None:
                    kept = {"min_fields": row.min_fields, "window": row.window_documents}
            return sampling_service.set_sampling(
                self.services.sessions,
                batch,
                rate,
                min_accuracy,
                by=self.who.operator_id,
                **kept,
            )
        except SamplingRefused as exc:
            raise SupervisionRefused(str(exc)) from exc
        except DBAPIError as exc:
            raise SupervisionRefused(database_failure(exc)) from exc

    def clear_sampling(self, batch: str) -> bool:
        """Key the batch twice in full again (an admin)."""
        self._admin()
        try:
            return sampling_service.clear_sampling(
                self.services.sessions, batch, by=self.who.operator_id
            )
        except SamplingRefused as exc:
            raise SupervisionRefused(str(exc)) from exc
        except DBAPIError as exc:
            raise SupervisionRefused(database_failure(exc)) from exc

    def _admin(self) -> None:
        if self.who.role != Role.ADMIN:
            raise SupervisionRefused(f"{self.who.login} is a {self.who.role}: admins set sampling")
