"""`keying bench --only training`'s measuring code: what it scores must be right (times are
not asserted: they belong to the benchmark)."""

from __future__ import annotations

from keying.bench.training import census, documents, run
from keying.services.training_score import score


def test_the_training_benchmark_scores_documents_with_two_mistakes_each() -> None:
    form, _ = census()
    docs = documents(form, 5)
    for gold, keyed in docs:
        result = score(form, keyed, gold)
        assert result.errors == 2 and len(result.mistakes) == 2
    figures = {f.name: f for f in run(quick=True)}
    assert set(figures) == {"training_score_ms", "training_rule_ms"}
    assert figures["training_score_ms"].value >= figures["training_rule_ms"].value > 0
