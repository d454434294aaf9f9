"""Redaction on real files: the removed words are in neither the copy's text layer nor what OCR reads from
its page images, while a word left alone still reads; the original is untouched; areas are checked."""

from __future__ import annotations

import hashlib
import os
import stat

import pypdfium2 as pdfium
import pytest
from digitise_files import A4, needs_ocr, text_pdf, tiff_scan
from pypdf import PdfReader

from focal_desk.digitise.errors import DigitiseCancelled, DigitiseError
from focal_desk.digitise.ocr import ocr_pages
from focal_desk.digitise.redact import RedactionArea, find_phrase, redact
from focal_desk.digitise.render import page_sizes
from focal_desk.domain.errors import ValidationError
from focal_desk.domain.text import fold

PAGE_1 = ["Ông Nguyễn Văn Đức, sinh năm 1980", "Số điện thoại 0912345678", "Xã Toàn Thắng, huyện Kim Động"]
PAGE_2 = ["Bà Trần Thị Mai và ông NGUYỄN VĂN ĐỨC", "cùng ký Quyết định bồi thường"]
REMOVED = ["nguyen van duc", "0912345678", "tran thi mai"]


@pytest.fixture
def source(tmp_path):
    return text_pdf(tmp_path / "goc.pdf", [PAGE_1, PAGE_2])


def _pdf_texts(path) -> list[str]:
    reader_texts = [p.extract_text() or "" for p in PdfReader(path).pages]
    doc = pdfium.PdfDocument(str(path))
    try:
        pdfium_texts = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()
    return reader_texts + pdfium_texts


def test_find_phrase_ignores_case_and_accents_and_finds_every_place(source):
    found = find_phrase(source, "NGUYEN van duc", ground="6.2.b")
    assert [a.page for a in found] == [1, 2]
    assert all(a.ground == "6.2.b" for a in found)
    first = found[0]  # line 0 of page 1: baseline 100 pt from the top, 20 pt type
    assert 72 < first.x0 < 120 and 72 + 20 < first.y1 < 110 and 70 < first.y0 < 100
    assert find_phrase(source, "Đức") == find_phrase(source, "duc")
    assert len(find_phrase(source, "đông")) == 1  # "Động" only, not inside another word
    assert find_phrase(source, "an") == []  # whole words: not the "an" of "Toàn"
    assert find_phrase(source, "Ng\u200buyễn  Văn\u00a0ĐỨC") == find_phrase(
        source, "nguyen van duc"
    )  # pasted
    assert find_phrase(source, "０９１２３４５６７８")[0].page == 1  # full-width digits
    with pytest.raises(ValidationError):
        find_phrase(source, " \u200b ")


@needs_ocr
def test_removed_words_are_gone_from_text_and_page_images(source, tmp_path):
    original = source.read_bytes()
    areas = [a for phrase in REMOVED for a in find_phrase(source, phrase, ground="6.2.b")]
    assert len(areas) == 4
    out = tmp_path / "ban-che" / "ban-che.pdf"
    result = redact(source, areas, out)
    assert source.read_bytes() == original
    assert result.out == out and result.page_count == 2 and result.areas == tuple(areas)
    assert result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert page_sizes(out) == [pytest.approx(s, abs=0.01) for s in page_sizes(source)]
    assert [p.name for p in out.parent.iterdir()] == ["ban-che.pdf"]  # no temporary file left
    for text in _pdf_texts(out):
        assert not any(word in fold(text) for word in REMOVED)
    seen = fold(" ".join(ocr_pages(out)))
    assert not any(word in seen for word in REMOVED), seen
    assert "toan thang" in seen and "boi thuong" in seen  # what was not removed still reads
    before = fold(" ".join(ocr_pages(source)))
    assert all(word in before for word in REMOVED)  # the check would have seen them


@needs_ocr
def test_a_tiff_scan_is_redacted_by_area(tmp_path):
    scan = tiff_scan(tmp_path / "quet.tif", [PAGE_1])
    phone_line = RedactionArea(1, 60, 120, 400, 150, ground="7.2")  # line 1: baseline at 140 pt from the top
    out = tmp_path / "quet-che.pdf"
    redact(scan, [phone_line], out)
    seen = fold(" ".join(ocr_pages(out)))
    assert "0912345678" not in seen and "toan thang" in seen


def test_cancel_writes_nothing_and_keeps_an_earlier_copy(tmp_path):
    source = text_pdf(tmp_path / "goc.pdf", [PAGE_1, PAGE_2, PAGE_1])
    out = tmp_path / "ban-che.pdf"
    out.write_bytes(b"ban truoc")
    done: list[int] = []
    with pytest.raises(DigitiseCancelled):
        redact(
            source,
            [RedactionArea(1, 10, 10, 50, 50)],
            out,
            progress=lambda d, _t: done.append(d),
            cancelled=lambda: bool(done),
        )
    assert done == [1]
    assert out.read_bytes() == b"ban truoc"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ban-che.pdf", "goc.pdf"]


@pytest.mark.parametrize(
    ("area", "message"),
    [
        (RedactionArea(0, 10, 10, 20, 20), "không có trang 0"),
        (RedactionArea(3, 10, 10, 20, 20), "không có trang 3"),
        (RedactionArea(True, 10, 10, 20, 20), "không có trang True"),  # type: ignore[arg-type]
        (RedactionArea(1, float("nan"), 10, 20, 20), "số hữu hạn"),
        (RedactionArea(1, 10, 10, float("inf"), 20), "số hữu hạn"),
        (RedactionArea(1, -10, 10, 20, 20), "nằm ngoài trang 1"),
        (RedactionArea(1, 10, 10, 20, A4[1] + 5), "nằm ngoài trang 1"),
        (RedactionArea(1, 20, 10, 10, 20), "x0 < x1"),
        (RedactionArea(1, 10, 10, 20, 10), "y0 < y1"),
        (RedactionArea(1, 10, 10, 20, 20, ground="99.9"), "căn cứ '99.9'"),
        (RedactionArea(1, "10", 10, 20, 20), "số hữu hạn"),  # type: ignore[arg-type]
    ],
)
def test_bad_areas_are_refused_before_anything_is_written(source, tmp_path, area, message):
    out = tmp_path / "ban-che.pdf"
    good = RedactionArea(1, 10, 10, 20, 20)
    with pytest.raises(ValidationError) as caught:
        redact(source, [good, area], out)
    assert list(caught.value.errors) == ["areas[1]"]
    assert message in caught.value.errors["areas[1]"]
    assert not out.exists()


def test_no_area_and_same_file_are_refused(source, tmp_path):
    with pytest.raises(ValidationError, match="chưa đánh dấu"):
        redact(source, [], tmp_path / "x.pdf")
    original = source.read_bytes()
    with pytest.raises(ValidationError, match="khác tệp gốc"):
        redact(source, [RedactionArea(1, 10, 10, 20, 20)], source.parent / "." / source.name)
    assert source.read_bytes() == original


def test_a_red_seal_stays_red_and_black_text_pages_are_grey(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "con-dau.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFillColorRGB(0.85, 0.05, 0.05)
    c.circle(400, 200, 60, stroke=0, fill=1)  # the seal, 60 pt radius around (400, 200) from the bottom
    c.showPage()
    c.setFillColorRGB(0, 0, 0)
    c.drawString(72, 700, "Trang chữ đen")
    c.showPage()
    c.save()
    out = tmp_path / "ban-che.pdf"
    redact(path, [RedactionArea(1, 10, 10, 60, 60), RedactionArea(2, 10, 10, 60, 60)], out)
    doc = pdfium.PdfDocument(str(out))
    try:
        seal_page = doc[0].render(scale=1, rev_byteorder=True).to_pil().convert("RGB")
        assert seal_page.getpixel((400, round(A4[1]) - 200))[:3] == pytest.approx((217, 13, 13), abs=30)
        assert seal_page.getpixel((30, 30)) == (0, 0, 0)  # the area, filled
        images = [obj for obj in doc[1].get_objects() if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
        assert images and images[0].get_metadata().colorspace == pdfium.raw.FPDF_COLORSPACE_DEVICEGRAY
    finally:
        doc.close()


def test_pages_of_different_sizes_keep_their_sizes(tmp_path):
    sizes = [A4, (A4[1], A4[0]), (300.0, 400.0)]
    source = text_pdf(tmp_path / "ba-kho.pdf", [["Một"], ["Hai"], ["Ba"]], sizes=sizes)
    out = tmp_path / "ban-che.pdf"
    redact(source, [RedactionArea(2, 700, 500, 840, 595)], out)  # the landscape page's bottom-right corner
    assert page_sizes(out) == [pytest.approx(s, abs=0.01) for s in sizes]
    doc = pdfium.PdfDocument(str(out))
    try:
        corner = doc[1].render(scale=1).to_pil().convert("L")
        assert corner.getpixel((835, 590)) == 0 and corner.getpixel((690, 490)) == 255
    finally:
        doc.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_refused_as_the_source_and_as_the_copy(source, tmp_path):
    # Reading a pipe waited for ever; renaming over one (or over /dev/null, as root) replaced it.
    pipe = tmp_path / "ong.pdf"
    os.mkfifo(pipe)
    with pytest.raises(DigitiseError, match="không phải tệp thường"):
        redact(pipe, [RedactionArea(1, 10, 10, 20, 20)], tmp_path / "x.pdf")
    with pytest.raises(DigitiseError, match="không phải tệp thường"):
        redact(source, [RedactionArea(1, 10, 10, 20, 20)], pipe)
    with pytest.raises(DigitiseError, match="là một thư mục"):
        redact(source, [RedactionArea(1, 10, 10, 20, 20)], tmp_path)
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["goc.pdf", "ong.pdf"]
