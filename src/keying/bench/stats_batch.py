"""A keyed batch for the statistics benchmark (and the dashboard's): N census documents
with the facts the statistics read, written in bulk (no pages, no reconciler run: the rows
are what a batch keyed in the app leaves behind). No Qt.

Four keyers with known error rates key the documents in pairs over ten days, each keying
with per-field figures; a field keyed wrong by either pass is a discrepancy (one in five
minor), decided for the pass that was right (a new value when both were wrong) with its
error charged in keyer_errors and the final record written; the last tenth of the documents
waits for a supervisor, and the last twentieth has only pass 1.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from keying.forms import load_form
from keying.paths import shipped_forms
from keying.storage import repo
from keying.storage.engine import make_engine, session_factory, upgrade
from keying.storage.models import (
    Adjudication,
    Discrepancy,
    Document,
    FinalRecord,
    KeyerError,
    Keying,
    Reconciliation,
)
from keying.storage.users import add_user
from keying.vocabulary import Decision, DocumentStatus, FinalSource, ReconciliationStatus

FORM = "household_census"
BATCH = "Stats bench"
SUPERVISOR, PASSWORD = "sup", "bench-password"
KEYERS = {"op1": 0.004, "op2": 0.01, "op3": 0.02, "op4": 0.03}  # error rate per field
START = datetime(2026, 11, 20, 8, tzinfo=UTC)


def _figures(fields: list[str], rng: random.Random) -> dict[str, Any]:
    out = {}
    for name in fields:
        keys = rng.randint(3, 14)
        out[name] = {
            "keystrokes": keys,
            "corrections": int(rng.random() < 0.1),
            "time_ms": keys * rng.randint(250, 450),
            "pauses": int(rng.random() < 0.05),
            "visits": 1 + int(rng.random() < 0.03),
        }
    return out


def build(url: str, documents: int, seed: int = 5) -> str:
    """Create the batch in the (empty) central database at `url`; returns its name."""
    upgrade(url)
    engine = make_engine(url)
    rng = random.Random(seed)
    loaded = load_form(next(p for p in shipped_forms() if p.stem == FORM))
    fields = [f.name for f in loaded.definition.fields]
    try:
        with session_factory(engine)() as session:
            ops = {
                login: add_user(
                    session,
                    login=login,
                    display_name=login,
                    role="supervisor" if login == SUPERVISOR else "operator",
                    password=PASSWORD,
                ).id
                for login in [*KEYERS, SUPERVISOR]
            }
            form = repo.add_form_definition(
                session, loaded.definition.form, loaded.definition.version, loaded.text
            )
            batch = repo.add_batch(session, BATCH, form)
            session.flush()
            logins = list(KEYERS)
            docs: list[dict[str, Any]] = []
            keyings: list[dict[str, Any]] = []
            recs: list[dict[str, Any]] = []
            discs: list[dict[str, Any]] = []
            adjs: list[dict[str, Any]] = []
            finals: list[dict[str, Any]] = []
            errors: list[dict[str, Any]] = []
            adjudicated_until = documents - documents // 10
            keyed_twice_until = documents - documents // 20
            for i in range(documents):
                doc_id = i + 1
                docs.append(
                    {
                        "id": doc_id,
                        "batch_id": batch.id,
                        "external_id": f"S-{i:05d}",
                        "seq": i,
                        "status": DocumentStatus.KEYING,
                    }
                )
                pair = (logins[i % 4], logins[(i + 1 + i // 4) % 4])
                if pair[0] == pair[1]:
                    pair = (pair[0], logins[(i + 2) % 4])
                day = START + timedelta(days=i * 10 // documents, minutes=i % 600)
                passes = 1 if i >= keyed_twice_until else 2
                for n in range(passes):
                    keyings.append(
                        {
                            "id": 2 * i + n + 1,
                            "uuid": f"{doc_id:08d}-{n}",
                            "document_id": doc_id,
                            "pass_no": n + 1,
                            "operator_id": ops[pair[n]],
                            "values": {},
                            "figures": _figures(fields, rng),
                            "finished_at": day + timedelta(minutes=5 * n),
                        }
                    )
                if passes == 1:
                    continue
                recs.append(
                    {
                        "id": doc_id,
                        "document_id": doc_id,
                        "keying_a_id": 2 * i + 1,
                        "keying_b_id": 2 * i + 2,
                        "status": ReconciliationStatus.AGREED,
                        "result": {"values": {}},
                    }
                )
                decide = i < adjudicated_until
                wrong_any = False
                for seq, name in enumerate(fields):
                    wrong = [rng.random() < KEYERS[login] for login in pair]
                    if not any(wrong):
                        continue
                    wrong_any = True
                    disc_id = len(discs) + 1
                    discs.append(
                        {
                            "id": disc_id,
                            "reconciliation_id": doc_id,
                            "document_id": doc_id,
                            "seq": seq,
                            "field": name,
                            "value_a": "a",
                            "value_b": "b",
                            "kind": "substitution",
                            "similarity": 0.5,
                            "detail": {"severity": "minor" if rng.random() < 0.2 else "material"},
                        }
                    )
                    if not decide:
                        continue
                    decision = (
                        Decision.NEW if all(wrong) else Decision.B if wrong[0] else Decision.A
                    )
                    adjs.append(
                        {
                            "uuid": f"adj-{disc_id}",
                            "discrepancy_id": disc_id,
                            "document_id": doc_id,
                            "supervisor_id": ops[SUPERVISOR],
                            "decision": decision,
                        }
                    )
                    for n, is_wrong in enumerate(wrong):
                        if is_wrong:
                            errors.append(
                                {
                                    "document_id": doc_id,
                                    "final_record_id": doc_id,
                                    "field": name,
                                    "path": name,
                                    "pass_no": n + 1,
                                    "operator_id": ops[pair[n]],
                                    "kind": "substitution",
                                }
                            )
                if wrong_any:
                    recs[-1]["status"] = ReconciliationStatus.DISCREPANT
                if decide or not wrong_any:
                    finals.append(
                        {
                            "id": doc_id,
                            "document_id": doc_id,
                            "values": {},
                            "source": FinalSource.ADJUDICATED if wrong_any else FinalSource.AGREED,
                        }
                    )
                docs[-1]["status"] = (
                    DocumentStatus.FINAL if decide or not wrong_any else DocumentStatus.DISCREPANT
                )
            for model, rows in (
                (Document, docs),
                (Keying, keyings),
                (Reconciliation, recs),
                (Discrepancy, discs),
                (Adjudication, adjs),
                (FinalRecord, finals),
                (KeyerError, errors),
            ):
                for start in range(0, len(rows), 5000):
                    session.execute(insert(model), rows[start : start + 5000])
            session.commit()
    finally:
        engine.dispose()
    return BATCH


def sqlite_url(directory: Path) -> str:
    return f"sqlite:///{directory / 'central.sqlite'}"
