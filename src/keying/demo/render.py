"""Render a demo document as scanned pages: a paper form (or a shop receipt) with its values
written in, then a slight skew, grain and blur, as a 200 dpi scanner would give.

Deterministic: the same form, values and seed give the same PNG bytes. Values are drawn
inside each field's zone (fractions of the page), so the zones of the definition fit the
scans exactly. Text is shaped with libraqm where Pillow has it (Khmer, Lao).
"""

from __future__ import annotations

import io
import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from keying.demo.fonts import FontBook, Script, Style, script_of
from keying.forms import MARKERS, FieldDef, FormDefinition

DPI = 200
A4 = (1654, 2339)  # 210 x 297 mm at 200 dpi
PAPER = 248
PRINT_INK = 25

Box = tuple[int, int, int, int]  # left, top, right, bottom

# Handwriting size as a share of the box height, by script (Khmer and Lao stack marks
# above and below the line; DejaVu's letters are larger than Z003's at the same size).
_HAND_SCALE: dict[Script, float] = {"latin": 0.62, "latin_ext": 0.5, "khmer": 0.45, "lao": 0.5}


@dataclass(frozen=True)
class PageStyle:
    kind: Literal["form", "receipt"]
    size: tuple[int, int]


# How the shipped forms look on paper; any other form is an A4 paper form.
PAGE_STYLES: dict[str, PageStyle] = {
    "receipt": PageStyle("receipt", (630, 1600)),  # 80 mm thermal paper roll
    "herbarium_label": PageStyle("form", (1181, 787)),  # 150 x 100 mm label
}


def page_style(form: FormDefinition) -> PageStyle:
    return PAGE_STYLES.get(form.form, PageStyle("form", A4))


def _zone_box(field: FieldDef, size: tuple[int, int]) -> Box:
    assert field.zone is not None
    w, h = size
    z = field.zone
    return (round(z.x * w), round(z.y * h), round((z.x + z.w) * w), round((z.y + z.h) * h))


def _text_width(font: ImageFont.FreeTypeFont, text: str) -> float:
    return float(font.getlength(text))


class _Painter:
    """Draws on one page; knows the fonts and the document's random generator."""

    def __init__(self, image: Image.Image, fonts: FontBook, seed: str) -> None:
        self.image = image
        self.draw = ImageDraw.Draw(image)
        self.fonts = fonts
        self.seed = seed

    def rng(self, key: str) -> random.Random:
        """A generator of its own per drawn thing, so a blank value changes nothing else."""
        return random.Random(f"{self.seed}:{key}")

    def text(
        self,
        xy: tuple[float, float],
        text: str,
        size: int,
        style: Style = "print",
        fill: int = PRINT_INK,
        anchor: str = "ls",
    ) -> None:
        font = self.fonts.font(text, style, size)
        self.draw.text(xy, text, font=font, fill=fill, anchor=anchor)

    def fit(self, text: str, style: Style, size: int, width: float) -> ImageFont.FreeTypeFont:
        """The font at `size` or smaller (down to 40 %) in which `text` fits `width`."""
        font = self.fonts.font(text, style, size)
        floor = max(8, int(size * 0.4))
        while size > floor and _text_width(font, text) > width:
            size = max(floor, int(size * 0.9))
            font = self.fonts.font(text, style, size)
        return font

    def wrap(self, text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
        lines: list[str] = []
        for word in text.split():
            if lines and _text_width(font, f"{lines[-1]} {word}") <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines or [""]

    def handwrite(self, box: Box, text: str, key: str) -> None:
        """Write `text` in `box` as a person would: slanted, off-centre, in pen ink."""
        left, top, right, bottom = box
        bw, bh = right - left, bottom - top
        pad = max(4, int(bh * 0.12))
        size = int(min(bh * _HAND_SCALE[script_of(text)], 64))
        font = self.fit(text, "hand", size, bw - 2 * pad)
        lines = [text]
        line_h = font.size * 1.25
        if _text_width(font, text) > bw - 2 * pad and bh >= 2.2 * line_h:
            font = self.fonts.font(text, "hand", size)
            for _ in range(12):
                lines = self.wrap(text, font, bw - 2 * pad)
                line_h = font.size * 1.25
                if len(lines) * line_h <= bh - pad:
                    break
                font = self.fonts.font(text, "hand", int(font.size * 0.9))
        rng = self.rng(key)
        slant = rng.uniform(-0.18, 0.05)
        ink = rng.randint(15, 70)
        block_h = len(lines) * line_h
        y = top + (bh - block_h) / 2 + line_h * 0.8 + rng.uniform(-0.1, 0.1) * bh
        for line in lines:
            x = (
                left
                + pad
                + rng.uniform(0, max(0.0, (bw - 2 * pad - _text_width(font, line)) * 0.3))
            )
            self._slanted(line, font, (x, y), slant, ink)
            y += line_h

    def _slanted(
        self,
        text: str,
        font: ImageFont.FreeTypeFont,
        xy: tuple[float, float],
        slant: float,
        ink: int,
    ) -> None:
        x0, y0, x1, y1 = font.getbbox(text, anchor="ls")
        margin = int(abs(slant) * (y1 - y0)) + 4
        w, h = int(x1 - x0) + 2 * margin, int(y1 - y0) + 4
        if w <= 0 or h <= 0:
            return
        layer = Image.new("L", (w, h), 0)
        ImageDraw.Draw(layer).text((margin - x0, 2 - y0), text, font=font, fill=255, anchor="ls")
        # Shear around the baseline: x' = x + slant * (y - baseline)
        baseline = 2 - y0
        layer = layer.transform(
            layer.size,
            Image.Transform.AFFINE,
            (1, slant, -slant * baseline, 0, 1, 0),
            resample=Image.Resampling.BILINEAR,
        )
        self.image.paste(ink, (int(xy[0] + x0 - margin), int(xy[1] + y0 - 2)), layer)


# --- paper form ------------------------------------------------------------------------


def _draw_form_page(
    p: _Painter, form: FormDefinition, values: Mapping[str, Any], page: int
) -> None:
    w, h = p.image.size
    unit = w / 100  # 1 % of the page width
    if page == 1:
        title_y = max(h * 0.06, unit * 6)
        p.text((w / 2, title_y), form.title, int(unit * 3), "bold", anchor="ms")
    footer = f"{form.form} · version {form.version} · page {page} of {form.pages}"
    p.text((w / 2, h - unit * 2), footer, int(unit * 1.3), anchor="ms", fill=90)
    p.draw.rectangle((unit, unit, w - unit, h - unit), outline=120, width=2)
    label_size = max(14, int(unit * 1.4))
    for field in form.fields:
        if field.zone is None or field.zone.page != page:
            continue
        box = _zone_box(field, (w, h))
        label = field.label + ("" if field.required else " (if any)")
        p.text((box[0], box[1] - label_size * 0.45), label, label_size, fill=40)
        if field.is_table:
            _draw_table(p, field, values.get(field.name), box, label_size)
            continue
        p.draw.rectangle(box, outline=60, width=2)
        hint = field.kind.paper_hint(field)  # codes, a date's format ...
        if hint:
            font = p.fit(hint, "print", int(label_size * 0.8), box[2] - box[0])
            p.draw.text((box[0], box[3] + 4), hint, font=font, fill=80, anchor="lt")
        raw = values.get(field.name)
        if isinstance(raw, str) and raw.strip() and raw not in MARKERS:
            p.handwrite(box, raw, field.name)


def _draw_table(p: _Painter, field: FieldDef, rows: Any, box: Box, label_size: int) -> None:
    rows = rows if isinstance(rows, list) else []
    columns = field.columns or []
    printed = max(len(rows), min(field.max_rows or 8, 12))
    left, top, right, bottom = box
    row_h = (bottom - top) / (printed + 1)
    total = sum(c.kind.column_weight for c in columns)
    edges = [float(left)]
    for col in columns:
        edges.append(edges[-1] + (right - left) * col.kind.column_weight / total)
    p.draw.rectangle(box, outline=60, width=2)
    for i in range(1, printed + 1):
        y = top + i * row_h
        p.draw.line((left, y, right, y), fill=60, width=2 if i == 1 else 1)
    for x in edges[1:-1]:
        p.draw.line((x, top, x, bottom), fill=60, width=1)
    for col, x0, x1 in zip(columns, edges, edges[1:], strict=False):
        head = col.label
        codes = col.kind.codes(col)
        if codes:
            head += " (" + "/".join(codes) + ")"
        font = p.fit(head, "bold", label_size, x1 - x0 - 8)
        p.draw.text((x0 + 6, top + row_h / 2), head, font=font, fill=PRINT_INK, anchor="lm")
    for r, row in enumerate(rows):
        if not isinstance(row, Mapping):
            continue
        y0 = top + (r + 1) * row_h
        for col, x0, x1 in zip(columns, edges, edges[1:], strict=False):
            raw = row.get(col.name)
            if isinstance(raw, str) and raw.strip() and raw not in MARKERS:
                cell = (int(x0), int(y0), int(x1), int(y0 + row_h))
                p.handwrite(cell, raw, f"{field.name}.{r}.{col.name}")


# --- receipt ---------------------------------------------------------------------------


def _draw_receipt_page(p: _Painter, form: FormDefinition, values: Mapping[str, Any]) -> None:
    w, h = p.image.size
    rng = p.rng("receipt")
    size = int(w * 0.038)
    lines_at: dict[str, Box] = {
        f.name: _zone_box(f, (w, h)) for f in form.fields if f.zone is not None and f.zone.page == 1
    }

    def centred(text: str, y: float, style: Style = "mono", scale: float = 1.0) -> None:
        font = p.fit(text, style, int(size * scale), w * 0.9)
        p.draw.text((w / 2, y), text, font=font, fill=PRINT_INK, anchor="ms")

    def block(name: str, style: Style, scale: float, extra: list[str]) -> None:
        box = lines_at.get(name)
        raw = values.get(name)
        if box is None:
            return
        text = raw if isinstance(raw, str) and raw not in MARKERS else ""
        font = p.fonts.font(text or "X", style, int(size * scale))
        lines = p.wrap(text, font, (box[2] - box[0]) * 0.95) if text else []
        lines += extra
        step = font.size * 1.3
        y = box[1] + step
        for line in lines:
            if y > box[3]:
                break
            centred(line, y, style, scale)
            y += step

    block(
        "company",
        "bold",
        1.15,
        [f"(CO. REG : {rng.randint(10000, 999999)}-{rng.choice('ADKPTU')})"],
    )
    tel = f"TEL: 03-{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    block("address", "mono", 0.9, [tel])
    date_box = lines_at.get("date")
    raw_date, raw_time = values.get("date"), values.get("time", "")
    date_text = raw_date if isinstance(raw_date, str) and raw_date not in MARKERS else ""
    time_text = raw_time if isinstance(raw_time, str) and raw_time not in MARKERS else ""
    if date_box is not None and (date_text or time_text):
        drawn = f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}"  # a form without `time`
        time_text = time_text if "time" in values else drawn
        y = (date_box[1] + date_box[3]) / 2
        x = date_box[0] + w * 0.03
        p.text((x, y), f"INV NO: {rng.randint(10000, 99999)}", size, "mono")
        line = f"DATE: {date_text}   {time_text}" if date_text else f"TIME: {time_text}"
        p.text((x, y + size * 1.4), line.rstrip(), size, "mono")
    total_box = lines_at.get("total")
    raw_total = values.get("total")
    total_text = raw_total if isinstance(raw_total, str) and raw_total not in MARKERS else ""
    items_top = date_box[3] if date_box else h * 0.46
    items_bottom = total_box[1] if total_box else h * 0.55
    _receipt_items(p, total_text, items_top, items_bottom, size)
    if total_box is not None and total_text:
        right = total_box[2] - w * 0.02
        y = total_box[1] + size * 1.5
        p.draw.line((total_box[0], y - size * 1.1, right, y - size * 1.1), fill=PRINT_INK)
        big = p.fonts.font(total_text, "bold", int(size * 1.2))
        p.text((total_box[0], y), "TOTAL (RM)", int(size * 1.1), "bold")
        p.draw.text((right, y), total_text, font=big, fill=PRINT_INK, anchor="rs")
        cash = _cash(total_text, rng)
        if cash:
            p.text((total_box[0], y + size * 1.6), "CASH", size, "mono")
            p.text((right, y + size * 1.6), cash[0], size, "mono", anchor="rs")
            p.text((total_box[0], y + size * 2.9), "CHANGE", size, "mono")
            p.text((right, y + size * 2.9), cash[1], size, "mono", anchor="rs")
    centred("THANK YOU. PLEASE COME AGAIN.", h * 0.92, "mono", 0.85)


def _cash(total: str, rng: random.Random) -> tuple[str, str] | None:
    try:
        cents = round(float(total.replace(",", "")) * 100)
    except ValueError:
        return None
    paid = ((cents // 1000) + 1 + rng.randint(0, 2)) * 1000
    return f"{paid / 100:.2f}", f"{(paid - cents) / 100:.2f}"


def _receipt_items(p: _Painter, total: str, top: float, bottom: float, size: int) -> None:
    """Item lines whose amounts add up to the total (they are not keyed)."""
    try:
        cents = round(float(total.replace(",", "")) * 100)
    except ValueError:
        return
    rng = p.rng("items")
    step = size * 1.35
    room = max(1, int((bottom - top - step * 0.5) // step))
    count = max(1, min(room, 3, cents // 100 or 1))
    cuts = sorted(rng.sample(range(1, cents), count - 1)) if cents > count else []
    amounts = [b - a for a, b in zip([0, *cuts], [*cuts, cents], strict=True)]
    goods = ("MINERAL WATER", "A4 PAPER 80G", "NASI LEMAK", "TEH TARIK", "PVC PIPE 1/2", "PEN 0.5")
    w = p.image.size[0]
    y = top + step
    for good, amount in zip(rng.sample(goods, len(amounts)), amounts, strict=True):
        p.text((w * 0.05, y), good, size, "mono")
        p.text((w * 0.95, y), f"{amount / 100:.2f}", size, "mono", anchor="rs")
        y += step


# --- scanner ---------------------------------------------------------------------------


def _scan(image: Image.Image, rng: random.Random) -> Image.Image:
    """Skew (±1°), a little blur, paper grain and a few specks; grayscale."""
    image = image.rotate(rng.uniform(-1.0, 1.0), resample=Image.Resampling.NEAREST, fillcolor=PAPER)
    centre = rng.choice((4, 6, 8))  # a 3x3 blur: the lower the centre, the softer
    image = image.filter(ImageFilter.Kernel((3, 3), (1, 2, 1, 2, centre, 2, 1, 2, 1)))
    w, h = image.size
    draw = ImageDraw.Draw(image)
    for _ in range(w * h // 40000):  # dust
        x, y, r = rng.randrange(w), rng.randrange(h), rng.choice((1, 1, 2))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(60, 160))
    # Grain on about 2 % of the pixels: light enough to read, sparse enough to compress.
    noise = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    lut = [0] * 250 + [8, 10, 12, 14, 18, 24]
    return ImageChops.subtract(image, noise.point(lut))


def render_document(
    form: FormDefinition, values: Mapping[str, Any], seed: int, fonts: FontBook | None = None
) -> list[bytes]:
    """PNG pages (200 dpi, grayscale) of `form` filled in with `values`."""
    fonts = fonts or FontBook()
    style = page_style(form)
    pages = []
    for page in range(1, form.pages + 1):
        image = Image.new("L", style.size, PAPER)
        painter = _Painter(image, fonts, f"{seed}:{page}")
        if style.kind == "receipt" and page == 1:
            _draw_receipt_page(painter, form, values)
        else:
            _draw_form_page(painter, form, values, page)
        scanned = _scan(image, painter.rng("scan"))
        out = io.BytesIO()
        scanned.save(out, "PNG", dpi=(DPI, DPI), compress_level=1)
        pages.append(out.getvalue())
    return pages
