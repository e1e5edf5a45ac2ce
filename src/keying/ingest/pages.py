"""Read one file into upright page images ready to store: JPEG, PNG, TIFF, PDF.

- JPEG and PNG: one page. Stored as the original bytes when no EXIF orientation turns the
  picture (lossless, fast); otherwise turned upright and re-encoded (JPEG at quality 95, PNG
  lossless), so a stored page never needs its EXIF tag to be shown the right way up.
- TIFF: every page of a multi-page file (Group 4, LZW, JPEG-in-TIFF, ...). Bilevel and
  lossless pages are stored as PNG, JPEG-compressed pages as JPEG (quality 95).
- PDF: every page rasterized at `dpi` by PDFium (pypdfium2), stored as PNG.

Every page is decoded in full here, so a corrupt or truncated file is refused at import, not
when an operator opens it. A page of more than `MAX_PAGE_PIXELS` pixels is refused (before its
pixels are decoded): no scanner makes one, and decoding it could exhaust a workstation.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from keying.ingest.files import kind_of

# A0 at 300 dpi is 9933 × 14043 (139 MP); A3 at 600 dpi 70 MP. Pillow warns from 89 MP on.
MAX_PAGE_PIXELS = 80_000_000
JPEG_QUALITY = 95
MIN_DPI, MAX_DPI = 50, 600


class UnreadableFile(Exception):
    """The file cannot be imported; the message says why (one line)."""


@dataclass(frozen=True)
class PageImage:
    """One page as stored: encoded bytes, their media type and the upright size."""

    data: bytes
    media_type: str
    width: int
    height: int


def _check_size(width: int, height: int, max_pixels: int) -> None:
    if width <= 0 or height <= 0:
        raise UnreadableFile(f"the image has no pixels ({width} × {height})")
    if width * height > max_pixels:
        raise UnreadableFile(f"{width} × {height}: {_too_large(max_pixels)}")


def _too_large(max_pixels: int) -> UnreadableFile:
    return UnreadableFile(f"more than the {max_pixels:,} pixels a page may have")


def _open(data: bytes, max_pixels: int = MAX_PAGE_PIXELS) -> Image.Image:
    """Open lazily (header only) without Pillow's decompression-bomb warning: we check sizes."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:  # Pillow's own limit (twice ours) already at the header
        raise _too_large(max_pixels) from None
    except UnidentifiedImageError:
        raise UnreadableFile("not an image Pillow can read (damaged, or another format)") from None
    except OSError as exc:
        raise UnreadableFile(f"cannot read the file: {exc}") from None


def _load(im: Image.Image) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im.load()
    except Image.DecompressionBombError:
        raise _too_large(MAX_PAGE_PIXELS) from None
    except Exception as exc:  # Pillow's decoders raise many kinds on damaged data
        raise UnreadableFile(f"damaged image data: {_why(exc)}") from None


def _why(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _orientation(im: Image.Image) -> int:
    try:
        return int(im.getexif().get(0x0112, 1) or 1)
    except Exception:  # a damaged EXIF block: show the picture as stored
        return 1


def _storable(im: Image.Image) -> Image.Image:
    """A mode PNG and JPEG store as is (bilevel, grey and colour are kept as they are)."""
    if im.mode in ("1", "L", "RGB"):
        return im
    if im.mode.startswith("I") or im.mode == "F":  # 16- or 32-bit grey: keep the top 8 bits
        return im.convert("I").point(lambda v: v / 256).convert("L")
    if im.mode in ("LA", "La"):
        return im.convert("L")
    return im.convert("RGB")


def _encode(im: Image.Image, as_jpeg: bool) -> PageImage:
    im = _storable(im)
    buffer = io.BytesIO()
    if as_jpeg and im.mode != "1":
        im.save(buffer, "JPEG", quality=JPEG_QUALITY)
        media_type = "image/jpeg"
    else:
        im.save(buffer, "PNG")
        media_type = "image/png"
    return PageImage(buffer.getvalue(), media_type, im.width, im.height)


def _single(data: bytes, max_pixels: int) -> Iterator[PageImage]:
    """A JPEG or PNG (whatever its name says), or another still image Pillow reads."""
    im = _open(data, max_pixels)
    with im:
        if im.format == "TIFF":
            yield from _tiff_pages(data, max_pixels)
            return
        _check_size(*im.size, max_pixels)
        _load(im)
        native = {"JPEG": "image/jpeg", "PNG": "image/png"}.get(im.format or "")
        if native is not None and im.mode in ("1", "L", "RGB") and _orientation(im) == 1:
            yield PageImage(data, native, im.width, im.height)
            return
        upright = ImageOps.exif_transpose(im) if _orientation(im) != 1 else im
        yield _encode(upright, as_jpeg=native == "image/jpeg")


def _tiff_pages(data: bytes, max_pixels: int) -> Iterator[PageImage]:
    im = _open(data, max_pixels)
    with im:
        if im.format != "TIFF":
            yield from _single(data, max_pixels)
            return
        frames = getattr(im, "n_frames", 1)
        for i in range(frames):
            try:
                im.seek(i)
            except (OSError, EOFError, ValueError) as exc:
                raise UnreadableFile(f"page {i + 1} of {frames}: damaged ({exc})") from None
            _check_size(*im.size, max_pixels)
            try:
                _load(im)
            except UnreadableFile as exc:
                raise UnreadableFile(f"page {i + 1} of {frames}: {exc}") from None
            jpeg = str(im.info.get("compression", "")).lower() == "jpeg"
            page = ImageOps.exif_transpose(im) if _orientation(im) != 1 else im.copy()
            yield _encode(page, as_jpeg=jpeg)


def _pdf_document(data: bytes):  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise UnreadableFile("the PDF is encrypted (protected by a password)") from None
        raise UnreadableFile(f"not a PDF PDFium can read: {message}") from None


def _pdf_pages(data: bytes, dpi: int, max_pixels: int) -> Iterator[PageImage]:
    import pypdfium2 as pdfium

    pdf = _pdf_document(data)
    try:
        count = len(pdf)
        if count == 0:
            raise UnreadableFile("the PDF has no pages")
        scale = dpi / 72
        for i in range(count):
            page = pdf[i]
            try:
                w_pt, h_pt = page.get_size()
                _check_size(round(w_pt * scale), round(h_pt * scale), max_pixels)
                bitmap = page.render(scale=scale, may_draw_forms=True)
                try:
                    im = bitmap.to_pil()
                    yield _encode(im, as_jpeg=False)
                finally:
                    bitmap.close()
            except pdfium.PdfiumError as exc:
                raise UnreadableFile(f"page {i + 1} of {count}: {exc}") from None
            finally:
                page.close()
    finally:
        pdf.close()


def page_count(path: Path) -> int:
    """How many pages the file has, from its header (nothing decoded)."""
    try:
        return _page_count(path)
    except UnreadableFile:
        raise
    except Exception as exc:  # damaged headers make the readers raise many kinds
        raise UnreadableFile(f"damaged file: {_why(exc)}") from None


def _page_count(path: Path) -> int:
    kind = kind_of(path)
    data = _read(path)
    if not data:
        raise UnreadableFile("the file is empty")
    if kind == "pdf":
        pdf = _pdf_document(data)
        try:
            return len(pdf)
        finally:
            pdf.close()
    im = _open(data)
    with im:
        return int(getattr(im, "n_frames", 1)) if im.format == "TIFF" else 1


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"cannot read the file: {exc.strerror or exc}") from None


def read_pages(
    path: Path, dpi: int = 200, max_pixels: int = MAX_PAGE_PIXELS
) -> Iterator[PageImage]:
    """The file's pages in order, each decoded in full; UnreadableFile says why not."""
    try:
        yield from _pages(path, dpi, max_pixels)
    except UnreadableFile:
        raise
    except MemoryError:
        raise UnreadableFile("too large to decode in this PC's memory") from None
    except Exception as exc:  # Pillow's and PDFium's readers raise many kinds on damaged data
        raise UnreadableFile(f"damaged file: {_why(exc)}") from None


def _pages(path: Path, dpi: int, max_pixels: int) -> Iterator[PageImage]:
    kind = kind_of(path)
    data = _read(path)
    if not data:
        raise UnreadableFile("the file is empty")
    if kind == "pdf":
        yield from _pdf_pages(data, dpi, max_pixels)
    elif kind == "tiff":
        yield from _tiff_pages(data, max_pixels)
    elif kind in ("jpeg", "png"):
        yield from _single(data, max_pixels)
    else:
        raise UnreadableFile("not a JPEG, PNG, TIFF or PDF file")
