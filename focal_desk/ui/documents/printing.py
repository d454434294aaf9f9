"""Printing an issued PDF: A4, real size, each page rasterised at the printer's resolution and painted on
the whole sheet (no scaling to the printable margins: the Decree 30 margins are already in the PDF)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from ...domain.errors import EnvironmentProblem
from .pages import open_pdf, page_image

MAX_PRINT_DPI = 600  # above this a page image costs memory and gives no visible gain on paper


def a4_printer() -> QPrinter:
    """A printer set for the app's papers; the caller keeps it referenced while it prints."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint every page on ``printer`` (QPainter on a QPrinter may run in a worker thread); the page count."""
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    document, _buffer = open_pdf(data)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise EnvironmentProblem("Không bắt đầu in được: máy in không sẵn sàng hoặc không ghi được tệp in")
        for n in range(document.pageCount()):
            if n:
                printer.newPage()
            points = document.pagePointSize(n)
            scale = printer.resolution() / 72  # points -> printer device pixels: the page's real size
            target = QRectF(0, 0, points.width() * scale, points.height() * scale)
            painter.drawImage(target, page_image(document, n, dpi, on_white=False))
        return document.pageCount()
    finally:
        if painter.isActive():
            painter.end()
        document.close()
