"""One page image with the areas to redact drawn on it: marked with the mouse (drag a rectangle) or the keyboard
(Ins adds a box at the centre, arrows move the selected one, Shift+arrows resize it, Del removes it).

Areas are kept in PDF points from the page's top-left corner (what the redaction service takes); the image
is rendered at ``dpi``, so one point is dpi/72 pixels."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

STEP_PT = 4.0  # one arrow key; with Ctrl, one point
NEW_BOX_PT = (160.0, 24.0)  # Ins: about one line of text
MIN_DRAG_PX = 4


@dataclass(frozen=True)
class Area:
    """An area as the dialog edits it: page from 1, corners in points, its ground ("" not chosen yet)."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    ground: str = ""


class PageCanvas(QWidget):
    areasChanged = Signal()
    selectionChanged = Signal()
    pageStep = Signal(int)  # PageUp (-1) / PageDown (+1): the dialog turns the page

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(
            self.tr("Page image: Ins adds an area, arrows move it, Shift+arrows resize it")
        )
        self.image: QImage | None = None
        self.page = 1  # from 1
        self.size_pt = (595.0, 842.0)
        self.dpi = 100
        self.areas: list[Area] = []  # of every page; the dialog owns the list through set_areas/areas
        self.selected: int | None = None  # index into areas
        self.default_ground = ""
        self._drag_from: QPoint | None = None
        self._drag_to: QPoint | None = None

    # --- what is shown ------------------------------------------------------------------------------
    def show_page(self, page: int, size_pt: tuple[float, float], image: QImage | None, dpi: int) -> None:
        self.page, self.size_pt, self.image, self.dpi = page, size_pt, image, dpi
        self.setFixedSize(round(size_pt[0] * self.scale), round(size_pt[1] * self.scale))
        if self.selected is not None and self.areas[self.selected].page != page:
            self.select(None)
        self.update()

    @property
    def scale(self) -> float:
        return self.dpi / 72.0

    def rect_px(self, area: Area) -> QRectF:
        s = self.scale
        return QRectF(area.x0 * s, area.y0 * s, (area.x1 - area.x0) * s, (area.y1 - area.y0) * s)

    def to_points(self, rect: QRect) -> tuple[float, float, float, float]:
        s = self.scale
        r = rect.normalized()
        w, h = self.size_pt
        x0, y0 = max(0.0, r.left() / s), max(0.0, r.top() / s)
        x1, y1 = min(w, (r.right() + 1) / s), min(h, (r.bottom() + 1) / s)
        return round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1)

    # --- editing ------------------------------------------------------------------------------------
    def select(self, index: int | None) -> None:
        self.selected = index
        self.update()
        self.selectionChanged.emit()

    def add(self, area: Area) -> None:
        self.areas.append(area)
        self.select(len(self.areas) - 1)
        self.areasChanged.emit()

    def add_at_centre(self) -> None:
        w, h = self.size_pt
        bw, bh = min(NEW_BOX_PT[0], w), min(NEW_BOX_PT[1], h)
        x0, y0 = round((w - bw) / 2, 1), round((h - bh) / 2, 1)
        self.add(Area(self.page, x0, y0, x0 + bw, y0 + bh, self.default_ground))

    def remove_selected(self) -> None:
        if self.selected is None:
            return
        del self.areas[self.selected]
        on_page = [i for i, a in enumerate(self.areas) if a.page == self.page]
        self.select(on_page[-1] if on_page else None)
        self.areasChanged.emit()

    def nudge(self, dx: float, dy: float, resize: bool) -> None:
        """Move the selected area by (dx, dy) points, or with ``resize`` move its bottom-right corner; it stays
        on the page and at least one point wide and high."""
        if self.selected is None:
            return
        a = self.areas[self.selected]
        w, h = self.size_pt
        if resize:
            x1 = min(w, max(a.x0 + 1, a.x1 + dx))
            y1 = min(h, max(a.y0 + 1, a.y1 + dy))
            new = replace(a, x1=round(x1, 1), y1=round(y1, 1))
        else:
            dx = min(max(dx, -a.x0), w - a.x1)
            dy = min(max(dy, -a.y0), h - a.y1)
            new = replace(
                a,
                x0=round(a.x0 + dx, 1),
                y0=round(a.y0 + dy, 1),
                x1=round(a.x1 + dx, 1),
                y1=round(a.y1 + dy, 1),
            )
        self.areas[self.selected] = new
        self.update()
        self.areasChanged.emit()

    # --- keys and mouse -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key, mods = event.key(), event.modifiers()
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key == Qt.Key.Key_Insert:
            self.add_at_centre()
        elif key == Qt.Key.Key_Delete:
            self.remove_selected()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.pageStep.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key in arrows and self.selected is not None:
            step = 1.0 if mods & Qt.KeyboardModifier.ControlModifier else STEP_PT
            dx, dy = arrows[key]
            self.nudge(dx * step, dy * step, bool(mods & Qt.KeyboardModifier.ShiftModifier))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position().toPoint()
        for i in reversed(range(len(self.areas))):  # a click on an area selects it
            a = self.areas[i]
            if a.page == self.page and self.rect_px(a).contains(event.position()):
                self.select(i)
                return
        self._drag_from = self._drag_to = point

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag_from is not None:
            self._drag_to = event.position().toPoint()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        start, self._drag_from = self._drag_from, None
        if start is None:
            return
        end = event.position().toPoint()
        self._drag_to = None
        rect = QRect(start, end).normalized()
        if rect.width() >= MIN_DRAG_PX and rect.height() >= MIN_DRAG_PX:
            x0, y0, x1, y1 = self.to_points(rect)
            if x1 > x0 and y1 > y0:
                self.add(Area(self.page, x0, y0, x1, y1, self.default_ground))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self.image is not None:
            painter.drawImage(self.rect(), self.image)
        for i, area in enumerate(self.areas):
            if area.page != self.page:
                continue
            chosen = i == self.selected
            painter.setBrush(QColor(0, 0, 0, 150 if chosen else 110))
            colour = QColor("#d00000") if not area.ground else QColor("#1a73e8" if chosen else "#000000")
            painter.setPen(
                QPen(colour, 3 if chosen else 1.5, Qt.PenStyle.DashLine if chosen else Qt.PenStyle.SolidLine)
            )
            painter.drawRect(self.rect_px(area))
        if self._drag_from is not None and self._drag_to is not None:
            painter.setBrush(QColor(26, 115, 232, 60))
            painter.setPen(QPen(QColor("#1a73e8"), 1, Qt.PenStyle.DashLine))
            painter.drawRect(QRect(self._drag_from, self._drag_to).normalized())
        painter.end()
