"""CSV: UTF-8 with a BOM (Excel then reads Vietnamese right), one header row, ISO dates."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from ..domain.log_book import ExportCancelled, LogBook
from .columns import COLUMNS, Value
from .spreadsheet_text import neutralised

CHECK_EVERY = 500  # rows between progress reports and cancel checks


def _iso(value: Value) -> str | int:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return neutralised(value)  # "=HYPERLINK(…)" typed as the information requested stays text in Excel
    return value


class CsvWriter:
    extension = "csv"

    def write(self, book: LogBook, target: Path, progress: Callable[[int, int], None],
              cancel: Callable[[], bool]) -> None:
        total = len(book.entries)
        with target.open("w", encoding="utf-8-sig", newline="") as f:
            out = csv.writer(f)
            out.writerow([c.header for c in COLUMNS])
            for n, entry in enumerate(book.entries, start=1):
                out.writerow([_iso(c.value(entry)) for c in COLUMNS])
                if n % CHECK_EVERY == 0:
                    if cancel():
                        raise ExportCancelled()
                    progress(n, total)
        progress(total, total)
