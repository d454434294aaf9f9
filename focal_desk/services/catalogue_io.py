"""The catalogue leaves and enters the office as files: the published list for the portal (XLSX, CSV, an HTML
folder with the files, the printed notice-board list as PDF), the whole catalogue as XLSX/CSV (the office's
own copy, read back by the import), and the import of an Excel list (all rows or none). Jobs: ``progress``
and ``cancel`` callbacks, no Qt. The writers and the reader come from the composition root (openpyxl and
reportlab are imported only by those who export)."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from ..domain.agency import AgencyProfile
from ..domain.catalogue import CatalogueEntry, CatalogueFile, published_and_current
from ..domain.clock import Clock, today
from ..domain.errors import ValidationError
from .agency_service import AgencyService
from .catalogue import CatalogueService

PAGE = 2000
FORMATS = ("xlsx", "csv", "html", "pdf")
WHOLE_FORMATS = ("xlsx", "csv")  # the whole catalogue, every access class: the office's own copy


class ExportCancelled(Exception):
    """Cancelled before anything was written."""


class CatalogueWriter(Protocol):
    def __call__(
        self,
        entries: list[CatalogueEntry],
        target: Path,
        *,
        today: date,
        agency: AgencyProfile | None,
        file_path_of: Callable[[CatalogueFile], Path],
    ) -> Path: ...


@dataclass(frozen=True)
class CatalogueExport:
    path: Path | None  # None when cancelled
    entries: int  # entries the file lists
    cancelled: bool = False


def writer_key(fmt: str, whole: bool) -> str:
    return f"{fmt}-whole" if whole else fmt


class CatalogueIOService:
    def __init__(
        self,
        catalogue: CatalogueService,
        agency: AgencyService,
        clock: Clock,
        writers: Mapping[str, CatalogueWriter],
        read_xlsx: Callable[[Path], list[CatalogueEntry]],
    ):
        self._catalogue = catalogue
        self._agency = agency
        self._clock = clock
        self._writers = dict(writers)
        self._read_xlsx = read_xlsx

    def export(
        self,
        fmt: str,
        target: str | os.PathLike[str],
        *,
        whole: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> CatalogueExport:
        """Write the published list (or, ``whole``, every entry) to ``target`` (a folder for html). A cancel
        before the writer starts leaves nothing behind; the writers replace the target only when complete."""
        key = writer_key(fmt, whole)
        if key not in self._writers:
            raise ValidationError.single("format", f"Không xuất được danh mục dạng {fmt}.")
        day = today(self._clock)
        total = self._catalogue.count()
        entries: list[CatalogueEntry] = []
        while True:
            if cancel is not None and cancel():
                return CatalogueExport(None, 0, cancelled=True)
            batch = self._catalogue.search(None, PAGE, len(entries))
            entries.extend(batch)
            if progress is not None:  # the writing is the last tenth
                progress(min(len(entries), total), total + max(1, total // 10))
            if len(batch) < PAGE:
                break
        if cancel is not None and cancel():
            return CatalogueExport(None, 0, cancelled=True)
        # the newest document first
        entries.sort(key=lambda e: (e.issued_on or date.min, e.id or 0), reverse=True)
        listed = len(entries) if whole else sum(published_and_current(e, day) for e in entries)
        path = self._writers[key](
            entries,
            Path(target),
            today=day,
            agency=self._agency.current(),
            file_path_of=self._catalogue.open_file,
        )
        return CatalogueExport(Path(path), listed)

    def read(self, path: str | os.PathLike[str]) -> list[CatalogueEntry]:
        """The entries of an Excel list, not yet recorded. Raises ValidationError (rows with problems have
        ``problems``: (row, column, message))."""
        return self._read_xlsx(Path(path))

    def import_xlsx(self, path: str | os.PathLike[str], actor: str) -> list[CatalogueEntry]:
        """Every row of the Excel list recorded in one transaction, or none (ValidationError)."""
        return self._catalogue.import_entries(self.read(path), actor)
