"""Issue 17's "Done when", end to end on the demo workspace: a new trainee reaches
qualification on the demo's gold documents and only then gets live census work; two
operators key the census batch; the supervisor's dashboard shows who keys how fast and how
well, and `keying stats` prints the same figures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from keying.cli import main
from keying.services import Services
from keying.services.dashboard import Dashboard
from keying.services.demo import TRAINING_FORM, TRAINING_THRESHOLD, create_demo
from keying.storage.models import Batch, Document, FormDefinitionRow
from tests.test_training import figures


def _census(services: Services) -> tuple[str, dict[str, dict[str, Any]]]:
    """The demo's census batch and its documents' true values."""
    with services.sessions() as session:
        batch = session.scalar(
            select(Batch)
            .join(FormDefinitionRow, FormDefinitionRow.id == Batch.form_definition_id)
            .where(FormDefinitionRow.name == TRAINING_FORM)
        )
        assert batch is not None
        docs = session.scalars(select(Document).where(Document.batch_id == batch.id)).all()
        return batch.name, {d.external_id: dict(d.gold_values or {}) for d in docs}


def _slip(values: dict[str, Any]) -> dict[str, Any]:
    """The true values with the first text field's last two characters swapped."""
    out = dict(values)
    for name, value in values.items():
        if isinstance(value, str) and len(value) > 2:
            out[name] = value[:-2] + value[-1] + value[-2]
            return out
    return out


def test_a_trainee_qualifies_two_operators_key_and_the_dashboard_agrees_with_stats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    last_n = TRAINING_THRESHOLD[2]
    info = create_demo(tmp_path / "demo", documents_per_batch=last_n + 2)
    password = {login: pw for login, _, pw in info.accounts}
    services = Services.open(info.workspace)
    try:
        census, gold = _census(services)
        trainee = services.sign_in("trainee", password["trainee"])
        live = services.station(trainee, prefetch=0)

        def census_task() -> Any:
            while (task := live.next_task()) is not None:
                if task.task.batch_name == census:
                    return task
                live.finish(task, {}, {}, [])  # other forms: the trainee keys them live
            return None

        assert census_task() is None  # not qualified: no live census work
        desk = services.training(trainee)
        trained = set()
        feedback = None
        for _ in range(last_n):
            doc = desk.next_document()
            assert doc is not None and doc.form_name == TRAINING_FORM
            trained.add(doc.external_id)
            # honest figures: as many keystrokes as the values have characters, in 60 s
            keys = sum(len(v) for v in gold[doc.external_id].values() if isinstance(v, str))
            feedback = desk.finish(doc, gold[doc.external_id], figures(keys, 60))
            assert feedback.mistakes == []
        assert feedback is not None and feedback.newly_qualified
        task = census_task()  # qualified: live census work, a document it did not train on
        assert task is not None and task.task.external_id not in trained
        live.finish(task, gold[task.task.external_id], figures(40, 20), [])

        # two operators key the census batch: op1 right at 6,000 an hour, op2 with slips
        for login in ("op1", "op2"):
            station = services.station(services.sign_in(login, password[login]), prefetch=0)
            while (task := station.next_task()) is not None:
                ref = task.task.external_id
                values = gold.get(ref, {}) if task.task.batch_name == census else {}
                if login == "op2" and task.task.batch_name == census:
                    values = _slip(values)
                station.finish(task, values, figures(100, 60 if login == "op1" else 120), [])
        sup = services.sign_in("sup", password["sup"])
        dashboard = Dashboard(services, sup).figures(census)
    finally:
        services.close()
    keyers = {k.login: k for k in dashboard.keyers}
    assert {"op1", "op2"} <= set(keyers)
    assert keyers["op1"].keystrokes_per_hour == pytest.approx(6000)
    assert keyers["op2"].keystrokes_per_hour == pytest.approx(3000)
    assert dashboard.quality.discrepancies > 0  # op2's slips
    url = info.workspace.database_url
    assert main(["stats", "--batch", census, "--json", "--database-url", url]) == 0
    printed = json.loads(capsys.readouterr().out)
    rows = {r["keyer"]: r for r in printed["keyers"]}
    for login, k in keyers.items():
        assert rows[login]["documents"] == k.documents
        assert rows[login]["keystrokes_per_hour"] == pytest.approx(k.keystrokes_per_hour, abs=0.5)
        assert rows[login]["errors"] == k.errors
    assert printed["figures"]["discrepancies"] == dashboard.quality.discrepancies
