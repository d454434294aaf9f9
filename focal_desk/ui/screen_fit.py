"""Windows that open inside the screen they appear on: the taskbar excluded, the frame counted, centred.

Every top-level window and dialog is sized through ``fit_window`` (and grows through ``grow_height``), so a
1366×768 laptop — or 1280×720 at 150 % scaling, 853×480 logical pixels — never has a button off-screen.
Content that may be taller than that lives in a ``scrolled`` area, so the button row stays in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Title bar and borders a window manager adds, before the window is shown and the real ones are known
# (Windows 10/11 at any scaling: about 31 logical pixels on top, 8 around when resizable).
FRAME_GUESS = QMargins(8, 32, 8, 8)


def screen_of(window: QWidget) -> QScreen:
    """The screen the window opens on: its parent's, else the one under the mouse, else the primary one."""
    parent = window.parentWidget()
    if parent is not None:
        return parent.window().screen()
    if window.isVisible():
        return window.screen()
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def frame_margins(window: QWidget) -> QMargins:
    """The frame around the window's client area: the real one once shown, else a generous guess."""
    handle = window.windowHandle()
    if handle is not None and window.isVisible():
        real = handle.frameMargins()
        if not real.isNull():
            return real
    return FRAME_GUESS


def client_area(window: QWidget) -> QRect:
    """Where the window's client area may lie: the available geometry minus the frame."""
    return screen_of(window).availableGeometry() - frame_margins(window)


def fit_window(window: QWidget, width: int | None = None, height: int | None = None) -> QSize:
    """Size ``window`` to the wanted size (its size hint where not given), never larger than the screen's
    available area, and centre it (over its parent window if it has one). Returns the size set."""
    layout = window.layout()
    if layout is not None:
        layout.activate()  # the content's minimum size applies now, not only when shown
    area = client_area(window)
    hint = window.sizeHint()
    wanted = QSize(width if width is not None else hint.width(), height if height is not None else hint.height())
    size = wanted.boundedTo(area.size())
    cap_minimum(window, area.size())
    window.resize(size)
    place(window)
    return size


def cap_minimum(window: QWidget, limit: QSize) -> None:
    """A minimum size set on the window itself never exceeds the area (the layout's own minimum is the
    content's business: it scrolls)."""
    minimum = window.minimumSize()
    if minimum.width() > limit.width() or minimum.height() > limit.height():
        window.setMinimumSize(minimum.boundedTo(limit))


def grow_height(window: QWidget, needed: int) -> None:
    """Grow a window to ``needed`` pixels of client height, as far as the screen allows, moving it up when
    its bottom would leave the available area."""
    area = client_area(window)
    height = min(needed, area.height())
    if height > window.height():
        window.resize(window.width(), height)
    keep_inside(window)


def place(window: QWidget) -> None:
    """Centre over the parent window (or the available area), then keep the whole frame on the screen."""
    area = client_area(window)
    parent = window.parentWidget()
    centre = parent.window().geometry().center() if parent is not None else area.center()
    geometry = QRect(QPoint(0, 0), window.size())
    geometry.moveCenter(centre)
    _move_client(window, _inside(geometry, area).topLeft())


def keep_inside(window: QWidget) -> None:
    """Move the window so that its client area lies inside the available area (size unchanged)."""
    client = QRect(window.mapToGlobal(QPoint(0, 0)) if window.isVisible() else window.geometry().topLeft(),
                   window.size())
    inside = _inside(client, client_area(window))
    if inside.topLeft() != client.topLeft():
        _move_client(window, inside.topLeft())


def _inside(rect: QRect, area: QRect) -> QRect:
    out = QRect(rect)
    out.moveLeft(max(area.left(), min(out.left(), area.right() - out.width() + 1)))
    out.moveTop(max(area.top(), min(out.top(), area.bottom() - out.height() + 1)))
    return out


def _move_client(window: QWidget, client_top_left: QPoint) -> None:
    # move() places the frame's corner on a top-level window: step back by the frame margins.
    margins = frame_margins(window)
    window.move(client_top_left.x() - margins.left(), client_top_left.y() - margins.top())


def scrolled(content: QWidget, shrink: bool = False) -> QScrollArea:
    """``content`` in a frameless scroll area that resizes it: it scrolls only when the window is small.

    ``shrink``: the content may get less than its preferred height (down to its minimum) before it scrolls —
    a page of tables. Without it, Qt keeps content with word-wrapped text at its preferred height."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(_Holder(content) if shrink else content)
    return area


class _Holder(QWidget):
    """Holds the content without a layout, so that the scroll area sees no height-for-width and lets the
    content shrink to its minimum size."""

    def __init__(self, content: QWidget):
        super().__init__()
        self.content = content
        content.setParent(self)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.content.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.content.minimumSizeHint().expandedTo(self.content.minimumSize())

    def resizeEvent(self, event) -> None:  # noqa: N802
        self.content.setGeometry(self.rect())
        super().resizeEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the content's size hints changed: tell the scroll area
            self.updateGeometry()
        return super().event(event)
