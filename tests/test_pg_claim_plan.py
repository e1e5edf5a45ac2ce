"""The claim is an index walk on PostgreSQL (issue 11, Performance; migration 0015): with
3,000 two-pass documents queued, the plan of one claim walks the batch's keying documents in
order (`ix_documents_keying_queue`) and looks up each one's open key tasks by document
(`ix_tasks_open_key`, an index condition), never sorts the whole queue, and reads a handful
of rows, not thousands (EXPLAIN ANALYZE's row counts: no clock is asserted). The same holds
on tables never analyzed (right after an import, before autovacuum): planned as a join, such
a claim read the whole open-task index for each document and 100 clients ended on the
statement timeout. The rules the walk keeps are tested where they were
(tests/test_storage.py, test_batches.py, test_pg_races.py, test_training*.py …)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from keying.bench.central import _setup
from keying.storage import repo
from keying.storage.claim_query import claim_candidates, serving_order
from keying.storage.engine import make_engine, session_factory
from keying.storage.models import Document, Task

pytestmark = pytest.mark.postgres
DOCUMENTS = 3000


def _nodes(plan: dict[str, Any]) -> list[dict[str, Any]]:
    found = [plan]
    for child in plan.get("Plans", []):
        found.extend(_nodes(child))
    return found


def _claim_plan(session: Any, operator_id: int) -> list[dict[str, Any]]:
    [batch] = serving_order(session)
    stmt, parameters = claim_candidates(session, operator_id, "ws", datetime.now(UTC), batch)
    compiled = stmt.compile(dialect=session.get_bind().dialect)
    expanded = compiled.construct_expanded_state(parameters)
    [row] = (
        session.connection()
        .exec_driver_sql(
            "EXPLAIN (ANALYZE, FORMAT JSON) " + expanded.statement, expanded.parameters
        )
        .one()
    )
    session.rollback()
    return _nodes(row[0]["Plan"])


def _assert_walk(nodes: list[dict[str, Any]]) -> None:
    kinds = [node["Node Type"] for node in nodes]
    indexes = {node.get("Index Name") for node in nodes}
    assert "ix_documents_keying_queue" in indexes, kinds
    assert kinds[0] == "Limit" and "LockRows" in kinds, kinds
    assert "Sort" not in kinds and "Incremental Sort" not in kinds, kinds
    walked = [n for n in nodes if n.get("Index Name") == "ix_documents_keying_queue"]
    assert walked and all(n["Actual Rows"] <= 3 for n in walked), walked
    # each document's tasks are looked up by the document, never scanned
    lookups = [n for n in nodes if n.get("Index Name") == "ix_tasks_open_key"]
    assert lookups, kinds
    assert all("document_id" in n.get("Index Cond", "") for n in lookups), lookups
    assert all(n["Actual Rows"] * n["Actual Loops"] <= 6 for n in lookups), lookups
    scanned = {n.get("Relation Name") for n in nodes if n["Node Type"] == "Seq Scan"}
    assert not scanned & {"tasks", "documents"}, scanned


def test_a_claim_walks_the_queue_in_order_and_reads_a_few_rows(
    postgres_migrated_url: str,
) -> None:
    operators = _setup(postgres_migrated_url, 2, DOCUMENTS)
    engine = make_engine(postgres_migrated_url)
    try:
        with session_factory(engine)() as session:
            # never analyzed yet (just imported): the walk is the same
            _assert_walk(_claim_plan(session, operators[0]))
            # the first 1,000 documents are done with: the walk must not read past them
            done = select(Document.id).where(Document.seq <= 1000).scalar_subquery()
            session.execute(update(Document).where(Document.id.in_(done)).values(status="final"))
            session.execute(update(Task).where(Task.document_id.in_(done)).values(status="done"))
            session.commit()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("ANALYZE")
        with session_factory(engine)() as session:
            _assert_walk(_claim_plan(session, operators[0]))

            # and the claim itself hands out the first document's two passes to two people
            got = repo.claim_key_tasks(session, operators[0], "ws1", 1, timedelta(minutes=5))
            again = repo.claim_key_tasks(session, operators[1], "ws2", 2, timedelta(minutes=5))
            seqs = [(session.get(Document, t.document_id).seq, t.pass_no) for t in got + again]
            assert seqs == [(1001, 1), (1001, 2), (1002, 1)]
            session.rollback()
    finally:
        engine.dispose()
