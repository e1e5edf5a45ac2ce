"""Sign-in throttling per login (issue 11, 2): after `FREE` wrong passwords in a row, each
further attempt waits a growing delay (2 s, 4 s, 8 s ... at most 5 minutes) counted from the
last wrong one; after `LOCK_AFTER` the login is locked until an admin unlocks it (`keying
user unlock LOGIN`). Where keying checks the password, the answer is the same for a login
that does not exist (the count is kept per login typed); the server's gate counts accounts
only (their names are no secret from a PostgreSQL connection: `pg_roles`).

Where the count lives: in the central database's audit trail. When keying checks the password
itself (SQLite, or a URL naming its own user) Python counts it (keying.storage.sign_in_attempts);
when an account signs in as its own PostgreSQL role, the server's sign-in gate does
(keying.storage.sign_in_gate, migration 0023), and the 20th sets the role NOLOGIN. Only when
the gate cannot be reached does this process count in its memory (`MemoryAttempts`). A
correct password never gets through a wait or a lock: the check comes first.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from keying.forms.wording import QT_TRANSLATE_NOOP, say

FREE = 5
LOCK_AFTER = 20
MAX_DELAY = timedelta(minutes=5)


def delay_after(failures: int) -> timedelta:
    """How long to wait after `failures` wrong passwords in a row before the next attempt."""
    if failures < FREE:
        return timedelta(0)
    return min(MAX_DELAY, timedelta(seconds=2 ** (failures - FREE + 1)))


def refusal(failures: int, last: datetime | None, now: datetime) -> str | None:
    """The sentence the sign-in dialog shows instead of trying, or None: try."""
    if failures >= LOCK_AFTER:
        return refusal_for(0, locked=True)
    if last is None:
        return None
    if last.tzinfo is None:  # SQLite gives naive UTC times back
        now = now.replace(tzinfo=None)
    wait = (last + delay_after(failures) - now).total_seconds()
    return refusal_for(math.ceil(wait), locked=False)


def refusal_for(wait_s: int, locked: bool) -> str | None:
    """The same sentence from what the server's gate answered: seconds to wait, locked."""
    if locked:
        locked_text = QT_TRANSLATE_NOOP(
            "keying",
            "This login is locked after {0} wrong passwords: ask an admin to unlock it "
            "(keying user unlock).",
        )
        return say(locked_text, LOCK_AFTER)  # English; the dialog says it in its language
    if wait_s <= 0:
        return None
    wait_text = QT_TRANSLATE_NOOP(
        "keying", "Too many wrong passwords: wait {0} s before trying this login again."
    )
    return say(wait_text, wait_s)


class MemoryAttempts:
    """The count per login in this process (signing in as a PostgreSQL role while the
    server's gate cannot be reached)."""

    def __init__(self) -> None:
        self._failed: dict[str, tuple[int, datetime]] = {}

    def failures(self, login: str) -> tuple[int, datetime | None]:
        count, last = self._failed.get(login, (0, None))
        return count, last

    def failed(self, login: str, at: datetime) -> None:
        self._failed[login] = (self._failed.get(login, (0, at))[0] + 1, at)

    def succeeded(self, login: str) -> None:
        self._failed.pop(login, None)
