"""Generated scans for import tests: multi-page TIFFs, PDFs, rotated JPEGs, broken files."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw


def page(text: str, size: tuple[int, int] = (400, 560), mode: str = "RGB") -> Image.Image:
    im = Image.new(mode, size, "white" if mode != "1" else 1)
    draw = ImageDraw.Draw(im)
    draw.rectangle((20, 20, size[0] - 20, 60), outline="black" if mode != "1" else 0)
    draw.text((30, 30), text, fill="black" if mode != "1" else 0)
    if mode == "RGB":
        draw.ellipse((50, 100, 150, 200), fill=(200, 30, 30))
    return im


def noise_tiff(path: Path, pages: int, size: tuple[int, int] = (300, 300)) -> Path:
    """A multi-page TIFF of random colour noise: its pages do not compress (large writes)."""
    ims = [Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)) for _ in range(pages)]
    ims[0].save(path, save_all=True, append_images=ims[1:], compression="raw")
    return path


def tiff(path: Path, texts: list[str], mode: str, compression: str) -> Path:
    """A multi-page TIFF: bilevel Group 4 (`mode="1"`, `group4`), LZW, JPEG-in-TIFF..."""
    pages = [page(t, mode=mode) for t in texts]
    pages[0].save(path, save_all=True, append_images=pages[1:], compression=compression)
    return path


def pdf(path: Path, texts: list[str], size: tuple[int, int] = (400, 560)) -> Path:
    pages = [page(t, size) for t in texts]
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=72)
    return path


def encrypted_pdf(path: Path) -> Path:
    """A PDF whose trailer names the standard security handler (a password is needed)."""
    buf = io.BytesIO()
    page("secret").save(buf, "PDF")
    encrypt = (
        b"/Encrypt << /Filter /Standard /V 1 /R 2 /O <"
        + b"11" * 32
        + b"> /U <"
        + b"22" * 32
        + b"> /P -4 >> /ID [<"
        + b"33" * 16
        + b"> <"
        + b"33" * 16
        + b">]"
    )
    path.write_bytes(buf.getvalue().replace(b"trailer\n<<", b"trailer\n<<" + encrypt, 1))
    return path


def jpeg(path: Path, text: str, orientation: int | None = None) -> Path:
    im = page(text, (300, 200))
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    im.save(path, "JPEG", quality=90, exif=exif.tobytes())
    return path


def png(path: Path, text: str, size: tuple[int, int] = (300, 200)) -> Path:
    page(text, size).save(path, "PNG")
    return path


def huge_png_header(path: Path, width: int = 40_000, height: int = 40_000) -> Path:
    """A PNG that says it is width × height pixels (its data is a few bytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 16)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )
    return path


def truncated(source: Path, path: Path, keep: float = 0.5) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path
