"""A PDF's pages as images, made OFF the GUI thread with QtPdf, and a scrolled view that shows them.

QPdfDocument is created, used and dropped inside the job that renders (a plain object of that thread:
loading from a QBuffer is synchronous), so nothing Qt-owned crosses threads except the finished QImages."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...domain.errors import FocalDeskError

SCREEN_DPI = 110  # an A4 page about 900 px wide: readable without zooming


class PdfUnreadable(FocalDeskError):
    """The bytes given are not a PDF QtPdf can read (never expected for a paper this app made)."""


def open_pdf(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A loaded QPdfDocument of the calling thread; keep the buffer alive as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        document.close()
        raise PdfUnreadable(f"Không đọc được tệp PDF ({document.error().name})")
    return document, buffer


def page_image(document: QPdfDocument, page: int, dpi: float, on_white: bool = True) -> QImage:
    """One page at ``dpi``; QtPdf renders onto a transparent image, so for the screen it is laid on white
    (``on_white=False`` for a printer, whose paper is white already: one page-sized buffer instead of two)."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    rendered = document.render(page, size)
    if not on_white:
        return rendered
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(QRectF(0, 0, size.width(), size.height()), rendered)
    painter.end()
    return paper


def render_pages(data: bytes, dpi: float = SCREEN_DPI) -> list[QImage]:
    """Every page of ``data`` as a QImage — a job function (call it in a worker thread)."""
    document, _buffer = open_pdf(data)
    try:
        return [page_image(document, n, dpi) for n in range(document.pageCount())]
    finally:
        document.close()


class PagesView(QScrollArea):
    """The pages one under the other, scrolled with the keyboard (arrows, Page Up/Down) or the mouse."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("QScrollArea { background: #6b6b6b; }")
        self.images: list[QImage] = []
        self._holder = QWidget()
        self._holder.setStyleSheet("background: #6b6b6b;")
        self._column = QVBoxLayout(self._holder)
        self._column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._column.setSpacing(12)
        self.message = QLabel()
        self.message.setStyleSheet("color: white; font-size: 12pt;")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._column.addWidget(self.message)
        self.setWidget(self._holder)
        # A whole A4 width is wanted, not required: on a small screen the page scrolls sideways instead of
        # pushing the dialog's buttons off the screen.
        self.setMinimumWidth(300)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(round(210 / 25.4 * SCREEN_DPI) + 40, 600)

    def show_message(self, text: str) -> None:
        self._clear_pages()
        self.message.setText(text)
        self.message.show()

    def set_images(self, images: list[QImage]) -> None:
        self._clear_pages()
        self.message.hide()
        self.images = list(images)
        for image in self.images:
            page = QLabel()
            page.setFrameShape(QFrame.Shape.Box)
            page.setPixmap(QPixmap.fromImage(image))  # QPixmap only here, on the GUI thread
            self._column.addWidget(page)
        self.verticalScrollBar().setValue(0)

    def _clear_pages(self) -> None:
        self.images = []
        while self._column.count() > 1:
            item = self._column.takeAt(1)
            if item.widget() is not None:
                item.widget().deleteLater()
