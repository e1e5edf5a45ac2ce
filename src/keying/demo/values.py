"""True values for demo documents: realistic, deterministic for a seed, as keyed strings.

Each value is what an operator should key from the generated scan (the gold data). The
shipped forms get their own generators (names in Khmer, Lao, accented Latin and Kenyan
names; dates in the field's format; amounts; census members tables); any other form
definition gets values made from its field types, so a new form still gets a demo.
Fields hidden by their `show_if` get "" (nothing to key).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from keying.forms import FieldDef, FormDefinition, check_value, visible_fields

Values = dict[str, Any]  # field → str, table → list[dict[column, str]]

# --- names and places ------------------------------------------------------------------

KHMER_FAMILY = ("ចាន់", "សុខ", "ហេង", "លី", "ម៉ៅ", "កែវ", "ឈឹម", "ពៅ", "សៀង", "ញឹម")
KHMER_GIVEN = ("សុខា", "ដារ៉ា", "សុភ័ក្ត្រ", "វណ្ណា", "ស្រីមុំ", "សុផល", "រតនា", "បុប្ផា", "ចន្ថា", "វិចិត្រ")
LAO_FAMILY = ("ແກ້ວມະນີ", "ພົມມະຈັນ", "ສີສຸວັນ", "ວົງສະຫວັນ", "ອິນທະວົງ", "ແສງສຸລິຍາ", "ຈັນທະລາ")
LAO_GIVEN = ("ສົມພອນ", "ບຸນມີ", "ຄຳພອນ", "ວັນນາ", "ສຸກສະຫວັນ", "ແສງເດືອນ", "ນ້ອຍ", "ພອນສະຫວັນ")
LATIN_FAMILY = ("Martínez", "Nguyễn", "Trần", "Peña", "Gonçalves", "Müller", "Lê", "Ibáñez")
LATIN_GIVEN = ("José", "María", "Hoa", "Minh", "Luísa", "François", "Thảo", "Inés", "Ana", "Đức")
KENYAN_FAMILY = ("Wanjiru", "Otieno", "Kamau", "Mwangi", "Odhiambo", "Njeri", "Hassan", "Kiprono")
KENYAN_GIVEN = ("Amina", "Juma", "Wanjiku", "Baraka", "Achieng", "Zawadi", "Mwanaisha", "Kipchoge")

LOCALES: dict[str, dict[str, Any]] = {
    "khmer": {
        "family": KHMER_FAMILY,
        "given": KHMER_GIVEN,
        "family_first": True,
        "prefix": "KH",
        "villages": ("ភូមិថ្មី", "ព្រែកលៀប", "ស្វាយរៀង", "កំពង់ចាម", "តាខ្មៅ"),
        "phone": "+855 {a:02d} {b:03d} {c:03d}",
        "remarks": ("ម្ចាស់ផ្ទះធ្វើការនៅភ្នំពេញ", "ផ្ទះថ្មី", "Revisit: head away at work"),
    },
    "lao": {
        "family": LAO_FAMILY,
        "given": LAO_GIVEN,
        "family_first": False,
        "prefix": "LA",
        "villages": ("ບ້ານໂພນສະຫວ່າງ", "ບ້ານນາໄຊ", "ບ້ານຫ້ວຍຫົງ", "ບ້ານດອນກອຍ"),
        "phone": "+856 20 {b:03d} {c:03d}{a:02d}",
        "remarks": ("ຫົວໜ້າຄອບຄົວໄປເຮັດວຽກ", "Interview in Lao, translated"),
    },
    "latin": {
        "family": LATIN_FAMILY,
        "given": LATIN_GIVEN,
        "family_first": False,
        "prefix": "VN",
        "villages": ("Hội An", "San Martín", "Tân Phú", "Peñalolén", "São Bento"),
        "phone": "+84 {a:02d} {b:03d} {c:03d}",
        "remarks": ("Grandmother lives here half the year", "Dog at the gate", "Số nhà 12"),
    },
    "kenyan": {
        "family": KENYAN_FAMILY,
        "given": KENYAN_GIVEN,
        "family_first": False,
        "prefix": "KE",
        "villages": ("Kibera", "Nyeri", "Kakamega", "Malindi", "Kisumu Ndogo"),
        "phone": "+254 7{a:02d} {b:03d} {c:03d}",
        "remarks": ("Mama mboga at the market", "Two members away at school in Nairobi"),
    },
}


def person_name(
    rng: random.Random,
    locale: str | None = None,
    family: str | None = None,
    given: str | None = None,
) -> str:
    loc = LOCALES[locale or rng.choice(sorted(LOCALES))]
    family = family or rng.choice(loc["family"])
    given = given or rng.choice(loc["given"])
    return f"{family} {given}" if loc["family_first"] else f"{given} {family}"


def _date_between(rng: random.Random, low: date, high: date) -> date:
    return low + timedelta(days=rng.randrange((high - low).days + 1))


def _format_date(rng: random.Random, field: FieldDef, value: date) -> str:
    return rng.choice(field.date_formats).format(value)


def _money(rng: random.Random, low: float, high: float) -> str:
    return f"{rng.uniform(low, high):.2f}"


# --- shipped forms ---------------------------------------------------------------------


def _census(form: FormDefinition, rng: random.Random) -> Values:
    locale = rng.choice(sorted(LOCALES))
    loc = LOCALES[locale]
    family = rng.choice(loc["family"])
    rows = rng.randint(1, 7)
    givens = rng.sample(loc["given"], rows)  # nobody in a household shares a name
    head_age = rng.randint(22, 78)
    head_sex = rng.choice("MF")
    head = person_name(rng, locale, family, givens[0])
    members = [{"name": head, "age": str(head_age), "sex": head_sex}]
    if rows > 1:
        spouse_age = max(18, head_age + rng.randint(-8, 6))
        spouse_sex = "F" if head_sex == "M" else "M"
        members.append(
            {
                "name": person_name(rng, locale, None, givens[1]),
                "age": str(spouse_age),
                "sex": spouse_sex,
            }
        )
    for given in givens[len(members) :]:
        age = rng.randint(0, max(0, min(head_age - 16, 45)))
        name = person_name(rng, locale, family, given)
        members.append({"name": name, "age": str(age), "sex": rng.choice("MF")})
    visit = _date_between(rng, date(2024, 1, 8), date(2026, 6, 30))
    electricity = "Y" if rng.random() < 0.7 else "N"
    income = rng.choice((_money(rng, 40, 900), str(rng.randrange(50, 2500, 10))))
    a, b, c = rng.randrange(10, 99), rng.randrange(100, 999), rng.randrange(100, 999)
    return {
        "form_no": f"{loc['prefix']}-{rng.randrange(1, 999999):06d}",
        "visit_date": _format_date(rng, form.field("visit_date"), visit),
        "enumerator_id": f"E{rng.randrange(1, 999):03d}" if rng.random() < 0.8 else "",
        "head_name": members[0]["name"],
        "village": rng.choice(loc["villages"]),
        "household_size": str(rows),
        "monthly_income": income,
        "has_electricity": electricity,
        "electricity_source": rng.choice(("GRID", "GRID", "SOLAR", "GEN", "BATT")),
        "water_source": rng.choice(("PIPE", "WELL", "RAIN", "RIVER", "BOTTLE")),
        "phone": loc["phone"].format(a=a, b=b, c=c) if rng.random() < 0.6 else "",
        "members": members,
        "remarks": rng.choice(loc["remarks"]) if rng.random() < 0.35 else "",
    }


RECEIPT_SHOPS = (
    "SINAR HARAPAN TRADING",
    "KEDAI RUNCIT SRI MAJU",
    "GOLDEN LEAF STATIONERY SDN BHD",
    "RESTORAN SELERA KAMPUNG",
    "MAJU JAYA HARDWARE SDN BHD",
    "KEDAI MAKAN AH HOCK",
    "TOKO BUKU CAHAYA ILMU",
    "PASAR MINI BERKAT (M) SDN BHD",
)
RECEIPT_STREETS = (
    "JALAN MERANTI 3",
    "JALAN SS2/24",
    "JLN BUNGA RAYA",
    "JALAN KPB 6",
    "JALAN TUN RAZAK",
)
RECEIPT_AREAS = (
    ("TAMAN SRI MUDA", "40400 SHAH ALAM", "SELANGOR"),
    ("TAMAN MELAWATI", "53100 KUALA LUMPUR", "W.P. KUALA LUMPUR"),
    ("BANDAR BARU BANGI", "43650 BANGI", "SELANGOR"),
    ("TAMAN DAYA", "81100 JOHOR BAHRU", "JOHOR"),
    ("SEKSYEN 9", "43200 CHERAS", "SELANGOR"),
)


def _receipt(form: FormDefinition, rng: random.Random) -> Values:
    area, town, state = rng.choice(RECEIPT_AREAS)
    street = rng.choice(RECEIPT_STREETS)
    number = rng.choice((f"NO. {rng.randint(1, 120)}", f"LOT {rng.randint(100, 3000)}"))
    day = _date_between(rng, date(2016, 1, 1), date(2025, 12, 31))
    cents = rng.randint(150, 40000)
    values: Values = {
        "company": rng.choice(RECEIPT_SHOPS),
        "address": f"{number}, {street}, {area}, {town}, {state}",
        "date": _format_date(rng, form.field("date"), day),
        "total": f"{cents // 100}.{cents % 100:02d}",
    }
    if any(f.name == "time" for f in form.fields):  # drawn last: the values before stay
        values["time"] = f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
    return values


HERBARIUM_TAXA = (
    ("Fabaceae", "Acacia tortilis (Forssk.) Hayne"),
    ("Rubiaceae", "Coffea arabica L."),
    ("Poaceae", "Eragrostis tef (Zucc.) Trotter"),
    ("Orchidaceae", "Dendrobium crumenatum Sw."),
    ("Dipterocarpaceae", "Dipterocarpus alatus Roxb."),
    ("Asteraceae", "Vernonia amygdalina Delile"),
    ("Lamiaceae", "Ocimum gratissimum L."),
    ("Euphorbiaceae", "Croton megalocarpus Hutch."),
    ("Zingiberaceae", "Curcuma longa L."),
)
HERBARIUM_PLACES = (
    ("NAI", "Kenya", "Kakamega Forest, 3 km N of Isecheno", 0.35, 34.86, 1580),
    ("NAI", "Kenya", "Mt Kenya, Naro Moru track", -0.17, 37.12, 2950),
    ("EA", "Tanzania", "Amani, East Usambara Mts", -5.1, 38.63, 900),
    ("PNH", "Cambodia", "Kampot, Bokor plateau", 10.62, 104.05, 950),
    ("HNL", "Laos", "Phou Khao Khouay, near Tad Leuk", 18.38, 102.8, 320),
    ("HN", "Viet Nam", "Cúc Phương, đường mòn trung tâm", 20.25, 105.6, 310),
    ("USM", "Peru", "Cusco, Valle de Kosñipata", -13.06, -71.55, 1400),
)
HABITATS = (
    "Forest edge, shaded, moist soil",
    "Open grassland on red clay",
    "Riverbank among rocks",
    "Secondary forest, epiphyte on Ficus",
    "Roadside, disturbed ground",
)


def _herbarium(form: FormDefinition, rng: random.Random) -> Values:
    family, name = rng.choice(HERBARIUM_TAXA)
    acronym, country, locality, lat, lon, elev = rng.choice(HERBARIUM_PLACES)
    collected = _date_between(rng, date(1952, 1, 1), date(2024, 12, 31))
    collector = person_name(rng, rng.choice(("latin", "kenyan")))
    has_coords = rng.random() < 0.8
    determiner = person_name(rng, rng.choice(("latin", "kenyan"))) if rng.random() < 0.6 else ""
    initials = "".join(part[0] for part in collector.split())
    return {
        "catalog_no": f"{acronym}{rng.randrange(1, 999999):06d}",
        "family": family,
        "scientific_name": name,
        "country": country,
        "locality": locality,
        "latitude": f"{lat + rng.uniform(-0.05, 0.05):.4f}" if has_coords else "",
        "longitude": f"{lon + rng.uniform(-0.05, 0.05):.4f}" if has_coords else "",
        "elevation_m": str(elev + rng.randint(-60, 60)) if rng.random() < 0.7 else "",
        "collector": collector,
        "collector_number": f"{initials} {rng.randint(1, 4999)}",
        "collection_date": _format_date(rng, form.field("collection_date"), collected),
        "habitat": rng.choice(HABITATS) if rng.random() < 0.7 else "",
        "determiner": determiner,
        "det_year": str(rng.randint(collected.year, min(collected.year + 30, 2025))),
    }


GENERATORS: dict[str, Callable[[FormDefinition, random.Random], Values]] = {
    "household_census": _census,
    "receipt": _receipt,
    "herbarium_label": _herbarium,
}

# --- any form definition ---------------------------------------------------------------


def generic_value(field: FieldDef, rng: random.Random) -> str:
    """A value that fits `field` from its definition alone: its type's demo value
    (keying.forms.types), and a person's name for free text named like one."""
    if field.kind.free_text and not field.pattern and "name" in field.name:
        text = person_name(rng)
        return text[: field.max_length] if field.max_length else text
    value = field.kind.demo_value(field, rng)
    if not isinstance(value, str):
        raise ValueError(f"{field.name}: a {field.type} has no single demo value")
    return value


def _generic_rows(field: FieldDef, rng: random.Random) -> list[dict[str, str]]:
    low = field.min_rows or 1
    high = max(low, min(field.max_rows or 5, 5))
    return [
        {col.name: generic_value(col, rng) for col in field.columns or []}
        for _ in range(rng.randint(low, high))
    ]


def _fits(field: FieldDef, value: Any) -> bool:
    if field.is_table:
        return isinstance(value, list) and all(
            isinstance(row, dict)
            and all(check_value(col, str(row.get(col.name, ""))).ok for col in field.columns or [])
            for row in value
        )
    return isinstance(value, str) and check_value(field, value).ok


def generate_values(form: FormDefinition, rng: random.Random) -> Values:
    """True values for one document of `form`, as an operator should key them."""
    special = GENERATORS.get(form.form)
    made = special(form, rng) if special else {}
    values: Values = {}
    for field in form.fields:
        value = made.get(field.name)
        if value is None or not _fits(field, value):
            # A field the special generator does not know (or no longer fits): make one.
            if field.is_table:
                value = _generic_rows(field, rng)
            elif not field.required and rng.random() < 0.25:
                value = ""
            else:
                value = generic_value(field, rng)
        values[field.name] = value
    shown = {f.name for f in visible_fields(form, values)}
    for field in form.fields:
        if field.name not in shown:
            values[field.name] = [] if field.is_table else ""
    return values


# --- documents -------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoDocument:
    external_id: str
    values: Values
    pages: list[bytes]  # PNG, 200 dpi


def generate_batch(form: FormDefinition, count: int, seed: int) -> list[DemoDocument]:
    """`count` documents of `form` with rendered scans; the same seed gives the same batch."""
    from keying.demo.render import render_document

    rng = random.Random(f"{form.form}:{seed}")
    docs = []
    for i in range(count):
        doc_seed = rng.randrange(2**32)
        values = generate_values(form, random.Random(doc_seed))
        pages = render_document(form, values, doc_seed)
        docs.append(DemoDocument(f"{form.form}-{seed}-{i + 1:03d}", values, pages))
    return docs
