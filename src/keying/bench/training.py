"""Training's figures (issue 17): scoring one training document, and on PostgreSQL the round
trip of a submission that the database scores (migration 0014).

- `training_score_ms`: the app's scoring of one keyed gold document of the census form
  (generated true values, a table of members, two mistakes): the compare keys of both sides,
  the rule (`training_keys.score_keys`) and the feedback's explanations (the reconciler);
  median over the documents. What a trainee's PC does after F12 on SQLite, and after the
  database's answer on PostgreSQL.
- `training_rule_ms`: of which the rule alone on keys (what the database runs in PL/pgSQL).
- With `--only training_central` (a throwaway PostgreSQL server, keying.bench.pg_server):
  `training_submit_ms_p50/p95`, a trainee's own role (`SET SESSION AUTHORIZATION`) calling
  `keying_training_submit` for one document: the gold keys read, scored in PL/pgSQL, the score
  and the qualification check written, the true values returned; one transaction each.
"""

from __future__ import annotations

import random
import statistics
import time
from typing import Any

from keying.bench import Figure
from keying.demo.values import generate_values
from keying.forms import FormDefinition, load_form
from keying.paths import shipped_forms
from keying.services.training_keys import compare_keys, keyed_keys, score_keys
from keying.services.training_score import score

FORM_NAME = "household_census"


def census() -> tuple[FormDefinition, str]:
    path = next(p for p in shipped_forms() if p.stem == FORM_NAME)
    loaded = load_form(path)
    return loaded.definition, loaded.text


def documents(form: FormDefinition, count: int) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(true values, keyed values with two mistakes) per document, seeded."""
    rng = random.Random(17)
    out = []
    for _ in range(count):
        gold = generate_values(form, rng)
        keyed = {k: (list(map(dict, v)) if isinstance(v, list) else v) for k, v in gold.items()}
        texts = [f.name for f in form.fields if not f.columns and isinstance(gold.get(f.name), str)]
        for name in rng.sample(texts, 2):
            keyed[name] = str(keyed[name] or "x")[::-1] + "7"
        out.append((gold, keyed))
    return out


def run(quick: bool) -> list[Figure]:
    form, _ = census()
    docs = documents(form, 50 if quick else 300)
    whole, rule = [], []
    for gold, keyed in docs:
        t0 = time.perf_counter()
        result = score(form, keyed, gold)
        whole.append((time.perf_counter() - t0) * 1000)
        assert result.errors >= 2
        gold_keys, keys = compare_keys(form, gold), keyed_keys(form, keyed)
        t0 = time.perf_counter()
        score_keys(gold_keys, keys)
        rule.append((time.perf_counter() - t0) * 1000)
    rows = statistics.mean(len(g.get("members") or []) for g, _ in docs)
    return [
        Figure(
            "training_score_ms",
            round(statistics.median(whole), 2),
            "ms",
            note=f"census form, {len(docs)} documents (median), {rows:.1f} table rows each, "
            "2 mistakes: keys, rule and the reconciler's explanations",
        ),
        Figure(
            "training_rule_ms",
            round(statistics.median(rule), 3),
            "ms",
            note="of which the rule on keys alone (the database's part on PostgreSQL)",
        ),
    ]
