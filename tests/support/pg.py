"""Small helpers of the PostgreSQL tests: the owner's libpq connection string, and what the
push function runs with."""

from __future__ import annotations

import psycopg
from sqlalchemy import make_url


def owner_conninfo(database_url: str) -> str:
    """A libpq connection string for psycopg, as the test database's owner (its URL's user)."""
    url = make_url(database_url)
    return f"host={url.host} port={url.port} user={url.username} dbname={url.database}"


def push_settings(conninfo: str) -> list[str]:
    """`keying_push_keyings`'s own settings (`ALTER FUNCTION … SET`), as `name=value`."""
    with psycopg.connect(conninfo) as conn:
        row = conn.execute(
            "SELECT proconfig FROM pg_proc WHERE oid = 'keying_push_keyings(jsonb)'::regprocedure"
        ).fetchone()
    assert row is not None
    return list(row[0] or [])
