"""The page image cropped and zoomed to a field's zone (with a margin), or the whole page with
the zone outlined; a clear placeholder when the page cannot be shown (the decision can still
be made from the values)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from keying.forms import Zone
from keying.ui.language import accessible, translate

MARGIN = 0.4  # around a zone, as a fraction of its height (and 2 % of the page)
MAX_SCALE = 1.5  # never zoom a small zone past 150 % of the scan's pixels
ZONE_COLOR = "#e08a00"


def crop_rect(image: QImage, zone: Zone) -> QRect:
    """The zone with its margin, in the image's pixels, inside the image."""
    w, h = image.width(), image.height()
    pad_y = zone.h * h * MARGIN + 0.02 * h
    pad_x = pad_y + 0.02 * w
    rect = QRectF(
        zone.x * w - pad_x, zone.y * h - pad_y, zone.w * w + 2 * pad_x, zone.h * h + 2 * pad_y
    )
    return rect.toAlignedRect().intersected(image.rect())


class Snippet(QLabel):
    """Shows (image, zone): the zone's crop, or with `whole` the page with the zone outlined."""

    def __init__(self, name: str = "Page snippet", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snippet")
        accessible(self, translate("keying", name))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(200, 60)  # 1024×768 at 200 %: the rest fits
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setWordWrap(True)
        self.image: QImage | None = None
        self.zone: Zone | None = None
        self.whole = False
        self.problem: str | None = None

    def show_page(
        self,
        image: QImage | None,
        zone: Zone | None,
        problem: str | None = None,
        loading: bool = False,
    ) -> None:
        self.image, self.zone, self.problem = image, zone, problem
        if image is None:
            self.setPixmap(QPixmap())
            if loading:
                self.setText(translate("keying", "Loading the page…"))
            else:
                why = problem or translate("keying", "the page's image is missing")
                cannot = translate(
                    "keying",
                    "The page cannot be shown: {0}.\nDecide from the values, or send the "
                    "document back.",
                )
                self.setText(cannot.format(why))
            self.setAccessibleDescription(self.text())
            return
        self.setText("")
        self._render()

    def set_whole(self, whole: bool, render: bool = True) -> None:
        self.whole = whole
        if render and self.image is not None:
            self._render()

    def _render(self) -> None:
        image = self.image
        assert image is not None
        room = self.size() - QSize(8, 8)
        if self.zone is None or self.whole:
            shown = image
            what = "the whole page"
        else:
            shown = image.copy(crop_rect(image, self.zone))
            what = "the field's zone"
        if room.width() > 0 and room.height() > 0:  # scale the image, then one small pixmap
            scale = min(room.width() / shown.width(), room.height() / shown.height(), MAX_SCALE)
            shown = shown.scaled(
                QSize(max(1, int(shown.width() * scale)), max(1, int(shown.height() * scale))),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        pixmap = QPixmap.fromImage(shown)
        if self.zone is not None and self.whole:
            painter = QPainter(pixmap)
            pen = QPen(QColor(ZONE_COLOR))
            pen.setWidth(3)
            painter.setPen(pen)
            z = self.zone
            w, h = pixmap.width(), pixmap.height()
            painter.drawRect(QRectF(z.x * w, z.y * h, z.w * w, z.h * h))
            painter.end()
        self.setPixmap(pixmap)
        self.setAccessibleDescription(f"The page image: {what}")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.image is not None:
            self._render()
