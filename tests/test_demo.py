"""Demo documents: true values that fit their form definitions, and rendered scans."""

from __future__ import annotations

import io
import logging
import random
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops

from keying.demo import DemoDocument, generate_batch, generate_values, render_document
from keying.demo.fonts import FontBook, script_of
from keying.demo.render import A4, page_style
from keying.demo.values import KENYAN_FAMILY
from keying.forms import (
    BLANK_ON_PAPER,
    FormDefinition,
    check_value,
    load_form,
    parse_form,
    run_checks,
    visible_fields,
)
from keying.paths import shipped_forms


def _shipped() -> dict[str, FormDefinition]:
    return {p.stem: load_form(p).definition for p in shipped_forms()}


SHIPPED = _shipped()

GENERIC = (Path(__file__).parent / "data" / "generic_survey.yaml").read_text(encoding="utf-8")


def _assert_fits(form: FormDefinition, values: dict[str, Any]) -> None:
    shown = {f.name for f in visible_fields(form, values)}
    assert set(values) == {f.name for f in form.fields}
    for field in form.fields:
        value = values[field.name]
        if field.type == "table":
            assert isinstance(value, list)
            for row in value:
                for col in field.columns or []:
                    result = check_value(col, row[col.name])
                    assert result.ok and result.warning is None, (field.name, col.name, row)
            if field.name in shown and field.required:
                assert value, field.name
            continue
        assert isinstance(value, str)
        result = check_value(field, value)
        assert result.ok and result.warning is None, (field.name, value, result)
        if field.name not in shown:
            assert value == "", f"{field.name} is hidden and must stay empty"
        elif field.required:
            assert value.strip(), f"{field.name} is required"
    assert run_checks(form, values) == []


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_values_fit_their_form(name: str) -> None:
    form = SHIPPED[name]
    for seed in range(60):
        _assert_fits(form, generate_values(form, random.Random(seed)))


def test_census_values_are_realistic() -> None:
    form = SHIPPED["household_census"]
    scripts: set[str] = set()
    names: set[str] = set()
    hidden = shown = 0
    for seed in range(80):
        values = generate_values(form, random.Random(seed))
        rows = values["members"]
        assert 1 <= len(rows) <= 7
        assert values["household_size"] == str(len(rows))
        assert values["head_name"] == rows[0]["name"]
        assert len({row["name"] for row in rows}) == len(rows), "names in a household differ"
        scripts.add(script_of(values["head_name"]))
        names.update(row["name"] for row in rows)
        if values["has_electricity"] == "Y":
            shown += values["electricity_source"] != ""
        else:
            hidden += values["electricity_source"] == ""
    assert scripts == {"khmer", "lao", "latin", "latin_ext"}
    assert any(family in name for family in KENYAN_FAMILY for name in names)
    assert shown > 0 and hidden > 0


def test_receipt_dates_use_every_printed_format() -> None:
    form = SHIPPED["receipt"]
    seen = set()
    for seed in range(60):
        raw = generate_values(form, random.Random(seed))["date"]
        seen.add(("/" if "/" in raw else "-", len(raw.rsplit(raw[2], 1)[-1])))
        assert not generate_values(form, random.Random(seed))["total"].startswith("RM")
    assert seen == {("/", 4), ("-", 4), ("/", 2), ("-", 2)}


def test_a_new_form_gets_generic_values() -> None:
    form = parse_form(GENERIC)
    for seed in range(40):
        values = generate_values(form, random.Random(seed))
        _assert_fits(form, values)
        assert values["stall_no"] == BLANK_ON_PAPER  # a pattern cannot be inverted


def test_values_are_deterministic() -> None:
    for form in SHIPPED.values():
        assert generate_values(form, random.Random(7)) == generate_values(form, random.Random(7))
        assert generate_values(form, random.Random(7)) != generate_values(form, random.Random(8))


# --- rendering -------------------------------------------------------------------------


def _image(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


@pytest.mark.parametrize(
    ("name", "size"),
    [("household_census", A4), ("receipt", (630, 1600)), ("herbarium_label", (1181, 787))],
)
def test_rendering_gives_pngs_at_200_dpi(name: str, size: tuple[int, int]) -> None:
    form = SHIPPED[name]
    pages = render_document(form, generate_values(form, random.Random(1)), seed=1)
    assert len(pages) == form.pages == 1
    image = _image(pages[0])
    assert image.format == "PNG"
    assert image.size == size == page_style(form).size
    assert tuple(round(d) for d in image.info["dpi"]) == (200, 200)
    low, high = image.convert("L").getextrema()
    assert low < 80 < 200 < high  # dark ink on light paper


def test_rendering_is_deterministic() -> None:
    form = SHIPPED["household_census"]
    values = generate_values(form, random.Random(3))
    first = render_document(form, values, seed=3)
    assert render_document(form, values, seed=3) == first
    assert render_document(form, values, seed=4) != first


def test_a_multi_page_form_renders_every_page() -> None:
    form = parse_form(GENERIC)
    pages = render_document(form, generate_values(form, random.Random(2)), seed=2)
    assert [_image(p).size for p in pages] == [A4, A4]


def _ink(png: bytes, form: FormDefinition, field: str, inset: float = 0.15) -> int:
    """Dark pixels inside a field's zone (away from its printed border)."""
    image = _image(png).convert("L")
    zone = form.field(field).zone
    assert zone is not None
    w, h = image.size
    dx, dy = zone.w * w * inset, zone.h * h * inset
    box = (
        int(zone.x * w + dx),
        int(zone.y * h + dy),
        int((zone.x + zone.w) * w - dx),
        int((zone.y + zone.h) * h - dy),
    )
    return sum(image.crop(box).point(lambda v: 255 if v < 128 else 0).histogram()[255:])


def test_a_khmer_name_leaves_ink_in_its_zone() -> None:
    form = SHIPPED["household_census"]
    values = generate_values(form, random.Random(5))
    with_name = render_document(form, dict(values, head_name="សុខា ចាន់"), seed=5)[0]
    without = render_document(form, dict(values, head_name=""), seed=5)[0]
    assert _ink(with_name, form, "head_name") > 20 * max(1, _ink(without, form, "head_name"))


def test_khmer_and_lao_use_fonts_of_their_script() -> None:
    book = FontBook()
    khmer, lao = book.path("khmer", "hand"), book.path("lao", "print")
    if khmer is None or "khmer" not in khmer.name.lower():
        pytest.skip("fonts-khmeros is not installed")
    if lao is None or lao.name not in ("Phetsarath_OT.ttf", "NotoSansLao-Regular.ttf"):
        pytest.skip("fonts-lao is not installed")
    assert book.shaping, "Pillow should have libraqm for Khmer and Lao shaping"
    # A real Khmer font draws "ស" and "ខ" differently (a font without them draws two boxes).
    font = book.font("សុខា", "print", 40)
    assert font.getmask("ស").getbbox() != font.getmask("ខ").getbbox() or bytes(
        font.getmask("ស")
    ) != bytes(font.getmask("ខ"))


def test_a_missing_font_is_logged_not_fatal(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    form = SHIPPED["household_census"]
    values = dict(generate_values(form, random.Random(5)), head_name="ສົມພອນ ແກ້ວມະນີ")
    with caplog.at_level(logging.WARNING, logger="keying.demo.fonts"):
        pages = render_document(form, values, seed=5, fonts=FontBook(dirs=[tmp_path]))
    assert _image(pages[0]).size == A4
    assert "fonts-lao" in caplog.text


def test_generate_batch() -> None:
    form = SHIPPED["receipt"]
    docs = generate_batch(form, 3, seed=11)
    assert len(docs) == 3 and all(isinstance(d, DemoDocument) for d in docs)
    assert len({d.external_id for d in docs}) == 3
    for doc in docs:
        _assert_fits(form, doc.values)
        assert len(doc.pages) == 1 and _image(doc.pages[0]).size == (630, 1600)
    again = generate_batch(form, 3, seed=11)
    assert [d.values for d in again] == [d.values for d in docs]
    assert [d.pages for d in again] == [d.pages for d in docs]
    assert generate_batch(form, 1, seed=12)[0].values != docs[0].values


def test_demo_receipt_values_sit_in_their_zones() -> None:
    """The generated receipts follow the zones exactly: the ink that a value adds to the
    scan lies in its field's zone."""
    form = SHIPPED["receipt"]
    values = generate_values(form, random.Random(9))
    full = _image(render_document(form, values, seed=9)[0]).convert("L")
    height = full.size[1]
    for field in ("company", "address", "date", "time", "total"):
        blank = _image(render_document(form, dict(values, **{field: ""}), seed=9)[0])
        diff = ImageChops.difference(full, blank.convert("L")).point(lambda v: 255 if v > 60 else 0)
        bbox = diff.getbbox()
        assert bbox is not None, field
        zone = form.field(field).zone
        assert zone is not None
        if field == "total":  # the item lines above the total add up to it: they go too
            assert bbox[3] / height > zone.y, bbox
            continue
        slack = 0.01  # the skew of the scan
        assert zone.y - slack <= bbox[1] / height, (field, bbox)
        assert bbox[3] / height <= zone.y + zone.h + slack, (field, bbox)


def test_the_demo_benchmark_reports_its_figures() -> None:
    from keying import bench

    figures = {f.name: f for f in bench.run(["demo"], quick=True)}
    assert set(figures) == {
        "demo_herbarium_label_ms_p50",
        "demo_household_census_ms_p50",
        "demo_receipt_ms_p50",
        "demo_batches_s",
    }
    assert all(f.value > 0 for f in figures.values())


@pytest.mark.parametrize("where", [".", "new/folder"])
def test_demo_on_a_read_only_path_says_so_in_one_line(read_only_dir: Path, where: str) -> None:
    import subprocess
    import sys

    target = read_only_dir / where
    done = subprocess.run(
        [sys.executable, "-m", "keying", "demo", "--workspace", str(target), "--no-open"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        f"keying demo: error: cannot write the demo workspace in {target}: Read-only file system"
    ]
