"""`keying bench --only central`'s measuring code, small, on the test session's PostgreSQL:
its counts must be right (times are not asserted: they belong to the benchmark)."""

from __future__ import annotations

import pytest

from keying.bench.central import _claims, _push, _setup

pytestmark = pytest.mark.postgres


def test_the_central_benchmark_pushes_everything_and_counts_no_double(
    postgres_migrated_url: str,
) -> None:
    operators = _setup(postgres_migrated_url, 4, 15)
    [push, *_cpu] = _push(postgres_migrated_url, operators[-1], 10)  # raises unless all 10 are in
    assert push.name == "sync_push_keyings_per_s" and push.value > 0
    figures = {f.name: f.value for f in _claims(postgres_migrated_url, operators[:3], 3)}
    assert figures["double_assignments"] == 0 and figures["both_passes_one_operator"] == 0
    assert figures["claims_per_s_3_clients"] > 0
    assert figures["claim_ms_p95"] >= figures["claim_ms_p50"] > 0
