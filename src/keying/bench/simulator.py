"""A simulated double keying, to measure the reconciler (used by `keying bench` and tests).

Ground truth: household surveys of ~26 fields and a members table of 1–7 rows (names in
Khmer, Lao, accented Latin and Kenyan forms from `keying.demo.values`, dates, amounts,
codes). Each keyer copies the truth independently and

- makes an error in ~1% of fields and cells: a neighbouring-key substitution, a
  transposition, a deletion, an insertion, a doubled key, a wrong code, `[illegible]`, or
  skips a whole table row (errors that happen to leave the value materially unchanged, such
  as dropping a trailing zero of an amount, are drawn again);
- keys a benign variant in ~3% of fields and cells: extra spaces, NFD instead of NFC, zero
  padding, an unpadded date, a code in lower case;
- writes ~0.5% of text and name fields and cells in another form (upper or lower case, a
  period added at the end): a disagreement to flag, which the reconciler marks minor.

`material_equal` is the oracle: it decides with `keying.forms.check_value` (typed values)
and plain string rules, independently of the reconciler's normalizers, whether two keyed
values mean the same thing. `expected_items` lists the disagreements a reconciler must
flag; `score` compares that with what a reconciliation flagged.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from keying.bench.sim_mistakes import habits, make_benign, make_error, make_form_variant
from keying.demo.values import LOCALES, person_name
from keying.forms import (
    BLANK_ON_PAPER,
    ILLEGIBLE,
    FieldDef,
    FormDefinition,
    check_value,
    parse_form,
)

SURVEY_YAML = """
form: sim_survey
title: Simulated household survey
version: 1
fields:
  - {name: form_no, label: Form number, type: text, pattern: "^[A-Z]{2}-[0-9]{6}$", compare: exact}
  - {name: visit_date, label: Date of visit, type: date, format: DD/MM/YYYY}
  - {name: enumerator_id, label: Enumerator, type: text, required: false, compare: exact}
  - {name: head_name, label: Head of household, type: text, compare: name}
  - {name: respondent_name, label: Respondent, type: text, compare: name}
  - {name: village, label: Village, type: text, compare: name}
  - {name: district, label: District, type: text, compare: name}
  - {name: address, label: Address, type: text, compare: text}
  - {name: household_size, label: Persons, type: integer}
  - {name: respondent_age, label: Respondent age, type: integer}
  - {name: head_birth_date, label: Head born, type: date, format: [DD/MM/YYYY, DD-MMM-YY]}
  - {name: monthly_income, label: Income, type: decimal}
  - {name: rent, label: Rent, type: decimal, required: false}
  - {name: land_area, label: Land (ha), type: decimal, required: false}
  - {name: livestock, label: Livestock, type: integer, required: false}
  - {name: children_in_school, label: Children in school, type: integer}
  - {name: has_electricity, label: Electricity, type: choice, choices: {Y: "Yes", N: "No"}}
  - {name: water_source, label: Water, type: choice,
     choices: {PIPE: Piped, WELL: Well, RAIN: Rain, RIVER: River, BOTTLE: Bottled}}
  - {name: toilet, label: Toilet, type: choice, choices: {FLUSH: Flush, PIT: Pit, NONE: None}}
  - {name: roof, label: Roof, type: choice, choices: {TILE: Tile, METAL: Metal, THATCH: Thatch}}
  - {name: floor, label: Floor, type: choice, choices: {EARTH: Earth, WOOD: Wood, CEMENT: Cement}}
  - {name: cooking_fuel, label: Fuel, type: choice,
     choices: {WOOD: Wood, GAS: Gas, CHARCOAL: Charcoal}}
  - {name: bank_account, label: Bank account, type: choice, choices: {Y: "Yes", N: "No"}}
  - {name: mobile_money, label: Mobile money, type: choice, choices: {Y: "Yes", N: "No"}}
  - {name: phone, label: Phone, type: text, required: false, compare: exact}
  - {name: remarks, label: Remarks, type: text, required: false, compare: text}
  - name: members
    label: Members
    type: table
    columns:
      - {name: name, label: Name, type: text, compare: name}
      - {name: age, label: Age, type: integer}
      - {name: sex, label: Sex, type: choice, choices: {M: Male, F: Female}}
"""

_FORM: FormDefinition | None = None


def survey_form() -> FormDefinition:
    global _FORM
    if _FORM is None:
        _FORM = parse_form(SURVEY_YAML, "<simulator>")
    return _FORM


# --- ground truth ------------------------------------------------------------------------

DISTRICTS = ("Kampong Cham", "Xaysetha", "Nyeri Central", "Hội An", "Peñalolén", "Bokeo")
STREETS = ("Street 271, house 14", "Ban Phonxay, unit 3", "Kiambu Rd, plot 12", "Calle Ñuñoa 42")


def _date(rng: random.Random, low: date, high: date) -> date:
    return low + timedelta(days=rng.randrange((high - low).days + 1))


def truth(rng: random.Random) -> dict[str, Any]:
    form = survey_form()
    locale = rng.choice(sorted(LOCALES))
    loc = LOCALES[locale]
    family = rng.choice(loc["family"])
    n = rng.randint(1, 7)
    givens = rng.sample(loc["given"], min(n, len(loc["given"])))
    members = [
        {
            "name": person_name(rng, locale, family if k != 1 else None, g),
            "age": str(rng.randint(25, 70) if k < 2 else rng.randint(0, 24)),
            "sex": rng.choice("MF"),
        }
        for k, g in enumerate(givens)
    ]
    birth = _date(rng, date(1940, 1, 1), date(2000, 12, 31))
    money = rng.randint(500, 250000)
    return {
        "form_no": f"{loc['prefix']}-{rng.randrange(1, 999999):06d}",
        "visit_date": form.field("visit_date")
        .date_formats[0]
        .format(_date(rng, date(2024, 1, 1), date(2026, 6, 30))),
        "enumerator_id": f"E{rng.randrange(1, 999):03d}" if rng.random() < 0.8 else "",
        "head_name": members[0]["name"],
        "respondent_name": rng.choice(members)["name"],
        "village": rng.choice(loc["villages"]),
        "district": rng.choice(DISTRICTS),
        "address": rng.choice(STREETS),
        "household_size": str(len(members)),
        "respondent_age": str(rng.randint(18, 80)),
        "head_birth_date": rng.choice(form.field("head_birth_date").date_formats).format(birth),
        "monthly_income": f"{money // 100}.{money % 100:02d}",
        "rent": f"{rng.randint(10, 400)}.00" if rng.random() < 0.5 else "",
        "land_area": f"{rng.uniform(0.1, 12):.2f}" if rng.random() < 0.6 else BLANK_ON_PAPER,
        "livestock": str(rng.randint(0, 40)) if rng.random() < 0.7 else "",
        "children_in_school": str(rng.randint(0, 5)),
        "has_electricity": rng.choice("YN"),
        "water_source": rng.choice(("PIPE", "WELL", "RAIN", "RIVER", "BOTTLE")),
        "toilet": rng.choice(("FLUSH", "PIT", "NONE")),
        "roof": rng.choice(("TILE", "METAL", "THATCH")),
        "floor": rng.choice(("EARTH", "WOOD", "CEMENT")),
        "cooking_fuel": rng.choice(("WOOD", "GAS", "CHARCOAL")),
        "bank_account": rng.choice("YN"),
        "mobile_money": rng.choice("YN"),
        "phone": loc["phone"].format(
            a=rng.randrange(10, 99), b=rng.randrange(100, 999), c=rng.randrange(100, 999)
        )
        if rng.random() < 0.6
        else "",
        "remarks": rng.choice(loc["remarks"]) if rng.random() < 0.3 else "",
        "members": members,
    }


# --- the oracle --------------------------------------------------------------------------


def _nothing(text: str) -> bool:
    return text.strip() in ("", BLANK_ON_PAPER)


def material_equal(fd: FieldDef, x: str, y: str) -> bool:
    """Do two keyed values of `fd` mean the same thing? (independent of keying.reconcile)"""
    if x == y:
        return True
    if _nothing(x) or _nothing(y):
        return _nothing(x) and _nothing(y)
    if ILLEGIBLE in (x.strip(), y.strip()):
        return x.strip() == y.strip()
    cx, cy = check_value(fd, x), check_value(fd, y)  # typed values (text: NFC, trimmed)
    if cx.value is not None and cy.value is not None:
        if cx.value == cy.value:
            return True
        if not fd.kind.free_text:
            return False  # two different numbers, dates, codes ...
    nx = unicodedata.normalize("NFC", x).strip()
    ny = unicodedata.normalize("NFC", y).strip()
    if habits(fd).spaces_count:
        return nx == ny
    return nx.split() == ny.split()


# --- keyers ------------------------------------------------------------------------------


@dataclass
class Keying:
    values: dict[str, Any]
    origin: dict[str, list[int]] = field(default_factory=dict)  # table → truth row per row
    errors: int = 0
    benign: int = 0
    forms: int = 0  # same content in another form (case, a final period)


P_FORM = 0.005


def _key_value(
    rng: random.Random,
    fd: FieldDef,
    value: str,
    k: Keying,
    p_err: float,
    p_benign: float,
    p_form: float = 0.0,
) -> str:
    r = rng.random()
    if r < p_err:
        for _ in range(10):
            wrong = make_error(rng, fd, value)
            if not material_equal(fd, wrong, value):
                k.errors += 1
                return wrong
        return value
    if r < p_err + p_benign:
        variant = make_benign(rng, fd, value)
        if variant != value and material_equal(fd, variant, value):
            k.benign += 1
            return variant
        return value
    if r < p_err + p_benign + p_form and habits(fd).forms:
        variant = make_form_variant(rng, value)
        if variant != value:
            k.forms += 1
            return variant
    return value


def key(
    rng: random.Random,
    form: FormDefinition,
    true: dict[str, Any],
    p_err: float = 0.01,
    p_benign: float = 0.03,
    p_form: float = 0.0,
) -> Keying:
    k = Keying({})
    for fd in form.fields:
        value = true.get(fd.name, "")
        if not fd.is_table:
            k.values[fd.name] = _key_value(rng, fd, value, k, p_err, p_benign, p_form)
            continue
        rows, origin = [], []
        for t, row in enumerate(value):
            if len(value) > 1 and rng.random() < p_err:
                k.errors += 1
                continue  # skipped row
            rows.append(
                {
                    c.name: _key_value(rng, c, row[c.name], k, p_err, p_benign, p_form)
                    for c in fd.columns or []
                }
            )
            origin.append(t)
        k.values[fd.name] = rows
        k.origin[fd.name] = origin
    return k


@dataclass
class SimDoc:
    document: str
    truth: dict[str, Any]
    a: Keying
    b: Keying


def simulate(
    n: int, seed: int = 1, p_err: float = 0.01, p_benign: float = 0.03, prefix: str = "S"
) -> list[SimDoc]:
    form = survey_form()
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        t = truth(rng)
        docs.append(
            SimDoc(
                f"{prefix}-{i + 1:06d}",
                t,
                key(rng, form, t, p_err, p_benign, P_FORM),
                key(rng, form, t, p_err, p_benign, P_FORM),
            )
        )
    return docs


# --- scoring -----------------------------------------------------------------------------

Item = tuple[str, int | None, str | None]  # field, truth row, column (None: whole row)


def expected_items(form: FormDefinition, doc: SimDoc) -> set[Item]:
    """The material disagreements between the two keyings, in truth coordinates."""
    items: set[Item] = set()
    a, b = doc.a, doc.b
    for fd in form.fields:
        if not fd.is_table:
            if not material_equal(fd, a.values[fd.name], b.values[fd.name]):
                items.add((fd.name, None, None))
            continue
        rows_a = dict(zip(a.origin[fd.name], a.values[fd.name], strict=True))
        rows_b = dict(zip(b.origin[fd.name], b.values[fd.name], strict=True))
        for t in rows_a.keys() ^ rows_b.keys():
            items.add((fd.name, t, None))
        for t in rows_a.keys() & rows_b.keys():
            for col in fd.columns or []:
                if not material_equal(col, rows_a[t][col.name], rows_b[t][col.name]):
                    items.add((fd.name, t, col.name))
    return items


def score(form: FormDefinition, doc: SimDoc, discrepancies: list[Any]) -> tuple[int, int]:
    """(missed, false flags) of a reconciliation of `doc`, judged against the truth.

    Missed: an expected disagreement that no flag touches (a whole-row flag touches every
    cell of its row). False: a flag that no error explains: a field or cell flag where the
    values mean the same, a cell flag between rows that are not partners in truth, a row
    flag for a row that both passes keyed without any material difference.
    """
    expected = expected_items(form, doc)
    touched: set[Item] = set()
    false = 0
    for d in discrepancies:
        if d.row_a is None and d.row_b is None:
            item: Item = (d.field, None, None)
            touched.add(item)
            false += item not in expected
            continue
        oa, ob = doc.a.origin[d.field], doc.b.origin[d.field]
        if d.column is None:
            t = oa[d.row_a] if d.row_a is not None else ob[d.row_b]
            touched.add((d.field, t, None))
            explained = any(f == d.field and r == t for f, r, _ in expected)
            false += not explained
        elif oa[d.row_a] == ob[d.row_b]:
            item = (d.field, oa[d.row_a], d.column)
            touched.add(item)
            false += item not in expected
        else:
            touched.add((d.field, oa[d.row_a], None))
            touched.add((d.field, ob[d.row_b], None))
            false += 1
    missed = sum(
        1
        for f, r, c in expected
        if (f, r, c) not in touched and (r is None or (f, r, None) not in touched)
    )
    return missed, false


def positional_flags(form: FormDefinition, doc: SimDoc) -> tuple[int, int, int]:
    """A positional exact compare: (flags, flags no error explains, material misses)."""
    flags = false = 0
    found: set[Item] = set()
    a, b = doc.a, doc.b
    for fd in form.fields:
        if not fd.is_table:
            x, y = a.values[fd.name], b.values[fd.name]
            if x != y:
                flags += 1
                if material_equal(fd, x, y):
                    false += 1
                else:
                    found.add((fd.name, None, None))
            continue
        ra, rb = a.values[fd.name], b.values[fd.name]
        oa, ob = a.origin[fd.name], b.origin[fd.name]
        for i in range(max(len(ra), len(rb))):
            if i >= len(ra) or i >= len(rb):
                flags += 1
                t = oa[i] if i < len(ra) else ob[i]
                found.add((fd.name, t, None))
                continue
            for col in fd.columns or []:
                x, y = ra[i][col.name], rb[i][col.name]
                if x == y:
                    continue
                flags += 1
                if oa[i] != ob[i] or material_equal(col, x, y):
                    false += 1
                else:
                    found.add((fd.name, oa[i], col.name))
    missed = len(expected_items(form, doc) - found)
    return flags, false, missed


def write_jsonl(docs: list[SimDoc], path_a: str, path_b: str, shuffle_b: int | None = None) -> None:
    """Write the two keyings as JSONL files (B in random order if `shuffle_b` is a seed)."""
    import json

    order = list(range(len(docs)))
    if shuffle_b is not None:
        random.Random(shuffle_b).shuffle(order)
    with open(path_a, "w", encoding="utf-8") as fa:
        for d in docs:
            fa.write(
                json.dumps(
                    {"document": d.document, "keyer": "sim-a", "values": d.a.values},
                    ensure_ascii=False,
                )
                + "\n"
            )
    with open(path_b, "w", encoding="utf-8") as fb:
        for i in order:
            d = docs[i]
            fb.write(
                json.dumps(
                    {"document": d.document, "keyer": "sim-b", "values": d.b.values},
                    ensure_ascii=False,
                )
                + "\n"
            )


def write_form(path: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(SURVEY_YAML)
