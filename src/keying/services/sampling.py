"""Use case: verification sampling (issue 17, item 4). A batch is keyed twice in full by
default; with sampling set (`keying batch set-sampling`), pass 1 of a document by a keyer
whose measured accuracy on the form reaches the threshold is verified by a pass 2 only when
the document is drawn. The draw is made when pass 1 comes in (in the transaction that stores
it, or, when an operator's own PostgreSQL role pushed it, by the next `close_ready`), seeded
and recorded per document with the rate and the reason. A document not verified gets its
final record from pass 1 alone, provenance `single pass` (not verified); its pass 2 task is
cancelled. See docs/import-export.md, "Verification sampling"."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from keying.forms.model import FormDefinition
from keying.reconcile import reconcile
from keying.services.stored_forms import parse_stored
from keying.stats.sampling import draw_value
from keying.storage import batches as batch_repo
from keying.storage import repo
from keying.storage import sampling as store
from keying.storage import training as training_store
from keying.storage.models import Document, FinalRecord, Keying, Operator, SamplingDraw
from keying.storage.vocabulary import DocumentStatus, SamplingReason, TaskStatus

DEFAULT_MIN_FIELDS = 1000  # fields a keyer needs measured on the form before any sampling
DEFAULT_WINDOW = 200  # the keyer's last N verified documents of the form are measured


class SamplingRefused(Exception):
    """Nothing was changed; the message says why (one line)."""


@dataclass(frozen=True)
class SamplingSet:
    batch: str
    rate: float
    min_accuracy: float
    seed: int
    min_fields: int
    window: int
    drawn_now: int  # documents whose pass 1 was in already, drawn when the sampling was set


def set_sampling(
    sessions: sessionmaker[Session],
    batch_name: str,
    rate: float,
    min_accuracy: float,
    seed: int | None = None,
    min_fields: int = DEFAULT_MIN_FIELDS,
    window: int = DEFAULT_WINDOW,
    by: int | None = None,
) -> SamplingSet:
    """Verify the batch by sampling from now on (or change its settings). Documents whose
    pass 1 is in already and that have no draw are drawn at once. Without a seed the one
    stored stays, else a random one is chosen (and stored: the draws can be recomputed)."""
    if not 0 <= rate <= 1:
        raise SamplingRefused(f"the rate must be between 0 and 1, not {rate}")
    if not 0 <= min_accuracy <= 100:
        raise SamplingRefused(f"the accuracy threshold is a percentage (0-100), not {min_accuracy}")
    if min_fields < 1 or window < 1:
        raise SamplingRefused("--min-fields and --window must be at least 1")
    if seed is not None and not 0 <= seed < 2**63:
        raise SamplingRefused("the seed must be a whole number from 0 to 2^63 - 1")
    with sessions() as session:
        batch = batch_repo.find_batch(session, batch_name)
        if batch is None:
            raise SamplingRefused(f"no batch named {batch_name!r} (see keying batch list)")
        before = store.settings(session, batch.id)
        if seed is None:
            seed = before.seed if before is not None else secrets.randbits(31)
        store.set_settings(
            session,
            batch.id,
            rate=rate,
            min_accuracy=min_accuracy,
            seed=seed,
            min_fields=min_fields,
            window_documents=window,
        )
        repo.audit(
            session,
            "sampling_set",
            by,
            batch=batch.name,
            rate=rate,
            min_accuracy=min_accuracy,
            seed=seed,
            min_fields=min_fields,
            window=window,
        )
        drawn = draw_waiting(session, batch.id)
        session.commit()
    return SamplingSet(batch_name, rate, min_accuracy, seed, min_fields, window, drawn)


def clear_sampling(sessions: sessionmaker[Session], batch_name: str, by: int | None = None) -> bool:
    """Key the batch twice in full again (documents drawn already keep their draw)."""
    with sessions() as session:
        batch = batch_repo.find_batch(session, batch_name)
        if batch is None:
            raise SamplingRefused(f"no batch named {batch_name!r} (see keying batch list)")
        changed = store.clear_settings(session, batch.id)
        if changed:
            repo.audit(session, "sampling_cleared", by, batch=batch.name)
        session.commit()
    return changed


def draw_after_pass_one(session: Session, keying: Keying) -> SamplingDraw | None:
    """Draw for the document of this live pass 1, in the caller's transaction, when its
    batch is verified by sampling and it has no draw yet (None: nothing to draw)."""
    if keying.pass_no != 1 or keying.superseded:
        return None
    doc = repo.document(session, keying.document_id)
    if doc is None or doc.status != DocumentStatus.KEYING:
        return None
    settings = store.settings(session, doc.batch_id)
    if settings is None or store.draw_of(session, doc.id) is not None:
        return None
    row = repo.form_definition_of(session, doc)
    form = parse_stored(row.text)
    fields = len(form.fields)
    measure = store.keyer_measure(
        session, keying.operator_id, row.name, fields, settings.window_documents
    )
    task = store.pass_two_task(session, doc.id)
    value: float | None = None
    if training_store.is_gold_document(session, doc.id):
        reason = SamplingReason.GOLD
    elif (
        task is None
        or task.status != TaskStatus.OPEN
        or repo.live_keying(session, doc.id, 2) is not None
    ):
        reason = SamplingReason.PASS_2_STARTED
    elif measure.fields < settings.min_fields:
        reason = SamplingReason.TOO_FEW_FIELDS
    elif (measure.accuracy or 0.0) < settings.min_accuracy:
        reason = SamplingReason.BELOW_THRESHOLD
    else:
        value = draw_value(settings.seed, doc.external_id)
        reason = SamplingReason.SAMPLED if value < settings.rate else SamplingReason.NOT_SAMPLED
    verified = reason != SamplingReason.NOT_SAMPLED
    draw = SamplingDraw(
        document_id=doc.id,
        keying_id=keying.id,
        operator_id=keying.operator_id,
        rate=settings.rate,
        seed=settings.seed,
        draw=value,
        verified=verified,
        reason=reason,
        fields_measured=measure.fields,
        errors_measured=measure.errors,
        fields=fields,
    )
    session.add(draw)
    session.flush()
    repo.audit(
        session, "sampling_drawn", None, doc.id, verified=verified, reason=str(reason), draw=value
    )
    if not verified:
        _final_from_pass_one(session, doc, keying, form)
    return draw


def draw_waiting(session: Session, batch_id: int | None = None) -> int:
    """Draw for every document whose draw waits (see storage.sampling), of one batch if
    given; returns how many."""
    drawn = 0
    while waiting := store.documents_waiting_for_a_draw(session, batch_id=batch_id):
        made = [draw_after_pass_one(session, k) for k in waiting]
        if not any(made):  # pragma: no cover - the query lists only documents to draw
            break
        drawn += sum(d is not None for d in made)
    return drawn


def single_pass_provenance(form: FormDefinition, login: str) -> dict[str, dict[str, object]]:
    return {f.name: {"how": store.SINGLE_PASS, "by": login, "verified": False} for f in form.fields}


def _final_from_pass_one(
    session: Session, doc: Document, keying: Keying, form: FormDefinition
) -> None:
    """Pass 1 becomes the final record: its values in the canonical text the reconciler gives
    agreed values (pass 1 reconciled with itself), provenance `single pass`."""
    result = reconcile(form, keying.values, keying.values)
    values = result.to_json(doc.external_id)["values"]
    operator = session.get(Operator, keying.operator_id)
    login = operator.login if operator is not None else "?"
    session.add(
        FinalRecord(
            document_id=doc.id,
            values=values,
            source=store.SINGLE_PASS,
            provenance=single_pass_provenance(form, login),
        )
    )
    task = store.pass_two_task(session, doc.id)
    if task is not None:
        task.status = TaskStatus.CANCELLED
    doc.status = DocumentStatus.FINAL
    session.flush()
    repo.audit(session, "final_record_written", None, doc.id, source=store.SINGLE_PASS, errors=0)
