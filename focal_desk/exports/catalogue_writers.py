"""The catalogue writers behind one signature, for services.catalogue_transfer (wired in app/wiring.py)."""

from __future__ import annotations

from pathlib import Path

from ..domain.catalogue import CatalogueEntry
from ..domain.catalogue_export import CatalogueFormat, ExportContext, Exported
from .catalogue_columns import portal_entries
from .catalogue_csv import write_catalogue_csv, write_whole_catalogue_csv
from .catalogue_html import write_catalogue_html
from .catalogue_pdf import write_catalogue_pdf
from .catalogue_xlsx import write_catalogue_xlsx, write_whole_catalogue_xlsx


def _name(context: ExportContext) -> str:
    return context.agency.name if context.agency is not None else ""


def _xlsx(entries: list[CatalogueEntry], target: Path, context: ExportContext) -> Exported:
    if context.whole:
        return Exported(
            write_whole_catalogue_xlsx(entries, target, today=context.today, agency_name=_name(context)),
            len(entries),
        )
    path = write_catalogue_xlsx(entries, target, today=context.today, agency_name=_name(context))
    return Exported(path, len(portal_entries(entries, context.today)))


def _csv(entries: list[CatalogueEntry], target: Path, context: ExportContext) -> Exported:
    if context.whole:
        return Exported(write_whole_catalogue_csv(entries, target), len(entries))
    return Exported(
        write_catalogue_csv(entries, target, today=context.today), len(portal_entries(entries, context.today))
    )


def _html(entries: list[CatalogueEntry], target: Path, context: ExportContext) -> Exported:
    path = write_catalogue_html(
        entries, target, context.file_path_of, today=context.today, agency_name=_name(context)
    )
    return Exported(path, len(portal_entries(entries, context.today)))


def _pdf(entries: list[CatalogueEntry], target: Path, context: ExportContext) -> Exported:
    assert context.agency is not None  # the service refuses the printed list without an agency
    path = write_catalogue_pdf(entries, target, agency=context.agency, today=context.today)
    return Exported(path, len(portal_entries(entries, context.today)))


CATALOGUE_WRITERS = {
    CatalogueFormat.XLSX: _xlsx,
    CatalogueFormat.CSV: _csv,
    CatalogueFormat.HTML: _html,
    CatalogueFormat.PDF: _pdf,
}
