"""Use case: a batch's quality report (`keying report`), one self-contained HTML file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from keying.export.atomic import check_folder, file_set
from keying.export.report import render_report
from keying.services.stored_forms import parse_stored
from keying.stats.quality import BatchQuality, DocumentOutcome, KeyingTime, batch_quality
from keying.stats.sampling import DrawFacts, SamplingFigures, sampling_figures
from keying.storage import batches as batch_repo
from keying.storage import sampling as sampling_repo
from keying.storage.exports import batch_facts, keying_figures


class ReportRefused(Exception):
    """Nothing was written; the message says why (one line)."""


def _timing(login: str, figures: dict[str, Any]) -> KeyingTime | None:
    """A keying's time and keystrokes from its per-field figures (None when it has none,
    as a pass imported from a file)."""
    per_field = [f for f in figures.values() if isinstance(f, dict) and "time_ms" in f]
    if not per_field:
        return None
    seconds = sum(float(f.get("time_ms") or 0) for f in per_field) / 1000
    keystrokes = sum(int(f.get("keystrokes") or 0) for f in per_field)
    return KeyingTime(login, len(per_field), keystrokes, seconds)


def batch_sampling(sessions: sessionmaker[Session], batch_name: str) -> SamplingFigures | None:
    """The figures of the batch's verification sampling, as the report states them."""
    with sessions() as session:
        batch = batch_repo.find_batch(session, batch_name)
        if batch is None:
            raise ReportRefused(f"no batch named {batch_name!r}")
        return _sampling(session, batch.id)


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
    """The report's HTML and its figures."""
    with sessions() as session:
        batch = batch_repo.find_batch(session, batch_name)
        if batch is None:
            raise ReportRefused(f"no batch named {batch_name!r}")
        row = batch.form_definition
        form = parse_stored(row.text)
        facts = batch_facts(session, batch)
        figures = keying_figures(session, batch)
        sampling = _sampling(session, batch.id)
    fields = len(form.fields)
    outcomes = [
        DocumentOutcome(
            (d.keyers[0], d.keyers[1]) if len(d.keyers) == 2 else None,
            fields,
            len(d.flags),
            [decision for _, decision in d.flags],
            [severity for severity, _ in d.flags],
        )
        for d in facts
    ]
    timings = [t for t in (_timing(login, f) for login, f in figures) if t is not None]
    quality = batch_quality(outcomes, timings)
    form_name = f"{row.name}@{row.version}"
    html = render_report(batch_name, form_name, quality, datetime.now(UTC), sampling)
    return html, quality


def write_batch_report(sessions: sessionmaker[Session], batch_name: str, out: Path) -> BatchQuality:
    check_folder(out)
    html, quality = batch_report(sessions, batch_name)
    with file_set() as files:
        files.temp_for(out).write_text(html, encoding="utf-8")
    return quality
