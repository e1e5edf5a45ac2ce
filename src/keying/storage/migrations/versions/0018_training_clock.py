"""training speed bounded by the database: when a gold document was handed out

Revision ID: 0018
Revises: 0015

Until now the keystrokes and seconds of a training keying were the trainee's station's, taken
as sent: an account with `psql` could send a short time (or many keystrokes) and qualify on a
speed it never keyed at (docs/training.md, "Speed counted by the database").

- training_handouts: one row per gold document handed out for training (the score's uuid, the
  account, the document, the time it was handed out). On PostgreSQL the time is the server's
  (`now()`), written only by `keying_training_hand_out(uuid, document)` (SECURITY DEFINER):
  no group role writes the table; supervisors read it.
- training_scores.reported_keystrokes, .reported_seconds: what the station sent; `keystrokes`
  and `seconds` are now the figures counted: the seconds at least the time from the hand-out
  to the submission, the keystrokes at most the characters of the document's true values.
  The qualification (`keying_record_qualification`, `standing`) reads the counted ones.

PostgreSQL: `keying_training_submit` (same signature as 0014) refuses a document that was not
handed out to the caller under that uuid, and stores the counted figures; it also returns
them (`keystrokes`, `seconds`). `keying_value_characters(jsonb)`: the characters of every
text in a JSON value (the rule of `training_keys.value_characters`). Frozen with this revision.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_SIGNATURE = "keying_training_submit(text, bigint, jsonb, jsonb, integer, double precision)"


def upgrade() -> None:
    op.create_table(
        "training_handouts",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column(
            "operator_id",
            _ID,
            sa.ForeignKey("operators.id", name="fk_training_handouts_operator_id_operators"),
            nullable=False,
        ),
        sa.Column(
            "document_id",
            _ID,
            sa.ForeignKey("documents.id", name="fk_training_handouts_document_id_documents"),
            nullable=False,
        ),
        sa.Column("handed_out_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name="pk_training_handouts"),
    )
    op.add_column("training_scores", sa.Column("reported_keystrokes", sa.Integer(), nullable=True))
    op.add_column("training_scores", sa.Column("reported_seconds", sa.Float(), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    path = f"SET search_path = {bind.dialect.identifier_preparer.quote_identifier(schema)}, pg_temp"
    op.execute(_CHARACTERS)
    op.execute(_HAND_OUT.format(path=path))
    op.execute(_SUBMIT.format(path=path))
    op.execute(_GRANTS)


_CHARACTERS = r"""CREATE FUNCTION keying_value_characters(p_value jsonb) RETURNS integer
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT coalesce(sum(length(v #>> '{}')), 0)::integer
      FROM jsonb_path_query(coalesce(p_value, 'null'::jsonb), 'strict $.**') AS v
     WHERE jsonb_typeof(v) = 'string'
$fn$"""

_HAND_OUT = """CREATE FUNCTION keying_training_hand_out(p_uuid text, p_document bigint)
RETURNS timestamptz LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $fn$
-- A gold document handed out for training, at the server's time; the same uuid again keeps
-- the first time (a retry), never for another account or document.
DECLARE
    me bigint := keying_operator_id(session_user);
    h training_handouts%ROWTYPE;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'no active keying account for ' || session_user;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM gold_documents WHERE document_id = p_document) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'document ' || p_document || ' is not a gold document';
    END IF;
    SELECT * INTO h FROM training_handouts WHERE uuid = p_uuid;
    IF FOUND THEN
        IF h.operator_id <> me OR h.document_id <> p_document THEN
            RAISE EXCEPTION USING ERRCODE = 'unique_violation',
                MESSAGE = 'a hand-out with this uuid exists (another account or document)';
        END IF;
        RETURN h.handed_out_at;
    END IF;
    INSERT INTO training_handouts (uuid, operator_id, document_id, handed_out_at)
    VALUES (p_uuid, me, p_document, now());
    RETURN now();
END
$fn$"""

_SUBMIT = """CREATE OR REPLACE FUNCTION keying_training_submit(
    p_uuid text, p_document bigint, p_values jsonb, p_keys jsonb,
    p_keystrokes integer, p_seconds double precision) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $fn$
DECLARE
    me bigint := keying_operator_id(session_user);
    doc documents%ROWTYPE;
    g training_gold_keys%ROWTYPE;
    form text;
    found_score training_scores%ROWTYPE;
    result jsonb;
    at timestamptz;
    handed timestamptz;
    ks integer;
    secs double precision;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'no active keying account for ' || session_user;
    END IF;
    SELECT * INTO found_score FROM training_scores WHERE uuid = p_uuid;
    IF FOUND AND (found_score.operator_id <> me OR found_score.document_id <> p_document) THEN
        RAISE EXCEPTION USING ERRCODE = 'unique_violation',
            MESSAGE = 'a training score with this uuid exists (another account or document)';
    END IF;
    SELECT * INTO doc FROM documents WHERE id = p_document;
    IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM gold_documents WHERE document_id = p_document) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'document ' || p_document || ' is not a gold document';
    END IF;
    SELECT f.name INTO form FROM batches b JOIN form_definitions f
        ON f.id = b.form_definition_id WHERE b.id = doc.batch_id;
    IF found_score.id IS NOT NULL THEN  -- the same submission again: its result again
        result := jsonb_build_object('fields', found_score.fields,
            'errors', found_score.errors, 'wrong', found_score.mistakes);
        ks := found_score.keystrokes; secs := found_score.seconds;
    ELSE
        IF EXISTS (SELECT 1 FROM tasks WHERE document_id = p_document AND claimed_by = me)
           OR EXISTS (SELECT 1 FROM keyings WHERE document_id = p_document
                      AND operator_id = me) THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = 'document ' || p_document
                          || ' is held or keyed live by this account: no training on it';
        END IF;
        SELECT handed_out_at INTO handed FROM training_handouts
         WHERE uuid = p_uuid AND operator_id = me AND document_id = p_document;
        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'object_not_in_prerequisite_state',
                MESSAGE = 'gold document ' || p_document
                          || ' was not handed out under this uuid (keying_training_hand_out)';
        END IF;
        SELECT * INTO g FROM training_gold_keys WHERE document_id = p_document;
        IF NOT FOUND OR g.gold <> doc.gold_values THEN
            RAISE EXCEPTION USING ERRCODE = 'object_not_in_prerequisite_state',
                MESSAGE = 'gold document ' || p_document
                          || ' has no scoring keys yet (an admin runs: keying db upgrade)';
        END IF;
        result := keying_training_score(g.keys, coalesce(p_keys, '{{}}'::jsonb));
        -- the speed counted: never faster than the server's clock since the hand-out, never
        -- more keystrokes than the document has characters
        ks := least(greatest(coalesce(p_keystrokes, 0), 0),
                    keying_value_characters(doc.gold_values));
        secs := greatest(coalesce(p_seconds, 0), 0,
                         extract(epoch FROM clock_timestamp() - handed));
        INSERT INTO training_scores (uuid, operator_id, document_id, form_name, fields,
            errors, keystrokes, seconds, "values", mistakes, finished_at, received_at,
            reported_keystrokes, reported_seconds)
        VALUES (p_uuid, me, p_document, form, (result->>'fields')::integer,
            (result->>'errors')::integer, ks, secs, coalesce(p_values, '{{}}'::jsonb),
            result->'wrong', now(), now(), p_keystrokes, p_seconds);
    END IF;
    at := keying_record_qualification(form);
    RETURN result || jsonb_build_object('gold', doc.gold_values, 'form', form,
                                        'qualified_at', at, 'keystrokes', ks, 'seconds', secs);
END
$fn$"""

_GRANTS = f"""DO $grants$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'keying_operator') THEN
        RETURN;  -- 0007 made them; a database upgraded without them has no roles to grant
    END IF;
    GRANT SELECT ON training_handouts TO keying_supervisor;
    REVOKE ALL ON FUNCTION keying_training_hand_out(text, bigint) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION keying_training_hand_out(text, bigint) TO keying_operator;
    REVOKE ALL ON FUNCTION {_SIGNATURE} FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION {_SIGNATURE} TO keying_operator;
END
$grants$"""


def _submit_of_0014() -> str:
    """0014's `keying_training_submit` (the downgrade puts it back)."""
    found = Path(__file__).with_name("0014_training_on_server.py")
    spec = importlib.util.spec_from_file_location("keying_migration_0014", found)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module._SUBMIT)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        quote = bind.dialect.identifier_preparer.quote_identifier
        path = f"SET search_path = {quote(schema)}, pg_temp"
        op.execute(
            _submit_of_0014()
            .replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
            .format(path=path)
        )
        op.execute("DROP FUNCTION IF EXISTS keying_training_hand_out(text, bigint)")
        op.execute("DROP FUNCTION IF EXISTS keying_value_characters(jsonb)")
    with op.batch_alter_table("training_scores") as batch:
        batch.drop_column("reported_seconds")
        batch.drop_column("reported_keystrokes")
    op.drop_table("training_handouts")
