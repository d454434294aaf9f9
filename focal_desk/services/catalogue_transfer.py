"""The catalogue leaves and enters the office as files: the portal's list (XLSX, CSV, an HTML page with the
files, the printed Decree 30 list) and the officer's Excel list imported all rows or none."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..domain.audit import AuditEvent
from ..domain.catalogue import CatalogueEntry
from ..domain.catalogue_export import (
    CatalogueFormat,
    CatalogueReader,
    CatalogueWriter,
    ExportContext,
    Exported,
)
from ..domain.clock import Clock, today
from ..domain.errors import ValidationError
from .agency_service import AgencyService, is_described
from .catalogue import CatalogueService
from .ports import UnitOfWorkFactory

PAGE = 500  # entries read per query while gathering the whole catalogue


class CatalogueTransfer:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        catalogue: CatalogueService,
        agency: AgencyService,
        clock: Clock,
        writers: Mapping[CatalogueFormat, CatalogueWriter],
        reader: CatalogueReader,
    ):
        self._uow_factory = uow_factory
        self._catalogue = catalogue
        self._agency = agency
        self._clock = clock
        self._writers = writers
        self._reader = reader

    def all_entries(self) -> list[CatalogueEntry]:
        entries: list[CatalogueEntry] = []
        while batch := self._catalogue.search(None, PAGE, len(entries)):
            entries.extend(batch)
            if len(batch) < PAGE:
                break
        return entries

    def export(self, fmt: CatalogueFormat, target: Path, *, whole: bool = False, actor: str = "") -> Exported:
        """`whole`: every entry with its class (XLSX/CSV, for the office); otherwise the portal's list."""
        if whole and fmt not in (CatalogueFormat.XLSX, CatalogueFormat.CSV):
            raise ValidationError.single("format", "Cả danh mục chỉ xuất được ra XLSX hoặc CSV.")
        agency = self._agency.current()
        if fmt is CatalogueFormat.PDF and (agency is None or not is_described(agency)):
            raise ValidationError.single(
                "agency", "Chưa khai báo thông tin cơ quan: danh mục in cần tên cơ quan và người ký."
            )
        entries = sorted(self.all_entries(), key=lambda e: (e.issued_on is None, e.issued_on, e.id or 0))
        context = ExportContext(today(self._clock), agency, self._catalogue.open_file, whole)
        done = self._writers[fmt](entries, Path(target), context)
        with self._uow_factory() as uow:
            uow.audit.add(
                AuditEvent(
                    at=self._clock.now(),
                    actor=actor,
                    action="catalogue_export",
                    entity="catalogue",
                    changes={
                        "format": [None, fmt.value],
                        "whole": [None, whole],
                        "entries": [None, done.listed],
                    },
                )
            )
            uow.commit()
        return done

    def import_xlsx(self, source: Path, actor: str) -> list[CatalogueEntry]:
        """Every row or none: the reader raises with each bad row's number; the service adds in one go."""
        entries = self._reader(Path(source))
        if not entries:
            raise ValidationError.single("file", "Tệp không có dòng nào để nhập vào danh mục.")
        return self._catalogue.import_entries(entries, actor)
