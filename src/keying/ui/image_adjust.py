"""Brightness / contrast / invert of a page image with a 256-entry lookup table.

No numpy: the table is applied with `bytes.translate` over the raw pixel bytes of an
8-bit grey or 24-bit RGB copy (no alpha byte to spoil), or to the colour table of an
indexed image. A 300-dpi A4 scan takes a few tens of milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QImage, qRgb


@dataclass(frozen=True)
class Adjustments:
    brightness: float = 0.0  # -1 .. 1, added as a fraction of full white
    contrast: float = 1.0  # 0.2 .. 5, gain around mid-grey
    invert: bool = False

    @property
    def identity(self) -> bool:
        return self.brightness == 0.0 and self.contrast == 1.0 and not self.invert


def lookup_table(adj: Adjustments) -> bytes:
    out = bytearray(256)
    for v in range(256):
        x = (v - 127.5) * adj.contrast + 127.5 + adj.brightness * 255.0
        y = min(255, max(0, round(x)))
        out[v] = 255 - y if adj.invert else y
    return bytes(out)


def working_copy(image: QImage) -> QImage:
    """A copy in a format the table can be applied to byte by byte."""
    fmt = image.format()
    if fmt in (QImage.Format.Format_Grayscale8, QImage.Format.Format_Indexed8):
        return image
    return image.convertToFormat(QImage.Format.Format_RGB888)


def adjust(work: QImage, adj: Adjustments) -> QImage:
    """`work` (from `working_copy`) with the adjustments applied; `work` is not changed."""
    if adj.identity:
        return work
    table = lookup_table(adj)
    if work.format() == QImage.Format.Format_Indexed8:
        out = work.copy()
        colors = out.colorTable()
        out.setColorTable(
            [qRgb(table[(c >> 16) & 255], table[(c >> 8) & 255], table[c & 255]) for c in colors]
        )
        return out
    out = work.copy()
    bits = memoryview(out.bits())
    bits[:] = bytes(bits).translate(table)
    return out
