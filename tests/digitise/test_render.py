"""Pages of real files: a 200-page PDF, PDFs with and without text, multi-page TIFF scans, and damaged ones."""

from __future__ import annotations

import io

import pytest
from digitise_files import A4, image_pdf, page_image, text_pdf, tiff_scan
from PIL import Image
from pypdf import PdfWriter

from focal_desk.digitise.errors import DigitiseError
from focal_desk.digitise.render import page_count, page_size, page_sizes, render_page
from focal_desk.digitise.thumbnails import thumbnail_png

LINES = ["Quyết định số 12/QĐ-UBND về việc công bố", "thủ tục hành chính của Ủy ban nhân dân xã"]


@pytest.fixture(scope="module")
def big_pdf(tmp_path_factory):
    pages = [[f"Trang {n} — Văn bản số {n}/2026 của xã Đông Hưng"] for n in range(1, 201)]
    return text_pdf(tmp_path_factory.mktemp("big") / "200-trang.pdf", pages, size=14)


def test_a_200_page_pdf_counts_renders_and_thumbnails(big_pdf):
    assert page_count(big_pdf) == 200
    assert len(page_sizes(big_pdf)) == 200
    for index0 in (0, 99, 199):
        img = render_page(big_pdf, index0, 72)
        assert img.mode == "RGB" and img.size == pytest.approx((595, 842), abs=1)
        assert img.convert("L").getextrema()[0] < 80  # the text is drawn, not a blank page
        png = thumbnail_png(big_pdf, index0)
        thumb = Image.open(io.BytesIO(png))
        assert thumb.format == "PNG" and max(thumb.size) == 200 and thumb.size[0] < thumb.size[1]
    with pytest.raises(DigitiseError, match="Không có trang 201: tệp có 200 trang"):
        render_page(big_pdf, 200, 72)


def test_pdf_page_sizes_in_points_and_render_scale(tmp_path):
    landscape = (A4[1], A4[0])
    pdf = text_pdf(tmp_path / "hai-kho.pdf", [LINES, LINES], sizes=[A4, landscape])
    sizes = page_sizes(pdf)
    assert sizes[0] == pytest.approx(A4, abs=0.01) and sizes[1] == pytest.approx(landscape, abs=0.01)
    assert page_size(pdf, 1) == pytest.approx(landscape, abs=0.01)
    assert render_page(pdf, 1, 144).size == pytest.approx((A4[1] * 2, A4[0] * 2), abs=1)


def test_multi_page_tiff_is_sized_from_its_dpi(tmp_path):
    scan = tiff_scan(tmp_path / "ban-quet.tif", [LINES, ["Trang hai"], ["Trang ba"]], dpi=200)
    assert page_count(scan) == 3
    assert page_sizes(scan) == [pytest.approx(A4, abs=0.5)] * 3
    img = render_page(scan, 2, 100)  # half the scan's resolution
    assert img.mode == "RGB" and img.size == pytest.approx((A4[0] * 100 / 72, A4[1] * 100 / 72), abs=1)
    assert Image.open(io.BytesIO(thumbnail_png(scan, 1, max_px=120))).size[1] == 120


def test_an_image_without_dpi_is_taken_as_300_dpi(tmp_path):
    png = tmp_path / "anh.png"
    page_image(LINES, dpi=300).save(png)  # no pHYs chunk
    jpg = tmp_path / "anh.jpg"
    page_image(LINES, dpi=150).save(jpg, dpi=(150, 150))
    assert page_sizes(png) == [pytest.approx(A4, abs=0.5)]
    assert page_sizes(jpg) == [pytest.approx(A4, abs=0.5)]
    assert render_page(png, 0, 72).size == pytest.approx((595, 842), abs=1)


def test_a_pdf_without_text_layer_renders(tmp_path):
    pdf = image_pdf(tmp_path / "quet.pdf", [LINES, LINES], dpi=150)
    assert page_count(pdf) == 2
    assert page_sizes(pdf)[0] == pytest.approx(A4, abs=0.5)
    assert render_page(pdf, 1, 50).convert("L").getextrema()[0] < 100


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\n%%EOF", "bị hỏng hoặc không đúng định dạng"),
        (b"", "không phải PDF hay ảnh"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "không phải PDF hay ảnh"),
        (b"GIF89a" + b"\x00" * 40, "không phải PDF hay ảnh"),
    ],
)
def test_damaged_files_say_so_in_one_sentence(tmp_path, content, message):
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(content)
    for call in (
        lambda: page_count(bad),
        lambda: page_sizes(bad),
        lambda: render_page(bad, 0, 72),
        lambda: thumbnail_png(bad, 0),
    ):
        with pytest.raises(DigitiseError, match=message) as caught:
            call()
        assert "\n" not in str(caught.value)


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data:UserWarning")  # Pillow warns, then fails
def test_a_truncated_tiff_is_refused_not_a_traceback(tmp_path):
    scan = tiff_scan(tmp_path / "du.tif", [LINES, LINES])
    cut = tmp_path / "cut.tif"
    cut.write_bytes(scan.read_bytes()[: scan.stat().st_size // 3])
    with pytest.raises(DigitiseError):
        for i in range(page_count(cut)):
            render_page(cut, i, 72)


def test_encrypted_missing_and_folder(tmp_path):
    plain = text_pdf(tmp_path / "goc.pdf", [LINES])
    writer = PdfWriter(clone_from=plain)
    writer.encrypt(user_password="mat-khau", algorithm="AES-256")
    locked = tmp_path / "khoa.pdf"
    with locked.open("wb") as f:
        writer.write(f)
    with pytest.raises(DigitiseError, match="được đặt mật khẩu"):
        page_count(locked)
    with pytest.raises(DigitiseError, match="không tìm thấy tệp"):
        page_count(tmp_path / "khong-co.pdf")
    with pytest.raises(DigitiseError, match="thư mục"):
        render_page(tmp_path, 0, 72)


def test_bad_dpi_and_thumbnail_size(tmp_path):
    pdf = text_pdf(tmp_path / "goc.pdf", [LINES])
    for dpi in (0, -5, float("nan"), float("inf"), 100000):
        with pytest.raises(DigitiseError, match="Độ phân giải"):
            render_page(pdf, 0, dpi)
    with pytest.raises(DigitiseError, match="Cỡ ảnh thu nhỏ"):
        thumbnail_png(pdf, 0, max_px=0)
    with pytest.raises(DigitiseError, match="Không có trang"):
        thumbnail_png(pdf, -1)
