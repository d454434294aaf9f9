"""The catalogue leaves and enters the office as files: the portal's list (XLSX, CSV, an HTML page with the
files, the printed Decree 30 list) and the officer's Excel list imported all rows or none."""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
from ..domain.log_book import ExportCancelled
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

    def all_entries(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> list[CatalogueEntry]:
        """Every entry, read by pages; ``progress(read, total)`` after each, ExportCancelled between them."""
        total = self._catalogue.count() if progress is not None else 0
        entries: list[CatalogueEntry] = []
        while True:
            if cancel is not None and cancel():
                raise ExportCancelled
            batch = self._catalogue.search(None, PAGE, len(entries))
            entries.extend(batch)
            if progress is not None:
                progress(len(entries), max(total, len(entries)))
            if len(batch) < PAGE:
                break
        return entries

    def export(
        self,
        fmt: CatalogueFormat,
        target: Path,
        *,
        whole: bool = False,
        actor: str = "",
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> Exported:
        """`whole`: every entry with its class (XLSX/CSV, for the office); otherwise the portal's list.
        ``cancel()`` is asked while the entries are read (ExportCancelled: nothing written); the writers
        replace the target only once complete."""
        if whole and fmt not in (CatalogueFormat.XLSX, CatalogueFormat.CSV):
            raise ValidationError.single("format", "Cả danh mục chỉ xuất được ra XLSX hoặc CSV.")
        agency = self._agency.current()
        if fmt is CatalogueFormat.PDF and (agency is None or not is_described(agency)):
            raise ValidationError.single(
                "agency", "Chưa khai báo thông tin cơ quan: danh mục in cần tên cơ quan và người ký."
            )
        entries = sorted(
            self.all_entries(progress, cancel), key=lambda e: (e.issued_on is None, e.issued_on, e.id or 0)
        )
        if cancel is not None and cancel():
            raise ExportCancelled
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

    def import_xlsx(
        self, source: Path, actor: str, cancel: Callable[[], bool] | None = None
    ) -> list[CatalogueEntry]:
        """Every row or none: the reader raises with each bad row's number; the service adds in one go.
        ``cancel()`` is asked once the file is read, before anything is recorded (ExportCancelled)."""
        entries = self._reader(Path(source))
        if not entries:
            raise ValidationError.single("file", "Tệp không có dòng nào để nhập vào danh mục.")
        if cancel is not None and cancel():
            raise ExportCancelled
        return self._catalogue.import_entries(entries, actor)
