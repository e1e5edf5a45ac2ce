"""Themes (calm normal, high contrast) and UI font scaling, applied to the whole application.

Widgets set no fonts or colours of their own: everything comes from the palette and the
style sheet here, so one call changes the whole window. Dynamic properties used by the
entry form: `state` = "error" | "warning" | "" and `marker` = true on a field holding the
illegible or blank marker; `focusedRow` = true on the row of the focused field.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from keying.config import FONT_SCALE_MAX, FONT_SCALE_MIN, Settings

BASE_POINT_SIZE = 11.0
# The limits the settings accept (keying.config), so the keys never step beyond them.
MIN_SCALE = FONT_SCALE_MIN
MAX_SCALE = FONT_SCALE_MAX
SCALE_STEP = 0.1
# DejaVu Sans for Latin; Khmer and Lao fonts named so their glyphs are found at once.
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Khmer OS System", "Phetsarath OT", "sans-serif"]


@dataclass(frozen=True)
class Colors:
    window: str
    base: str
    text: str
    muted: str
    accent: str
    focus_bg: str
    error: str
    error_bg: str
    warning: str
    warning_bg: str
    border: str
    highlight_text: str
    zone: str


NORMAL = Colors(
    window="#eef0f3",
    base="#ffffff",
    text="#1f2328",
    muted="#6b7280",
    accent="#1f5fbf",
    focus_bg="#fff8d6",
    error="#b42318",
    error_bg="#fdecea",
    warning="#8a5a00",
    warning_bg="#fff4dc",
    border="#c4c9d1",
    highlight_text="#ffffff",
    zone="#e08a00",
)

HIGH_CONTRAST = Colors(
    window="#000000",
    base="#000000",
    text="#ffffff",
    muted="#e0e0e0",
    accent="#ffff00",
    focus_bg="#002b6b",
    error="#ff6b6b",
    error_bg="#3a0000",
    warning="#ffd24a",
    warning_bg="#332600",
    border="#ffffff",
    highlight_text="#000000",
    zone="#00ffff",
)


def colors(high_contrast: bool) -> Colors:
    return HIGH_CONTRAST if high_contrast else NORMAL


def clamp_scale(scale: float) -> float:
    return round(min(MAX_SCALE, max(MIN_SCALE, scale)), 2)


def palette(c: Colors) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in [
        (role.Window, c.window),
        (role.WindowText, c.text),
        (role.Base, c.base),
        (role.AlternateBase, c.window),
        (role.Text, c.text),
        (role.Button, c.window),
        (role.ButtonText, c.text),
        (role.ToolTipBase, c.base),
        (role.ToolTipText, c.text),
        (role.Highlight, c.accent),
        (role.HighlightedText, c.highlight_text),
        (role.PlaceholderText, c.muted),
        (role.Link, c.accent),
    ]:
        p.setColor(r, QColor(value))
    return p


def style_sheet(c: Colors, scale: float) -> str:
    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    border = "2px" if c is HIGH_CONTRAST else "1px"
    # No catch-all `QWidget { color }` rule: the palette's text colour is the same, and widgets
    # render identically without it. The QScrollArea rule is not the palette restated: without
    # it the form's scroll area and its viewport are painted in other colours.
    return f"""
QLineEdit {{
    background: {c.base}; border: {border} solid {c.border}; border-radius: 3px;
    padding: 3px 6px; font-size: {pt(BASE_POINT_SIZE + 1)};
    selection-background-color: {c.accent}; selection-color: {c.highlight_text};
}}
QLineEdit:focus {{ border: 3px solid {c.accent}; background: {c.focus_bg}; padding: 1px 4px; }}
QLineEdit[marker="true"] {{ color: {c.muted}; font-style: italic; }}
QLineEdit[state="error"] {{ border: 3px solid {c.error}; background: {c.error_bg}; }}
QLineEdit[state="warning"] {{ border: 2px solid {c.warning}; }}
QLabel#fieldLabel {{ font-size: {pt(BASE_POINT_SIZE)}; padding: 1px 4px; }}
QLabel#fieldLabel[focusedRow="true"] {{ color: {c.accent}; background: {c.focus_bg}; }}
QLabel#choiceHint {{ color: {c.muted}; font-size: {pt(BASE_POINT_SIZE - 1)}; }}
QLabel#choiceHint[focusedRow="true"] {{ color: {c.text}; }}
QLabel#formTitle {{ font-size: {pt(BASE_POINT_SIZE + 3)}; font-weight: bold; }}
QLabel#tableTitle {{ font-size: {pt(BASE_POINT_SIZE)}; font-weight: bold; }}
QLabel#columnHeader {{ color: {c.muted}; font-size: {pt(BASE_POINT_SIZE - 1)}; }}
QFrame#guide {{
    background: {c.base}; border: {border} solid {c.border}; border-radius: 4px;
}}
QLabel#guideTitle {{ font-size: {pt(BASE_POINT_SIZE + 1)}; font-weight: bold; }}
QLabel#guideText {{ font-size: {pt(BASE_POINT_SIZE)}; }}
QLabel#message[state="error"] {{ color: {c.error}; font-weight: bold; }}
QLabel#message[state="warning"] {{ color: {c.warning}; font-weight: bold; }}
QLabel#message[state="info"] {{ color: {c.accent}; font-weight: bold; }}
QListWidget#checkList {{
    background: {c.warning_bg}; border: {border} solid {c.warning}; color: {c.text};
    font-size: {pt(BASE_POINT_SIZE)};
}}
QLabel#pageInfo {{
    background: rgba(0, 0, 0, 150); color: #ffffff; border-radius: 3px; padding: 2px 8px;
    font-size: {pt(BASE_POINT_SIZE - 1)};
}}
QFrame#helpOverlay {{ background: {c.base}; border: 3px solid {c.accent}; border-radius: 6px; }}
QLabel#helpTitle {{ font-size: {pt(BASE_POINT_SIZE + 3)}; font-weight: bold; }}
QTableWidget#helpTable {{ font-size: {pt(BASE_POINT_SIZE)}; background: {c.base}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: {c.window}; }}
QLabel#issueTitle {{ font-size: {pt(BASE_POINT_SIZE + 4)}; font-weight: bold; }}
QLabel#issueWhere {{ color: {c.muted}; font-size: {pt(BASE_POINT_SIZE)}; }}
QLabel#issueKind {{ color: {c.warning}; font-size: {pt(BASE_POINT_SIZE + 1)}; }}
QLabel#passLetter {{
    color: {c.accent}; font-size: {pt(BASE_POINT_SIZE + 8)}; font-weight: bold; padding: 0 8px;
}}
QLabel#passValue {{
    background: {c.base}; border: {border} solid {c.border}; border-radius: 4px;
    padding: 4px 10px; font-size: {pt(BASE_POINT_SIZE + 8)};
}}
QLabel#keyBar {{ color: {c.muted}; font-size: {pt(BASE_POINT_SIZE)}; }}
QLabel#snippet {{ background: #5b6068; color: #ffffff; font-size: {pt(BASE_POINT_SIZE + 1)}; }}
QLabel#deskNotice {{
    background: {c.error_bg}; color: {c.error}; border: 2px solid {c.error};
    font-weight: bold; padding: 6px; font-size: {pt(BASE_POINT_SIZE + 1)};
}}
QLabel#deskNotice[state="info"] {{
    background: {c.focus_bg}; color: {c.text}; border: {border} solid {c.border};
}}
"""


def apply_theme(app: QApplication, high_contrast: bool, font_scale: float) -> None:
    """Set palette, style sheet and font of the whole application."""
    scale = clamp_scale(font_scale)
    c = colors(high_contrast)
    # First: widgets read it when the palette change reaches them (the zone's outline colour).
    app.setProperty("keying_high_contrast", high_contrast)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    app.setPalette(palette(c))
    app.setStyleSheet(style_sheet(c, scale))


def change_font_scale(settings: Settings, steps: int) -> float:
    """Step the font scale (0 steps = back to 100%), save it and apply it to the app."""
    scale = 1.0 if steps == 0 else clamp_scale(settings.font_scale + steps * SCALE_STEP)
    settings.font_scale = scale
    settings.save()
    _reapply(settings)
    return scale


def toggle_high_contrast(settings: Settings) -> bool:
    settings.high_contrast = not settings.high_contrast
    settings.save()
    _reapply(settings)
    return settings.high_contrast


def _reapply(settings: Settings) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, settings.high_contrast, settings.font_scale)
