"""training scored by the database: the true values hidden from operators

Revision ID: 0014
Revises: 0017 (numbered 0014; 0017 was the latest on main when it landed)

Until now a training keying was scored on the trainee's PC and the score written by the
client, and on PostgreSQL every role read `documents.gold_values` (the client needed it to
score). An account with `psql` and its own password could add a forged score, or read the
true values of a gold document before keying it (docs/training.md).

- training_gold_keys: the compare keys of a gold document's true values (the reconciler's
  normalization, written as text by the app: `services/training_keys.py`), with the true
  values they were made from (`gold`: keys whose `gold` is not the document's are out of
  date and not used). Written by the owner or an admin when gold values are set.
- gold_documents (a view, both backends): the ids of the gold documents, not withdrawn; what
  a trainee's client reads to find one, without the values.

PostgreSQL:
- Operators (and supervisors, admins: their members) no longer SELECT `documents.gold_values`:
  the table's SELECT is granted column by column without it (a later column of `documents`
  needs its own `GRANT SELECT (column)`). Nobody but the owner and admins reads
  training_gold_keys.
- Operators no longer INSERT into training_scores. `keying_training_submit(...)` (SECURITY
  DEFINER, search_path pinned) takes the keyed values and their compare keys, scores them
  against the gold keys with `keying_training_score(gold, keyed)` (the same rule as
  `training_keys.score_keys`), records the score under the caller's account, records the
  qualification when the threshold is reached (`keying_record_qualification`), and returns
  the score with the document's true values: only for that document, only after submitting
  it. Refused for a document the account holds or keyed live.
- `keying_may_key(account, document)` is also false for a document the account trained on
  (it has seen its true values): it can neither hold nor key it live.
Frozen with this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0014"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_JSON = sa.JSON().with_variant(JSONB(), "postgresql")
_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

_VIEW = """CREATE VIEW gold_documents AS
SELECT id AS document_id FROM documents
 WHERE gold_values IS NOT NULL AND CAST(gold_values AS TEXT) <> 'null' AND withdrawn IS NULL"""


def upgrade() -> None:
    op.create_table(
        "training_gold_keys",
        sa.Column(
            "document_id",
            _ID,
            sa.ForeignKey("documents.id", name="fk_training_gold_keys_document_id_documents"),
            nullable=False,
        ),
        sa.Column("keys", _JSON, nullable=False),
        sa.Column("gold", _JSON, nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("document_id", name="pk_training_gold_keys"),
    )
    postgres = op.get_bind().dialect.name == "postgresql"
    op.execute(_VIEW)
    if not postgres:
        return
    bind = op.get_bind()
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    quote = bind.dialect.identifier_preparer.quote_identifier
    path = f"SET search_path = {quote(schema)}, pg_temp"
    op.execute(_SCORE)
    op.execute(_SUBMIT.format(path=path))
    op.execute(_MAY_KEY.format(path=path))
    columns = [
        quote(c)
        for (c,) in bind.exec_driver_sql(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = 'documents' "
            "AND column_name <> 'gold_values' ORDER BY ordinal_position"
        )
    ]
    op.execute(_GRANTS.replace("{columns}", ", ".join(columns)))


_SCORE = r"""CREATE FUNCTION keying_training_score(p_gold jsonb, p_keyed jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $fn$
-- The training score's rule (services/training_keys.py, score_keys): a value is right when
-- its compare key text equals the true value's; a table's rows paired for the fewest
-- mistakes (a pair costs its differing cells, a row left out or added one), ties broken as
-- in Python: pair, then a keyed row too many, then a true row left out.
DECLARE
    nothing constant text := '(s:\0nothing)';
    entry jsonb; name text; cols jsonb; gold jsonb; mine jsonb;
    fields integer := 0;
    wrong jsonb := '[]'::jsonb;
    n integer; m integer; c integer; i integer; j integer; k integer;
    d integer[]; cost integer[]; step jsonb; steps jsonb;
    kc text; gc text; w integer;
BEGIN
    FOR entry IN SELECT e FROM jsonb_array_elements(p_gold) AS e LOOP
        name := entry->>0;
        IF jsonb_array_length(entry) = 3 THEN
            cols := entry->1; gold := entry->2;
            mine := p_keyed->name;
            IF mine IS NULL OR jsonb_typeof(mine) <> 'array' THEN mine := '[]'::jsonb; END IF;
            n := jsonb_array_length(mine); m := jsonb_array_length(gold);
            c := jsonb_array_length(cols);
            IF n > 2000 THEN
                RAISE EXCEPTION 'table %: more than 2000 rows', name;
            END IF;
            fields := fields + greatest(n, m) * c;
            w := m + 1;
            cost := array_fill(0, ARRAY[greatest(n * m, 1)]);
            FOR i IN 0 .. n - 1 LOOP
                FOR j IN 0 .. m - 1 LOOP
                    FOR k IN 0 .. c - 1 LOOP
                        kc := CASE WHEN jsonb_typeof(mine->i) = 'array'
                                    AND jsonb_typeof(mine->i->k) = 'string'
                                   THEN mine->i->>k ELSE nothing END;
                        IF kc IS DISTINCT FROM gold->j->>k THEN
                            cost[i * m + j + 1] := cost[i * m + j + 1] + 1;
                        END IF;
                    END LOOP;
                END LOOP;
            END LOOP;
            d := array_fill(0, ARRAY[(n + 1) * w]);
            FOR i IN 0 .. n LOOP
                FOR j IN 0 .. m LOOP
                    IF i = 0 OR j = 0 THEN
                        d[i * w + j + 1] := i + j;
                    ELSE
                        d[i * w + j + 1] := least(
                            d[(i - 1) * w + j] + cost[(i - 1) * m + j],
                            d[(i - 1) * w + j + 1] + 1,
                            d[i * w + j] + 1);
                    END IF;
                END LOOP;
            END LOOP;
            steps := '[]'::jsonb;
            i := n; j := m;
            WHILE i > 0 OR j > 0 LOOP
                IF i > 0 AND j > 0
                   AND d[i * w + j + 1] = d[(i - 1) * w + j] + cost[(i - 1) * m + j] THEN
                    steps := jsonb_build_array(jsonb_build_array(i - 1, j - 1)) || steps;
                    i := i - 1; j := j - 1;
                ELSIF i > 0 AND d[i * w + j + 1] = d[(i - 1) * w + j + 1] + 1 THEN
                    steps := jsonb_build_array(jsonb_build_array(i - 1, NULL)) || steps;
                    i := i - 1;
                ELSE
                    steps := jsonb_build_array(jsonb_build_array(NULL, j - 1)) || steps;
                    j := j - 1;
                END IF;
            END LOOP;
            FOR step IN SELECT s FROM jsonb_array_elements(steps) AS s LOOP
                IF jsonb_typeof(step->0) = 'number' AND jsonb_typeof(step->1) = 'number' THEN
                    i := (step->>0)::integer; j := (step->>1)::integer;
                    FOR k IN 0 .. c - 1 LOOP
                        kc := CASE WHEN jsonb_typeof(mine->i) = 'array'
                                    AND jsonb_typeof(mine->i->k) = 'string'
                                   THEN mine->i->>k ELSE nothing END;
                        IF kc IS DISTINCT FROM gold->j->>k THEN
                            wrong := wrong || jsonb_build_array(jsonb_build_object(
                                'field', name, 'row', j, 'keyed_row', i, 'column', cols->>k));
                        END IF;
                    END LOOP;
                ELSE
                    wrong := wrong || jsonb_build_array(jsonb_build_object(
                        'field', name, 'row', step->1, 'keyed_row', step->0,
                        'column', NULL));
                END IF;
            END LOOP;
        ELSE
            fields := fields + 1;
            kc := CASE WHEN jsonb_typeof(p_keyed->name) = 'string'
                       THEN p_keyed->>name ELSE nothing END;
            IF kc IS DISTINCT FROM entry->>1 THEN
                wrong := wrong || jsonb_build_array(jsonb_build_object(
                    'field', name, 'row', NULL, 'keyed_row', NULL, 'column', NULL));
            END IF;
        END IF;
    END LOOP;
    RETURN jsonb_build_object('fields', fields,
                              'errors', least(jsonb_array_length(wrong), fields),
                              'wrong', wrong);
END
$fn$"""

_SUBMIT = """CREATE FUNCTION keying_training_submit(
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
    ELSE
        IF EXISTS (SELECT 1 FROM tasks WHERE document_id = p_document AND claimed_by = me)
           OR EXISTS (SELECT 1 FROM keyings WHERE document_id = p_document
                      AND operator_id = me) THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = 'document ' || p_document
                          || ' is held or keyed live by this account: no training on it';
        END IF;
        SELECT * INTO g FROM training_gold_keys WHERE document_id = p_document;
        IF NOT FOUND OR g.gold <> doc.gold_values THEN
            RAISE EXCEPTION USING ERRCODE = 'object_not_in_prerequisite_state',
                MESSAGE = 'gold document ' || p_document
                          || ' has no scoring keys yet (an admin runs: keying db upgrade)';
        END IF;
        result := keying_training_score(g.keys, coalesce(p_keys, '{{}}'::jsonb));
        INSERT INTO training_scores (uuid, operator_id, document_id, form_name, fields,
            errors, keystrokes, seconds, "values", mistakes, finished_at, received_at)
        VALUES (p_uuid, me, p_document, form, (result->>'fields')::integer,
            (result->>'errors')::integer, greatest(coalesce(p_keystrokes, 0), 0),
            greatest(coalesce(p_seconds, 0), 0), coalesce(p_values, '{{}}'::jsonb),
            result->'wrong', now(), now());
    END IF;
    at := keying_record_qualification(form);
    RETURN result || jsonb_build_object('gold', doc.gold_values, 'form', form,
                                        'qualified_at', at);
END
$fn$"""

_MAY_KEY = """CREATE OR REPLACE FUNCTION keying_may_key(p_operator bigint, p_document bigint)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {path} AS $fn$
    SELECT (NOT EXISTS (SELECT 1 FROM training_thresholds t WHERE t.form_name = f.name)
            OR EXISTS (SELECT 1 FROM qualifications q
                       WHERE q.operator_id = p_operator AND q.form_name = f.name))
       AND NOT EXISTS (SELECT 1 FROM training_scores s
                       WHERE s.operator_id = p_operator AND s.document_id = d.id)
      FROM documents d
      JOIN batches b ON b.id = d.batch_id
      JOIN form_definitions f ON f.id = b.form_definition_id
     WHERE d.id = p_document
$fn$"""

_GRANTS = """DO $grants$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'keying_operator') THEN
        RETURN;  -- 0007 made them; a database upgraded without them has no roles to grant
    END IF;
    REVOKE SELECT ON documents FROM keying_operator, keying_supervisor, keying_admin;
    GRANT SELECT ({columns}) ON documents TO keying_operator;
    GRANT SELECT ON gold_documents TO keying_operator;
    GRANT SELECT, INSERT, UPDATE, DELETE ON training_gold_keys TO keying_admin;
    REVOKE INSERT, UPDATE, DELETE ON training_scores FROM keying_operator;
    DROP POLICY IF EXISTS training_scores_own_insert ON training_scores;
    REVOKE ALL ON FUNCTION keying_training_submit(text, bigint, jsonb, jsonb, integer,
                                                  double precision) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION keying_training_submit(text, bigint, jsonb, jsonb, integer,
                                                     double precision) TO keying_operator;
END
$grants$"""


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(
            "DROP FUNCTION IF EXISTS keying_training_submit(text, bigint, jsonb, jsonb, "
            "integer, double precision)"
        )
        op.execute("DROP FUNCTION IF EXISTS keying_training_score(jsonb, jsonb)")
        op.execute("""DO $undo$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'keying_operator') THEN
        GRANT SELECT ON documents TO keying_operator;
        GRANT SELECT ON documents TO keying_admin;
        GRANT INSERT ON training_scores TO keying_operator;
        CREATE POLICY training_scores_own_insert ON training_scores FOR INSERT
            TO keying_operator
            WITH CHECK (operator_id = (SELECT keying_operator_id(current_user)));
    END IF;
END
$undo$""")
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        quote = bind.dialect.identifier_preparer.quote_identifier
        path = f"SET search_path = {quote(schema)}, pg_temp"
        op.execute(_MAY_KEY_0008.format(path=path))
    op.execute("DROP VIEW gold_documents")
    op.drop_table("training_gold_keys")


_MAY_KEY_0008 = """CREATE OR REPLACE FUNCTION keying_may_key(p_operator bigint, p_document bigint)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {path} AS $fn$
    SELECT NOT EXISTS (SELECT 1 FROM training_thresholds t WHERE t.form_name = f.name)
        OR EXISTS (SELECT 1 FROM qualifications q
                   WHERE q.operator_id = p_operator AND q.form_name = f.name)
      FROM documents d
      JOIN batches b ON b.id = d.batch_id
      JOIN form_definitions f ON f.id = b.form_definition_id
     WHERE d.id = p_document
$fn$"""
