"""What a catalogue export is asked for and what it answers: shared by the service and the writers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from .agency import AgencyProfile
from .catalogue import CatalogueEntry, CatalogueFile


class CatalogueFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    HTML = "html"  # a folder: index.html and files/
    PDF = "pdf"  # the printed list for the notice board


@dataclass(frozen=True)
class Exported:
    path: Path
    listed: int  # entries written (for the portal: those published and within their period)


@dataclass(frozen=True)
class ExportContext:
    today: date
    agency: AgencyProfile | None
    file_path_of: Callable[[CatalogueFile], Path]  # the stored file, its SHA-256 checked
    whole: bool  # every entry with its class, for the office; otherwise the portal's list


CatalogueWriter = Callable[[list[CatalogueEntry], Path, ExportContext], Exported]
CatalogueReader = Callable[[Path], list[CatalogueEntry]]
