"""A folder of scans added at once: one entry per scan, titles from the file names, the shared fields from the
template; a damaged file, a text file and bytes already held are skipped with their reason, the others added;
OCR makes a scan found by a word inside it; a Cancel keeps what was added."""

from __future__ import annotations

from datetime import date

import pytest
from catalogue_files import image_pdf, png, text_pdf
from PIL import Image, ImageDraw, ImageFont

from focal_desk.digitise.ocr import ocr_unavailable_reason
from focal_desk.domain.catalogue import AccessClass, CatalogueEntry, Publication
from focal_desk.domain.errors import ValidationError
from focal_desk.services.catalogue_folder import ALREADY_HELD, NOT_A_SCAN, says_nothing, title_from_name

ACTOR = "can_bo_test"
FONT = "resources/fonts/Tinos-Regular.ttf"
TEMPLATE = CatalogueEntry(
    None,
    "",
    kind="other",
    access=AccessClass.PUBLIC,
    publication=Publication("Bảng tin trụ sở UBND xã", date(2026, 3, 1), None, True),
)
needs_ocr = pytest.mark.skipif(ocr_unavailable_reason() is not None, reason=f"{ocr_unavailable_reason()}")


@pytest.fixture
def desk(app):
    return app.desk()


def scan_png(path, lines: list[str]):
    img = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 56)
    for i, line in enumerate(lines):
        draw.text((200, 280 + 110 * i), line, font=font, fill=0, anchor="ls")
    img.save(path, "PNG", dpi=(200, 200))
    return path


def test_titles_come_from_the_file_names() -> None:
    assert title_from_name("Quyet_dinh-12__2026.pdf") == "Quyet dinh 12 2026"
    assert title_from_name("Quy\u00ea\u0301t đi\u0323nh.PNG") == "Quyết định"  # NFC
    assert title_from_name("a\u200bb\x07c.tif") == "ab c"
    assert title_from_name("___.pdf") == "___.pdf"


def test_a_scanner_s_name_gives_way_to_the_pdf_s_first_line(desk, tmp_path) -> None:
    assert (
        says_nothing("0001")
        and says_nothing("IMG 20260301")
        and says_nothing("Scan 03")
        and says_nothing("quét 2")
    )
    assert not says_nothing("QD 12")  # "QD" is a word of its own
    assert not says_nothing("Quyet dinh 12")
    folder = tmp_path / "quet"
    folder.mkdir()
    text_pdf(folder / "0001.pdf", ["", "  Quyết định  về việc giao đất\u200b ", "Điều 1"])
    image_pdf(folder / "scan_0002.pdf", 1)  # no text layer: the name stays
    text_pdf(folder / "Ke_hoach.pdf", ["Một dòng khác"])  # a name of its own stays
    result = desk.catalogue_folder.add_folder(folder, TEMPLATE, ACTOR)
    assert [e.title for e in result.added] == ["Quyết định về việc giao đất", "Ke hoach", "scan 0002"]


def test_a_folder_is_added_file_by_file(desk, tmp_path) -> None:
    folder = tmp_path / "quet"
    folder.mkdir()
    text_pdf(folder / "Quyet_dinh_12-2026.pdf", ["Quyết định về ngân sách xã"])
    png(folder / "tap_anh.png")
    (folder / "c_hong.pdf").write_bytes(b"%PDF-1.4\n broken")
    (folder / "d_ghi_chu.txt").write_text("không phải bản quét", encoding="utf-8")
    (folder / "e_con").mkdir()
    seen: list[tuple[int, int]] = []
    result = desk.catalogue_folder.add_folder(
        folder, TEMPLATE, ACTOR, progress=lambda d, t: seen.append((d, t))
    )
    assert [e.title for e in result.added] == ["Quyet dinh 12 2026", "tap anh"]
    first = result.added[0]
    assert first.publication == TEMPLATE.publication and first.access is AccessClass.PUBLIC
    assert first.files[0].filename == "Quyet_dinh_12-2026.pdf" and "ngân sách" in first.files[0].text
    skipped = dict(result.skipped)
    assert skipped["d_ghi_chu.txt"] == NOT_A_SCAN and "e_con" in skipped
    assert "c_hong.pdf" in skipped and "\n" not in skipped["c_hong.pdf"] and skipped["c_hong.pdf"]
    assert seen[-1] == (3, 3) and not result.cancelled and result.failed == 1
    assert [e.id for e in desk.catalogue.search("ngan sach")] == [first.id]

    again = desk.catalogue_folder.add_folder(folder, TEMPLATE, ACTOR)
    assert again.added == [] and again.failed == 1  # the damaged file again
    assert dict(again.skipped)["Quyet_dinh_12-2026.pdf"] == ALREADY_HELD
    assert dict(again.skipped)["tap_anh.png"] == ALREADY_HELD
    assert desk.catalogue.count() == 2


def test_the_same_scan_twice_in_the_folder_is_added_once(desk, tmp_path) -> None:
    tmp_path = tmp_path / "quet"
    tmp_path.mkdir()
    png(tmp_path / "a.png", 90)
    (tmp_path / "b.png").write_bytes((tmp_path / "a.png").read_bytes())
    result = desk.catalogue_folder.add_folder(tmp_path, TEMPLATE, ACTOR)
    assert [e.title for e in result.added] == ["a"] and result.skipped == [("b.png", ALREADY_HELD)]


def test_a_cancel_keeps_what_was_added(desk, tmp_path) -> None:
    tmp_path = tmp_path / "quet"
    tmp_path.mkdir()
    for n in range(4):
        png(tmp_path / f"{n}.png", 10 + n)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    result = desk.catalogue_folder.add_folder(tmp_path, TEMPLATE, ACTOR, cancelled=cancelled)
    assert result.cancelled and [e.title for e in result.added] == ["0", "1"] and result.remaining == 2
    assert desk.catalogue.count() == 2


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p / "khong-co", "không tìm thấy thư mục"),
        (lambda p: png(p / "a.png"), "không phải thư mục"),
        (lambda p: (p / "x.txt").write_text("x") and p, "không có tệp PDF, JPG, PNG hoặc TIFF"),
    ],
)
def test_a_folder_that_is_not_one_of_scans_is_one_sentence(desk, tmp_path, make, words) -> None:
    target = make(tmp_path)
    with pytest.raises(ValidationError, match=words) as caught:
        desk.catalogue_folder.add_folder(target, TEMPLATE, ACTOR)
    assert caught.value.errors.keys() == {"folder"}
    assert desk.catalogue.count() == 0


def test_a_bad_shared_field_is_refused_before_any_file(desk, tmp_path) -> None:
    png(tmp_path / "a.png")
    bad = CatalogueEntry(None, "", publication=Publication("Bảng\x07tin"))
    with pytest.raises(ValidationError):
        desk.catalogue_folder.add_folder(tmp_path, bad, ACTOR)
    assert desk.catalogue.count() == 0


@needs_ocr
def test_ocr_makes_a_scan_found_by_a_word_inside_it(desk, tmp_path) -> None:
    tmp_path = tmp_path / "quet"
    tmp_path.mkdir()
    scan_png(tmp_path / "QD_05.png", ["Quyết định phê duyệt", "Kế hoạch bồi thường đất"])
    text_pdf(tmp_path / "QD_06.pdf", ["Văn bản có sẵn chữ"])
    result = desk.catalogue_folder.add_folder(tmp_path, TEMPLATE, ACTOR, ocr=True)
    scan, pdf = result.added
    assert scan.files[0].text_source == "ocr" and pdf.files[0].text_source == "pdf"
    assert [e.id for e in desk.catalogue.search("boi thuong")] == [scan.id]
    assert result.unread == []


def test_hostile_file_names_make_clean_titles(desk, tmp_path) -> None:
    folder = tmp_path / "quet"
    folder.mkdir()
    png(folder / "Quy\u00ea\u0301t\u200b_\u0111i\u0323nh\x07_\uff11\uff12.png", 30)
    png(folder / "\x1b[31m.png", 60)
    result = desk.catalogue_folder.add_folder(folder, TEMPLATE, ACTOR)
    titles = sorted(e.title for e in result.added)
    assert titles == sorted(["Quyết định １２", "[31m"])  # no bell, no escape, no zero-width space; NFC
    assert [e.id for e in desk.catalogue.search("quyet dinh 12")] == [
        e.id for e in result.added if e.title.startswith("Quy")
    ]  # full-width digits are found by ASCII ones
