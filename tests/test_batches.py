"""Batches as a whole: the queue's order by priority, closing, and the `keying batch` commands."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from keying.cli import main
from keying.paths import FORMS_DIR
from keying.storage import batches as batch_repo
from keying.storage import repo
from keying.storage.engine import make_engine, session_factory
from keying.storage.models import Batch, Document, Operator
from tests import scans

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
RECEIPT_FORM = str(FORMS_DIR / "receipt.yaml")


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


def test_the_claim_keeps_to_the_batch_in_progress(migrated_database_url: str) -> None:
    """Issue 14, item 4: a batch made urgent while an operator keys another waits until the
    one in progress has nothing left for them; then the queue's order holds again."""
    engine = make_engine(migrated_database_url)
    sessions = session_factory(engine)
    lease = timedelta(minutes=30)
    try:
        with sessions() as session:
            op = Operator(login="op1", display_name="Op", role="operator", password_hash="-")
            session.add(op)
            form = repo.add_form_definition(session, "f", 1, "form: f\n")
            for name in ("first", "urgent", "later"):
                batch = repo.add_batch(session, name, form)
                for i in (1, 2, 3):
                    page = (f"{name}{i}".encode(), "image/png", 1, 1)
                    repo.add_document(session, batch, f"{name}-{i}", [page])
            session.commit()
            op_id = op.id

        def claim(limit: int, in_progress: int | None) -> list[str]:
            with sessions() as session:
                tasks = repo.claim_key_tasks(
                    session, op_id, "pc", limit, lease, T0, in_progress=in_progress
                )
                refs = [session.get(Document, t.document_id).external_id for t in tasks]  # type: ignore[union-attr]
                session.commit()
                return refs

        assert claim(1, None) == ["first-1"]
        with sessions() as session:
            batch_repo.find_batch(session, "urgent").priority = 5  # type: ignore[union-attr]
            in_progress = session.scalar(
                select(Document.id).where(Document.external_id == "first-1")
            )
            session.commit()
        # the rest of "first" before "urgent", although urgent comes first by priority
        assert claim(3, in_progress) == ["first-2", "first-3", "urgent-1"]
        # nothing in progress: by priority, then order
        assert claim(3, None) == ["urgent-2", "urgent-3", "later-1"]
    finally:
        engine.dispose()


def test_batch_commands_list_show_prioritise_and_close(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{(tmp_path / 'c.sqlite').as_posix()}"
    for name in ("a", "b"):
        scans.png(tmp_path / f"{name}.png", name)
        args = ["--database-url", url, "--form", RECEIPT_FORM, "--name", f"Batch {name}"]
        assert main(["batch", "import", *args, str(tmp_path / f"{name}.png")]) == 0
    db = ["--database-url", url]
    assert main(["batch", "set-priority", "Batch b", "3", *db]) == 0
    assert main(["batch", "close", "Batch a", *db]) == 0
    assert main(["batch", "close", "Batch a", *db]) == 0
    capsys.readouterr()
    assert main(["batch", "list", *db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["priority", "state", "documents", "final", "form", "name"]
    assert lines[1].split() == ["3", "open", "1", "0", "receipt@1", "Batch", "b"]
    assert lines[2].split() == ["0", "closed", "1", "0", "receipt@1", "Batch", "a"]
    assert main(["batch", "show", "Batch b", "--documents", *db]) == 0
    out = capsys.readouterr().out
    assert "documents 1 (1 pages)" in out and "open tasks 2 key" in out
    assert "  b  keying  1 page  " in out and "b.png" in out
    for args in (["show", "Nope"], ["close", "Nope"], ["set-priority", "Nope", "1"]):
        assert main(["batch", *args, *db]) == 1
        err = capsys.readouterr().err
        assert (
            err == f"keying batch {args[0]}: error: no batch named 'Nope' (see keying batch list)\n"
        )
