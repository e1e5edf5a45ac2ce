"""Statistics (keying.stats, `keying stats`) against figures computed by hand on a small batch
built through the services: the census form (8 fields, a table counting as one), three
documents, keyers op1 (pass 1, timed), op2 (pass 2, imported: no timing), op3 (one pass 1).

- D-001: op1 on 2026-11-30, op2 on 2026-12-01; five discrepancies, all decided by the
  supervisor station, which charges (keyer_errors, as tests/test_adjudication.py works out):
  op1 remarks, members.age (2); op2 household_size, monthly_income, remarks, members (4).
- D-002: both on 2026-12-01; one minor discrepancy (the name in capitals), not decided.
- D-003: only pass 1, by op3, on 2026-12-01: keyed once.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import date
from typing import Any

import pytest

from keying.cli import main
from keying.services.closing import close_document_if_ready
from keying.services.stats import batch_stats, load_facts
from keying.stats.charges import charged_errors
from keying.stats.facts import (
    BatchFacts,
    ChargedError,
    DiscrepancyFact,
    DocumentFact,
    KeyingFact,
)
from keying.stats.interval import wilson
from keying.stats.keyers import Period, keyer_figures
from keying.storage import repo
from keying.storage.records import KeyingPayload
from keying.storage.vocabulary import Decision
from tests.support.supervision import document_id, operator_id
from tests.support.world import World
from tests.test_adjudication import A, B, decide, desk

# op1's figures per field: 10 keys (1 a correction), 4.5 s; one field visited twice with a
# pause. Per keying: 80 keystrokes, 8 corrections, 36 s, 1 pause, 1 field re-entered.
FIELDS = (
    "form_no",
    "head_name",
    "visit_date",
    "household_size",
    "monthly_income",
    "has_electricity",
    "remarks",
    "members",
)


def op1_figures() -> dict[str, Any]:
    out: dict[str, Any] = {
        f: {"keystrokes": 10, "corrections": 1, "time_ms": 4500, "pauses": 0, "visits": 1}
        for f in FIELDS
    }
    out["remarks"] = {**out["remarks"], "pauses": 1, "visits": 2}
    return out


def op3_figures() -> dict[str, Any]:  # 5 keys a field, 2.25 s: 40 keys in 18 s
    return {
        f: {"keystrokes": 5, "corrections": 0, "time_ms": 2250, "pauses": 0, "visits": 1}
        for f in FIELDS
    }


def store(world: World, doc: str, n: int, login: str, values: dict[str, Any], day: str,
          figures: dict[str, Any] | None) -> None:  # fmt: skip
    payload = KeyingPayload(
        uuid=str(uuid.uuid4()),
        document_id=document_id(world, doc),
        pass_no=n,
        operator_id=operator_id(world, login),
        values=values,
        finished_at=f"{day}T10:00:00+00:00",
    )
    if figures is not None:
        payload["figures"] = figures
    with world.services.sessions() as session:
        _, keying = repo.record_keying(session, payload)
        assert keying is not None
        close_document_if_ready(session, keying)
        session.commit()


@pytest.fixture
def keyed(world: World) -> World:
    return key_small_batch(world)


def key_small_batch(world: World) -> World:
    """The batch of this module's docstring (also the dashboard tests')."""
    store(world, "D-001", 1, "op1", A, "2026-11-30", op1_figures())
    store(world, "D-001", 2, "op2", B, "2026-12-01", None)
    store(world, "D-002", 1, "op1", A, "2026-12-01", op1_figures())
    store(world, "D-002", 2, "op2", {**A, "head_name": "CHAN SOKHA"}, "2026-12-01", None)
    store(world, "D-003", 1, "op3", A, "2026-12-01", op3_figures())
    d = desk(world)
    (case,) = [c for c in d.claim(limit=3) if c.external_id == "D-001"]
    decide(d, case, "household_size", Decision.A)
    decide(d, case, "monthly_income", Decision.NEW, "120.5", "Read from the page")
    decide(d, case, "remarks", Decision.ILLEGIBLE)
    decide(d, case, "members[0].age", Decision.B)
    decide(d, case, "members[1]", Decision.A)
    return world


def test_the_wilson_interval_against_worked_values() -> None:
    # 0 of 10: the upper bound is z²/(n + z²) = 3.8415/13.8415
    assert wilson(0, 10) == pytest.approx((0.0, 0.27753), abs=1e-5)
    # 2 of 16, worked by hand: centre 0.197603, half-width 0.162626
    assert wilson(2, 16) == pytest.approx((0.034977, 0.360229), abs=1e-5)
    assert wilson(0, 0) == (0.0, 1.0)
    with pytest.raises(ValueError):
        wilson(3, 2)


def test_keyer_figures_by_hand(keyed: World) -> None:
    stats = batch_stats(keyed.services.sessions, keyed.batch_name)
    k = {f.login: f for f in stats.keyers}
    assert sorted(k) == ["op1", "op2", "op3"]
    op1, op2, op3 = k["op1"], k["op2"], k["op3"]
    # op1: 2 documents, 16 fields checked, 2 errors charged: 125 per 1,000 (Wilson 2/16)
    assert (op1.documents, op1.fields, op1.errors) == (2, 16, 2)
    assert op1.errors_per_1000 == pytest.approx(125.0)
    assert op1.errors_interval == pytest.approx((34.977, 360.229), abs=1e-3)
    # 160 keystrokes, 16 fields in 72 s = 0.02 h; 36 s a document
    assert op1.keystrokes_per_hour == pytest.approx(8000.0)
    assert op1.fields_per_hour == pytest.approx(800.0)
    assert op1.seconds_per_document == pytest.approx(36.0)
    assert (op1.keystrokes, op1.corrections, op1.pauses, op1.re_entered) == (160, 16, 2, 2)
    # op2: 4 errors in 16 fields; imported passes carry no timing
    assert (op2.documents, op2.fields, op2.errors) == (2, 16, 4)
    assert op2.errors_per_1000 == pytest.approx(250.0)
    assert op2.keystrokes_per_hour is None and op2.seconds_per_document is None
    # op3: keyed one document not yet reconciled: nothing checked
    assert (op3.documents, op3.fields, op3.errors) == (1, 0, 0)
    assert op3.keystrokes_per_hour == pytest.approx(8000.0)  # 40 keys in 18 s
    assert op3.errors_interval == (0.0, 1000.0)


def test_keyer_figures_by_day_and_for_a_period(keyed: World) -> None:
    by_day = batch_stats(keyed.services.sessions, keyed.batch_name, by_day=True).keyers
    got = [(k.day, k.login, k.documents, k.fields, k.errors) for k in by_day]
    assert got == [
        (date(2026, 11, 30), "op1", 1, 8, 2),  # D-001's errors follow the keying charged
        (date(2026, 12, 1), "op1", 1, 8, 0),
        (date(2026, 12, 1), "op2", 2, 16, 4),
        (date(2026, 12, 1), "op3", 1, 0, 0),
    ]
    period = Period(since=date(2026, 12, 1), keyer="op1")
    (only,) = batch_stats(keyed.services.sessions, keyed.batch_name, period).keyers
    assert (only.login, only.documents, only.fields, only.errors) == ("op1", 1, 8, 0)
    assert only.time_ms == 36000
    before = Period(until=date(2026, 11, 30))
    (early,) = batch_stats(keyed.services.sessions, keyed.batch_name, before).keyers
    assert (early.login, early.errors_per_1000) == ("op1", 250.0)


def test_batch_figures_by_hand(keyed: World) -> None:
    q = batch_stats(keyed.services.sessions, keyed.batch_name).quality
    p = q.progress
    assert (p.documents, p.withdrawn, p.keyed_once, p.keyed_twice) == (3, 0, 3, 2)
    assert (p.adjudicated, p.final) == (1, 1)
    # 2 reconciled documents × 8 fields; 5 + 1 discrepancies
    assert (q.reconciled, q.fields, q.discrepancies) == (2, 16, 6)
    assert q.discrepancy_rate == pytest.approx(6 / 16)
    assert dict(q.decisions) == {"a": 2, "b": 1, "new": 1, "illegible": 1, "pending": 1}
    assert q.severities["minor"] == 1 and q.pending_by_severity["minor"] == 1
    # residual: per reconciled document 0.125 × 0.25 × 8 fields = 0.25; two documents
    assert q.residual_fields == pytest.approx(0.5)
    assert q.residual_per_1000 == pytest.approx(31.25)


def test_field_figures_by_hand(keyed: World) -> None:
    fields = {f.field: f for f in batch_stats(keyed.services.sessions, keyed.batch_name).fields}
    assert list(fields)[:8] == list(FIELDS)  # the form's order, then columns
    assert "members.age" in fields
    remarks, name, age, form_no = (
        fields["remarks"],
        fields["head_name"],
        fields["members.age"],
        fields["form_no"],
    )
    assert (remarks.documents, remarks.discrepancies, remarks.errors) == (2, 1, 2)
    assert remarks.discrepancy_rate == pytest.approx(0.5)  # 1 of 2 documents
    assert remarks.error_rate == pytest.approx(0.5)  # 2 errors in 4 passes compared
    assert (name.minor, name.material, name.minor_share, name.errors) == (1, 0, 1.0, 0)
    assert (age.discrepancies, age.errors, age.error_rate) == (1, 1, 0.25)
    assert (fields["members"].discrepancies, fields["members"].errors) == (1, 1)
    assert (form_no.discrepancies, form_no.discrepancy_rate, form_no.minor_share) == (0, 0.0, None)


def test_errors_come_from_keyer_errors_else_from_decisions() -> None:
    facts = BatchFacts(
        form_fields=2,
        field_names=["x", "y"],
        documents=[DocumentFact(1, keyers=("p", "q")), DocumentFact(2, keyers=("p", "q"))],
        keyings=[KeyingFact(d, n, who, date(2026, 12, 1), 2) for d in (1, 2)
                 for n, who in ((1, "p"), (2, "q"))],
        # document 1: decided A, but the station charged pass 1 (stored facts win)
        discrepancies=[DiscrepancyFact(1, "x", "material", "a"),
                       DiscrepancyFact(2, "x", "material", "new"),
                       DiscrepancyFact(2, "y", "minor", None)],
        errors=[ChargedError(1, 1, "p", "x")],
    )  # fmt: skip
    got = sorted((e.document_id, e.pass_no, e.login, e.field) for e in charged_errors(facts))
    # document 2 has no keyer_errors: new charges both passes, pending nobody
    assert got == [(1, 1, "p", "x"), (2, 1, "p", "x"), (2, 2, "q", "x")]
    k = {f.login: f for f in keyer_figures(facts)}
    assert (k["p"].errors, k["p"].fields, k["q"].errors) == (2, 4, 1)


def test_the_report_and_stats_give_the_same_figures(keyed: World) -> None:
    from keying.services.report import batch_report

    html, q = batch_report(keyed.services.sessions, keyed.batch_name)
    facts, form = load_facts(keyed.services.sessions, keyed.batch_name)
    assert form == "household_census@1" and facts.form_fields == 8
    stats = batch_stats(keyed.services.sessions, keyed.batch_name)
    assert q == stats.quality
    assert "<tr><td>op2</td><td>2</td><td>16</td><td>4</td><td>250.00</td>" in html
    assert "<tr><td>keyed twice (both passes in)</td><td>2</td></tr>" in html


def _cli(world: World, *args: str) -> list[str]:
    return ["stats", "--database-url", world.workspace.database_url, "--batch", world.batch_name,
            *args]  # fmt: skip


def test_the_command_prints_table_json_and_csv(
    keyed: World, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_cli(keyed)) == 0
    out = capsys.readouterr().out
    assert out.startswith("Batch Test batch (form household_census@1)")
    assert "residual_per_1000" in out and "31.25" in out
    (op1_line,) = [line for line in out.splitlines() if line.startswith("op1 ")]
    assert op1_line.split()[:8] == ["op1", "2", "16", "2", "125", "34.98", "360.23", "8,000"]

    assert main(_cli(keyed, "--json")) == 0
    whole = json.loads(capsys.readouterr().out)
    assert whole["figures"]["discrepancies"] == 6 and whole["figures"]["keyed_once"] == 3
    assert whole["figures"]["residual_fields"] == 0.5
    assert [k["keyer"] for k in whole["keyers"]] == ["op1", "op2", "op3"]
    assert whole["keyers"][1]["keystrokes_per_hour"] is None

    assert main(_cli(keyed, "--by", "day", "--csv", "--keyer", "op1")) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["day"], r["errors"], r["errors_per_1000"]) for r in rows] == [
        ("2026-11-30", "2", "250.0"),
        ("2026-12-01", "0", "0.0"),
    ]
    assert main(_cli(keyed, "--by", "field", "--json")) == 0
    fields = {r["field"]: r for r in json.loads(capsys.readouterr().out)}
    assert fields["remarks"]["error_rate"] == 0.5 and fields["head_name"]["minor_share"] == 1.0
    assert main(_cli(keyed, "--by", "keyer", "--since", "2026-12-02")) == 0
    assert capsys.readouterr().out == "(nothing yet)\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--since", "yesterday"), "--since 'yesterday' is not a date (YYYY-MM-DD)"),
        (("--since", "2026-12-02", "--until", "2026-12-01"),
         "--since 2026-12-02 is after --until 2026-12-01"),
        (("--keyer", "nobody"), "'nobody' keyed nothing in batch 'Test batch'"),
    ],
)  # fmt: skip
def test_command_errors_are_one_line(
    keyed: World, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    assert main(_cli(keyed, *args)) == 1
    captured = capsys.readouterr()
    assert captured.err == f"keying stats: error: {message}\n" and captured.out == ""


def test_an_unknown_batch_is_one_line(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    url = world.workspace.database_url
    assert main(["stats", "--database-url", url, "--batch", "Nope"]) == 1
    assert capsys.readouterr().err == "keying stats: error: no batch named 'Nope'\n"


def test_the_facts_read_alike_on_both_databases(new_world, migrated_database_url: str) -> None:  # type: ignore[no-untyped-def]
    world = new_world(database_url=migrated_database_url)
    store(world, "D-001", 1, "op1", A, "2026-11-30", op1_figures())
    store(world, "D-001", 2, "op2", B, "2026-12-01", {"imported_from": "b.jsonl", "line": 1})
    facts, _ = load_facts(world.services.sessions, world.batch_name)
    one, two = sorted(facts.keyings, key=lambda k: k.pass_no)
    assert (one.login, one.day, one.fields) == ("op1", date(2026, 11, 30), 8)
    assert (one.effort.keystrokes, one.effort.time_ms, one.effort.re_entered) == (80, 36000, 1)
    assert not two.effort.timed and two.day == date(2026, 12, 1)
    assert [d.keyers for d in facts.documents] == [("op1", "op2"), None, None]
    assert sorted(d.field for d in facts.discrepancies) == [
        "household_size", "members", "members.age", "monthly_income", "remarks",
    ]  # fmt: skip
    assert {d.severity for d in facts.discrepancies} == {"material"} and facts.errors == []


def test_the_stats_benchmark_reports_its_figures() -> None:
    from keying.bench import stats as bench

    figures = {f.name: f for f in bench.run(quick=True)}
    assert figures["stats_batch_s"].value > 0 and figures["stats_batch_s"].goal == "< 2 s"
    assert "500 documents" in figures["stats_batch_s"].note
    assert 0 < figures["stats_facts_read_s"].value <= figures["stats_batch_s"].value
