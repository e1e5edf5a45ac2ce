"""`keying bench --only training_central`: the round trip of a training submission that
PostgreSQL scores (migration 0014), against a throwaway server (keying.bench.pg_server).

A trainee's own role (`SET SESSION AUTHORIZATION`, as a role signed in with its password
would be: its grants and row-level security) calls `keying_training_submit` for one census
document at a time: the gold keys read, the keying scored in PL/pgSQL, the score written,
the qualification checked, the true values returned; one transaction each.
"""

from __future__ import annotations

import time
import uuid

from sqlalchemy import text

from keying.bench import Figure, percentiles
from keying.bench.pg_server import local_postgres
from keying.bench.training import census, documents
from keying.services.training_gold import prepare_gold_keys
from keying.services.training_keys import keyed_keys
from keying.storage import repo
from keying.storage import training as store
from keying.storage.engine import make_engine, session_factory, upgrade
from keying.storage.pg_roles import create_login_role
from keying.storage.users import add_user

TRAINEE = "bench_trainee"


def run(quick: bool) -> list[Figure]:
    count = 30 if quick else 200
    form, form_text = census()
    docs = documents(form, count)
    with local_postgres() as server:
        admin = make_engine(server)
        with admin.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                "CREATE DATABASE keying_training_bench"
            )
        admin.dispose()
        url = server.rsplit("/", 1)[0] + "/keying_training_bench"
        upgrade(url)
        engine = make_engine(url)
        try:
            sessions = session_factory(engine)
            with sessions() as session:
                row = repo.add_form_definition(session, form.form, form.version, form_text)
                batch = repo.add_batch(session, "Training bench", row)
                ids = [
                    repo.add_document(session, batch, f"T-{i:05d}", [], gold_values=gold).id
                    for i, (gold, _) in enumerate(docs)
                ]
                password = str(uuid.uuid4())
                add_user(
                    session, login=TRAINEE, display_name="Bench", role="operator", password=password
                )
                create_login_role(session, TRAINEE, password, "operator")
                session.commit()
            prepare_gold_keys(sessions)
            samples = []
            with sessions() as session:
                session.execute(text(f"SET SESSION AUTHORIZATION {TRAINEE}"))
                session.commit()
                for doc_id, (_, keyed) in zip(ids, docs, strict=True):
                    score_uuid = str(uuid.uuid4())
                    store.hand_out_in_database(session, score_uuid, doc_id)  # not timed
                    session.commit()
                    t0 = time.perf_counter()
                    done = store.submit_in_database(
                        session, score_uuid, doc_id, keyed, keyed_keys(form, keyed), 200, 60
                    )
                    session.commit()
                    samples.append((time.perf_counter() - t0) * 1000)
                    assert int(done["errors"]) >= 2 and done["gold"]
        finally:
            engine.dispose()
    p = percentiles(samples, (50, 95))
    return [
        Figure(
            "training_submit_ms_p50",
            round(p[50], 2),
            "ms",
            note=f"{count} census documents, a trainee's role, local PostgreSQL: scored, "
            "stored and answered by the database (one transaction each)",
        ),
        Figure("training_submit_ms_p95", round(p[95], 2), "ms"),
    ]
