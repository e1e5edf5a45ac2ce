"""One workstation of tests/test_pg_many_clients.py, in a process of its own: signs in as
its own login role, claims, keys and pushes until no task is left for it, then prints the
number of documents it keyed (its last line). Run as
`python -m tests.client_driver URL CACHE LOGIN START`: once signed in it makes the file
CACHE + ".ready" and waits for the file START before its first claim, so that every client
starts at once."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from keying.services import Services, Workspace
from tests.support.world import PASSWORD


def main(url: str, cache: str, login: str, start_line: str) -> None:
    services = Services.open(Workspace(url, Path(cache), workstation=f"pc-{login}"))
    try:
        station = services.station(services.sign_in(login, PASSWORD), prefetch=1)
        Path(cache + ".ready").touch()
        deadline = time.monotonic() + 900
        while not Path(start_line).exists():  # every client signed in: claim at once
            if time.monotonic() > deadline:
                raise SystemExit("the start line never came")
            time.sleep(0.05)
        count = 0
        while (task := station.next_task()) is not None:
            outcome = station.finish(task, {"head_name": login, "remarks": login}, {}, [])
            assert outcome.sync.online and outcome.sync.refused == 0, outcome.sync
            count += 1
        state = station.sync()
        assert state.online and state.pending == 0 and state.refused == 0, state
        print(count, flush=True)
    finally:
        services.close()


if __name__ == "__main__":
    main(*sys.argv[1:5])
