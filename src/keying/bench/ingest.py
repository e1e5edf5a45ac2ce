"""Batches in, data out: import speed (JPEG, multi-page TIFF, PDF at 200 dpi A4), pass import
speed (two passes, the second reconciled), export speed (`keying export` of 10,000 final
records stored in the database, to CSV and XLSX).

Everything runs on a throwaway SQLite central database in a temporary folder, with pages
generated here: A4 at 200 dpi (1654 × 2339 pixels) with lines of text, as a scanner makes.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

from keying.bench import Figure
from keying.forms import load_form
from keying.paths import FORMS_DIR
from keying.services.ingest import ImportRequest, import_batch
from keying.services.passes import import_pass
from keying.storage import repo
from keying.storage.engine import make_engine, session_factory, upgrade
from keying.storage.users import add_user
from keying.vocabulary import DocumentStatus, FinalSource

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
            figures += _exports(root, url, sessions, 1000 if quick else 10_000)
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


def _store_final_records(sessions: object, n: int) -> str:
    """A batch of `n` household-census documents, each with its final record (values from
    the demo generator, 500 distinct, every field agreed), committed. Not timed."""
    from keying.demo.values import generate_values
    from keying.services.final_record import AGREED
    from keying.storage.models import Document, FinalRecord

    loaded = load_form(FORMS_DIR / "household_census.yaml")
    form = loaded.definition
    rng = random.Random(3)
    values = [generate_values(form, rng) for _ in range(min(n, 500))]
    provenance = {f.name: {"how": AGREED} for f in form.fields}
    with sessions() as session:  # type: ignore[operator]
        row = repo.add_form_definition(session, form.form, form.version, loaded.text)
        batch = repo.add_batch(session, "census export", row)
        for start in range(0, n, 1000):
            docs = [
                Document(
                    batch_id=batch.id,
                    external_id=f"D-{i:05d}",
                    seq=i + 1,
                    status=DocumentStatus.FINAL,
                )
                for i in range(start, min(n, start + 1000))
            ]
            session.add_all(docs)
            session.flush()
            session.add_all(
                FinalRecord(
                    document_id=d.id,
                    values=values[(d.seq - 1) % len(values)],
                    source=FinalSource.AGREED,
                    provenance=provenance,
                )
                for d in docs
            )
            session.flush()
        session.commit()
    return "census export"


def _children_cpu() -> float:
    """User + system CPU seconds of the finished child processes (the export command)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _exports(root: Path, url: str, sessions: object, n: int) -> list[Figure]:
    """`keying export` as a user runs it (a process of its own: start, schema check, read
    the final records from the database, write the files, all or nothing)."""
    batch = _store_final_records(sessions, n)
    figures = []
    for fmt in ("csv", "xlsx"):
        out = root / f"out.{fmt}"
        command = [sys.executable, "-m", "keying", "export", "--database-url", url,
                   "--batch", batch, "--format", fmt, "--out", str(out)]  # fmt: skip
        cpu0 = _children_cpu()
        t0 = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        rate = n / (time.perf_counter() - t0)
        cpu = _children_cpu() - cpu0
        if done.returncode != 0 or not out.exists():
            raise RuntimeError(f"keying export failed: {done.stderr.strip()}")
        figures.append(
            Figure(f"export_{fmt}_records_per_s", round(rate), "1/s",
                   note=f"keying export of {n:,} household census final records stored in "
                   f"SQLite (members table, typed), the whole command timed; {cpu:.1f} s CPU")
        )  # fmt: skip
    return figures
