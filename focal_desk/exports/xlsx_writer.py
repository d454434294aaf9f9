"""XLSX (openpyxl, write-only: rows stream to the file): real dates and numbers, frozen bold header,
auto-filter, widths fitted to the content (long text wraps), a totals block with formulas — COUNTA of the
entries and COUNTIF per outcome — so that a filtered or edited sheet still adds up in the spreadsheet."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime, time
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from ..domain.log_book import TITLE, ExportCancelled, LogBook, LogBookEntry, outcome_totals
from .columns import COLUMNS, OUTCOME_COLUMN, Column, Kind, describe

CHECK_EVERY = 500
SHEET = "Sổ theo dõi"
FORMATS = {Kind.DATE: "dd/mm/yyyy", Kind.DATETIME: "dd/mm/yyyy hh:mm", Kind.INT: "0"}
MIN_WIDTH = 6
SAMPLE = 2000  # entries measured for the widths (the widths cap long text anyway)


def _fit_widths(book: LogBook) -> list[float]:
    widths: list[float] = []
    sample = book.entries[:SAMPLE]
    for c in COLUMNS:
        if c.kind is Kind.TEXT:
            longest = max((max(map(len, str(c.value(e)).split("\n"))) for e in sample), default=0)
        else:
            longest = {Kind.DATE: 10, Kind.DATETIME: 16}.get(c.kind, 6)
        widths.append(max(MIN_WIDTH, min(longest, c.width), len(c.header)) + 2)  # the heading never wraps
    return widths


class _RowMaker:
    """Plain values where the default look will do (openpyxl writes them fastest); a styled cell — reused
    row after row, since write-only rows are written as they are appended — for dates (dd/mm/yyyy) and for
    text longer than its column (wrapped)."""

    def __init__(self, ws: WriteOnlyWorksheet, widths: list[float]):
        self.ws = ws
        self.plan: list[tuple[Column, WriteOnlyCell | None, int]] = []
        for c, width in zip(COLUMNS, widths, strict=True):
            cell = None
            if c.kind in (Kind.DATE, Kind.DATETIME):
                cell = WriteOnlyCell(ws)
                cell.number_format = FORMATS[c.kind]
            elif c.kind is Kind.TEXT:
                cell = WriteOnlyCell(ws)
                cell.alignment = Alignment(vertical="top", wrap_text=True)
            self.plan.append((c, cell, int(width) - 2))

    def row(self, entry: LogBookEntry) -> list[Any]:
        out: list[Any] = []
        for column, cell, fits in self.plan:
            value = column.value(entry)
            if value is None or value == "":
                out.append(None)  # no cell at all: openpyxl skips None
            elif cell is None:
                out.append(value)
            elif column.kind is Kind.TEXT:
                if str(value).startswith("="):  # typed by a requester: text, never a formula Excel would run
                    text = WriteOnlyCell(self.ws, value)
                    text.data_type = "s"
                    out.append(text)
                elif len(value) <= fits and "\n" not in value:  # type: ignore[arg-type, operator]
                    out.append(value)
                else:
                    cell.value = value
                    out.append(cell)
            else:
                if column.kind is Kind.DATE and not isinstance(value, datetime):
                    value = datetime.combine(value, time())  # type: ignore[arg-type]
                cell.value = value
                out.append(cell)
        return out


def _discard_rows(ws: WriteOnlyWorksheet) -> None:
    """A write-only sheet streams its rows to a file in the system's temp folder, removed by save() or at
    exit: an export cancelled or failed removes it now (it holds the same personal data)."""
    writer = ws._writer
    if writer is None:
        return
    with contextlib.suppress(Exception):
        if ws._rows is not None:
            ws._rows.close()
        writer.close()
    with contextlib.suppress(OSError, ValueError):
        writer.cleanup()


class XlsxWriter:
    extension = "xlsx"

    def write(self, book: LogBook, target: Path, progress: Callable[[int, int], None],
              cancel: Callable[[], bool]) -> None:
        total = len(book.entries)
        wb = Workbook(write_only=True)
        stamp = datetime.combine(book.printed_on, time())
        wb.properties.title = TITLE
        wb.properties.subject = describe(book)
        wb.properties.creator = "focal_desk"
        wb.properties.created = wb.properties.modified = stamp
        ws = wb.create_sheet(SHEET)
        widths = _fit_widths(book)
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = "A2"
        last_row = max(total + 1, 2)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last_row}"
        bold = Font(bold=True)
        header = []
        for c in COLUMNS:
            cell = WriteOnlyCell(ws, c.header)
            cell.font = bold
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            header.append(cell)
        ws.append(header)
        rows = _RowMaker(ws, widths)
        try:
            for n, entry in enumerate(book.entries, start=1):
                ws.append(rows.row(entry))
                if n % CHECK_EVERY == 0:
                    if cancel():
                        raise ExportCancelled()
                    progress(n, total)
            self._totals(ws, total, bold)
            if cancel():
                raise ExportCancelled()
            wb.save(target)
        except BaseException:
            _discard_rows(ws)
            raise
        progress(total, total)

    @staticmethod
    def _totals(ws: WriteOnlyWorksheet, total: int, bold: Font) -> None:
        """Under the entries (rows 2 … total+1), after an empty row: the label in the outcome column, the
        formula beside it."""
        last_row = max(total + 1, 2)
        label_col = OUTCOME_COLUMN + 1  # 1-based
        outcome = get_column_letter(label_col)
        pad = [None] * OUTCOME_COLUMN
        ws.append([])
        row = total + 3
        label = WriteOnlyCell(ws, "Tổng số yêu cầu")
        label.font = bold
        count = WriteOnlyCell(ws, f"=COUNTA(A2:A{last_row})")
        count.font = bold
        ws.append([*pad, label, count])
        for status, _ in outcome_totals(()):
            row += 1
            ws.append([*pad, status.label_vi, f"=COUNTIF(${outcome}$2:${outcome}${last_row},{outcome}{row})"])
