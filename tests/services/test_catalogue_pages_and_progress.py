"""The catalogue screen's services, wired as the app wires them: page thumbnails of stored and not-yet-added
files, OCR stored as the file's searchable text (and Cancel); the export's progress and Cancel, and an import
cancelled before anything is recorded."""

from __future__ import annotations

import io
from datetime import date

import pytest
from catalogue_files import png, text_pdf
from PIL import Image, ImageDraw, ImageFont

from focal_desk.digitise.errors import DigitiseCancelled
from focal_desk.digitise.ocr import ENV_VAR, ocr_unavailable_reason
from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.catalogue import AccessClass, CatalogueEntry, Publication
from focal_desk.domain.catalogue_export import CatalogueFormat
from focal_desk.domain.errors import EnvironmentProblem, ValidationError
from focal_desk.domain.log_book import ExportCancelled
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


@pytest.mark.parametrize("fmt", list(CatalogueFormat))
def test_an_export_reports_its_progress_and_a_cancel_writes_nothing(desk, tmp_path, fmt) -> None:
    _entries(desk)
    seen: list[tuple[int, int]] = []
    target = tmp_path / ("out" if fmt is CatalogueFormat.HTML else f"out.{fmt.value}")
    done = desk.catalogue_transfer.export(fmt, target, actor=ACTOR, progress=lambda d, t: seen.append((d, t)))
    assert done.listed == 1 and done.path.is_file()
    assert seen == [(3, 3)]
    target = tmp_path / f"stopped-{fmt.value}"
    with pytest.raises(ExportCancelled):
        desk.catalogue_transfer.export(fmt, target, actor=ACTOR, cancel=lambda: True)
    assert not target.exists()


def test_a_cancelled_import_records_nothing(desk, tmp_path) -> None:
    _entries(desk)
    done = desk.catalogue_transfer.export(
        CatalogueFormat.XLSX, tmp_path / "all.xlsx", whole=True, actor=ACTOR
    )
    with pytest.raises(ExportCancelled):
        desk.catalogue_transfer.import_xlsx(done.path, ACTOR, cancel=lambda: True)
    assert desk.catalogue.count() == 3
    assert len(desk.catalogue_transfer.import_xlsx(done.path, ACTOR, cancel=lambda: False)) == 3
    assert desk.catalogue.count() == 6
