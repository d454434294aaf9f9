"""The writer of each format, as the service is given them (app/ wires this in)."""

from __future__ import annotations

from ..domain.log_book import ExportFormat
from .csv_writer import CsvWriter
from .pdf_writer import PdfWriter
from .xlsx_writer import XlsxWriter


def log_book_writers() -> dict[ExportFormat, CsvWriter | PdfWriter | XlsxWriter]:
    return {ExportFormat.PDF: PdfWriter(), ExportFormat.XLSX: XlsxWriter(), ExportFormat.CSV: CsvWriter()}
