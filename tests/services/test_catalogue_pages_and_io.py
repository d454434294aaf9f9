"""The catalogue screen's services, wired as the app wires them: page thumbnails of stored and not-yet-added
files, OCR stored as the file's searchable text (and Cancel), export in every format (the portal lists only
what is published and current; the whole copy reads back), and the import of an Excel list, all or nothing."""

from __future__ import annotations

import io
from datetime import date

import pytest
from catalogue_files import image_pdf, png, text_pdf
from openpyxl import Workbook
from PIL import Image, ImageDraw, ImageFont

from focal_desk.digitise.errors import DigitiseCancelled
from focal_desk.digitise.ocr import ENV_VAR, ocr_unavailable_reason
from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.catalogue import AccessClass, CatalogueEntry, Publication
from focal_desk.domain.errors import EnvironmentProblem, ValidationError
from focal_desk.services.catalogue_files import CatalogueFilesService

ACTOR = "can_bo_test"
OFFICE = AgencyProfile(
    id=None,
    name="Ủy ban nhân dân xã Đạo Trù",
    parent_body="Ủy ban nhân dân tỉnh Phú Thọ",
    place_name="Đạo Trù",
    symbol="UBND",
    signer_name="Nguyễn Văn An",
    signer_title="Chủ tịch",
    authority="TM.",
)
FONT = "resources/fonts/Tinos-Regular.ttf"
needs_ocr = pytest.mark.skipif(ocr_unavailable_reason() is not None, reason=f"{ocr_unavailable_reason()}")


@pytest.fixture
def desk(app):
    return app.desk()


def _png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG")
    with Image.open(io.BytesIO(data)) as img:
        return img.size


def test_thumbnails_of_a_stored_file_and_of_a_file_about_to_be_added(desk, tmp_path) -> None:
    pdf = text_pdf(tmp_path / "qd.pdf", ["Trang một", "Trang hai", "Trang ba"])
    entry = desk.catalogue.add(CatalogueEntry(None, "Quyết định"), ACTOR, [pdf])
    preview = desk.catalogue_files.preview(entry.files[0])
    assert preview.page_count == 3 and len(preview.thumbnails) == 3
    assert max(_png_size(preview.thumbnails[0])) <= 160
    limited = desk.catalogue_files.preview(str(png(tmp_path / "anh.png")), max_px=64, max_pages=5)
    assert limited.page_count == 1 and max(_png_size(limited.thumbnails[0])) <= 64
    stopped = desk.catalogue_files.preview(entry.files[0], cancel=lambda: True)
    assert stopped.page_count == 3 and stopped.thumbnails == ()


def test_a_damaged_or_changed_file_is_one_sentence(desk, app, tmp_path) -> None:
    fake = tmp_path / "hong.pdf"
    fake.write_bytes(b"not a pdf at all")
    with pytest.raises(ValidationError, match="hong.pdf"):
        desk.catalogue_files.preview(str(fake))
    entry = desk.catalogue.add(CatalogueEntry(None, "Ảnh"), ACTOR, [png(tmp_path / "a.png")])
    stored = app.paths.catalogue / entry.files[0].stored_path
    stored.write_bytes(stored.read_bytes() + b"x")
    with pytest.raises(EnvironmentProblem, match="SHA-256"):
        desk.catalogue_files.preview(entry.files[0])


def test_without_tesseract_the_reason_is_given_once(desk, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "khong-co" / "tesseract"))
    service = CatalogueFilesService(desk.catalogue, type(desk.catalogue_files._tools)())
    reason = service.ocr_unavailable_reason()
    assert reason and "Tesseract" in reason
    monkeypatch.delenv(ENV_VAR)
    assert service.ocr_unavailable_reason() == reason  # asked once per run


def _scan(path, lines: list[str]):
    img = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 56)
    for i, line in enumerate(lines):
        draw.text((200, 280 + 110 * i), line, font=font, fill=0, anchor="ls")
    img.save(path, "PNG", dpi=(200, 200))
    return path


@needs_ocr
def test_ocr_text_is_stored_and_searched_and_a_cancel_stores_nothing(desk, tmp_path) -> None:
    scan = _scan(tmp_path / "quet.png", ["Quyết định thành lập", "Hội đồng bồi thường"])
    entry = desk.catalogue.add(CatalogueEntry(None, "Văn bản quét"), ACTOR, [scan])
    file_id = entry.files[0].id
    with pytest.raises(DigitiseCancelled):
        desk.catalogue_files.recognise(file_id, cancel=lambda: True)
    assert desk.catalogue.get_file(file_id).text_source == "none"
    seen: list[tuple[int, int]] = []
    text = desk.catalogue_files.recognise(file_id, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 1)] and "bồi thường" in text
    saved = desk.catalogue_files.store_text(file_id, text)
    assert saved.text_source == "ocr"
    assert [e.id for e in desk.catalogue.search("boi thuong")] == [entry.id]


def _entries(desk) -> None:
    desk.agency.save(OFFICE)
    desk.catalogue.add(
        CatalogueEntry(
            None,
            "Quyết định công khai ngân sách",
            number="5/QĐ-UBND",
            issued_on=date(2026, 1, 5),
            publication=Publication("Cổng thông tin xã", date(2026, 1, 6), None, True),
        ),
        ACTOR,
    )
    desk.catalogue.add(
        CatalogueEntry(None, "Kế hoạch chưa công khai", publication=Publication(published=False)), ACTOR
    )
    desk.catalogue.add(
        CatalogueEntry(None, "Hồ sơ mật", access=AccessClass.SECRET, secret_point="6.1"), ACTOR
    )


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "pdf", "html"])
def test_the_portal_lists_only_what_is_published_and_current(desk, tmp_path, fmt) -> None:
    _entries(desk)
    seen: list[tuple[int, int]] = []
    target = tmp_path / ("out" if fmt == "html" else f"out.{fmt}")
    result = desk.catalogue_io.export(fmt, target, progress=lambda d, t: seen.append((d, t)))
    assert result.entries == 1 and not result.cancelled and result.path.is_file()
    assert seen and seen[-1][0] == 3
    if fmt == "csv":
        text = result.path.read_text("utf-8-sig")
        assert "ngân sách" in text and "Hồ sơ mật" not in text and "chưa công khai" not in text


def test_the_whole_copy_reads_back_and_a_cancel_writes_nothing(desk, tmp_path) -> None:
    _entries(desk)
    result = desk.catalogue_io.export("xlsx", tmp_path / "all.xlsx", whole=True)
    assert result.entries == 3
    back = desk.catalogue_io.read(result.path)
    assert sorted(e.title for e in back) == sorted(e.title for e in desk.catalogue.search(None))
    stopped = desk.catalogue_io.export("csv", tmp_path / "x.csv", cancel=lambda: True)
    assert stopped.cancelled and stopped.path is None and not (tmp_path / "x.csv").exists()
    with pytest.raises(ValidationError):
        desk.catalogue_io.export("docx", tmp_path / "x.docx")
    with pytest.raises(ValidationError):
        desk.catalogue_io.export("html", tmp_path / "h", whole=True)


def test_the_printed_list_needs_the_office(desk, tmp_path) -> None:
    with pytest.raises(ValidationError, match="Cơ quan"):
        desk.catalogue_io.export("pdf", tmp_path / "list.pdf")
    assert not (tmp_path / "list.pdf").exists()


def test_an_excel_list_with_a_bad_row_imports_nothing(desk, tmp_path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Tên thông tin", "Số/ký hiệu", "Ngày ban hành (dd/mm/yyyy)"])
    ws.append(["Quyết định giao đất", "1/QĐ-UBND", "05/01/2026"])
    ws.append(["Quyết định thu hồi", "2/QĐ-UBND", "31/02/2026"])
    path = tmp_path / "danh-muc.xlsx"
    wb.save(path)
    with pytest.raises(ValidationError) as caught:
        desk.catalogue_io.import_xlsx(path, ACTOR)
    assert [p.row for p in caught.value.problems] == [3]
    assert desk.catalogue.count() == 0
    ws.delete_rows(3)
    wb.save(path)
    added = desk.catalogue_io.import_xlsx(path, ACTOR)
    assert [e.title for e in added] == ["Quyết định giao đất"] and added[0].created_by == ACTOR


def test_a_damaged_pdf_in_the_html_export_stops_it(desk, app, tmp_path) -> None:
    desk.agency.save(OFFICE)
    entry = desk.catalogue.add(
        CatalogueEntry(None, "Quyết định", publication=Publication("Cổng", None, None, True)),
        ACTOR,
        [image_pdf(tmp_path / "scan.pdf", 1)],
    )
    (app.paths.catalogue / entry.files[0].stored_path).write_bytes(b"%PDF-1.4 changed")
    with pytest.raises(EnvironmentProblem, match="SHA-256"):
        desk.catalogue_io.export("html", tmp_path / "web")
