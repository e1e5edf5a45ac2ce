"""The outbox reads its payloads with msgspec (a push reads every payload it sends; stop 26):
what it gives back is what `json.loads` gives, and what msgspec refuses but `json` writes
(NaN, Infinity) is read by `json`, both by `pending` and by a push's `pending_batches`."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any, cast

from keying.storage.records import KeyingPayload
from keying.sync.cache import CachedTask, WorkstationCache


def _finished(cache: WorkstationCache, task_id: int, extra: dict[str, Any]) -> KeyingPayload:
    cache.store_pull(
        {"f@1": ("text", "sha")},
        {},
        [CachedTask(task_id, 7, task_id, f"B-{task_id}", "Batch", 2, "f@1", 1, [], None, None,
                    task_id, "claimed")],
    )  # fmt: skip
    draft = cache.start_draft(task_id)
    payload = cast(
        KeyingPayload,
        {
            "uuid": draft.keying_uuid,
            "task_id": task_id,
            "document_id": task_id,
            "pass_no": 1,
            "operator_id": 7,
            "values": {"head_name": "សុខ ចាន់", "amount": "12.50", "nested": {"a": [1, 2.5, None]}},
            "finished_at": "2026-12-02T05:00:00.000+00:00",
            "workstation": "pc1",
            **extra,
        },
    )
    cache.finish(task_id, payload)
    return payload


def test_payloads_read_back_as_json_reads_them_nan_and_infinity_too(tmp_path: Path) -> None:
    cache = WorkstationCache(tmp_path / "cache.sqlite")
    try:
        plain = _finished(cache, 1, {"figures": {"keystrokes": 10**30, "ratio": 0.1}})
        odd = _finished(cache, 2, {"figures": {"ratio": math.nan, "speed": math.inf}})
        for items in (cache.pending("9999-12-31"), next(cache.pending_batches(50, "9999-12-31"))):
            by_id = {item.id: item for item in items}
            first, second = by_id[plain["uuid"]], by_id[odd["uuid"]]
            assert first.payload == json.loads(first.text) == plain
            assert first.keying["figures"]["keystrokes"] == 10**30  # an int, not a float
            figures = second.keying["figures"]
            assert math.isnan(figures["ratio"]) and figures["speed"] == math.inf
            assert second.keying["values"] == odd["values"]
    finally:
        cache.close()
