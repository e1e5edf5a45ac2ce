"""training on gold documents: thresholds, scores, qualifications

Revision ID: 0008
Revises: 0009 (numbered 0008; 0009 was the latest on main when it landed)

- training_thresholds: an admin's qualification threshold per form (by name): accuracy in
  percent and keystrokes per hour over the last N training documents.
- training_scores: one fact per training keying of a gold document (who, which document and
  form, fields compared, errors, keystrokes, seconds, the values keyed, the mistakes).
- qualifications: an account qualified on a form, and when (reached on scores, or granted by
  an admin).

PostgreSQL (the database is the gatekeeper, 0007): an account's connection reads the
thresholds, reads and adds only its own scores, reads its own qualifications, and records a
qualification only through `keying_record_qualification(form)` (SECURITY DEFINER: it checks
the stored scores against the threshold itself). Two RESTRICTIVE policies keep live work from
an account that is not qualified on a form with a threshold, `keying_may_key(account,
document)`: it cannot hold a key task (tasks, UPDATE) nor add a keying (keyings, INSERT).
Supervisors read every score and qualification; admins set thresholds and grant
qualifications. Frozen with this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0008"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_JSON = sa.JSON().with_variant(JSONB(), "postgresql")
_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TIME = sa.DateTime(timezone=True)


def _fk(table: str, column: str, target: str) -> sa.ForeignKey:
    return sa.ForeignKey(f"{target}.id", name=f"fk_{table}_{column}_{target}")


def upgrade() -> None:
    op.create_table(
        "training_thresholds",
        sa.Column("form_name", sa.String(100), nullable=False),
        sa.Column("accuracy", sa.Float(), nullable=False),
        sa.Column("kph", sa.Integer(), nullable=False),
        sa.Column("last_n", sa.Integer(), nullable=False),
        sa.Column("set_by", _ID, _fk("training_thresholds", "set_by", "operators"), nullable=True),
        sa.Column("set_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("form_name", name="pk_training_thresholds"),
        sa.CheckConstraint(
            "accuracy > 0 AND accuracy <= 100", name="ck_training_thresholds_accuracy"
        ),
        sa.CheckConstraint("kph >= 0", name="ck_training_thresholds_kph"),
        sa.CheckConstraint("last_n >= 1", name="ck_training_thresholds_last_n"),
    )
    op.create_table(
        "training_scores",
        sa.Column("id", _ID, nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column(
            "operator_id", _ID, _fk("training_scores", "operator_id", "operators"), nullable=False
        ),
        sa.Column(
            "document_id", _ID, _fk("training_scores", "document_id", "documents"), nullable=False
        ),
        sa.Column("form_name", sa.String(100), nullable=False),
        sa.Column("fields", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("keystrokes", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("values", _JSON, nullable=False),
        sa.Column("mistakes", _JSON, nullable=False),
        sa.Column("finished_at", _TIME, nullable=False),
        sa.Column("received_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_training_scores"),
        sa.UniqueConstraint("uuid", name="uq_training_scores_uuid"),
        sa.CheckConstraint("errors >= 0 AND errors <= fields", name="ck_training_scores_errors"),
    )
    op.create_index("ix_training_scores_document_id", "training_scores", ["document_id"])
    op.create_index(
        "ix_training_scores_operator_form",
        "training_scores",
        ["operator_id", "form_name", "finished_at"],
    )
    op.create_table(
        "qualifications",
        sa.Column("id", _ID, nullable=False),
        sa.Column(
            "operator_id", _ID, _fk("qualifications", "operator_id", "operators"), nullable=False
        ),
        sa.Column("form_name", sa.String(100), nullable=False),
        sa.Column("qualified_at", _TIME, nullable=False),
        sa.Column("accuracy", sa.Float(), nullable=True),
        sa.Column("kph", sa.Float(), nullable=True),
        sa.Column("documents", sa.Integer(), nullable=True),
        sa.Column(
            "granted_by", _ID, _fk("qualifications", "granted_by", "operators"), nullable=True
        ),
        sa.PrimaryKeyConstraint("id", name="pk_qualifications"),
        sa.UniqueConstraint(
            "operator_id", "form_name", name="uq_qualifications_operator_id_form_name"
        ),
    )
    if op.get_bind().dialect.name == "postgresql":
        schema = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one()
        quote = op.get_bind().dialect.identifier_preparer.quote_identifier
        path = f"SET search_path = {quote(schema)}, pg_temp"
        op.execute(_MAY_KEY.format(path=path))
        op.execute(_RECORD.format(path=path))
        op.execute(_GRANTS)


_MAY_KEY = """CREATE FUNCTION keying_may_key(p_operator bigint, p_document bigint)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {path} AS $fn$
    SELECT NOT EXISTS (SELECT 1 FROM training_thresholds t WHERE t.form_name = f.name)
        OR EXISTS (SELECT 1 FROM qualifications q
                   WHERE q.operator_id = p_operator AND q.form_name = f.name)
      FROM documents d
      JOIN batches b ON b.id = d.batch_id
      JOIN form_definitions f ON f.id = b.form_definition_id
     WHERE d.id = p_document
$fn$"""

_RECORD = """CREATE FUNCTION keying_record_qualification(p_form text) RETURNS timestamptz
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $fn$
DECLARE
    me bigint := keying_operator_id(session_user);
    th training_thresholds%ROWTYPE;
    n bigint; f bigint; e bigint; k bigint; s double precision;
    at timestamptz;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'no active keying account for ' || session_user;
    END IF;
    SELECT qualified_at INTO at FROM qualifications
     WHERE operator_id = me AND form_name = p_form;
    IF FOUND THEN RETURN at; END IF;
    SELECT * INTO th FROM training_thresholds WHERE form_name = p_form;
    IF NOT FOUND THEN RETURN NULL; END IF;
    SELECT count(*), sum(fields), sum(errors), sum(keystrokes), sum(seconds)
      INTO n, f, e, k, s
      FROM (SELECT * FROM training_scores WHERE operator_id = me AND form_name = p_form
             ORDER BY finished_at DESC, id DESC LIMIT th.last_n) recent;
    IF n < th.last_n OR coalesce(f, 0) = 0
       OR 100.0 * (f - e) / f < th.accuracy
       OR (th.kph > 0 AND (coalesce(s, 0) <= 0 OR 3600.0 * k / s < th.kph)) THEN
        RETURN NULL;
    END IF;
    INSERT INTO qualifications (operator_id, form_name, qualified_at, accuracy, kph, documents)
    VALUES (me, p_form, now(), 100.0 * (f - e) / f,
            CASE WHEN s > 0 THEN 3600.0 * k / s END, n)
    RETURNING qualified_at INTO at;
    RETURN at;
END
$fn$"""

_GRANTS = """DO $grants$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'keying_operator') THEN
        RETURN;  -- 0007 made them; a database upgraded without them has no roles to grant
    END IF;
    REVOKE ALL ON FUNCTION keying_may_key(bigint, bigint) FROM PUBLIC;
    REVOKE ALL ON FUNCTION keying_record_qualification(text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION keying_may_key(bigint, bigint) TO keying_operator;
    GRANT EXECUTE ON FUNCTION keying_record_qualification(text) TO keying_operator;
    GRANT SELECT ON training_thresholds TO keying_operator;
    GRANT SELECT, INSERT, UPDATE, DELETE ON training_thresholds TO keying_admin;
    GRANT SELECT, INSERT ON training_scores TO keying_operator;
    GRANT USAGE ON SEQUENCE training_scores_id_seq TO keying_operator;
    GRANT SELECT ON qualifications TO keying_operator;
    GRANT INSERT, DELETE ON qualifications TO keying_admin;
    GRANT USAGE ON SEQUENCE qualifications_id_seq TO keying_admin;
    ALTER TABLE training_scores ENABLE ROW LEVEL SECURITY;
    ALTER TABLE qualifications ENABLE ROW LEVEL SECURITY;
    CREATE POLICY training_scores_own_read ON training_scores FOR SELECT TO keying_operator
        USING (operator_id = (SELECT keying_operator_id(current_user)));
    CREATE POLICY training_scores_own_insert ON training_scores FOR INSERT TO keying_operator
        WITH CHECK (operator_id = (SELECT keying_operator_id(current_user)));
    CREATE POLICY training_scores_supervisor_read ON training_scores FOR SELECT
        TO keying_supervisor USING (true);
    CREATE POLICY qualifications_own_read ON qualifications FOR SELECT TO keying_operator
        USING (operator_id = (SELECT keying_operator_id(current_user)));
    CREATE POLICY qualifications_supervisor_read ON qualifications FOR SELECT
        TO keying_supervisor USING (true);
    CREATE POLICY qualifications_admin ON qualifications FOR ALL TO keying_admin
        USING (true) WITH CHECK (true);
    -- live work only for the qualified: restrictive, so no other policy lets it through
    CREATE POLICY tasks_qualified ON tasks AS RESTRICTIVE FOR UPDATE TO keying_operator
        USING (true)
        WITH CHECK (kind <> 'key' OR claimed_by IS NULL OR keying_may_key(claimed_by, document_id));
    CREATE POLICY keyings_qualified ON keyings AS RESTRICTIVE FOR INSERT TO keying_operator
        WITH CHECK (keying_may_key(operator_id, document_id));
END
$grants$"""


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS tasks_qualified ON tasks")
        op.execute("DROP POLICY IF EXISTS keyings_qualified ON keyings")
        op.execute("DROP FUNCTION IF EXISTS keying_record_qualification(text)")
        op.execute("DROP FUNCTION IF EXISTS keying_may_key(bigint, bigint)")
    op.drop_table("qualifications")
    op.drop_index("ix_training_scores_operator_form", "training_scores")
    op.drop_index("ix_training_scores_document_id", "training_scores")
    op.drop_table("training_scores")
    op.drop_table("training_thresholds")
