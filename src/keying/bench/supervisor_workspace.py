"""Work for a supervisor: documents whose two passes are keyed and reconciled, with a known
number of discrepancies. Used by the supervisor benchmark (`python -m
keying.ui.supervisor_benchmark`) and to put discrepancies into a demo workspace (for a
screenshot or a try-out: `python -m keying.bench.supervisor_workspace DIR`). No Qt.

Pass 1 keys the true values; pass 2 the same with `errors` scalar fields keyed wrong (a
keyer's error of the simulator: a neighbouring key, two characters swapped, one left out …,
always a material difference for the reconciler) and, when asked, `minor` text or name fields
written in another form (other letter case, a final period: a minor flag, decided in bulk).
"""

from __future__ import annotations

import argparse
import random
import sys
import uuid
from pathlib import Path
from typing import Any

from keying.bench.sim_mistakes import habits, make_error, make_form_variant
from keying.bench.station_workspace import page_png
from keying.demo.values import generate_values
from keying.forms import FormDefinition, load_form
from keying.paths import shipped_forms
from keying.reconcile import same_value
from keying.services import Services, Workspace
from keying.services.closing import close_document_if_ready
from keying.services.stored_forms import parse_stored
from keying.storage import repo
from keying.storage.models import Batch, Document, Operator
from keying.storage.records import KeyingPayload
from keying.storage.users import add_user
from keying.storage.vocabulary import DocumentStatus, Role

SUPERVISOR, KEYERS, PASSWORD = "sup", ("op1", "op2"), "bench-password"
FORM = "household_census"


def with_errors(
    form: FormDefinition, values: dict[str, Any], errors: int, rng: random.Random, minor: int = 0
) -> dict[str, Any]:
    """`values` with `errors` scalar fields keyed wrong (materially) and `minor` other text
    or name fields written in another form."""
    out = dict(values)
    fields = [f for f in form.fields if not f.is_table and str(values.get(f.name) or "").strip()]
    wrong_fields = rng.sample(fields, min(errors, len(fields)))
    for fd in wrong_fields:
        for _ in range(20):
            wrong = make_error(rng, fd, str(values[fd.name]))
            if not same_value(fd, wrong, str(values[fd.name])):
                out[fd.name] = wrong
                break
    wordy = [f for f in fields if habits(f).forms and f not in wrong_fields]
    for fd in rng.sample(wordy, min(minor, len(wordy))):
        out[fd.name] = make_form_variant(rng, str(values[fd.name]))
    return out


def key_two_passes(
    services: Services,
    batch_name: str,
    errors: int = 2,
    seed: int = 7,
    limit: int | None = None,
    minor: int = 0,
) -> int:
    """Key pass 1 (the gold values) and pass 2 (with errors, and `minor` fields in another
    form) of the batch's documents still being keyed, and reconcile them; returns how many
    discrepancies wait."""
    rng = random.Random(seed)
    with services.sessions() as session:
        batch = session.query(Batch).filter(Batch.name == batch_name).one()
        form = parse_stored(batch.form_definition.text)
        ops = [session.query(Operator).filter(Operator.login == k).one().id for k in KEYERS]
        docs = (
            session.query(Document)
            .filter(Document.batch_id == batch.id, Document.status == DocumentStatus.KEYING)
            .order_by(Document.seq)
            .all()
        )
        for doc in docs[:limit]:
            gold = doc.gold_values or generate_values(form, rng)
            for n, (op, vals) in enumerate(
                zip(ops, (gold, with_errors(form, gold, errors, rng, minor)), strict=True), start=1
            ):
                payload = KeyingPayload(
                    uuid=str(uuid.uuid4()),
                    document_id=doc.id,
                    pass_no=n,
                    operator_id=op,
                    values=vals,
                    finished_at="2026-12-01T08:00:00+00:00",
                )
                _, keying = repo.record_keying(session, payload)
                assert keying is not None
                close_document_if_ready(session, keying)
        session.commit()
        rows = repo.batch_overview(session)
    return sum(n for b, _, _, n in rows if b == batch_name)


def build_workspace(directory: Path, discrepancies: int, errors: int = 2) -> tuple[Workspace, int]:
    """A census batch of distinct one-page documents (A4, 200 dpi) keyed twice, with
    about `discrepancies` discrepancies (`errors` wrong fields per document: a wrong field
    that another depends on may add one), and the accounts; returns how many there are."""
    workspace = Workspace.from_dir(directory)
    services = Services.open(workspace)
    try:
        loaded = load_form(next(p for p in shipped_forms() if p.stem == FORM))
        rng = random.Random(11)
        with services.sessions() as session:
            for login in (*KEYERS, SUPERVISOR):
                role = Role.SUPERVISOR if login == SUPERVISOR else Role.OPERATOR
                add_user(
                    session, login=login, display_name=login.upper(), role=role, password=PASSWORD
                )
            form = repo.add_form_definition(
                session, loaded.definition.form, loaded.definition.version, loaded.text
            )
            batch = repo.add_batch(session, "Supervisor bench", form)
            for i in range(-(-discrepancies // errors)):
                png = page_png(i, (1654, 2339))
                gold = generate_values(loaded.definition, rng)
                repo.add_document(
                    session, batch, f"S-{i:05d}", [(png, "image/png", 1654, 2339)], gold_values=gold
                )
            session.commit()
        found = key_two_passes(services, "Supervisor bench", errors)
    finally:
        services.close()
    return workspace, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m keying.bench.supervisor_workspace",
        description="Key two passes (the second with errors) of a demo workspace's documents "
        "still being keyed, so its supervisor has discrepancies to decide.",
    )
    parser.add_argument("workspace", type=Path, help="a workspace made by `keying demo`")
    parser.add_argument("--batch", required=True, help="the batch's name")
    parser.add_argument("--documents", type=int, default=None, help="at most this many")
    parser.add_argument("--errors", type=int, default=2, help="wrong fields per document")
    parser.add_argument(
        "--minor",
        type=int,
        default=0,
        help="text or name fields per document written in another form (letter case, a "
        "final period): minor flags, decided in bulk",
    )
    args = parser.parse_args(argv)
    services = Services(Workspace.from_dir(args.workspace))
    try:
        found = key_two_passes(
            services, args.batch, args.errors, limit=args.documents, minor=args.minor
        )
    finally:
        services.close()
    print(f"{found} discrepancies wait for a supervisor in {args.batch}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
