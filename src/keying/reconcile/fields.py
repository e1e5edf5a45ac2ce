"""Reconcile one scalar field (or one table cell) between two or three passes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from keying.forms.markers import BLANK_ON_PAPER, ILLEGIBLE
from keying.reconcile.classify import classify_values, quote
from keying.reconcile.minor import MINOR_KINDS, rules_for
from keying.reconcile.normalize import (
    ILLEGIBLE_STATE,
    NOTHING,
    VALUE,
    Normalizer,
    all_same,
    as_text,
    empty_reason,
    state_of,
    why_equal,
)
from keying.reconcile.result import Discrepancy, Pending, resolve_value
from keying.reconcile.unclassified import KindReason, Unclassified

if TYPE_CHECKING:
    from keying.forms.compiled import FieldLike, FormLike

PASS_NAMES = ("A", "B", "C")
# keyed strings whose key and normalized text a `Cell` keeps: enough for the distinct values
# of most fields of a batch (dates of a visit, enumerators, amounts that repeat), so that
# only values unique in the batch are normalized again. A module constant, not a class
# attribute: the class may be compiled (keying.native), where class attributes are slots.
MEMO_SIZE = 2048
# The two memos of pairs of texts keyed differently hold more a pair (the value and
# explanation of `agreed`; a whole description of `describe`, ~800 bytes) and most pairs
# are seen once: bounded lower, so that they are full after a few thousand documents and
# a worker's memory stays flat in batch size (docs/benchmarks.md, stop 29: at 2,048 a cell,
# one process's RSS grew by 11.6 MB from 10,000 to 40,000 documents; at these, 1.9 MB).
EQUAL_SIZE = 512
DESCRIBED_SIZE = 256


class Collector:
    """What one reconciliation decided, filled in field by field."""

    __slots__ = ("decided", "discrepancies", "dissent", "reasons")

    def __init__(self) -> None:
        self.decided: dict[str, Any] = {}
        self.reasons: dict[str, Any] = {}  # str, or Pending
        self.discrepancies: list[Discrepancy] = []
        self.dissent: dict[str, list[str]] = {}


class Cell:
    """How to compare values of one field or column: its normalizer and requiredness."""

    __slots__ = (
        "described",
        "equal",
        "keys",
        "memo",
        "minor",
        "name",
        "norm",
        "required",
        "why",
    )

    def __init__(self, field: FieldLike, form: FormLike | None = None) -> None:
        self.name = field.name
        self.norm = Normalizer(field)
        self.required = field.required
        self.memo: dict[str, str] = {}
        self.keys: dict[str, Any] = {}
        # explanations of values keyed identically by every pass, for 2 and 3 passes
        self.why: tuple[dict[str, str], dict[str, str]] = ({}, {})
        self.equal: dict[tuple[str, ...], tuple[str, str]] = {}  # see `agreed`
        self.minor = rules_for(field, form)
        # descriptions of two keyed texts that disagree (`describe`), remembered: the same
        # slips come back across documents
        self.described: dict[tuple[str, str], tuple[Any, ...]] = {}

    def key(self, text: str) -> Any:
        """`norm.key(text)`, remembered: a pure function of the keyed string (ages, codes
        and names repeat across rows and documents)."""
        keys = self.keys
        k = keys.get(text)
        if k is None:
            k = self.norm.key(text)
            if len(keys) >= MEMO_SIZE:
                keys.clear()
            keys[text] = k
        return k

    def is_content(self, text: str) -> bool:
        """A keyed value, not a marker and not a no-value word such as `N/A`."""
        if state_of(text) != VALUE:
            return False
        return self.minor is None or not self.minor.is_no_value(self.norm.value_key(text))

    def minor_kind(self, texts: list[str]) -> str | None:
        """Why keyed texts that disagree are the same content written differently, or None:
        every two of them must differ only in form (the highest kind is reported)."""
        rules = self.minor
        if rules is None:
            return None
        values: list[str | None] = []
        for t in texts:
            st = state_of(t)
            if st == ILLEGIBLE_STATE:
                return None
            # a value's key is `norm.key` (remembered: `compare2` made it already)
            values.append(None if st == NOTHING else self.key(t))
        found = -1
        for i in range(len(values)):
            for j in range(i + 1, len(values)):
                if values[i] == values[j]:
                    continue
                kind = rules.kind(values[i], values[j])
                if kind is None:
                    return None
                found = max(found, MINOR_KINDS.index(kind))
        return MINOR_KINDS[found] if found >= 0 else None

    def not_keyed(self, texts: list[str]) -> bool:
        """A required field, or a cell of a required column in partner rows, that no pass
        keyed at all (not even as blank on paper)."""
        return self.required and not "".join(texts).strip()  # every text empty or spaces

    # --- identical values (the fast path's results, built on demand) --------------------

    def identical_value(self, raw: Any) -> str:
        """The normalized text of a value every pass keyed identically. A pure function of
        the keyed string, so it is remembered (codes, dates and numbers repeat a lot)."""
        if type(raw) is not str:
            return self.norm.display_one(as_text(raw))
        memo = self.memo
        value = memo.get(raw)
        if value is None:
            # a text that is its own normalized value (form numbers, amounts, dates unique
            # in a batch) is given back without the policy's normalizing calls
            norm = self.norm
            value = raw if norm.canonical(raw) is not None else norm.display_one(raw)
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            memo[raw] = value
        return value

    def identical_reason(self, raw: Any, passes: int) -> str:
        """The explanation of a value every pass keyed identically, remembered like the
        value (the plan's `explanations` look the memo up first)."""
        if type(raw) is not str:
            return self._identical_reason(raw, passes)
        memo = self.why[passes - 2]
        why = memo.get(raw)
        if why is None:
            why = self._identical_reason(raw, passes)
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            memo[raw] = why
        return why

    def _identical_reason(self, raw: Any, passes: int) -> str:
        text = as_text(raw).strip()
        every = "both" if passes == 2 else "all"
        if not text:
            return empty_reason(self.norm, passes)
        if text == ILLEGIBLE:
            return f"{every} illegible"
        if text == BLANK_ON_PAPER:
            return f"{every} blank on paper"
        return "identical"

    def finish(self, decided: Any) -> Any:
        return resolve_value(decided)

    # --- deciding -----------------------------------------------------------------------

    def agreed(self, texts: list[str]) -> tuple[str, str]:
        """(value, explanation) of texts whose keys are equal."""
        if texts and all_same(texts):
            return self.identical_value(texts[0]), self.identical_reason(texts[0], len(texts))
        # Keyed differently yet equal (`007` and `7`, `m` and `M`): the same pairs come
        # back across documents, so the pair's value and explanation are remembered too.
        pair = tuple(texts)
        memo = self.equal
        done = memo.get(pair)
        if done is None:
            done = self.norm.display(texts), why_equal(self.norm, texts)
            if len(memo) >= EQUAL_SIZE:
                memo.clear()
            memo[pair] = done
        return done

    def compare(
        self,
        texts: list[str],
        out: Collector,
        field: str,
        key: str,
        rows: tuple[int | None, ...] = (None, None, None),
    ) -> Any:
        """Decide one field or cell; record reasons and discrepancies under `key`.

        Returns the agreed value (a `Pending` until read), or None when disputed.
        """
        if len(texts) == 2:
            return self.compare2(texts[0], texts[1], out, field, key, rows)
        norm = self.norm
        ks = [self.key(t) for t in texts]
        column = None if key == field else self.name
        if self.not_keyed(texts):
            return self.record_not_keyed(len(texts), out, field, key, rows)
        ka, kb, kc = ks
        if ka == kb == kc:
            pending = Pending(self, texts)
            out.reasons[key] = pending
            return pending
        for i, j, odd in ((0, 1, 2), (0, 2, 1), (1, 2, 0)):
            if ks[i] == ks[j]:
                if state_of(texts[i]) == NOTHING and self.is_content(texts[odd]):
                    d = self._lone_value(texts, odd, field, column, rows)
                    out.discrepancies.append(d)
                    out.reasons[key] = f"discrepancy: {d.kind}"
                    return None
                value, _ = self.agreed([texts[i], texts[j]])
                out.reasons[key] = (
                    f"2 of 3 ({PASS_NAMES[i]}, {PASS_NAMES[j]}); {PASS_NAMES[odd]} keyed "
                    f"{quote(norm.shown(texts[odd]))}"
                )
                out.dissent[key] = [PASS_NAMES[odd].lower()]
                return value
        d = self._discrepancy(texts[0], texts[1], field, column, rows)
        d.c = norm.shown(texts[2])
        d.row_c = rows[2] if column is not None else None
        d.passes = ["a", "b", "c"]
        d.explanation += f"; C keyed {quote(d.c)}: no two passes agree"
        if d.minor_of is not None:
            d.minor_of = (self, texts)
        out.discrepancies.append(d)
        out.reasons[key] = f"discrepancy: {d.kind}"
        return None

    def compare2(
        self,
        ta: str,
        tb: str,
        out: Collector,
        field: str,
        key: str,
        rows: tuple[int | None, ...] = (None, None, None),
    ) -> Any:
        """`compare([ta, tb], ...)`: two passes' keyed texts, which differ."""
        keys = self.keys
        ka = keys.get(ta)
        if ka is None:
            ka = self.key(ta)
        kb = keys.get(tb)
        if kb is None:
            kb = self.key(tb)
        if self.required and not ta.strip() and not tb.strip():  # `not_keyed`
            return self.record_not_keyed(2, out, field, key, rows)
        if ka == kb:
            pending = Pending(self, [ta, tb])
            out.reasons[key] = pending
            return pending
        # described when first read (`unclassified.py`)
        d = Unclassified(self, ta, tb, field, None if key == field else self.name, rows)
        out.discrepancies.append(d)
        out.reasons[key] = KindReason(d)
        return None

    def record_not_keyed(
        self,
        passes: int,
        out: Collector,
        field: str,
        key: str,
        rows: tuple[int | None, ...] = (None, None, None),
    ) -> None:
        """A required field left empty by every pass: a discrepancy, never agreement."""
        column = None if key == field else self.name
        every = "both passes" if passes == 2 else "all three passes"
        d = Discrepancy(
            field,
            rows[0] if column is not None else None,
            rows[1] if column is not None else None,
            column,
            "",
            "",
            "not_keyed",
            0.0,
            [],
            [],
            f"a required field {every} left empty (not even marked blank on paper)",
        )
        if passes == 3:
            d.c, d.row_c, d.passes = "", rows[2] if column is not None else None, ["a", "b", "c"]
        out.discrepancies.append(d)
        out.reasons[key] = "discrepancy: not_keyed"
        return None

    def _lone_value(
        self,
        texts: list[str],
        odd: int,
        field: str,
        column: str | None,
        rows: tuple[int | None, ...],
    ) -> Discrepancy:
        """Two passes empty, the third keyed content: omission is the commonest keying
        error, so two blanks never outvote a keyed value."""
        shown = [self.norm.shown(t) for t in texts]
        spans = [[[0, len(v)]] if i == odd and v else [] for i, v in enumerate(shown)]
        others = [PASS_NAMES[k] for k in range(3) if k != odd]
        d = Discrepancy(
            field,
            rows[0] if column is not None else None,
            rows[1] if column is not None else None,
            column,
            shown[0],
            shown[1],
            "lone_value",
            0.0,
            spans[0],
            spans[1],
            f"{PASS_NAMES[odd]} keyed {quote(shown[odd])}; {others[0]} and {others[1]} "
            "keyed nothing: two blanks do not outvote a keyed value",
        )
        d.c = shown[2]
        d.row_c = rows[2] if column is not None else None
        d.passes = ["a", "b", "c"]
        return d

    def describe(self, ta: str, tb: str) -> tuple[str, str, str, float, Any, Any, str]:
        """(a, b, kind, similarity, spans_a, spans_b, explanation) of two keyed texts that
        disagree (`classify_values`). Remembered per pair of texts; the spans are given as
        new lists each time (a description's lists are its own)."""
        pair = (ta, tb)
        memo = self.described
        done = memo.get(pair)
        if done is None:
            done = self._describe(ta, tb)
            if len(memo) >= DESCRIBED_SIZE:
                memo.clear()
            memo[pair] = done
        a, b, kind, sim, spans_a, spans_b, expl = done
        return a, b, kind, sim, _copy(spans_a), _copy(spans_b), expl

    def _describe(self, ta: str, tb: str) -> tuple[str, str, str, float, Any, Any, str]:
        a, b, kind, sim, spans_a, spans_b, expl = classify_values(self.norm, ta, tb)
        if kind == "missing_value" and self.required:
            empty = ta if state_of(ta) == NOTHING else tb
            if not empty.strip():
                expl += " (a required field left empty)"
        return a, b, kind, sim, spans_a, spans_b, expl

    def _discrepancy(
        self, ta: str, tb: str, field: str, column: str | None, rows: tuple[int | None, ...]
    ) -> Discrepancy:
        a, b, kind, sim, spans_a, spans_b, expl = self.describe(ta, tb)
        return Discrepancy(
            field,
            rows[0] if column is not None else None,
            rows[1] if column is not None else None,
            column,
            a,
            b,
            kind,
            sim,
            spans_a,
            spans_b,
            expl,
            minor_of=None if self.minor is None else (self, [ta, tb]),
        )


def _copy(spans: list[list[int]]) -> list[list[int]]:
    """New lists of the same spans (`Cell.describe`'s remembered ones stay unshared)."""
    return [span[:] for span in spans]
