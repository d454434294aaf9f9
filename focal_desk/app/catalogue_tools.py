"""The page tools and file writers the catalogue services are given: digitise/ and exports/ are imported on
first use (pypdfium2, Tesseract, openpyxl, reportlab stay out of start-up)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..domain.agency import AgencyProfile
from ..domain.catalogue import CatalogueEntry, CatalogueFile
from ..domain.errors import ValidationError
from ..services.catalogue_io import CatalogueWriter

NO_AGENCY = "Chưa khai báo thông tin cơ quan (trang Cơ quan): danh sách in cần tên cơ quan và người ký."


class PageTools:
    def page_count(self, path: Path) -> int:
        from ..digitise.render import page_count

        return page_count(path)

    def thumbnail_png(self, path: Path, index0: int, max_px: int) -> bytes:
        from ..digitise.thumbnails import thumbnail_png

        return thumbnail_png(path, index0, max_px)

    def ocr_unavailable_reason(self) -> str | None:
        from ..digitise.ocr import ocr_unavailable_reason

        return ocr_unavailable_reason()

    def ocr_pages(
        self, path: Path, *, progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None
    ) -> list[str]:
        from ..digitise.ocr import ocr_pages

        return ocr_pages(path, progress=progress, cancelled=cancelled)


def _xlsx(entries, target, *, today, agency, file_path_of):
    from ..exports.catalogue_xlsx import write_catalogue_xlsx

    return write_catalogue_xlsx(entries, target, today=today, agency_name=agency.name if agency else "")


def _xlsx_whole(entries, target, *, today, agency, file_path_of):
    from ..exports.catalogue_xlsx import write_whole_catalogue_xlsx

    return write_whole_catalogue_xlsx(entries, target, today=today, agency_name=agency.name if agency else "")


def _csv(entries, target, *, today, agency, file_path_of):
    from ..exports.catalogue_csv import write_catalogue_csv

    return write_catalogue_csv(entries, target, today=today)


def _csv_whole(entries, target, *, today, agency, file_path_of):
    from ..exports.catalogue_csv import write_whole_catalogue_csv

    return write_whole_catalogue_csv(entries, target)


def _html(entries, target, *, today, agency, file_path_of):
    from ..exports.catalogue_html import write_catalogue_html

    return write_catalogue_html(
        entries, target, file_path_of, today=today, agency_name=agency.name if agency else ""
    )


def _pdf(
    entries: list[CatalogueEntry],
    target: Path,
    *,
    today: date,
    agency: AgencyProfile | None,
    file_path_of: Callable[[CatalogueFile], Path],
) -> Path:
    if agency is None:
        raise ValidationError.single("agency", NO_AGENCY)
    from ..exports.catalogue_pdf import write_catalogue_pdf

    return write_catalogue_pdf(entries, target, agency=agency, today=today)


def catalogue_writers() -> dict[str, CatalogueWriter]:
    return {
        "xlsx": _xlsx,
        "xlsx-whole": _xlsx_whole,
        "csv": _csv,
        "csv-whole": _csv_whole,
        "html": _html,
        "pdf": _pdf,
    }


def read_catalogue_xlsx(path: Path) -> list[CatalogueEntry]:
    from ..exports.catalogue_import import read_catalogue_xlsx as read

    return read(path)
