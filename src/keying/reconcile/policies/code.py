"""`code`: the code a value is (a choice code, Y/N of a yes/no field), letter case ignored;
text that is no code is compared casefolded. Two different codes are `different`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from keying.reconcile.policies._base import Classified, Policy, Spans, collapse

if TYPE_CHECKING:
    from collections.abc import Callable

    from keying.forms.compiled import FieldLike
    from keying.reconcile.normalize import Normalizer

CODE, TEXT = "\x00code", "\x00text"


class Code(Policy):
    name = "code"
    description = "the choice code or yes/no value, letter case ignored"

    def prepare(self, field: FieldLike) -> Callable[[str], str | None] | None:
        return field.kind.code_reader(field)

    def key(self, norm: Normalizer, raw: str) -> Any:
        folded = collapse(raw).casefold()
        reader = norm.data
        if reader is not None:
            code = reader(folded)
            if code is not None:
                return (CODE, code)
        return (TEXT, folded)

    def display(self, norm: Normalizer, raws: list[str]) -> str:
        key = self.key(norm, raws[0])
        if key[0] == CODE:
            return str(key[1])
        return min(collapse(r) for r in raws)

    def reasons(self, norm: Normalizer, texts: list[str]) -> list[str]:
        return ["letter case"]

    def classify(
        self, norm: Normalizer, a: str, b: str, spans_a: Spans, spans_b: Spans, sim: float
    ) -> Classified | None:
        return "different", sim, spans_a, spans_b, f"different codes: {a} ≠ {b}"


POLICY = Code()
