"""The lines `keying reconcile` writes: one JSON object per document, encoded here.

By default (decision, docs/reconcile.md "The CLI") a line is `Reconciliation.to_json` less
the explanations of fields every pass keyed identically: `explanations` holds the entries the
reconciler decided (fields and cells that needed more than identity, discrepancies, hidden
fields); a field without an entry was keyed the same by every pass (its explanation would be
`identical`, `both empty (not keyed)`, `both illegible`, `both blank on paper` or `identical
(N rows)`, which its agreed value tells). The agreed value of every field is written.
`--explain-all` writes `to_json` exactly, as the services store it.

The fast path (`LineWriter.line`) writes what `LineWriter.slow_line` writes, byte for byte
(`tests/test_reconcile_lineout.py`): `slow_line` builds the object and encodes it with
msgspec; `line` joins encoded pieces, and the piece `"field":value` of a field keyed
identically is encoded once per keyed string and remembered (a bounded memo per field, like
the reconciler's own), so a value met before costs one dictionary lookup, in a C loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

from keying.reconcile.normalize import keyed_values
from keying.reconcile.plan import plan_for
from keying.reconcile.result import resolve_reason

if TYPE_CHECKING:
    from collections.abc import Callable

    from keying.forms.compiled import FormLike
    from keying.reconcile.result import Reconciliation


# encoded `"field":value` pieces remembered per field: bounded (emptied when full) so that
# memory stays flat whatever the batch size
MEMO_SIZE = 1024


class LineWriter:
    """Encodes one form's results as output lines (without the newline)."""

    def __init__(
        self, form: FormLike, explain_all: bool = False, memo_size: int = MEMO_SIZE
    ) -> None:
        self.form = form
        self.explain_all = explain_all
        # an argument, not a class attribute to override: the class may be compiled
        # (keying.native), and a compiled class cannot be subclassed or patched
        self.memo_size = memo_size
        self.encode: Callable[[Any], bytes] = msgspec.json.Encoder().encode
        self.ready = False

    def _setup(self) -> None:
        """Made at the first line, not at start-up: a run on empty files (the start-up
        figure) builds no plan."""
        self.ready = True
        plan = self.plan = plan_for(self.form)
        names = self.names = plan.names
        self.name_set = frozenset(names)
        self.index = {name: i for i, name in enumerate(names)}
        self.keys = tuple(self.encode(n) + b":" for n in names)  # b'"field":'
        tables = {name for name, _ in plan.table_units}
        # per field, its memo of pieces (tables have none: a list is no key)
        self.memos: tuple[dict[Any, bytes] | None, ...] = tuple(
            None if n in tables else {} for n in names
        )
        self.value_fns = plan.value_fns
        self.finishers = tuple(plan.finishers[n] for n in names)

    def line(self, document: str, result: Reconciliation) -> bytes:
        if self.explain_all:
            return self.encode(result.to_json(document))
        if not self.ready:
            self._setup()
        encode = self.encode
        keys = self.keys
        raws, pieces = self._remembered(result)
        decided = result.decided
        if decided:
            index, finishers = self.index, self.finishers
            for name, v in decided.items():
                i = index[name]
                pieces[i] = keys[i] + encode(finishers[i](v))
        if None in pieces:  # values met for the first time (and tables): made here
            memos, fns = self.memos, self.value_fns
            for i in range(len(pieces)):
                if pieces[i] is not None:
                    continue
                raw = raws[i]
                piece = pieces[i] = keys[i] + encode(fns[i](raw))
                memo = memos[i]
                if memo is not None and (raw is None or type(raw) is str):
                    if len(memo) >= self.memo_size:
                        memo.clear()
                    memo[raw] = piece
        three = len(result.keyings) == 3
        parts = [
            b'{"document":',
            encode(document),
            b',"status":"',
            result.status.encode(),
            b'","values":{',
            b",".join(pieces),  # type: ignore[arg-type]  # every piece made above
            b'},"discrepancies":',
            encode([d.to_json(three) for d in result.discrepancies])
            if result.discrepancies
            else b"[]",
            b',"explanations":',
            encode(self._decided_explanations(result)) if result.reasons else b"{}",
        ]
        if three:
            parts += (b',"dissent":', encode(dict(result.dissent or {})))
        parts.append(b"}")
        return b"".join(parts)

    def _remembered(self, result: Reconciliation) -> tuple[list[Any], list[bytes | None]]:
        """(the first pass's value of each field, its remembered piece or None): the values
        as the reconciler read them (`Reconciliation.first_values`), the pieces by one loop,
        compiled (keying.native) to direct dictionary lookups, no call per field. Only
        strings and None are remembered (a table, a number, a list where a scalar belongs
        are made each time)."""
        memos = self.memos
        if result.plan is self.plan:  # (the plan of this form: its names, in this order)
            raws = result.first_values()
        else:
            raws = keyed_values(result.keyings[0], self.names)
        pieces: list[bytes | None] = []
        for i in range(len(raws)):
            raw = raws[i]
            memo = memos[i]
            if memo is not None and (raw is None or type(raw) is str):
                pieces.append(memo.get(raw))
            else:
                pieces.append(None)
        return raws, pieces

    def _decided_explanations(self, result: Reconciliation) -> dict[str, str]:
        """The entries of `explanations` the reconciler decided, in `to_json`'s order: the
        fields in the form's order, then the cells in the order they were decided."""
        reasons = result.reasons
        assert reasons is not None
        out = {}
        fields = [k for k in reasons if k in self.name_set]
        if len(fields) > 1:
            fields.sort(key=self.index.__getitem__)
        for k in fields:
            out[k] = resolve_reason(reasons[k])
        if len(fields) < len(reasons):
            for k, why in reasons.items():
                if k not in self.name_set:
                    out[k] = resolve_reason(why)
        return out

    def slow_line(self, document: str, result: Reconciliation) -> bytes:
        """What `line` writes, made the plain way: `to_json`, less the explanations of
        fields keyed identically (unless `explain_all`)."""
        out = result.to_json(document)
        if not self.explain_all:
            decided = result.reasons or {}
            out["explanations"] = {k: v for k, v in out["explanations"].items() if k in decided}
        return self.encode(out)

    def missing(self, document: str, missing: list[str]) -> bytes:
        return self.encode({"document": document, "status": "missing", "missing": missing})
