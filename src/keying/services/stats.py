"""Use case: a batch's statistics (`keying stats`, and the batch report's figures): the
stored facts read in one session, the figures computed by `keying.stats` (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from keying.services.stored_forms import parse_stored
from keying.stats.facts import BatchFacts
from keying.stats.fields import FieldFigures, field_figures
from keying.stats.keyers import KeyerFigures, Period, keyer_figures
from keying.stats.quality import BatchQuality, batch_quality
from keying.storage import batches as batch_repo
from keying.storage.stats_facts import batch_stats_facts


class StatsRefused(Exception):
    """No figures; the message says why (one line)."""


@dataclass
class BatchStats:
    batch: str
    form: str  # name@version
    quality: BatchQuality  # the whole batch
    keyers: list[KeyerFigures] = field(default_factory=list)  # in the period, by day if asked
    fields: list[FieldFigures] = field(default_factory=list)  # the whole batch


def load_facts(sessions: sessionmaker[Session], batch_name: str) -> tuple[BatchFacts, str]:
    """The batch's facts and its form as `name@version`."""
    with sessions() as session:
        batch = batch_repo.find_batch(session, batch_name)
        if batch is None:
            raise StatsRefused(f"no batch named {batch_name!r}")
        row = batch.form_definition
        form = parse_stored(row.text)
        facts = batch_stats_facts(session, batch, [f.name for f in form.fields])
        return facts, f"{row.name}@{row.version}"


def batch_stats(
    sessions: sessionmaker[Session],
    batch_name: str,
    period: Period | None = None,
    by_day: bool = False,
) -> BatchStats:
    facts, form = load_facts(sessions, batch_name)
    quality = batch_quality(facts)
    if (period is None or period == Period()) and not by_day:
        keyers = list(quality.keyers.values())  # the batch's keyers, already computed
    else:
        keyers = keyer_figures(facts, period or Period(), by_day)
    return BatchStats(batch_name, form, quality, keyers, field_figures(facts))
