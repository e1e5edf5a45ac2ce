"""Fonts for the demo scans: one per script and style, with a fallback chain.

Khmer and Lao need fonts with their glyphs (Debian packages fonts-khmeros and fonts-lao) and
complex-script shaping (Pillow built with libraqm). A missing font is logged once per
`FontBook` and replaced by the next in its chain, down to Pillow's built-in font: the demo
never fails for a missing font, its text then shows as boxes. See resources/README.md.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Literal

from PIL import ImageFont, features

from keying.paths import RESOURCES_DIR

log = logging.getLogger(__name__)

Script = Literal["khmer", "lao", "latin", "latin_ext"]
Style = Literal["hand", "print", "bold", "mono"]

# File names in order of preference; the first one found wins.
_LATIN_PRINT = ("DejaVuSans.ttf", "NimbusSans-Regular.otf", "LiberationSans-Regular.ttf")
_LATIN_BOLD = ("DejaVuSans-Bold.ttf", "NimbusSans-Bold.otf", "LiberationSans-Bold.ttf")
_LATIN_MONO = ("DejaVuSansMono.ttf", "NimbusMonoPS-Regular.otf", "LiberationMono-Regular.ttf")
_KHMER_PRINT = ("KhmerOS.ttf", "KhmerOSsys.ttf", "KhmerOScontent.ttf", "NotoSansKhmer-Regular.ttf")
_LAO_PRINT = ("Phetsarath_OT.ttf", "NotoSansLao-Regular.ttf", "Saysettha-OT.ttf")

FONT_CHAINS: dict[Script, dict[Style, tuple[str, ...]]] = {
    "latin": {
        # Z003 (fonts-urw-base35) looks handwritten but has Latin-1 only.
        "hand": ("Z003-MediumItalic.otf", "DejaVuSans-Oblique.ttf", *_LATIN_PRINT),
        "print": _LATIN_PRINT,
        "bold": _LATIN_BOLD,
        "mono": _LATIN_MONO,
    },
    "latin_ext": {  # Vietnamese and other letters past Latin-1
        "hand": ("DejaVuSans-Oblique.ttf", *_LATIN_PRINT),
        "print": _LATIN_PRINT,
        "bold": _LATIN_BOLD,
        "mono": _LATIN_MONO,
    },
    "khmer": {
        "hand": ("KhmerOSfasthand.ttf", "KhmerOSfreehand.ttf", *_KHMER_PRINT),
        "print": _KHMER_PRINT,
        "bold": ("KhmerOSbattambang.ttf", *_KHMER_PRINT),
        "mono": _KHMER_PRINT,
    },
    "lao": {"hand": _LAO_PRINT, "print": _LAO_PRINT, "bold": _LAO_PRINT, "mono": _LAO_PRINT},
}

APT_PACKAGES: dict[Script, str] = {
    "khmer": "fonts-khmeros",
    "lao": "fonts-lao",
    "latin": "fonts-dejavu-core",
    "latin_ext": "fonts-dejavu-core",
}


def font_dirs() -> list[Path]:
    """Where fonts are looked for: the app's resources first, then the system's."""
    dirs = [RESOURCES_DIR / "fonts", Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]
    home = Path(os.path.expanduser("~"))
    dirs += [home / ".local" / "share" / "fonts", home / ".fonts"]
    windir = os.environ.get("WINDIR")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    return dirs


@lru_cache(maxsize=4)
def _index(dirs: tuple[Path, ...]) -> dict[str, Path]:
    """File name → path of every font file under `dirs` (first directory wins)."""
    found: dict[str, Path] = {}
    for d in dirs:
        if not d.is_dir():
            continue
        for path in sorted(d.rglob("*")):
            if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
                found.setdefault(path.name, path)
    return found


def script_of(text: str) -> Script:
    """The script a font must cover for `text` (its first non-Latin script wins)."""
    extended = False
    for ch in text:
        cp = ord(ch)
        if 0x1780 <= cp <= 0x17FF or 0x19E0 <= cp <= 0x19FF:
            return "khmer"
        if 0x0E80 <= cp <= 0x0EFF:
            return "lao"
        if cp > 0xFF:
            extended = True
    return "latin_ext" if extended else "latin"


def has_raqm() -> bool:
    return bool(features.check("raqm"))


@lru_cache(maxsize=256)
def _load(path: Path | None, size: int, raqm: bool) -> ImageFont.FreeTypeFont:
    if path is None:
        return ImageFont.load_default(size)  # type: ignore[return-value]
    engine = ImageFont.Layout.RAQM if raqm else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(path), size, layout_engine=engine)


class FontBook:
    """Resolves (script, style) to a font file once, and loads fonts by size."""

    def __init__(self, dirs: Iterable[Path] | None = None) -> None:
        self._files = _index(tuple(dirs if dirs is not None else font_dirs()))
        self._raqm = has_raqm()
        self._resolved: dict[tuple[Script, Style], Path | None] = {}
        if not self._raqm:
            log.warning(
                "Pillow has no libraqm: Khmer and Lao text is drawn without shaping "
                "(install libraqm0 for correct rendering)"
            )

    @property
    def shaping(self) -> bool:
        return self._raqm

    def path(self, script: Script, style: Style) -> Path | None:
        key = (script, style)
        if key not in self._resolved:
            chain = FONT_CHAINS[script][style]
            path = next((self._files[n] for n in chain if n in self._files), None)
            if path is None and script in ("khmer", "lao"):
                log.warning(
                    "no %s font found (install the apt package %s): %s text will show as boxes",
                    script.capitalize(),
                    APT_PACKAGES[script],
                    script.capitalize(),
                )
                path = self.path("latin", style)
            elif path is None and script != "latin":
                path = self.path("latin", style)
            elif path is None:
                log.warning("no font found for Latin text: using Pillow's built-in font")
            elif path.name != chain[0]:
                log.info("%s %s text: %s (preferred %s is missing)", script, style, path, chain[0])
            self._resolved[key] = path
        return self._resolved[key]

    def font(self, text: str, style: Style, size: int) -> ImageFont.FreeTypeFont:
        """The font to draw `text` in `style` at `size` pixels."""
        return _load(self.path(script_of(text), style), max(6, int(size)), self._raqm)
