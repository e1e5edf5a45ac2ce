"""Use case: a batch's quality report (`keying report`), one self-contained HTML file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from keying.export.atomic import check_folder, file_set
from keying.export.report import render_report
from keying.services.stats import StatsRefused, load_facts
from keying.stats.quality import BatchQuality, batch_quality
from keying.stats.sampling import DrawFacts, SamplingFigures, sampling_figures
from keying.storage import batches as batch_repo
from keying.storage import sampling as sampling_repo


class ReportRefused(Exception):
    """Nothing was written; the message says why (one line)."""


def batch_sampling(sessions: sessionmaker[Session], batch_name: str) -> SamplingFigures | None:
    """The figures of the batch's verification sampling, as the report states them."""
    with sessions() as session:
        batch = batch_repo.find_batch(session, batch_name)
        if batch is None:
            raise ReportRefused(f"no batch named {batch_name!r}")
        return _sampling(session, batch.id)


@dataclass(frozen=True)
class DrawRow:
    """One document's draw, as the dashboard lists it."""

    reference: str
    keyer: str
    verified: bool
    reason: str  # keying.storage.vocabulary.SamplingReason
    draw: float | None  # the seeded fraction (None: no draw was needed)


def sampling_and_draws(
    session: Session, batch_id: int
) -> tuple[SamplingFigures | None, list[DrawRow]]:
    """The batch's sampling figures (None: never sampled) and each document's draw, in
    document order."""
    rows = [
        DrawRow(ref, login, d.verified, str(d.reason), d.draw)
        for ref, d, login in sampling_repo.draws_of_batch(session, batch_id)
    ]
    return _sampling(session, batch_id), rows


def _sampling(session: Session, batch_id: int) -> SamplingFigures | None:
    """The batch's verification sampling (None: keyed twice in full, never sampled)."""
    settings = sampling_repo.settings(session, batch_id)
    draws = sampling_repo.draws_of_batch(session, batch_id)
    if settings is None and not draws:
        return None
    facts = [
        DrawFacts(login, d.verified, d.reason, d.fields, d.fields_measured, d.errors_measured)
        for _, d, login in draws
    ]
    if settings is not None:
        return sampling_figures(settings.rate, settings.min_accuracy, settings.seed, facts)
    last = draws[-1][1]  # sampling cleared since: the last draw's rate and seed
    return sampling_figures(last.rate, float("nan"), last.seed, facts)


def batch_report(sessions: sessionmaker[Session], batch_name: str) -> tuple[str, BatchQuality]:
    """The report's HTML and its figures (the same as `keying stats`: keying.stats)."""
    try:
        facts, form = load_facts(sessions, batch_name)
    except StatsRefused as exc:
        raise ReportRefused(str(exc)) from exc
    quality = batch_quality(facts)
    sampling = batch_sampling(sessions, batch_name)
    html = render_report(batch_name, form, quality, datetime.now(UTC), sampling)
    return html, quality


def write_batch_report(sessions: sessionmaker[Session], batch_name: str, out: Path) -> BatchQuality:
    check_folder(out)
    html, quality = batch_report(sessions, batch_name)
    with file_set() as files:
        files.temp_for(out).write_text(html, encoding="utf-8")
    return quality
