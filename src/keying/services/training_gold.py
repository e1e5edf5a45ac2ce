"""The compare keys of gold documents (migration 0014): made by the app, the owner's or an
admin's connection, for the database to score training keyings against
(`keying_training_submit`) without anyone else reading the true values.

Made when gold values are set (`keying batch gold`, a threshold set) and by `keying db
upgrade` for every gold document whose keys are missing or were made from other values.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from keying.forms import FormDefinition
from keying.services.stored_forms import parse_stored
from keying.services.training_keys import compare_keys
from keying.storage import repo
from keying.storage import training as store


def prepare_in_session(session: Session) -> int:
    """Make the missing or out-of-date keys, in the caller's transaction: how many."""
    forms: dict[int, FormDefinition] = {}
    made = 0
    for doc in store.documents_without_gold_keys(session):
        row = repo.form_definition_of(session, doc)
        form = forms.get(row.id)
        if form is None:
            form = forms[row.id] = parse_stored(row.text)
        gold = dict(doc.gold_values or {})
        store.put_gold_keys(session, doc.id, compare_keys(form, gold), gold)
        made += 1
    return made


def prepare_gold_keys(sessions: sessionmaker[Session]) -> int:
    """Make the missing or out-of-date keys of every gold document, committed."""
    with sessions() as session:
        made = prepare_in_session(session)
        session.commit()
    return made
