"""The catalogue as XLSX (openpyxl, write-only): real dates shown dd/mm/yyyy, a frozen bold header with an
auto-filter, widths fitted to the content (long text wraps), text never stored as a formula."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from ..domain.catalogue import CatalogueEntry
from .catalogue_columns import (
    PUBLISHED_COLUMNS,
    PUBLISHED_TITLE,
    WHOLE_COLUMNS,
    WHOLE_TITLE,
    CatalogueColumn,
    Value,
)
from .catalogue_columns import portal_entries as _portal
from .catalogue_target import write_atomically

DATE_FORMAT = "dd/mm/yyyy"
MIN_WIDTH = 6
SAMPLE = 2000  # entries measured for the widths (the widths cap long text anyway)


def _plain(value: Value) -> Any:
    if isinstance(value, tuple):
        return "\n".join(value)
    return value


def _widths(entries: Sequence[CatalogueEntry], columns: tuple[CatalogueColumn, ...]) -> list[float]:
    out: list[float] = []
    for c in columns:
        longest = 0
        for n, e in enumerate(entries[:SAMPLE], start=1):
            value = _plain(c.value(n, e))
            text = "dd/mm/yyyy" if isinstance(value, date) else str(value or "")
            longest = max(longest, *(len(line) for line in text.split("\n")))
        header = max(len(w) for w in c.header.split(" ")) + 2  # the heading wraps between words only
        out.append(max(MIN_WIDTH, min(longest, c.width), header) + 2)
    return out


def _cell(ws: WriteOnlyWorksheet, value: Value, fits: int) -> Any:
    value = _plain(value)
    if value is None or value == "":
        return None
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, datetime.combine(value, time()))
        cell.number_format = DATE_FORMAT
        return cell
    if isinstance(value, int):
        return value
    cell = WriteOnlyCell(ws, ILLEGAL_CHARACTERS_RE.sub("", value))  # controls XML cannot hold: dropped
    cell.data_type = "s"  # "=HYPERLINK(…)" typed as a title stays text: openpyxl would store a formula
    if len(value) > fits or "\n" in value:
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    return cell


def _write(
    entries: Sequence[CatalogueEntry],
    target: Path,
    columns: tuple[CatalogueColumn, ...],
    *,
    title: str,
    sheet: str,
    stamp: date,
    agency_name: str,
) -> Path:
    def fill(tmp: Path) -> None:
        wb = Workbook(write_only=True)
        wb.properties.title = title
        wb.properties.subject = f"{title} — {agency_name}" if agency_name else title
        wb.properties.creator = "focal_desk"
        wb.properties.created = wb.properties.modified = datetime.combine(stamp, time())
        ws = wb.create_sheet(sheet)
        widths = _widths(entries, columns)
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(entries) + 1, 2)}"
        bold = Font(bold=True)
        header = []
        for c in columns:
            cell = WriteOnlyCell(ws, c.header)
            cell.font = bold
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            header.append(cell)
        ws.append(header)
        fits = [int(w) - 2 for w in widths]
        for n, entry in enumerate(entries, start=1):
            ws.append([_cell(ws, c.value(n, entry), f) for c, f in zip(columns, fits, strict=True)])
        wb.save(tmp)

    return write_atomically(target, fill)


def write_catalogue_xlsx(
    entries: Iterable[CatalogueEntry], path: Path, *, today: date, agency_name: str = ""
) -> Path:
    """The portal list: entries public, published and current ``today``, in the order given."""
    return _write(
        _portal(entries, today),
        Path(path),
        PUBLISHED_COLUMNS,
        title=PUBLISHED_TITLE,
        sheet="Danh mục công khai",
        stamp=today,
        agency_name=agency_name,
    )


def write_whole_catalogue_xlsx(
    entries: Iterable[CatalogueEntry], path: Path, *, today: date, agency_name: str = ""
) -> Path:
    """Every entry, every access class (the office's own copy, which read_catalogue_xlsx reads back)."""
    return _write(
        list(entries),
        Path(path),
        WHOLE_COLUMNS,
        title=WHOLE_TITLE,
        sheet="Danh mục thông tin",
        stamp=today,
        agency_name=agency_name,
    )
