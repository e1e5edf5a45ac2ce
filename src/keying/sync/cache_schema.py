"""The workstation cache's tables (plain SQLite), and bringing an older cache file up to date.

Version 2 added `tasks.open_fields` (the fields a pass 3 from a send-back keys) and
`released_drafts` (a draft set aside when its released task went to another operator of the
same PC). A version-1 file gains both when opened; nothing in it changes. Version 3 added
`outbox.refused_at` (the central database refused the item for good; see sync/outbox.py).
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 3

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS forms (
    key TEXT PRIMARY KEY,            -- name@version
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS blobs (
    sha256 TEXT PRIMARY KEY,
    media_type TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS tasks (
    task_id INTEGER PRIMARY KEY,     -- the central task id
    operator_id INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    external_id TEXT NOT NULL,
    batch_name TEXT NOT NULL,
    batch_size INTEGER NOT NULL,
    form_key TEXT NOT NULL REFERENCES forms(key),
    pass_no INTEGER NOT NULL,
    pages TEXT NOT NULL,             -- JSON list of blob sha256, in page order
    reference TEXT,                  -- JSON pass-1 values, only in dependent verification
    lease_until TEXT,
    seq INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'claimed'
        CHECK (state IN ('claimed', 'keying', 'finished', 'flagged', 'released')),
    claimed_at TEXT NOT NULL,
    open_fields TEXT                 -- JSON list: a pass 3 keys only these (NULL: all)
);
CREATE INDEX IF NOT EXISTS ix_tasks_operator_state ON tasks (operator_id, state, seq);
CREATE TABLE IF NOT EXISTS drafts (
    keying_uuid TEXT PRIMARY KEY,
    task_id INTEGER NOT NULL UNIQUE REFERENCES tasks(task_id),
    keyed_values TEXT NOT NULL,       -- JSON
    figures TEXT NOT NULL,            -- JSON
    focus_path TEXT,
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    commits INTEGER NOT NULL DEFAULT 0
);
-- A draft whose task a supervisor released and another operator of this PC then claimed:
-- kept here, recoverable, out of the new holder's way.
CREATE TABLE IF NOT EXISTS released_drafts (
    keying_uuid TEXT PRIMARY KEY,
    task_id INTEGER NOT NULL,
    operator_id INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    pass_no INTEGER NOT NULL,
    keyed_values TEXT NOT NULL,
    figures TEXT NOT NULL,
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    released_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outbox (
    id TEXT PRIMARY KEY,             -- the client UUID the central database dedupes on
    kind TEXT NOT NULL CHECK (kind IN ('keying', 'page_flag')),
    payload TEXT NOT NULL,           -- JSON
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error TEXT,
    pushed_at TEXT,
    refused_at TEXT                  -- refused for good: kept, never sent again
);
CREATE INDEX IF NOT EXISTS ix_outbox_pending ON outbox (pushed_at, created_at);
"""


def create_schema(db: sqlite3.Connection) -> None:
    """Create what is missing; add the columns a version-1 cache lacks."""
    db.executescript(_SCHEMA)
    columns = {row[1] for row in db.execute("PRAGMA table_info(tasks)")}
    if "open_fields" not in columns:
        db.execute("ALTER TABLE tasks ADD COLUMN open_fields TEXT")
    outbox = {row[1] for row in db.execute("PRAGMA table_info(outbox)")}
    if "refused_at" not in outbox:
        db.execute("ALTER TABLE outbox ADD COLUMN refused_at TEXT")
