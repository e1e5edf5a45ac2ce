"""Decode page bytes into a QImage; safe to call in a worker thread (QImage, not QPixmap).

Only raster images are pages: the format is read from the header first, and anything else
(SVG, which Qt would happily render for minutes, PDF, text) is refused. A page of more than
MAX_PAGE_PIXELS pixels is refused from its header, before its pixels are decoded (import
refuses such pages too; this guards pages stored otherwise). A JPEG whose data ends before
its end-of-image marker decodes to a partial image: it is shown, marked damaged.

Qt's image readers come first (JPEG, PNG, TIFF, WebP...), with the EXIF orientation applied;
Pillow is the fallback for what they refuse (16-bit or CMYK TIFF, JPEG 2000, ...).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

# 80 megapixels: an A3 page scanned at 600 dpi is 70; a decoded page of this size takes
# 320 MB (32-bit pixels). Documented in docs/reliability.md.
MAX_PAGE_PIXELS = 80_000_000
# The formats Qt may decode a page from: raster images only (no svg, svgz, icns, ...).
RASTER_FORMATS = frozenset(
    {"jpeg", "jpg", "jfif", "png", "tif", "tiff", "bmp", "gif", "webp", "pbm", "pgm", "ppm"}
)


@dataclass(frozen=True)
class Decoded:
    """A decoded page: its image (None when it cannot be shown) and what is wrong with it."""

    image: QImage | None
    problem: str | None = None  # None: a sound page


def decode_page(data: bytes | None) -> QImage | None:
    """The page as an image, or None when the bytes are missing or cannot be decoded."""
    return decode(data).image


def decode(data: bytes | None) -> Decoded:
    """The page and, for a damaged or refused one, why (one line for the operator)."""
    if not data:
        return Decoded(None, "the page's image is missing")
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        reader = QImageReader(buffer)
        fmt = bytes(reader.format().data()).decode("ascii", "replace").lower()
        if fmt and fmt not in RASTER_FORMATS:
            return Decoded(None, f"the page is not a raster image ({fmt})")
        size = reader.size()
        if fmt and size.width() * size.height() > MAX_PAGE_PIXELS:
            return Decoded(None, _too_large(size.width(), size.height()))
        image: QImage | None = None
        if fmt:
            reader.setAutoTransform(True)
            read = reader.read()
            image = read if _usable(read) else None
    finally:
        buffer.close()
    if image is None:
        image, problem = _decode_pillow(data)
        if image is None:
            return Decoded(None, problem or "the page's image cannot be decoded")
    if fmt in ("jpeg", "jpg", "jfif") and _jpeg_truncated(data):
        return Decoded(image, "the image is incomplete (its data ends early)")
    return Decoded(image)


def _too_large(width: int, height: int) -> str:
    return (
        f"the page is too large to show ({width:,} × {height:,} pixels; "
        f"the limit is {MAX_PAGE_PIXELS:,})"
    )


def _jpeg_truncated(data: bytes) -> bool:
    """True when the last scan has no end-of-image marker after it (FF D9 cannot occur inside
    entropy-coded data, where an FF byte is always followed by 00 or a restart marker)."""
    return data.rfind(b"\xff\xd9") < data.rfind(b"\xff\xda")


def _usable(image: QImage) -> bool:
    return not image.isNull() and image.width() > 0 and image.height() > 0


def _decode_pillow(data: bytes) -> tuple[QImage | None, str | None]:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as opened:
            width, height = opened.size
            if width * height > MAX_PAGE_PIXELS:
                return None, _too_large(width, height)
            im = ImageOps.exif_transpose(opened)
            if im.mode.startswith("I;16"):  # 16-bit grey: keep the top 8 bits
                im = im.convert("I").point(lambda v: v / 256).convert("L")
            else:
                im = im.convert("L") if im.mode in ("1", "L") else im.convert("RGB")
            im.load()
    except UnidentifiedImageError:
        return None, "the page is not an image keying can show"
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        return None, f"the page's image is damaged ({str(exc).splitlines()[0]})"
    fmt = QImage.Format.Format_Grayscale8 if im.mode == "L" else QImage.Format.Format_RGB888
    raw = im.tobytes()
    line = im.width * (1 if im.mode == "L" else 3)
    image = QImage(raw, im.width, im.height, line, fmt).copy()  # copy: own the pixels
    return (image, None) if _usable(image) else (None, "the page's image is empty")
