"""The page image: zoom, pan, fit, rotate, brightness/contrast/invert, pages, field zones.

Every action has a keyboard shortcut (listed by the help overlay, F1) and most a mouse way:
Ctrl+wheel zooms, dragging pans. The view never takes the operator's focus away from the
entry form: its shortcuts work window-wide. A page that cannot be decoded shows a clear
placeholder saying why; a page decoded but damaged (a truncated JPEG) is shown under a
"page damaged" notice; both offer the flag key, which asks the station to send the document
to a supervisor.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFontMetricsF,
    QImage,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QWidget,
)

from keying.forms import Zone
from keying.ui.image_adjust import Adjustments, adjust, working_copy
from keying.ui.language import QT_TRANSLATE_NOOP, accessible, keep, translate
from keying.ui.theme import colors

ZOOM_STEP = 1.25
MIN_SCALE = 0.02
MAX_SCALE = 8.0
ZONE_MAX_SCALE = 1.5  # never zoom a small zone past 150 % of the scan's pixels
# A zone is drawn at least this many lines of the form's text tall: the handwriting in it
# (about half its height) then stands as tall as the form's own text.
ZONE_LEGIBLE_LINES = 2.0
ZONE_MARGIN = 0.6  # margin around a zone, as a fraction of the zone's height (and 3 % page)
FLAG_KEY = "F4"
HELP_GROUP = QT_TRANSLATE_NOOP("keying", "Page image")


class PageView(QGraphicsView):
    page_requested = Signal(int)
    flag_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessible(self, translate("keying", "Page image"))
        self.setAccessibleDescription("The scanned page. F1 lists the keys to zoom, pan and flag.")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        accessible(self.viewport(), translate("keying", "Page image area"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QBrush(QColor("#5b6068")))

        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._pixmap_item = QGraphicsPixmapItem()
        self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._pixmap_item)
        self._zone_item = QGraphicsRectItem()
        self._zone_item.setZValue(10)
        self._zone_item.setVisible(False)
        self._scene.addItem(self._zone_item)
        self._placeholder = QGraphicsTextItem()
        self._placeholder.setVisible(False)
        self._scene.addItem(self._placeholder)

        self._original: QImage | None = None
        self._work: QImage | None = None
        self._adjust = Adjustments()
        self._rotation = 0
        self._fit: str | None = "page"
        self.page_no = 0
        self.page_count = 0
        self.zone: Zone | None = None

        self.page_info = QLabel(self)  # not on the viewport: that scrolls its children
        self.page_info.setObjectName("pageInfo")
        accessible(self.page_info, translate("keying", "Page number"))
        self.page_info.move(8, 8)
        self.page_info.hide()
        self.damage_notice = QLabel(self)
        self.damage_notice.setObjectName("pageDamaged")
        accessible(self.damage_notice, translate("keying", "Page damaged"))
        self.damage_notice.setWordWrap(True)
        self.damage_notice.setStyleSheet(
            "QLabel#pageDamaged { background: #b00020; color: white; padding: 6px; }"
        )
        self.damage_notice.hide()
        self.problem: str | None = None
        self.loading = False
        self._make_actions()
        self._style_zone()
        self.set_page(None, 0, 0)

    # --- actions --------------------------------------------------------------------------

    def _make_actions(self) -> None:
        entries: list[tuple[str, list[str], object]] = [
            (translate("keying", "Fit page"), ["Alt+P"], self.fit_page),
            (translate("keying", "Fit width"), ["Alt+W"], self.fit_width),
            (translate("keying", "Zoom in"), ["Alt+=", "Alt++"], self.zoom_in),
            (translate("keying", "Zoom out"), ["Alt+-"], self.zoom_out),
            (translate("keying", "Rotate 90° clockwise"), ["Alt+R"], self.rotate),
            (translate("keying", "Pan left"), ["Alt+Left"], lambda: self.pan(-1, 0)),
            (translate("keying", "Pan right"), ["Alt+Right"], lambda: self.pan(1, 0)),
            (translate("keying", "Pan up"), ["Alt+Up"], lambda: self.pan(0, -1)),
            (translate("keying", "Pan down"), ["Alt+Down"], lambda: self.pan(0, 1)),
            (
                translate("keying", "Brighter"),
                ["Alt+B"],
                lambda: self.step_adjustments(brightness=0.1),
            ),
            (
                translate("keying", "Darker"),
                ["Alt+Shift+B"],
                lambda: self.step_adjustments(brightness=-0.1),
            ),
            (
                translate("keying", "More contrast"),
                ["Alt+C"],
                lambda: self.step_adjustments(contrast=1.25),
            ),
            (
                translate("keying", "Less contrast"),
                ["Alt+Shift+C"],
                lambda: self.step_adjustments(contrast=0.8),
            ),
            (translate("keying", "Invert (white on black)"), ["Alt+I"], self.toggle_invert),
            (
                translate("keying", "Reset brightness, contrast and invert"),
                ["Alt+N"],
                self.reset_adjustments,
            ),
            (translate("keying", "Next page"), ["Ctrl+PgDown"], self.next_page),
            (translate("keying", "Previous page"), ["Ctrl+PgUp"], self.previous_page),
            (
                translate("keying", "Flag this page (unreadable, wrong document, needs rescan)"),
                [FLAG_KEY],
                self.flag_requested.emit,
            ),
        ]
        for text, keys, slot in entries:
            action = keep(QAction(self), text, translate("keying", HELP_GROUP))
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        # Mouse ways, listed by the help overlay as well.
        mouse = [
            (translate("keying", "Zoom"), "Ctrl+mouse wheel"),
            (translate("keying", "Pan"), translate("keying", "drag with the mouse")),
        ]
        for text, how in mouse:
            action = keep(QAction(self), text, translate("keying", HELP_GROUP), how)
            self.addAction(action)

    # --- page --------------------------------------------------------------------------------

    def set_page(
        self,
        image: QImage | None,
        page_no: int,
        page_count: int,
        problem: str | None = None,
        loading: bool = False,
    ) -> None:
        """Show one page (None: the page cannot be shown, or no page when page_count is 0).
        `problem` says what is wrong with a damaged page; `loading`: still being decoded."""
        self.page_no = page_no
        self.page_count = page_count
        self.problem = problem
        self.loading = loading
        self._original = image if image is not None and not image.isNull() else None
        self._work = None  # made on the first brightness/contrast/invert change
        self._zone_item.setVisible(False)
        if self._original is None:
            self._show_placeholder()
        else:
            self._placeholder.setVisible(False)
            self._pixmap_item.setVisible(True)
            self._render()
            self._pixmap_item.setTransformOriginPoint(self._pixmap_item.boundingRect().center())
            self._pixmap_item.setRotation(self._rotation)
            self._update_scene_rect()
            self._fit = self._fit or "page"
            self._apply_fit()
        self._update_page_info()
        self._update_damage_notice()

    def _update_damage_notice(self) -> None:
        if self._original is not None and self.problem:
            damaged = QT_TRANSLATE_NOOP(
                "keying",
                "<b>Page damaged</b>: {0}. Key what can be read, or press <b>{1}</b> to flag "
                "the page for a supervisor.",
            )
            self.damage_notice.setText(translate("keying", damaged).format(self.problem, FLAG_KEY))
            self._place_damage_notice()
            self.damage_notice.show()
            self.damage_notice.raise_()
        else:
            self.damage_notice.hide()

    def _place_damage_notice(self) -> None:
        width = max(120, self.width() - 16)
        self.damage_notice.setFixedWidth(width)
        self.damage_notice.adjustSize()
        self.damage_notice.move(8, max(8, self.height() - self.damage_notice.height() - 8))

    @property
    def has_image(self) -> bool:
        return self._original is not None

    def _show_placeholder(self) -> None:
        self._pixmap_item.setPixmap(QPixmap())
        self._pixmap_item.setVisible(False)
        if self.page_count == 0:
            html = "<p style='font-size:15pt;color:#eeeeee'>No page</p>"
        elif self.loading:
            html = "<p style='font-size:15pt;color:#eeeeee'>Loading the page…</p>"
        else:
            why = escape(self.problem) if self.problem else "The image is damaged or missing"
            html = (
                "<p style='font-size:18pt;color:#ffffff'><b>This page cannot be shown</b></p>"
                f"<p style='font-size:12pt;color:#eeeeee'>{why[0].upper()}{why[1:]}. "
                f"Press <b>{FLAG_KEY}</b> to flag the page (unreadable, wrong document, "
                "needs rescan): the document goes to a supervisor.</p>"
            )
        self._placeholder.setHtml(html)
        self._placeholder.setTextWidth(420)
        self._placeholder.setPos(0, 0)
        self._placeholder.setVisible(True)
        self.resetTransform()
        rect = self._placeholder.boundingRect()
        self._scene.setSceneRect(rect.adjusted(-20, -20, 20, 20))
        self.centerOn(self._placeholder)

    @property
    def placeholder_text(self) -> str:
        return self._placeholder.toPlainText() if self._placeholder.isVisible() else ""

    def _render(self) -> None:
        if self._original is None:
            return
        if self._adjust.identity:
            shown = self._original
        else:
            if self._work is None:
                self._work = working_copy(self._original)
            shown = adjust(self._work, self._adjust)
        self._pixmap_item.setPixmap(QPixmap.fromImage(shown))

    def _update_scene_rect(self) -> None:
        self._scene.setSceneRect(self._pixmap_item.sceneBoundingRect())

    def _update_page_info(self) -> None:
        if self.page_count > 1:
            page_of = translate("keying", "Page {0} of {1}   (Ctrl+PgUp / Ctrl+PgDn)")
            self.page_info.setText(page_of.format(self.page_no, self.page_count))
            self.page_info.adjustSize()
            self.page_info.show()
            self.page_info.raise_()
        else:
            self.page_info.hide()

    def next_page(self) -> None:
        if self.page_no < self.page_count:
            self.page_requested.emit(self.page_no + 1)

    def previous_page(self) -> None:
        if self.page_no > 1:
            self.page_requested.emit(self.page_no - 1)

    # --- zoom, fit, pan, rotate -------------------------------------------------------------

    @property
    def scale_factor(self) -> float:
        return float(self.transform().m11() ** 2 + self.transform().m12() ** 2) ** 0.5

    def _set_scale(self, scale: float) -> None:
        scale = min(MAX_SCALE, max(MIN_SCALE, scale))
        current = self.scale_factor or 1.0
        self.scale(scale / current, scale / current)

    def zoom_in(self) -> None:
        self._fit = None
        self._set_scale(self.scale_factor * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._fit = None
        self._set_scale(self.scale_factor / ZOOM_STEP)

    def fit_page(self) -> None:
        self._fit = "page"
        self._apply_fit()

    def fit_width(self) -> None:
        self._fit = "width"
        self._apply_fit()

    def _apply_fit(self) -> None:
        if not self.has_image:
            return
        rect = self._pixmap_item.sceneBoundingRect()
        if rect.isEmpty():
            return
        view = self.viewport().rect()
        if self._fit == "width":
            self._set_scale(max(1, view.width() - 4) / rect.width())
            self.centerOn(rect.center().x(), rect.top())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        else:
            self._set_scale(
                min(
                    max(1, view.width() - 4) / rect.width(),
                    max(1, view.height() - 4) / rect.height(),
                )
            )
            self.centerOn(rect.center())

    def pan(self, dx: int, dy: int) -> None:
        step_x = max(40, self.viewport().width() // 5)
        step_y = max(40, self.viewport().height() // 5)
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + dx * step_x)
        v.setValue(v.value() + dy * step_y)

    def rotate(self) -> None:  # type: ignore[override]
        self._rotation = (self._rotation + 90) % 360
        self._pixmap_item.setRotation(self._rotation)
        self._update_scene_rect()
        self._fit = self._fit or "page"
        self._apply_fit()
        if self.zone is not None and self._zone_item.isVisible():
            self.show_zone(self.zone)

    @property
    def rotation(self) -> int:
        return self._rotation

    # --- adjustments ----------------------------------------------------------------------

    @property
    def adjustments(self) -> Adjustments:
        return self._adjust

    def set_adjustments(self, brightness: float, contrast: float, invert: bool) -> None:
        self._adjust = Adjustments(
            round(min(1.0, max(-1.0, brightness)), 2),
            round(min(5.0, max(0.2, contrast)), 3),
            invert,
        )
        self._render()

    def step_adjustments(self, brightness: float = 0.0, contrast: float = 1.0) -> None:
        a = self._adjust
        self.set_adjustments(a.brightness + brightness, a.contrast * contrast, a.invert)

    def toggle_invert(self) -> None:
        a = self._adjust
        self.set_adjustments(a.brightness, a.contrast, not a.invert)

    def reset_adjustments(self) -> None:
        self.set_adjustments(0.0, 1.0, False)

    def shown_image(self) -> QImage:
        """The image as shown now (after adjustments), for tests and snapshots."""
        return self._pixmap_item.pixmap().toImage()

    # --- zones ----------------------------------------------------------------------------

    def zone_rect(self, zone: Zone) -> QRectF:
        """The zone in scene coordinates (follows rotation)."""
        pix = self._pixmap_item.boundingRect()
        local = QRectF(
            zone.x * pix.width(), zone.y * pix.height(), zone.w * pix.width(), zone.h * pix.height()
        )
        return self._pixmap_item.mapRectToScene(local)

    def page_rect(self) -> QRectF:
        """Where the page is in the scene, as shown (rotated)."""
        return self._pixmap_item.sceneBoundingRect()

    def zone_outline(self) -> QRectF | None:
        """The outline drawn around the zone shown now; None when there is none."""
        return self._zone_item.rect() if self._zone_item.isVisible() else None

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def show_zone(self, zone: Zone | None) -> None:
        """Zoom to the zone with a margin and outline it; None hides the outline, view stays.

        The zone is never drawn smaller than legible: its height at least
        ZONE_LEGIBLE_LINES lines of the window's text (the handwriting is about half the
        zone), even if the margin, or the zone's right part, then falls outside the view
        (its start is kept in view, where reading begins)."""
        self.zone = zone
        if zone is None or not self.has_image:
            self._zone_item.setVisible(False)
            return
        rect = self.zone_rect(zone)
        self._zone_item.setRect(rect)
        self._zone_item.setVisible(True)
        page = self._pixmap_item.sceneBoundingRect()
        margin = max(
            min(rect.width(), rect.height()) * ZONE_MARGIN, 0.03 * max(page.width(), page.height())
        )
        target = rect.adjusted(-margin, -margin, margin, margin).intersected(page)
        width, height = self._room()
        scale = min(width / target.width(), height / target.height(), ZONE_MAX_SCALE)
        legible = self.legible_zone_height() / max(1.0, rect.height())
        scale = max(scale, min(legible, MAX_SCALE))
        self._fit = None
        self._set_scale(scale)
        center = rect.center()
        seen = width / self.scale_factor  # scene width the view shows
        if rect.width() + 2 * margin > seen:  # too wide to show whole: show its start
            center.setX(max(page.left(), rect.left() - margin) + seen / 2)
        self.centerOn(center)

    def legible_zone_height(self) -> float:
        """The least height, in screen pixels, a zone is drawn at: the form's text height
        (the window's font, which follows the text size) per line of handwriting."""
        return ZONE_LEGIBLE_LINES * QFontMetricsF(self.font()).height()

    def _room(self) -> tuple[int, int]:
        """The viewport's size once zoomed in: less the scroll bars that are not shown yet."""
        view = self.viewport().rect()
        width, height = view.width(), view.height()
        extent = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        if not self.verticalScrollBar().isVisible():
            width -= extent
        if not self.horizontalScrollBar().isVisible():
            height -= extent
        return max(1, width - 4), max(1, height - 4)

    def _style_zone(self) -> None:
        app = QApplication.instance()
        high = bool(app.property("keying_high_contrast")) if app is not None else False
        c = QColor(colors(high).zone)
        pen = QPen(c, 3)
        pen.setCosmetic(True)
        self._zone_item.setPen(pen)
        fill = QColor(c)
        fill.setAlpha(40)
        self._zone_item.setBrush(QBrush(fill))

    # --- events ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.damage_notice.isVisible():
            self._place_damage_notice()
        if self._fit is not None:
            self._apply_fit()
        elif self.zone is not None and self._zone_item.isVisible():
            self.show_zone(self.zone)  # zoomed again for the new size

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_zone_item"):
            self._style_zone()
        elif event.type() == QEvent.Type.LanguageChange and hasattr(self, "page_info"):
            self._update_page_info()  # and the damage notice: in the language installed now
            self._update_damage_notice()
