"""Pushes a workstation cache's outbox to the central database, in its own process, until it
is empty or it is killed.

Run by tests/test_pg_push_faults.py as `python -m tests.push_driver URL CACHE`: the test
kills it with SIGKILL while it pushes, then runs it again, and checks that every keying is
stored exactly once. Prints `pushed` when the outbox is empty.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.support.outbox_load import push_all


def main(url: str, cache_path: str) -> None:
    push_all(url, Path(cache_path))
    print("pushed", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
