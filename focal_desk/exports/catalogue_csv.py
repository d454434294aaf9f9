"""The catalogue as CSV: UTF-8 with a BOM (Excel then reads Vietnamese right), one header row, dates as
dd/mm/yyyy, the files' names joined by "; ", and no cell Excel would run as a formula."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from ..domain.catalogue import CatalogueEntry
from .catalogue_columns import (
    PUBLISHED_COLUMNS,
    WHOLE_COLUMNS,
    CatalogueColumn,
    Value,
    date_text,
)
from .catalogue_columns import portal_entries as _portal
from .catalogue_target import write_atomically
from .spreadsheet_text import neutralised


def _text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, tuple):
        value = "; ".join(value)
    return neutralised(str(value))


def _write(entries: Sequence[CatalogueEntry], target: Path, columns: tuple[CatalogueColumn, ...]) -> Path:
    def fill(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8-sig", newline="") as f:
            out = csv.writer(f)
            out.writerow([c.header for c in columns])
            for n, entry in enumerate(entries, start=1):
                out.writerow([_text(c.value(n, entry)) for c in columns])

    return write_atomically(target, fill)


def write_catalogue_csv(entries: Iterable[CatalogueEntry], path: Path, *, today: date) -> Path:
    """The portal list: entries public, published and current ``today``, in the order given."""
    return _write(_portal(entries, today), Path(path), PUBLISHED_COLUMNS)


def write_whole_catalogue_csv(entries: Iterable[CatalogueEntry], path: Path) -> Path:
    """Every entry, every access class, with its ground, consent, published flag and keywords."""
    return _write(list(entries), Path(path), WHOLE_COLUMNS)
