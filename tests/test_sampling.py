"""Verification sampling (issue 17, item 4): the seeded draw when pass 1 comes in, recorded
per document; keyers below the threshold (or measured on too few fields) always verified;
gold documents always verified; unsampled documents' final records (pass 1, `single pass`),
the claim of pass 2, the export's provenance and the report's figures."""

from __future__ import annotations

import math
import uuid
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from keying.services.closing import close_document_if_ready
from keying.services.export import NOT_VERIFIED, export_records
from keying.services.report import batch_report, batch_sampling
from keying.services.sampling import SamplingRefused, clear_sampling, set_sampling
from keying.services.stored_forms import parse_stored
from keying.stats.sampling import accuracy, draw_value, upper_rate
from keying.storage import repo
from keying.storage import sampling as store
from keying.storage.exports import batch_facts
from keying.storage.models import (
    Batch,
    Document,
    FinalRecord,
    FormDefinitionRow,
    KeyerError,
    SamplingDraw,
)
from keying.storage.records import KeyingPayload
from tests.support.supervision import key_passes, operator_id
from tests.support.world import World, page_png

VALUES = {
    "form_no": "AB-123456",
    "head_name": "Chan Sokha",
    "visit_date": "3/4/2021",
    "household_size": "4.0",
    "monthly_income": "120.50",
    "has_electricity": "Y",
    "remarks": "near river",
    "members": [{"name": "Dara", "age": "34", "sex": "M"}],
}
FIELDS = 8  # the example census form's fields (a table counts as one)
SAMPLED = "Sampled batch"
PAGE = page_png("S", (60, 80))


@pytest.fixture
def world_options() -> dict[str, Any]:
    return {"documents": 9}


@pytest.fixture
def history(world: World) -> World:
    """op1 measured on 6 verified documents (48 fields, 1 error: 97.9 %), op3 on 3 (24
    fields, 1 error: 95.8 %), op2 on all 9; then a second batch of the same form."""
    docs = world.documents
    key_passes(world, {d: (VALUES, VALUES) for d in docs[:6]}, ("op1", "op2"))
    key_passes(world, {d: (VALUES, VALUES) for d in docs[6:]}, ("op3", "op2"))
    with world.services.sessions() as session:
        for login, ref in (("op1", docs[0]), ("op3", docs[6])):
            doc = session.scalar(select(Document).where(Document.external_id == ref))
            assert doc is not None and doc.status == "final"
            final = session.scalar(select(FinalRecord).where(FinalRecord.document_id == doc.id))
            assert final is not None
            session.add(
                KeyerError(
                    document_id=doc.id,
                    final_record_id=final.id,
                    field="remarks",
                    path="remarks",
                    pass_no=1,
                    operator_id=operator_id(world, login),
                    kind="different",
                )
            )
        session.commit()
    return world


def add_batch(world: World, documents: int, name: str = SAMPLED, gold: int = 0) -> list[str]:
    refs = [f"S-{i:04d}" for i in range(1, documents + 1)]
    with world.services.sessions() as session:
        form = session.scalar(select(FormDefinitionRow))
        assert form is not None
        batch = repo.add_batch(session, name, form)
        for i, ref in enumerate(refs):
            gold_values = VALUES if i < gold else None
            repo.add_document(session, batch, ref, [(PAGE, "image/png", 60, 80)], gold_values)
        session.commit()
    return refs


def key_pass_one(world: World, refs: list[str], login: str = "op1", pass_no: int = 1) -> None:
    op = operator_id(world, login)
    with world.services.sessions() as session:
        for ref in refs:
            doc = session.scalar(
                select(Document)
                .join(Batch, Batch.id == Document.batch_id)
                .where(Document.external_id == ref, Batch.name == SAMPLED)
            )
            assert doc is not None
            payload = KeyingPayload(
                uuid=str(uuid.uuid4()),
                document_id=doc.id,
                pass_no=pass_no,
                operator_id=op,
                values=VALUES,
                finished_at="2026-12-01T10:00:00+00:00",
            )
            _, keying = repo.record_keying(session, payload)
            assert keying is not None
            close_document_if_ready(session, keying)
        session.commit()


def draws(world: World) -> dict[str, SamplingDraw]:
    with world.services.sessions() as session:
        batch = session.scalar(select(Batch).where(Batch.name == SAMPLED))
        assert batch is not None
        rows = store.draws_of_batch(session, batch.id)
        session.expunge_all()
    return {ref: d for ref, d, _ in rows}


def sample(world: World, **options: Any) -> None:
    settings = {"rate": 0.2, "min_accuracy": 97.5, "seed": 7, "min_fields": 24, **options}
    set_sampling(world.services.sessions, SAMPLED, **settings)


def test_the_measure_counts_verified_documents_and_the_errors_charged_on_them(history) -> None:
    with history.services.sessions() as session:
        m1 = store.keyer_measure(session, operator_id(history, "op1"), "household_census", 8, 200)
        m3 = store.keyer_measure(session, operator_id(history, "op3"), "household_census", 8, 200)
        m2 = store.keyer_measure(session, operator_id(history, "op2"), "household_census", 8, 200)
        window = store.keyer_measure(session, operator_id(history, "op2"), "household_census", 8, 4)
        other = store.keyer_measure(session, operator_id(history, "op1"), "another_form", 8, 200)
    assert (m1.documents, m1.fields, m1.errors) == (6, 48, 1)
    assert (m3.documents, m3.fields, m3.errors) == (3, 24, 1)
    assert (m2.documents, m2.fields, m2.errors) == (9, 72, 0)
    assert (window.documents, window.fields) == (4, 32)  # the last 4 documents only
    assert other.fields == 0
    assert accuracy(48, 1) == pytest.approx(100 * 47 / 48)
    assert accuracy(0, 0) is None
    # the upper bound of a rate: 0 errors in n fields → 1 - 0.05^(1/n); binomial by hand
    assert upper_rate(0, 80) == pytest.approx(1 - 0.05 ** (1 / 80))
    p = upper_rate(2, 100)
    assert (1 - p) ** 100 + 100 * p * (1 - p) ** 99 + 4950 * p**2 * (1 - p) ** 98 == (
        pytest.approx(0.05)
    )
    assert upper_rate(0, 0) == 1.0 and upper_rate(3, 3) == 1.0


def test_sampling_at_20_percent_verifies_about_20_percent_and_records_which(history) -> None:
    n = 300
    refs = add_batch(history, n)
    sample(history)
    key_pass_one(history, refs)
    drawn = draws(history)
    assert sorted(drawn) == refs  # every document drawn, one row each
    assert {d.reason for d in drawn.values()} == {"sampled", "not_sampled"}
    verified = {ref for ref, d in drawn.items() if d.verified}
    # the recorded set is the seeded draw: recomputable from the seed and the references
    assert verified == {ref for ref in refs if draw_value(7, ref) < 0.2}
    for ref, d in drawn.items():
        assert d.rate == 0.2 and d.seed == 7 and d.draw == pytest.approx(draw_value(7, ref))
        assert (d.fields_measured, d.errors_measured, d.fields) == (48, 1, FIELDS)
    # the share is within 4 standard deviations of the binomial(300, 0.2)
    sd = math.sqrt(n * 0.2 * 0.8)
    assert abs(len(verified) - n * 0.2) <= 4 * sd
    assert 0 < len(verified) < n


def test_the_draw_does_not_depend_on_the_order_passes_come_in(history, new_world) -> None:
    refs = add_batch(history, 60)
    sample(history, rate=0.5)
    key_pass_one(history, refs)
    first = {ref for ref, d in draws(history).items() if d.verified}
    again = new_world(documents=9)
    key_passes(again, {d: (VALUES, VALUES) for d in again.documents[:6]}, ("op1", "op2"))
    add_batch(again, 60)
    sample(again, rate=0.5, min_accuracy=99.0)
    key_pass_one(again, list(reversed(refs)))
    assert {ref for ref, d in draws(again).items() if d.verified} == first
    assert 0 < len(first) < 60


def test_unsampled_documents_are_final_from_pass_one_and_pass_two_is_cancelled(history) -> None:
    refs = add_batch(history, 40)
    sample(history, rate=0.3)
    key_pass_one(history, refs)
    drawn = draws(history)
    with history.services.sessions() as session:
        form = parse_stored(session.scalar(select(FormDefinitionRow)).text)  # type: ignore[union-attr]
        for ref in refs:
            doc = session.scalar(
                select(Document).where(Document.external_id == ref, Document.seq > 0)
            )
            assert doc is not None
            task = store.pass_two_task(session, doc.id)
            final = session.scalar(select(FinalRecord).where(FinalRecord.document_id == doc.id))
            assert task is not None
            if drawn[ref].verified:
                assert doc.status == "keying" and task.status == "open" and final is None
                continue
            assert doc.status == "final" and task.status == "cancelled"
            assert final is not None and final.source == "single pass"
            # the canonical text of agreed values: 4.0 → 4, 3/4/2021 → 03/04/2021
            assert final.values["household_size"] == "4"
            assert final.values["visit_date"] == "03/04/2021"
            assert final.values["members"] == [{"name": "Dara", "age": "34", "sex": "M"}]
            assert final.provenance["remarks"] == {
                "how": "single pass",
                "by": "op1",
                "verified": False,
            }
            assert set(final.provenance) == {f.name for f in form.fields}
        batch = session.scalar(select(Batch).where(Batch.name == SAMPLED))
        facts = batch_facts(session, batch)  # type: ignore[arg-type]
    records = {r.reference: r for r in export_records(form, facts, False, True)}
    once = [ref for ref in refs if not drawn[ref].verified]
    assert once and set(records) == set(once)  # the verified ones wait for pass 2
    assert records[once[0]].provenance["remarks"].how == NOT_VERIFIED
    assert records[once[0]].provenance["remarks"].by == "op1"


def test_pass_two_is_claimed_only_for_documents_drawn_for_verification(history) -> None:
    refs = add_batch(history, 30)
    sample(history, rate=0.5)
    key_pass_one(history, refs[:20])
    verified = {ref for ref, d in draws(history).items() if d.verified}
    assert 0 < len(verified) < 20
    with history.services.sessions() as session:
        tasks = repo.claim_key_tasks(
            session, operator_id(history, "op2"), "ws-2", 100, timedelta(minutes=30)
        )
        claimed = {(t.document.external_id, t.pass_no) for t in tasks}
        session.rollback()
    sampled_batch = {(r, p) for r, p in claimed if r.startswith("S-")}
    # pass 2: only the verified documents; the 10 without pass 1 offer pass 1 only (their
    # pass 2 waits for the draw)
    assert {r for r, p in sampled_batch if p == 2} == verified
    assert {r for r, p in sampled_batch if p == 1} == set(refs[20:])


def test_a_keyer_below_the_threshold_or_measured_too_little_is_always_verified(history) -> None:
    refs = add_batch(history, 30, gold=2)
    sample(history, rate=0.0)  # nobody would be verified by the draw itself
    key_pass_one(history, refs[:10], "op3")  # 95.8 % < 97.5 %
    set_sampling(history.services.sessions, SAMPLED, rate=0.0, min_accuracy=97.5, min_fields=49)
    key_pass_one(history, refs[10:20], "op1")  # 48 fields measured < 49
    set_sampling(history.services.sessions, SAMPLED, rate=0.0, min_accuracy=97.5, min_fields=24)
    key_pass_one(history, refs[20:], "op1")
    drawn = draws(history)
    assert [drawn[r].reason for r in refs[:2]] == ["gold", "gold"]
    assert {drawn[r].reason for r in refs[2:10]} == {"below_threshold"}
    assert {drawn[r].reason for r in refs[10:20]} == {"too_few_fields"}
    assert {drawn[r].reason for r in refs[20:]} == {"not_sampled"}
    assert all(drawn[r].verified for r in refs[:20])
    assert not any(drawn[r].verified for r in refs[20:])
    assert all(drawn[r].draw is None for r in refs[:20])  # not drawn: verified by rule


def test_documents_whose_pass_one_was_in_are_drawn_when_sampling_is_set(history) -> None:
    refs = add_batch(history, 12)
    key_pass_one(history, refs[:6])
    key_pass_one(history, refs[:2], "op2", pass_no=2)  # reconciled: final, nothing to draw
    with history.services.sessions() as session:
        doc = session.scalar(select(Document).where(Document.external_id == refs[2]))
        task = store.pass_two_task(session, doc.id)  # type: ignore[union-attr]
        assert task is not None
        task.status, task.claimed_by = "claimed", operator_id(history, "op2")
        task.lease_until = task.document.created_at + timedelta(days=1)
        session.commit()
    result = set_sampling(
        history.services.sessions, SAMPLED, rate=0.0, min_accuracy=90, min_fields=1, seed=3
    )
    assert result.drawn_now == 4 and result.seed == 3
    drawn = draws(history)
    assert set(drawn) == set(refs[2:6])
    assert drawn[refs[2]].reason == "pass_2_started" and drawn[refs[2]].verified
    assert {drawn[r].reason for r in refs[3:6]} == {"not_sampled"}


def test_settings_are_checked_and_cleared(history) -> None:
    add_batch(history, 2)
    sessions = history.services.sessions
    for bad, words in (
        ({"rate": 1.5}, "between 0 and 1"),
        ({"min_accuracy": 101.0}, "percentage"),
        ({"min_fields": 0}, "at least 1"),
    ):
        options = {"rate": 0.2, "min_accuracy": 99.5, **bad}
        with pytest.raises(SamplingRefused, match=words):
            set_sampling(sessions, SAMPLED, **options)
    with pytest.raises(SamplingRefused, match="no batch named 'nope'"):
        set_sampling(sessions, "nope", 0.2, 99.5)
    first = set_sampling(sessions, SAMPLED, 0.2, 99.5)
    assert set_sampling(sessions, SAMPLED, 0.3, 99.0).seed == first.seed  # the seed stays
    assert clear_sampling(sessions, SAMPLED) and not clear_sampling(sessions, SAMPLED)
    with sessions() as session:
        batch = session.scalar(select(Batch).where(Batch.name == SAMPLED))
        assert store.settings(session, batch.id) is None  # type: ignore[union-attr]


def test_the_report_states_the_sampling_and_the_errors_expected_in_unverified(history) -> None:
    refs = add_batch(history, 50)
    sample(history, rate=0.25)
    key_pass_one(history, refs)
    once = [r for r, d in draws(history).items() if not d.verified]
    figures = batch_sampling(history.services.sessions, SAMPLED)
    assert figures is not None
    assert (figures.drawn, figures.unverified) == (50, len(once))
    assert figures.verified == 50 - len(once)
    assert figures.unverified_fields == FIELDS * len(once)
    # op1: 1 error in 48 fields measured → 1/48 per field on each field keyed once
    assert figures.unverified_errors == pytest.approx(len(once) * FIELDS / 48)
    assert figures.unverified_per_1000 == pytest.approx(1000 / 48)
    assert figures.keyers == {"op1": len(once)}
    # and at most, with op1's 95 % upper bound of 1 error in 48 fields (Clopper-Pearson)
    assert upper_rate(1, 48) == pytest.approx(0.09506, abs=1e-4)
    assert figures.unverified_errors_upper == pytest.approx(len(once) * FIELDS * upper_rate(1, 48))
    html, quality = batch_report(history.services.sessions, SAMPLED)
    assert quality.reconciled == 0  # nothing keyed twice yet
    assert f"{len(once)} of 50 documents drawn were keyed once and not" in html
    assert "rate of 25 %" in html and "seed 7" in html
    assert f"{len(once) * FIELDS / 48:.3f} fields" in html
    assert "20.833 per 1,000 fields" in html
    assert f"at most {len(once) * FIELDS * upper_rate(1, 48):.3f}" in html
    plain, _ = batch_report(history.services.sessions, history.batch_name)
    assert "no verification" in plain
    assert batch_sampling(history.services.sessions, "Test batch") is None


def test_set_sampling_command(history, capsys: pytest.CaptureFixture[str]) -> None:
    from keying.cli import main
    from keying.commands import sampling as command
    from keying.services import sampling as service

    assert (command.DEFAULT_MIN_FIELDS, command.DEFAULT_WINDOW) == (
        service.DEFAULT_MIN_FIELDS,
        service.DEFAULT_WINDOW,
    )
    add_batch(history, 3)
    db = ["--database-url", history.workspace.database_url]
    args = ["batch", "set-sampling", "--batch", SAMPLED, *db]
    assert main([*args, "--rate", "0.2", "--min-accuracy", "99.5", "--seed", "11"]) == 0
    out = capsys.readouterr().out
    assert "keyers at 99.5 % or better" in out and "verified at 20 %, seed 11" in out
    assert "at least 1000 fields, last 200 documents" in out
    assert main(["batch", "show", SAMPLED, *db]) == 0
    out = capsys.readouterr().out
    assert "sampling  20 % verified for keyers at 99.5 % or better (seed 11): 0 drawn" in out
    assert main([*args, "--rate", "2", "--min-accuracy", "99.5"]) == 1
    err = capsys.readouterr().err
    assert err == "keying batch set-sampling: error: the rate must be between 0 and 1, not 2.0\n"
    assert main([*args, "--rate", "0.2"]) == 1
    assert "give --rate and --min-accuracy" in capsys.readouterr().err
    assert main(["batch", "set-sampling", "--batch", "Nope", "--off", *db]) == 1
    assert main([*args, "--off"]) == 0
    assert "keyed twice in full" in capsys.readouterr().out
    with history.services.sessions() as session:
        batch = session.scalar(select(Batch).where(Batch.name == SAMPLED))
        assert store.settings(session, batch.id) is None  # type: ignore[union-attr]


@pytest.mark.postgres
def test_on_postgresql_the_claim_waits_for_the_draw_and_operators_see_no_measures(
    tmp_path, postgres_migrated_url: str
) -> None:
    from keying.storage.pg_roles import create_login_role
    from tests.support.world import PASSWORD, make_world
    from tests.test_pg_gatekeeper import psql, refused, workstation

    shop = make_world(tmp_path / "admin", documents=3, database_url=postgres_migrated_url)
    pcs = []
    try:
        with shop.services.sessions() as session:
            for login in ("op1", "op2", "op3"):
                create_login_role(session, login, PASSWORD, "operator")
            session.commit()
        key_passes(shop, {"D-001": (VALUES, VALUES)}, ("op1", "op2"))  # op1: 8 fields, 0 errors
        set_sampling(shop.services.sessions, "Test batch", 0.0, 0.0, seed=1, min_fields=1)
        pcs = [workstation(shop, tmp_path, name) for name in ("pc1", "pc2")]
        station = pcs[0].station(pcs[0].sign_in("op1", PASSWORD), prefetch=0)
        task = station.next_task()
        assert task is not None and (task.task.external_id, task.task.pass_no) == ("D-002", 1)
        outcome = station.finish(task, {"head_name": "Ann", "remarks": "Ann"}, {}, [])
        assert outcome.sync.online and outcome.sync.pending == 0
        # op1's own role may not read the measures: the draw waits; so does pass 2 of D-002
        second = pcs[1].station(pcs[1].sign_in("op2", PASSWORD), prefetch=0).next_task()
        assert second is not None
        assert (second.task.external_id, second.task.pass_no) == ("D-003", 1)
        assert shop.services.close_ready() == 0  # a supervisor's round: the draw is made
        with shop.services.sessions() as session:
            doc = session.scalar(select(Document).where(Document.external_id == "D-002"))
            assert doc is not None and doc.status == "final"
            draw = store.draw_of(session, doc.id)
            assert draw is not None and draw.reason == "not_sampled" and not draw.verified
        assert psql(shop, "op2", "SELECT count(document_id) FROM sampling_draws").stdout == "1\n"
        refused(shop, "op2", "SELECT reason FROM sampling_draws", "permission denied")
        refused(shop, "op2", "SELECT errors_measured FROM sampling_draws", "permission denied")
        refused(shop, "op2", "UPDATE batch_sampling SET rate = 1", "permission denied")
    finally:
        for pc in pcs:
            pc.close()
        shop.services.close()


def test_a_document_flagged_when_pass_one_came_in_is_drawn_when_it_returns(history) -> None:
    from keying.services.supervision import Supervision
    from keying.storage.vocabulary import FlagOutcome

    refs = add_batch(history, 1)
    sample(history, rate=0.0)
    with history.services.sessions() as session:
        doc = session.scalar(select(Document).where(Document.external_id == refs[0]))
        assert doc is not None
        doc.status = "flagged"  # pass 2's keyer flagged a page while pass 1 was keyed
        repo.record_page_flag(
            session,
            {
                "uuid": str(uuid.uuid4()),
                "document_id": doc.id,
                "page_no": 1,
                "operator_id": operator_id(history, "op2"),
                "reason": "unreadable",
            },
        )
        session.commit()
    key_pass_one(history, refs)
    assert draws(history) == {}  # flagged: no draw yet
    desk = Supervision(history.services, history.sign_in("sup"))
    (row,) = [r for r in desk.flagged_pages() if r.document == refs[0]]
    desk.resolve_flag(row, FlagOutcome.RETURNED)
    drawn = draws(history)
    assert drawn[refs[0]].reason == "not_sampled" and not drawn[refs[0]].verified


def test_a_pass_imported_from_a_file_is_drawn_and_the_summary_says_so(
    history, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from keying.cli import main

    refs = add_batch(history, 20)
    sample(history, rate=0.3)
    lines = [json.dumps({"document": ref, "values": VALUES}) for ref in refs]
    (tmp_path / "p1.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = ["--database-url", history.workspace.database_url]
    args = ["pass", "import", "--batch", SAMPLED, "--pass", "1", "--operator", "op1"]
    assert main([*args, str(tmp_path / "p1.jsonl"), *db]) == 0
    once = [r for r, d in draws(history).items() if not d.verified]
    assert len(draws(history)) == 20 and 0 < len(once) < 20
    out = capsys.readouterr().out
    assert "reconciled: 0 agreed, 0 to adjudicate" in out
    assert f"; {len(once)} final from pass 1, not verified (verification sampling)" in out
    # pass 2 of a document keyed once is refused: its pass 2 is cancelled
    args[5] = "2"
    args[7] = "op2"
    assert main([*args, str(tmp_path / "p1.jsonl"), *db]) == 1
    assert f"{once[0]}: the document is final: it is no longer keyed" in capsys.readouterr().err
