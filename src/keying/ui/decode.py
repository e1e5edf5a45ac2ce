"""Decode page bytes into a QImage; safe to call in a worker thread (QImage, not QPixmap).

Qt's image readers come first (JPEG, PNG, TIFF, WebP...), with the EXIF orientation applied;
Pillow is the fallback for what they refuse (16-bit or CMYK TIFF, JPEG 2000, ...).
"""

from __future__ import annotations

import io

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader


def decode_page(data: bytes | None) -> QImage | None:
    """The page as an image, or None when the bytes are missing or cannot be decoded."""
    if not data:
        return None
    image = _decode_qt(data)
    if image is None:
        image = _decode_pillow(data)
    return image


def _usable(image: QImage) -> bool:
    return not image.isNull() and image.width() > 0 and image.height() > 0


def _decode_qt(data: bytes) -> QImage | None:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    buffer.close()
    return image if _usable(image) else None


def _decode_pillow(data: bytes) -> QImage | None:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as opened:
            im = ImageOps.exif_transpose(opened)
            if im.mode.startswith("I;16"):  # 16-bit grey: keep the top 8 bits
                im = im.convert("I").point(lambda v: v / 256).convert("L")
            else:
                im = im.convert("L") if im.mode in ("1", "L") else im.convert("RGB")
            im.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    fmt = QImage.Format.Format_Grayscale8 if im.mode == "L" else QImage.Format.Format_RGB888
    raw = im.tobytes()
    line = im.width * (1 if im.mode == "L" else 3)
    image = QImage(raw, im.width, im.height, line, fmt).copy()  # copy: own the pixels
    return image if _usable(image) else None
