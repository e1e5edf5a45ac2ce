"""Batches as a whole: the queue's order by priority, closing, and the `keying batch` commands."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from keying.storage import batches as batch_repo
from keying.storage import repo
from keying.storage.engine import make_engine, session_factory
from keying.storage.models import Batch, Document, Operator

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def test_the_queue_serves_batches_by_priority_then_order_and_skips_closed_ones(
    migrated_database_url: str,
) -> None:
    engine = make_engine(migrated_database_url)
    sessions = session_factory(engine)
    try:
        with sessions() as session:
            op = Operator(login="op1", display_name="Op", role="operator", password_hash="-")
            session.add(op)
            form = repo.add_form_definition(session, "f", 1, "form: f\n")
            for name in ("first", "urgent", "closed"):
                batch = repo.add_batch(session, name, form)
                for i in (1, 2):
                    page = (f"{name}{i}".encode(), "image/png", 1, 1)
                    repo.add_document(session, batch, f"{name}-{i}", [page])
            batch_repo.find_batch(session, "urgent").priority = 5  # type: ignore[union-attr]
            closed = batch_repo.find_batch(session, "closed")
            assert closed is not None and batch_repo.close_batch(session, closed)
            assert not batch_repo.close_batch(session, closed)  # once
            session.commit()
            op_id = op.id
        with sessions() as session:
            tasks = repo.claim_key_tasks(session, op_id, "pc", 10, timedelta(minutes=30), T0)
            refs = [session.get(Document, t.document_id).external_id for t in tasks]  # type: ignore[union-attr]
            session.commit()
        assert refs == ["urgent-1", "urgent-2", "first-1", "first-2"]
        with sessions() as session:
            order = [b.name for b in batch_repo.all_batches(session)]
            assert order == ["urgent", "first", "closed"]
            assert session.scalar(select(Batch.closed_at).where(Batch.name == "closed"))
    finally:
        engine.dispose()
