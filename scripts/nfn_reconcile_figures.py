"""Figures of the reconciler on real volunteer transcriptions: a Notes from Nature export
(`expandedNfN_*.csv`, e.g. the one in the history of the label_reconciliations repository).

    .venv/bin/python scripts/nfn_reconcile_figures.py EXPORT.csv [--two] [--show]

Passes A, B, C = the first three transcriptions of each subject (by time); `--two` reconciles
the pairs A-B, A-C, B-C instead. The form is built from the export (choice codes and labels
as seen). "Same content" is judged by an independent, generous oracle (`loose`). Prints
figures; `--show` also prints the flagged values. The volunteers' user names, which the
export holds, are never read.
"""

from __future__ import annotations

import collections
import csv
import re
import sys
import unicodedata
from typing import Any

from keying.forms import FormDefinition, parse_form
from keying.reconcile import reconcile
from keying.reconcile.minor import DEFAULT_ABBREVIATIONS, DEFAULT_NO_VALUE_WORDS, no_value_key

COLS = {
    "country": "T1_value_1",
    "state": "T1_value_2",
    "county": "T1_value_3",
    "scientific_name": "T2_value",
    "locality": "T3_value",
    "habitat": "T4_value",
    "collector": "T6_value",
    "collector_number": "T7_value",
    "month": "T8_value_1",
    "day": "T9_value_1",
    "year": "T10_value_1",
}
TEXTS = ("scientific_name", "locality", "habitat", "collector", "collector_number")
ABBR = {w: s for s, ws in DEFAULT_ABBREVIATIONS.items() for w in ws}
NO_VALUE = {no_value_key(w) for w in DEFAULT_NO_VALUE_WORDS}


def make_form(rows: list[dict[str, str]]) -> FormDefinition:
    choices: dict[str, dict[str, str]] = {"country": {}, "state": {}, "county": {}}
    for r in rows:
        for i, name in enumerate(choices, start=1):
            code = r[f"T1_value_{i}"].strip()
            if code:
                choices[name][code] = r[f"T1_label_{i}"].strip().replace('"', "'") or code

    def codes(name: str) -> str:
        return "{" + ", ".join(f'"{k}": "{v}"' for k, v in sorted(choices[name].items())) + "}"

    return parse_form(
        f"""
form: nfn_label
title: Herbarium label (Notes from Nature export)
version: 1
fields:
  - {{name: country, label: Country, type: choice, choices: {codes("country")}}}
  - {{name: state, label: State, type: choice, choices: {codes("state")}}}
  - {{name: county, label: County, type: choice, choices: {codes("county")}}}
  - {{name: scientific_name, label: Scientific name, type: text, compare: name}}
  - {{name: locality, label: Location, type: text}}
  - {{name: habitat, label: Habitat, type: text, required: false}}
  - {{name: collector, label: Collected by, type: text, compare: name}}
  - {{name: collector_number, label: Collector number, type: text}}
  - {{name: month, label: Month, type: integer, required: false}}
  - {{name: day, label: Day, type: integer, required: false}}
  - {{name: year, label: Year, type: integer, required: false}}
""",
        "<nfn>",
    )


def loose(value: str, names: bool = False) -> str:
    """A generous 'same content' oracle, independent of keying.reconcile.minor: NFC, lower
    case, runs of letters and of digits, abbreviations folded, `and`/`&` dropped between names;
    no-value words count as nothing."""
    v = unicodedata.normalize("NFC", value or "").strip()
    if v in ("", "[blank]") or no_value_key(v) in NO_VALUE:
        return ""
    words = re.findall(r"[^\W\d_]+|\d+", v.lower().replace("&", " and "))
    return " ".join(ABBR.get(w, w) for w in words if w != "and" or not names)


def main(argv: list[str]) -> int:
    path, two, show = argv[1], "--two" in argv, "--show" in argv
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    form = make_form(rows)
    by: dict[str, list[dict[str, str]]] = collections.defaultdict(list)
    for r in rows:
        by[r["subject_ids"]].append(r)
    runs: list[tuple[list[dict[str, str]], Any]] = []
    for rs in by.values():
        if len(rs) < 3:
            continue
        rs.sort(key=lambda r: (r["created_at"], r["classification_id"]))
        a, b, c = ({f: r[col] for f, col in COLS.items()} for r in rs[:3])
        if two:
            runs += [([x, y], reconcile(form, x, y)) for x, y in ((a, b), (a, c), (b, c))]
        else:
            runs.append(([a, b, c], reconcile(form, a, b, c)))
    flags = minor = lone = outvoted = same = same_minor = 0
    kinds: collections.Counter[tuple[str, str, str | None]] = collections.Counter()
    real_minor: list[list[str]] = []
    shown: dict[str, list[list[str]]] = collections.defaultdict(list)
    for keyings, res in runs:
        if not two:
            for f in TEXTS:
                vals = [k[f].strip() for k in keyings]
                content = [v for v in vals if loose(v)]
                empty = [v for v in vals if v in ("", "[blank]")]
                if len(content) == 1 and len(empty) == 2 and res.values[f] is not None:
                    outvoted += 1
        for d in res.discrepancies:
            flags += 1
            kinds[(d.kind, d.severity, d.minor_kind)] += 1
            lone += d.kind == "lone_value"
            is_minor = d.severity == "minor"
            minor += is_minor
            if d.field not in TEXTS or d.kind == "not_keyed":
                continue
            vals = [d.a or "", d.b or ""] + ([] if two else [d.c or ""])
            if len({loose(v, d.field == "collector") for v in vals}) == 1:
                same += 1
                same_minor += is_minor
                if not is_minor:
                    shown["same content, material"].append(vals)
            elif is_minor:
                real_minor.append(vals)
            if is_minor:
                shown[str(d.minor_kind)].append(vals)
    print(f"passes: {'A-B, A-C, B-C' if two else 'A, B, C'}; runs: {len(runs)}")
    print(f"flags: {flags}; minor: {minor} ({100 * minor / max(flags, 1):.1f} %)")
    print(f"lone_value flags: {lone}; keyed values outvoted by two blanks: {outvoted}")
    print(
        f"same-content flags (oracle) in text fields: {same}; minor: {same_minor} "
        f"({100 * same_minor / max(same, 1):.1f} %)"
    )
    print(f"minor flags the oracle calls a real difference: {len(real_minor)}")
    for key, n in sorted(kinds.items(), key=str):
        print("  ", key, n)
    if show:
        shown["minor, oracle says different"] = real_minor
        for title, pairs in shown.items():
            print("=====", title, len(pairs))
            for vals in pairs:
                print("   ", " | ".join(repr(v)[:70] for v in vals))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
