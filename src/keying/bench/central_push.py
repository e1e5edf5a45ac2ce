"""`keying bench --only central_push`: the push figures of `central` alone (issue 11), on a
PostgreSQL server of their own (keying.bench.pg_server), in a few seconds instead of the whole
central benchmark's minute and a half: the same documents, outbox and `SyncClient.push` as
`central`'s push (`sync_push_keyings_per_s`, `push_client_cpu_us`, `push_server_cpu_us`).
"""

from __future__ import annotations

from keying.bench import Figure
from keying.bench.central import _push, _setup, bench_database, sizes
from keying.bench.pg_server import local_postgres


def run(quick: bool) -> list[Figure]:
    _clients, documents, pushes = sizes(quick)
    with local_postgres() as server:
        url = bench_database(server, "keying_bench")
        operators = _setup(url, 1, documents)
        return _push(url, operators[-1], pushes)
