"""the tasks' CHECK constraints in a form PostgreSQL reads faster, on every update of a task

Revision ID: 0027
Revises: 0028

PostgreSQL evaluates every CHECK constraint of a table on every UPDATE of one of its rows,
and reads each constraint's stored expression tree from its text form (`pg_constraint.conbin`)
again at each execution of the statement (PostgreSQL 15, `ExecRelCheck`: once per result
relation, that is once per claim). A claim updates one task (`keying_claim_key_tasks`,
migrations 0019, 0022, 0025), so the four constraints of `tasks` were read from 4,953
characters of node text per claim: by callgrind, 126 k instructions of the claim's 1.09 M on
the server (one connection claiming, the bench's 5,000 documents), and 184 k with preparing and
evaluating them.

The three constraints that list values (`ck_tasks_kind`, `ck_tasks_status`,
`ck_tasks_key_pass`) were written `kind IN ('key', 'adjudicate', 'train')`, which PostgreSQL
stores as an ARRAY of one constant per value, each cast from varchar: now one array constant
each (`kind::text = ANY ('{key,adjudicate,train}'::text[])`). Same names, same rows
accepted and refused (`tests/test_pg_claim_checks.py`); `ck_tasks_claim_complete` is kept as
it was (no list). The claim: 1,090.6 k → 1,033.1 k instructions on the server (−5.3 %).

PostgreSQL only: SQLite compiles a statement's constraints once per prepared statement, and
its constraints are the models' (`storage/models.py`). Adding the constraints checks the rows
already there (one scan of `tasks`); nothing is rewritten. The downgrade puts the text of
0001 (and the models) back.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0027"
down_revision: str | None = "0028"  # numbered 0027, landed after 0028
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COMPACT = {
    "ck_tasks_kind": "kind::text = ANY ('{key,adjudicate,train}'::text[])",
    "ck_tasks_status": "status::text = ANY ('{open,claimed,done,cancelled}'::text[])",
    "ck_tasks_key_pass": "kind::text <> 'key' OR pass_no = ANY ('{1,2,3}'::integer[])",
}

# as 0001 (and the models) wrote them
LISTED = {
    "ck_tasks_kind": "kind IN ('key', 'adjudicate', 'train')",
    "ck_tasks_status": "status IN ('open', 'claimed', 'done', 'cancelled')",
    "ck_tasks_key_pass": "kind <> 'key' OR pass_no IN (1, 2, 3)",
}


def _replace(checks: dict[str, str]) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite keeps the models' constraints
    # one ALTER TABLE: the rows are checked in one scan, and no moment without the rules
    clauses = [f"DROP CONSTRAINT {name}" for name in checks]
    clauses += [f"ADD CONSTRAINT {name} CHECK ({check})" for name, check in checks.items()]
    op.execute("ALTER TABLE tasks " + ", ".join(clauses))


def upgrade() -> None:
    _replace(COMPACT)


def downgrade() -> None:
    _replace(LISTED)
