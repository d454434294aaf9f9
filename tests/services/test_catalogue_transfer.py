"""The catalogue to and from files through the wired service: the printed list once the agency is described,
every export audited, an import all rows or none."""

from __future__ import annotations

from datetime import date

import pytest
from log_book_data import OFFICE
from pypdf import PdfReader

from focal_desk.domain.catalogue import CatalogueEntry, Publication
from focal_desk.domain.catalogue_export import CatalogueFormat
from focal_desk.domain.errors import ValidationError

ACTOR = "Nguyễn Thị Lan (máy: lan)"


def test_printed_list_needs_the_agency_then_lists_only_published_entries(app, tmp_path) -> None:
    catalogue, transfer = app.catalogue(), app.catalogue_transfer()
    catalogue.add(CatalogueEntry(None, "Quyết định phê duyệt kế hoạch sử dụng đất", number="21/QĐ-UBND",
                                 issued_on=date(2026, 2, 3), kind="17.1.h",
                                 publication=Publication("Bảng tin UBND xã", date(2026, 2, 5), None, True)), ACTOR)
    catalogue.add(CatalogueEntry(None, "Dự thảo kế hoạch chưa công khai", kind="17.1.d"), ACTOR)
    with pytest.raises(ValidationError) as refused:
        transfer.export(CatalogueFormat.PDF, tmp_path / "list.pdf", actor=ACTOR)
    assert "agency" in refused.value.errors and not (tmp_path / "list.pdf").exists()

    app.desk().agency.save(OFFICE)
    done = transfer.export(CatalogueFormat.PDF, tmp_path / "list.pdf", actor=ACTOR)
    assert done.listed == 1
    text = " ".join(page.extract_text() for page in PdfReader(done.path).pages)
    assert "21/QĐ-UBND" in text and "Dự thảo kế hoạch" not in text
    with app.uow_factory(read_only=True) as uow:
        events = [e for e in uow.audit.for_entity("catalogue", None) if e.action == "catalogue_export"]
    assert events and events[-1].actor == ACTOR and events[-1].changes["format"] == [None, "pdf"]

    with pytest.raises(ValidationError):
        transfer.export(CatalogueFormat.HTML, tmp_path / "web", whole=True, actor=ACTOR)  # never the whole catalogue
