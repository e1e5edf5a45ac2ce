"""Worlds whose documents are keyed and reconciled already, for the supervisor's tests: the
two passes are stored as the central database receives them (record_keying, then the close
that reconciles), without driving two operator stations."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from keying.services.closing import close_document_if_ready
from keying.storage import repo
from keying.storage.models import Document, Operator
from keying.storage.records import KeyingPayload
from tests.support.world import World


def operator_id(world: World, login: str) -> int:
    with world.services.sessions() as session:
        op = session.query(Operator).filter(Operator.login == login).one()
        return op.id


def document_id(world: World, external_id: str) -> int:
    with world.services.sessions() as session:
        return session.query(Document).filter(Document.external_id == external_id).one().id


def key_passes(
    world: World,
    passes: Mapping[str, tuple[dict[str, Any], dict[str, Any]]],
    keyers: tuple[str, str] = ("op1", "op2"),
) -> None:
    """Store pass 1 and pass 2 of each document (external id → values) and reconcile."""
    ids = [operator_id(world, login) for login in keyers]
    for external_id, values in passes.items():
        doc = document_id(world, external_id)
        with world.services.sessions() as session:
            for n, (op, vals) in enumerate(zip(ids, values, strict=True), start=1):
                payload = KeyingPayload(
                    uuid=str(uuid.uuid4()),
                    document_id=doc,
                    pass_no=n,
                    operator_id=op,
                    values=vals,
                    finished_at="2026-12-01T09:00:00+00:00",
                )
                _, keying = repo.record_keying(session, payload)
                assert keying is not None
                close_document_if_ready(session, keying)
            session.commit()
