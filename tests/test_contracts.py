"""The typed contracts between the layers: the outbox payloads, the discrepancy rows a
reconciliation stores, and the stored words (roles, statuses) defined once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect

from keying.commands import user as user_command
from keying.reconcile import Discrepancy as FoundDiscrepancy
from keying.services import DocumentStatus, Role
from keying.services.closing import discrepancy_record
from keying.storage import models, vocabulary
from keying.storage.engine import make_engine, session_factory
from keying.storage.records import DiscrepancyRecord, KeyingPayload, PageFlagPayload
from tests.support.world import PASSWORD, World, make_world


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = make_world(tmp_path / "ws")
    yield w
    w.services.close()


def _keys_fit(payload: dict[str, Any], typed: Any) -> None:
    assert typed.__required_keys__ <= set(payload), "a required key is missing"
    assert set(payload) <= typed.__required_keys__ | typed.__optional_keys__, "an unknown key"


def test_the_outbox_holds_typed_payloads(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    st = world.services.station(world.services.sign_in("op1", PASSWORD), prefetch=1)
    first = st.next_task()
    assert first is not None
    st.next_task()  # claims the second task too (prefetch 1)
    # The central database goes away: what the station makes stays in the outbox.
    dead = make_engine("postgresql+psycopg://keying@127.0.0.1:9/nowhere?connect_timeout=1")
    monkeypatch.setattr(world.services.sync, "sessions", session_factory(dead))
    st.finish(first, {"head_name": "Chan"}, {"head_name": {"keystrokes": 4}}, [])
    second = st.next_task(top_up=False)
    assert second is not None and second.task_id != first.task_id
    st.flag_page(second, 1, "unreadable", "torn")
    items = {item.kind: item for item in st.cache.pending("9999-12-31")}
    assert set(items) == {"keying", "page_flag"}
    keying, flag = items["keying"].keying, items["page_flag"].page_flag
    _keys_fit(dict(keying), KeyingPayload)
    _keys_fit(dict(flag), PageFlagPayload)
    assert (keying["uuid"], keying["pass_no"]) == (first.draft.keying_uuid, first.task.pass_no)
    assert (flag["reason"], flag["note"], flag["uuid"]) == (
        "unreadable",
        "torn",
        items["page_flag"].id,
    )


def test_a_page_flag_reason_outside_the_vocabulary_is_refused(world: World) -> None:
    st = world.services.station(world.services.sign_in("op1", PASSWORD), prefetch=0)
    task = st.next_task()
    assert task is not None
    with pytest.raises(ValueError):
        st.flag_page(task, 1, "coffee stain")
    assert st.cache.pending_count() == 0


def test_a_discrepancy_record_fills_columns_of_the_discrepancies_table() -> None:
    found = FoundDiscrepancy(
        field="members",
        row_a=1,
        row_b=2,
        column="name",
        a="Chan",
        b="Chen",
        kind="value",
        similarity=0.75,
        spans_a=[[2, 3]],
        spans_b=[[2, 3]],
        explanation="differ",
    )
    record = discrepancy_record(found)
    _keys_fit(dict(record), DiscrepancyRecord)
    columns = {c.key for c in inspect(models.Discrepancy).columns}
    assert set(record) <= columns
    assert (record["value_a"], record["value_b"], record["row_b"]) == ("Chan", "Chen", 2)


def test_the_stored_words_are_defined_once() -> None:
    assert user_command.ROLES is vocabulary.ROLES is models.ROLES
    assert tuple(DocumentStatus) == models.DOCUMENT_STATUSES
    assert Role("supervisor") is Role.SUPERVISOR and Role.SUPERVISOR == "supervisor"
