"""Date formats as written in form definitions (`DD/MM/YYYY`, `YYYY-MM-DD`, `DD-MMM-YY`).

Tokens: `DD`/`D` day, `MM`/`M` month, `MMM` month abbreviation (Jan..Dec), `YYYY` year,
`YY` two-digit year, read by a `TwoDigitYears` rule (default: pivot 70, so 00-69 → 2000s and
70-99 → 1900s; a form or field may set another pivot or a fixed century). Anything else is a
literal separator. Keyed days and months may omit the zero padding (`3/4/2021` fits
`DD/MM/YYYY`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from keying.forms.wording import QT_TRANSLATE_NOOP, say

_TOKENS = ("YYYY", "MMM", "YY", "DD", "MM", "D", "M")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# The months by name, in the messages about an impossible date (spoken by the station).
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("keying", "January"),
    QT_TRANSLATE_NOOP("keying", "February"),
    QT_TRANSLATE_NOOP("keying", "March"),
    QT_TRANSLATE_NOOP("keying", "April"),
    QT_TRANSLATE_NOOP("keying", "May"),
    QT_TRANSLATE_NOOP("keying", "June"),
    QT_TRANSLATE_NOOP("keying", "July"),
    QT_TRANSLATE_NOOP("keying", "August"),
    QT_TRANSLATE_NOOP("keying", "September"),
    QT_TRANSLATE_NOOP("keying", "October"),
    QT_TRANSLATE_NOOP("keying", "November"),
    QT_TRANSLATE_NOOP("keying", "December"),
)
_GROUP = {
    "YYYY": r"(?P<Y>\d{4})",
    "YY": r"(?P<y>\d{2})",
    "DD": r"(?P<d>\d{1,2})",
    "D": r"(?P<d>\d{1,2})",
    "MM": r"(?P<m>\d{1,2})",
    "M": r"(?P<m>\d{1,2})",
    "MMM": r"(?P<b>[A-Za-z]{3})",
}


DEFAULT_PIVOT = 70


@dataclass(frozen=True)
class TwoDigitYears:
    """How a two-digit year (`YY`) becomes a year.

    `century` set: every `YY` is in that century (`century=1900`: `31` → 1931). Otherwise
    `YY` below `pivot` is in the 2000s and the rest in the 1900s (pivot 70: `69` → 2069,
    `70` → 1970; pivot 30: `31` → 1931; pivot 0: always 1900s; pivot 100: always 2000s).
    """

    pivot: int = DEFAULT_PIVOT
    century: int | None = None

    def year(self, yy: int) -> int:
        if self.century is not None:
            return self.century + yy
        return 2000 + yy if yy < self.pivot else 1900 + yy


DEFAULT_YEARS = TwoDigitYears()


@dataclass(frozen=True)
class DateFormat:
    text: str
    regex: re.Pattern[str]
    years: TwoDigitYears = DEFAULT_YEARS

    def parse(self, value: str) -> date | None:
        m = self.regex.fullmatch(value.strip())
        if m is None:
            return None
        parts = m.groupdict()
        year = int(parts["Y"]) if parts.get("Y") else self.years.year(int(parts["y"]))
        if parts.get("b"):
            abbrev = parts["b"].casefold()
            if abbrev not in MONTHS:
                return None
            month = MONTHS.index(abbrev) + 1
        else:
            month = int(parts["m"])
        try:
            return date(year, month, int(parts["d"]))
        except ValueError:
            return None

    def impossible(self, value: str) -> str | None:
        """Written in this format, but no such date: which part is impossible, in words
        ("February 1990 has no day 31"); None when it is not written so, or is a date."""
        m = self.regex.fullmatch(value.strip())
        if m is None:
            return None
        parts = m.groupdict()
        year = int(parts["Y"]) if parts.get("Y") else self.years.year(int(parts["y"]))
        if parts.get("b"):
            if parts["b"].casefold() not in MONTHS:
                return say(QT_TRANSLATE_NOOP("keying", "{0} is not a month"), parts["b"])
            month = MONTHS.index(parts["b"].casefold()) + 1
        else:
            month = int(parts["m"])
        if not 1 <= month <= 12:
            return say(QT_TRANSLATE_NOOP("keying", "there is no month {0}"), month)
        day = int(parts["d"])
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            month_name = say(MONTH_NAMES[month - 1])
            return say(QT_TRANSLATE_NOOP("keying", "{0} {1} has no day {2}"), month_name, year, day)
        return None

    def format(self, value: date) -> str:
        """The date as this format writes it (`D` and `M` without zero padding)."""
        d, m, y = value.day, value.month, value.year
        return "".join(piece if write is None else write(d, m, y) for piece, write in self.pieces)

    @cached_property
    def pieces(self) -> tuple[tuple[str, Callable[[int, int, int], str] | None], ...]:
        """The format split once into tokens (with their writers) and literal text."""
        out: list[tuple[str, Callable[[int, int, int], str] | None]] = []
        i = 0
        while i < len(self.text):
            token = next((t for t in _TOKENS if self.text.startswith(t, i)), None)
            if token is None:
                out.append((self.text[i], None))
                i += 1
            else:
                out.append((token, _WRITE[token]))
                i += len(token)
        return tuple(out)


_WRITE: dict[str, Callable[[int, int, int], str]] = {
    "YYYY": lambda d, m, y: f"{y:04d}",
    "MMM": lambda d, m, y: MONTHS[m - 1].title(),
    "YY": lambda d, m, y: f"{y % 100:02d}",
    "DD": lambda d, m, y: f"{d:02d}",
    "MM": lambda d, m, y: f"{m:02d}",
    "D": lambda d, m, y: str(d),
    "M": lambda d, m, y: str(m),
}


def parse_in_formats(text: str, formats: tuple[DateFormat, ...]) -> tuple[int, date] | None:
    """(index of the first format the text fits, the date), or None."""
    for i, fmt in enumerate(formats):
        parsed = fmt.parse(text)
        if parsed is not None:
            return i, parsed
    return None


def parse_format(text: str, years: TwoDigitYears = DEFAULT_YEARS) -> DateFormat:
    """Compile a format; raise ValueError if it lacks a day, a month or a year.

    `years` reads a two-digit year (`YY`); formats with `YYYY` never use it."""
    pattern = []
    seen: set[str] = set()
    i = 0
    while i < len(text):
        for token in _TOKENS:
            if text.startswith(token, i):
                kind = {"YYYY": "Y", "YY": "Y", "MMM": "M", "MM": "M", "M": "M"}.get(token, "D")
                if kind in seen:
                    raise ValueError(f"date format {text!r} names the {token} part twice")
                seen.add(kind)
                pattern.append(_GROUP[token])
                i += len(token)
                break
        else:
            pattern.append(re.escape(text[i]))
            i += 1
    if seen != {"D", "M", "Y"}:
        raise ValueError(f"date format {text!r} needs a day (DD), a month (MM) and a year (YYYY)")
    return DateFormat(text, re.compile("".join(pattern), re.IGNORECASE), years)
