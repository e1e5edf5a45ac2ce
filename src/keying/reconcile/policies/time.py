"""`time`: the time of day, whatever padding was keyed (`9:05` = `09:05`); agreed values are
written `HH:MM`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from keying.forms.types.time import format_time, parse_time
from keying.reconcile.policies._base import Policy, collapse, nfc

if TYPE_CHECKING:
    from keying.reconcile.normalize import Normalizer


class Time(Policy):
    name = "time"
    noun = "times"
    description = "the time of day, whatever zero padding was keyed"

    def key(self, norm: Normalizer, raw: str) -> Any:
        value = parse_time(nfc(raw))
        return collapse(raw) if value is None else value

    def display(self, norm: Normalizer, raws: list[str]) -> str:
        value = parse_time(nfc(raws[0]))
        return collapse(raws[0]) if value is None else format_time(value)

    def reasons(self, norm: Normalizer, texts: list[str]) -> list[str]:
        return ["zero padding of the time"]

    def parsed_text(self, norm: Normalizer, raw: str) -> str | None:
        value = parse_time(nfc(raw))
        return None if value is None else format_time(value)


POLICY = Time()
