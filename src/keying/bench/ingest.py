"""Batches in, data out: import speed (JPEG, multi-page TIFF, PDF at 200 dpi A4), pass import
speed (two passes, the second reconciled), export speed (10,000 records to CSV and XLSX).

Everything runs on a throwaway SQLite central database in a temporary folder, with pages
generated here: A4 at 200 dpi (1654 × 2339 pixels) with lines of text, as a scanner makes.
"""

from __future__ import annotations

import json
import random
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

from keying.bench import Figure
from keying.export import ExportRecord, write_export
from keying.forms import load_form
from keying.paths import FORMS_DIR
from keying.services.ingest import ImportRequest, import_batch
from keying.services.passes import import_pass
from keying.storage.engine import make_engine, session_factory, upgrade
from keying.storage.users import add_user

A4_200DPI = (1654, 2339)
WORDS = [
    "lorem",
    "ipsum",
    "dolor",
    "sit",
    "amet",
    "total",
    "date",
    "company",
    "address",
    "jalan",
    "1851",
    "RM",
    "30.90",
]


def _page(rng: random.Random, mode: str = "L") -> Image.Image:
    im = Image.new(mode, A4_200DPI, 255 if mode != "1" else 1)
    draw = ImageDraw.Draw(im)
    for y in range(120, A4_200DPI[1] - 120, 48):
        line = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 14)))
        draw.text((120, y), line, fill=0)
    return im


def _import_rate(sessions: object, name: str, paths: list[Path], pages: int) -> float:
    t0 = time.perf_counter()
    report = import_batch(
        sessions,  # type: ignore[arg-type]
        ImportRequest(str(FORMS_DIR / "receipt.yaml"), name, [str(p) for p in paths]),
    )
    elapsed = time.perf_counter() - t0
    assert report.pages == pages, report
    return pages / elapsed


def run(quick: bool) -> list[Figure]:
    rng = random.Random(7)
    n = 6 if quick else 30
    with tempfile.TemporaryDirectory(prefix="keying-bench-ingest-") as tmp:
        root = Path(tmp)
        url = f"sqlite:///{(root / 'central.sqlite').as_posix()}"
        upgrade(url)
        engine = make_engine(url)
        sessions = session_factory(engine)
        try:
            figures = _imports(root, sessions, rng, n)
            figures.append(_passes(root, sessions, rng, 40 if quick else 400))
            figures += _exports(root, 1000 if quick else 10_000)
        finally:
            engine.dispose()
    return figures


def _imports(root: Path, sessions: object, rng: random.Random, n: int) -> list[Figure]:
    jpegs = root / "jpeg"
    jpegs.mkdir()
    for i in range(n):
        _page(rng).save(jpegs / f"p{i}.jpg", quality=85)
    tiff = root / "pages.tif"
    frames = [_page(rng, "1") for _ in range(n)]
    frames[0].save(tiff, save_all=True, append_images=frames[1:], compression="group4")
    pdf = root / "pages.pdf"
    images = [_page(rng) for _ in range(n)]
    images[0].save(pdf, "PDF", save_all=True, append_images=images[1:], resolution=200)
    note = f"{n} A4 pages at 200 dpi, one transaction"
    return [
        Figure("import_jpeg_pages_per_s", round(_import_rate(sessions, "j", [jpegs], n), 1),
               "1/s", note=note + ", JPEG kept as scanned"),
        Figure("import_tiff_pages_per_s", round(_import_rate(sessions, "t", [tiff], n), 1),
               "1/s", note=note + ", one Group 4 TIFF, pages stored as PNG"),
        Figure("import_pdf_pages_per_s", round(_import_rate(sessions, "p", [pdf], n), 1),
               "1/s", note=note + ", one PDF rasterized by PDFium, stored as PNG"),
    ]  # fmt: skip


def _passes(root: Path, sessions: object, rng: random.Random, n: int) -> Figure:
    folder = root / "receipts"
    folder.mkdir()
    small = Image.new("L", (80, 100), 255)
    for i in range(n):
        small.putpixel((i % 80, i // 80 % 100), 0)  # every page differs
        small.save(folder / f"r{i:05d}.png")
    _import_rate(sessions, "receipts", [folder], n)
    with sessions() as session:  # type: ignore[operator]
        for login in ("op1", "op2"):
            add_user(session, login=login, display_name=login, role="operator", password="-" * 8)
        session.commit()
    for p, name in ((1, "a.jsonl"), (2, "b.jsonl")):
        with open(root / name, "w", encoding="utf-8") as out:
            for i in range(n):
                typo = p == 2 and i % 10 == 0  # one discrepancy in ten documents
                total = f"{rng.randint(1, 999)}.{rng.randint(0, 99):02d}" if typo else f"{i}.50"
                values = {"company": f"SHOP {i} SDN BHD", "address": f"LOT {i}, JALAN {i}",
                          "date": "18-11-18", "total": total}  # fmt: skip
                out.write(json.dumps({"document": f"r{i:05d}", "values": values}) + "\n")
    t0 = time.perf_counter()
    import_pass(sessions, "receipts", 1, "op1", root / "a.jsonl")  # type: ignore[arg-type]
    import_pass(sessions, "receipts", 2, "op2", root / "b.jsonl")  # type: ignore[arg-type]
    rate = 2 * n / (time.perf_counter() - t0)
    return Figure("pass_import_keyings_per_s", round(rate, 1), "1/s",
                  note=f"2 × {n} receipt keyings, pass 2 reconciled as it comes in")  # fmt: skip


def _exports(root: Path, n: int) -> list[Figure]:
    form = load_form(FORMS_DIR / "household_census.yaml").definition
    from keying.demo.values import generate_values

    rng = random.Random(3)
    records = [
        ExportRecord(f"D-{i}", "final", generate_values(form, rng)) for i in range(min(n, 500))
    ]
    records = [ExportRecord(f"D-{i}", "final", records[i % len(records)].values) for i in range(n)]
    figures = []
    for fmt in ("csv", "xlsx"):
        t0 = time.perf_counter()
        write_export(form, "bench", records, fmt, root / f"out.{fmt}")
        rate = n / (time.perf_counter() - t0)
        figures.append(
            Figure(f"export_{fmt}_records_per_s", round(rate), "1/s",
                   note=f"{n:,} household census records with their members table, typed")
        )  # fmt: skip
    return figures
