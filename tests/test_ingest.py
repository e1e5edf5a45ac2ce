"""`keying batch import`: real receipts, multi-page TIFF and PDF, EXIF orientation, natural
order, references, duplicates, unreadable files, pages stored once, all or nothing."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import func, select

from keying.cli import main
from keying.ingest.files import collect, natural_key
from keying.ingest.pages import UnreadableFile, read_pages
from keying.paths import FORMS_DIR
from keying.storage.engine import session_at
from keying.storage.models import AuditEvent, Batch, Blob, Document, Page, Task
from tests import scans
from tests.support.world import ROOT

RECEIPT_FORM = str(FORMS_DIR / "receipt.yaml")


def _import(url: str, name: str, *paths: object, extra: tuple[str, ...] = ()) -> int:
    args = ["batch", "import", "--database-url", url, "--form", RECEIPT_FORM, "--name", name]
    return main([*args, *extra, *(str(p) for p in paths)])


def _documents(url: str, batch: str) -> list[tuple[str, int, list[tuple[int, int]]]]:
    """(reference, pages, [(width, height)]) of every document of the batch, in order."""
    with session_at(url) as session:
        docs = session.scalars(
            select(Document).join(Batch).where(Batch.name == batch).order_by(Document.seq)
        ).all()
        return [
            (d.external_id, len(d.pages), [(p.width or 0, p.height or 0) for p in d.pages])
            for d in docs
        ]


def _counts(url: str) -> tuple[int, int, int, int]:
    with session_at(url) as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(t)) or 0)
            for t in (Batch, Document, Page, Blob)
        )


def test_the_real_receipts_import_with_the_receipt_form(
    receipts_dir: Path, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _import(database_url, "Receipts", receipts_dir / "img") == 0
    out = capsys.readouterr().out
    files = sorted(p.stem for p in (receipts_dir / "img").glob("*.jpg"))
    assert f"{len(files)} documents, {len(files)} pages imported" in out
    docs = _documents(database_url, "Receipts")
    assert [d[0] for d in docs] == files  # 004 before 009 before 023...
    with session_at(database_url) as session:
        first = session.scalars(select(Page).join(Document).where(Document.external_id == files[0]))
        blob = session.get(Blob, first.one().blob_sha256)
        assert blob is not None
        assert blob.data == (receipts_dir / "img" / f"{files[0]}.jpg").read_bytes()  # as scanned
        assert blob.media_type == "image/jpeg"
        tasks = session.scalars(select(Task.pass_no).where(Task.kind == "key")).all()
        assert sorted(tasks) == sorted([1, 2] * len(files))
        audit = session.scalars(select(AuditEvent).where(AuditEvent.kind == "batch_imported"))
        assert audit.one().detail["documents"] == len(files)
    # The same scans again, as another batch: no new page images.
    blobs_before = _counts(database_url)[3]
    assert _import(database_url, "Receipts again", receipts_dir / "img") == 0
    assert "(0 new page images stored)" in capsys.readouterr().out
    assert _counts(database_url)[3] == blobs_before


def test_multi_page_tiffs_and_pdfs_split_into_pages(tmp_path: Path, database_url: str) -> None:
    folder = tmp_path / "scans"
    (folder / "sub").mkdir(parents=True)
    scans.tiff(folder / "g4.tif", ["g4 p1", "g4 p2", "g4 p3"], "1", "group4")
    scans.tiff(folder / "lzw.tiff", ["lzw p1", "lzw p2"], "RGB", "tiff_lzw")
    scans.tiff(folder / "sub" / "jpeg.tif", ["jpeg p1", "jpeg p2"], "RGB", "jpeg")
    scans.pdf(folder / "letter.pdf", ["pdf p1", "pdf p2"], size=(400, 560))
    assert _import(database_url, "Mixed", folder, extra=("--dpi", "144")) == 0
    docs = {ref: (pages, sizes) for ref, pages, sizes in _documents(database_url, "Mixed")}
    assert docs["g4"] == (3, [(400, 560)] * 3)
    assert docs["lzw"] == (2, [(400, 560)] * 2)
    assert docs["jpeg"] == (2, [(400, 560)] * 2)
    assert docs["letter"] == (2, [(800, 1120)] * 2)  # 400 pt at 144 dpi is 800 pixels
    with session_at(database_url) as session:
        kinds = {
            d.external_id: [session.get(Blob, p.blob_sha256).media_type for p in d.pages]  # type: ignore[union-attr]
            for d in session.scalars(select(Document))
        }
        g4_first = session.get(
            Blob,
            session.scalars(
                select(Page.blob_sha256).join(Document).where(Document.external_id == "g4")
            ).first(),
        )
        assert g4_first is not None
        with Image.open(io.BytesIO(g4_first.data)) as im:
            assert im.mode == "1"  # bilevel stays bilevel
    assert kinds["g4"] == ["image/png"] * 3
    assert kinds["jpeg"] == ["image/jpeg"] * 2
    assert kinds["letter"] == ["image/png"] * 2


def test_pages_per_document_cuts_files_and_names_the_parts(
    tmp_path: Path, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    scans.tiff(tmp_path / "box1.tif", [f"p{i}" for i in range(1, 7)], "L", "tiff_lzw")
    scans.pdf(tmp_path / "box2.pdf", ["a", "b", "c"])  # 3 pages: not a multiple of 2
    code = _import(
        database_url,
        "Cut",
        tmp_path / "box1.tif",
        tmp_path / "box2.pdf",
        extra=("--pages-per-document", "2"),
    )
    assert code == 0
    assert [(d[0], d[1]) for d in _documents(database_url, "Cut")] == [
        ("box1", 2),
        ("box1#2", 2),
        ("box1#3", 2),
    ]
    assert "box2.pdf: 3 pages do not split into documents of 2" in capsys.readouterr().err


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    upright = scans.jpeg(tmp_path / "upright.jpg", "x")
    turned = scans.jpeg(tmp_path / "turned.jpg", "x", orientation=6)  # 90° clockwise
    [p] = list(read_pages(upright))
    assert (p.width, p.height) == (300, 200) and p.data == upright.read_bytes()
    [q] = list(read_pages(turned))
    assert (q.width, q.height) == (200, 300)
    with Image.open(io.BytesIO(q.data)) as im:
        assert im.size == (200, 300)
        assert im.getexif().get(0x0112, 1) == 1  # stored upright, no tag left to obey


def test_folders_are_read_recursively_in_natural_order(tmp_path: Path) -> None:
    for name in ("page10.png", "page2.png", "Page1.png", "b/page3.png", "a/x.png"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        scans.png(tmp_path / name, name)
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes.txt").write_text("hello")
    files, skipped = collect([tmp_path])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == [
        "a/x.png",
        "b/page3.png",
        "Page1.png",
        "page2.png",
        "page10.png",
    ]
    reasons = {s.path.name: s.reason for s in skipped}
    assert reasons == {"empty": "empty folder", "notes.txt": "not a JPEG, PNG, TIFF or PDF file"}
    assert sorted(["x10", "x9", "X1"], key=natural_key) == ["X1", "x9", "x10"]


def test_duplicate_references_stop_the_import_before_anything_is_written(
    tmp_path: Path, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    scans.png(tmp_path / "a" / "doc1.png", "1")
    scans.jpeg(tmp_path / "b" / "doc1.jpg", "1 again")
    scans.png(tmp_path / "b" / "doc2.png", "2")
    assert _import(database_url, "Dup", tmp_path) == 1
    err = capsys.readouterr().err
    assert err.startswith("keying batch import: error: 1 document references are not unique")
    assert "doc1: " in err and "doc1.png" in err and "doc1.jpg" in err
    assert _counts(database_url) == (0, 0, 0, 0)


def test_unreadable_files_are_skipped_with_their_reasons(
    tmp_path: Path, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    d = tmp_path / "scans"
    d.mkdir()
    good = scans.png(d / "good.png", "good")
    scans.truncated(scans.jpeg(tmp_path / "src.jpg", "x"), d / "cut.jpg", 0.4)
    tif = scans.tiff(tmp_path / "full.tif", ["1", "2", "3"], "RGB", "tiff_lzw")
    scans.truncated(tif, d / "cut_tiff.tif", 0.7)
    scans.encrypted_pdf(d / "locked.pdf")
    (d / "text.png").write_text("this is not a picture")
    scans.huge_png_header(d / "huge.png")  # Pillow's own limit refuses it at the header
    scans.huge_png_header(d / "big.png", 10_000, 10_000)  # over our cap, under Pillow's
    (d / "empty.jpg").write_bytes(b"")
    (d / "nothing").mkdir()
    assert _import(database_url, "Mixed bag", d) == 0
    out, err = capsys.readouterr()
    assert "1 documents, 1 pages imported" in out and "8 skipped" in out
    reasons = dict(line.removeprefix("skipped ").split(": ", 1) for line in err.splitlines())
    by_name = {Path(k).name: v for k, v in reasons.items()}
    assert "damaged" in by_name["cut.jpg"]
    assert "damaged" in by_name["cut_tiff.tif"]
    assert "encrypted" in by_name["locked.pdf"]
    assert "not an image" in by_name["text.png"]
    assert "pixels a page may have" in by_name["huge.png"]
    assert by_name["big.png"].startswith("10000 × 10000: more than the 80,000,000 pixels")
    assert by_name["empty.jpg"] == "the file is empty"
    assert by_name["nothing"] == "empty folder"
    assert [doc[0] for doc in _documents(database_url, "Mixed bag")] == [good.stem]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--form", "nosuch"], "no form definition 'nosuch' is stored"),
        (["--dpi", "10"], "--dpi must be between"),
        (["--pages-per-document", "0"], "--pages-per-document must be 1 or more"),
    ],
)
def test_bad_requests_say_so_in_one_line(
    tmp_path: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    scans.png(tmp_path / "a.png", "a")
    url = f"sqlite:///{(tmp_path / 'c.sqlite').as_posix()}"
    base = ["batch", "import", "--database-url", url, "--form", RECEIPT_FORM, "--name", "B"]
    assert main([*base, *args, str(tmp_path / "a.png")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err


def test_a_batch_name_is_used_once_and_nothing_readable_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{(tmp_path / 'c.sqlite').as_posix()}"
    scans.png(tmp_path / "a.png", "a")
    assert _import(url, "B", tmp_path / "a.png") == 0
    assert _import(url, "B", tmp_path / "a.png") == 1
    assert "a batch named 'B' exists already" in capsys.readouterr().err
    (tmp_path / "bad.png").write_text("no")
    assert _import(url, "C", tmp_path / "bad.png", tmp_path / "missing") == 1
    err = capsys.readouterr().err
    assert "error: no file could be read" in err and "no such file or folder" in err
    assert _counts(url)[:2] == (1, 1)


def test_a_killed_import_leaves_nothing(tmp_path: Path) -> None:
    """SIGKILL while the import writes (its uncommitted pages spill into the WAL file):
    no batch, no document, no page image is left; the same import then succeeds."""
    folder = tmp_path / "scans"
    folder.mkdir()
    for i in range(24):
        scans.noise_tiff(folder / f"doc{i}.tif", 2)
    db = tmp_path / "central.sqlite"
    url = f"sqlite:///{db.as_posix()}"
    assert main(["db", "upgrade", "--database-url", url]) == 0
    wal = Path(f"{db}-wal")
    start_size = wal.stat().st_size if wal.exists() else 0
    cmd = [
        sys.executable,
        "-m",
        "keying",
        "batch",
        "import",
        "--database-url",
        url,
        "--form",
        RECEIPT_FORM,
        "--name",
        "Killed",
        str(folder),
    ]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > start_size + 1_000_000:
            break
        time.sleep(0.01)
    if proc.poll() is not None:
        proc.communicate()
        pytest.fail("the import finished before it could be killed")
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert _counts(url) == (0, 0, 0, 0)
    assert main([*cmd[3:]]) == 0
    assert _counts(url)[:3] == (1, 24, 48)


_SEEDS = {
    "png": lambda p: scans.png(p / "s.png", "seed"),
    "jpg": lambda p: scans.jpeg(p / "s.jpg", "seed"),
    "tif": lambda p: scans.tiff(p / "s.tif", ["1", "2"], "1", "group4"),
    "pdf": lambda p: scans.pdf(p / "s.pdf", ["1"]),
}


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    kind=st.sampled_from(sorted(_SEEDS)),
    edits=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=8)), max_size=6),
    cut=st.floats(0.05, 1.0),
)
def test_broken_image_files_are_refused_never_crash(
    tmp_path: Path, kind: str, edits: list[tuple[float, bytes]], cut: float
) -> None:
    seed = _SEEDS[kind](tmp_path)
    data = bytearray(seed.read_bytes()[: max(1, int(len(seed.read_bytes()) * cut))])
    for where, junk in edits:
        at = int(where * (len(data) - 1))
        data[at : at + len(junk)] = junk
    broken = tmp_path / f"broken.{kind}"
    broken.write_bytes(bytes(data))
    try:
        pages = list(read_pages(broken, dpi=72))
    except UnreadableFile as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        for p in pages:
            assert p.width > 0 and p.height > 0 and p.data


def test_a_cancel_is_heard_between_the_pages_of_a_file(
    tmp_path: Path, migrated_database_url: str
) -> None:
    database_url = migrated_database_url
    from keying.services.ingest import ImportCancelled, ImportRequest, import_batch
    from keying.storage.engine import make_engine, session_factory

    folder = tmp_path / "scans"
    folder.mkdir()
    scans.png(folder / "a.png", "first file, stored in the transaction")
    scans.tiff(folder / "b.tif", [f"b p{n}" for n in range(1, 6)], "RGB", "tiff_lzw")
    before = _counts(database_url)
    asked: list[int] = []

    def cancelled() -> bool:  # before a.png, its page, before b.tif, b's pages 1 and 2 …
        asked.append(1)
        return len(asked) == 5

    engine = make_engine(database_url)
    try:
        request = ImportRequest(RECEIPT_FORM, "Cut short", [str(folder)])
        with pytest.raises(ImportCancelled):
            import_batch(session_factory(engine), request, None, cancelled)
    finally:
        engine.dispose()
    assert len(asked) == 5  # stopped inside b.tif, not after it
    assert _counts(database_url) == before  # a.png's document went with the rest
