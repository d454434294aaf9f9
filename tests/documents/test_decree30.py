"""The Decree 30 renderer on a one-page notice: A4, fonts embedded, what it prints, the ruled heading, bytes."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from dataclasses import replace

import pytest
from decree30_read import PAGE_H, PAGE_W, all_text, flat, outside_the_frame, read, unembedded_fonts
from decree30_samples import HEADING, SIGNER, notice
from pypdf import PdfReader

from focal_desk.documents.decree30 import render_pdf
from focal_desk.documents.layout import DocumentLayout, Heading, Paragraph, Signer, Table


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_pdf(notice())


def test_page_is_a4_portrait(pdf: bytes) -> None:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert float(box.width) == pytest.approx(PAGE_W, abs=0.01)
    assert float(box.height) == pytest.approx(PAGE_H, abs=0.01)


def test_every_font_is_embedded_and_is_the_bundled_serif(pdf: bytes) -> None:
    assert unembedded_fonts(pdf) == []
    names = {str(f) for page in PdfReader(io.BytesIO(pdf)).pages
             for f in (page["/Resources"]["/Font"][k]["/BaseFont"] for k in page["/Resources"]["/Font"])}
    assert names and all("Tinos" in n for n in names), names


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_says_every_font_is_embedded(pdf: bytes, tmp_path) -> None:
    path = tmp_path / "n.pdf"
    path.write_bytes(pdf)
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert len(rows) == 4  # regular, bold, italic, bold italic
    for row in rows:
        emb = row.split()[-5]
        assert emb == "yes", row


def test_text_holds_heading_number_date_type_body_signer_and_recipients(pdf: bytes) -> None:
    pages = read(pdf)
    assert len(pages) == 1
    text = all_text(pages)
    for expected in (
        "UBND HUYỆN ĐẠO TRÙ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 05/TB-UBND", "Đạo Trù, ngày 05 tháng 01 năm 2026", "THÔNG BÁO",
        "Về việc giải quyết yêu cầu cung cấp thông tin",
        "Ủy ban nhân dân xã Đạo Trù đã nhận được Phiếu yêu cầu cung cấp thông tin",
        "Sao chụp tài liệu khổ A4 đen trắng", "54.000",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An",
        "Nơi nhận:", "- Ông Trần Văn Bình;", "- Lưu: VT.",
    ):
        assert expected in text, expected
    assert "ỦY BAN NHÂN DÂN" in text and "XÃ ĐẠO TRÙ" in text


def test_heading_faces_and_sizes(pdf: bytes) -> None:
    chars = read(pdf)[0].chars

    def face(fragment: str) -> tuple[str, float]:
        line = "".join(c["text"] for c in chars)
        start = line.index(fragment)
        c = chars[start]
        return c["fontname"].split("+")[-1], round(c["size"])

    assert face("CỘNG HÒA") == ("Tinos-Bold", 12)
    assert face("Độc lập") == ("Tinos-Bold", 13)
    assert face("Đạo Trù, ngày") == ("Tinos-Italic", 14)
    assert face("THÔNG BÁO") == ("Tinos-Bold", 14)
    assert face("Số: 05") == ("Tinos", 13)
    assert face("Nơi nhận:") == ("Tinos-BoldItalic", 12)
    assert face("- Lưu") == ("Tinos", 11)


def _line_chars(chars: list[dict], fragment: str) -> list[dict]:
    """The printed characters of ``fragment`` (its first occurrence in content order), spaces left out."""
    joined = "".join(c["text"] for c in chars)
    start = joined.index(fragment)
    found = chars[start : start + len(fragment)]
    assert "".join(c["text"] for c in found) == fragment
    return [c for c in found if c["text"].strip()]


def _rule_under(page, chars: list[dict]) -> dict:
    bottom = max(c["bottom"] for c in chars)
    under = [ln for ln in page.lines if 0 < ln["top"] - bottom < 6
             and ln["x0"] < max(c["x1"] for c in chars) and ln["x1"] > min(c["x0"] for c in chars)]
    assert len(under) == 1, under
    return under[0]


def test_motto_is_underlined_exactly_its_width(pdf: bytes) -> None:
    page = read(pdf)[0]
    motto = _line_chars(page.chars, "Độc lập - Tự do - Hạnh phúc")
    rule = _rule_under(page, motto)
    assert rule["x0"] == pytest.approx(min(c["x0"] for c in motto), abs=0.6)
    assert rule["x1"] == pytest.approx(max(c["x1"] for c in motto), abs=0.6)


def test_issuing_body_has_a_short_centred_rule(pdf: bytes) -> None:
    page = read(pdf)[0]
    line = _line_chars(page.chars, "ỦY BAN NHÂN DÂN")
    last = _line_chars(page.chars, "XÃ ĐẠO TRÙ")
    rule = _rule_under(page, last)
    text_x0, text_x1 = min(c["x0"] for c in line), max(c["x1"] for c in line)
    assert rule["width"] == pytest.approx((text_x1 - text_x0) / 3, rel=0.05)
    assert (rule["x0"] + rule["x1"]) / 2 == pytest.approx((text_x0 + text_x1) / 2, abs=1.0)


@pytest.mark.parametrize("fragment", ["Về việc giải quyết yêu cầu cung cấp thông tin", "XÃ ĐẠO TRÙ",
                                      "Độc lập - Tự do - Hạnh phúc"])
def test_each_rule_clears_the_descenders_of_the_line_above(pdf: bytes, fragment: str) -> None:
    page = read(pdf)[0]
    chars = _line_chars(page.chars, fragment)
    rule = _rule_under(page, chars)
    assert rule["top"] - max(c["bottom"] for c in chars) >= 2.0  # a gap the eye sees, not a rule on the "g"


def test_every_character_and_line_lies_inside_the_margins(pdf: bytes) -> None:
    page = read(pdf)[0]
    assert page.margin_chars() == []  # no page number on page 1
    assert outside_the_frame(page) == []


def test_same_layout_gives_same_bytes_and_fixed_metadata() -> None:
    first, second = render_pdf(notice()), render_pdf(notice())
    assert first == second
    assert render_pdf(notice(title="Thông báo khác")) != first
    info = PdfReader(io.BytesIO(first)).metadata
    assert info.title == "Thông báo 05/TB-UBND"
    assert info.author == "ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ"
    assert info.creator == "focal_desk"


def _nfd(layout: DocumentLayout) -> DocumentLayout:
    def d(s: str) -> str:
        return unicodedata.normalize("NFD", s)

    h = layout.heading
    return replace(
        layout,
        heading=Heading(d(h.parent_body), d(h.issuing_body), d(h.number_line), d(h.place_date)),
        type_line=d(layout.type_line), subject=d(layout.subject), title=d(layout.title),
        blocks=tuple(Paragraph(d(b.text), b.style) if isinstance(b, Paragraph)
                     else Table(tuple(map(d, b.header)), tuple(tuple(map(d, r)) for r in b.rows), b.widths,
                                b.numeric_columns) for b in layout.blocks),
        signer=Signer(d(layout.signer.authority), d(layout.signer.title), d(layout.signer.name)),
        recipients=tuple(map(d, layout.recipients)),
    )


def test_decomposed_vietnamese_prints_exactly_as_precomposed() -> None:
    nfd = _nfd(notice())
    assert nfd.heading.place_date != HEADING.place_date  # really decomposed
    assert render_pdf(nfd) == render_pdf(notice())


def test_markup_characters_print_as_typed() -> None:
    typed = 'Ông <b>Bình</b> & "bà" O\'Neil <br/> a < b > c &amp; &#39; <font name="Helvetica">x</font>'
    layout = notice(blocks=(Paragraph(typed),), subject="V/v <i>nothing</i> & more")
    pdf = render_pdf(layout)
    text = all_text(read(pdf))
    assert flat(typed) in text
    assert "V/v <i>nothing</i> & more" in text
    assert unembedded_fonts(pdf) == []


def test_emoji_controls_tabs_and_newlines() -> None:
    typed = "Xin chào 😀 bạn\x07\x00!\tCó tab\nDòng hai\r\nDòng ba 👍🏽 hết"
    pages = read(render_pdf(notice(blocks=(Paragraph(typed),))))
    lines = pages[0].text.splitlines()
    assert "Xin chào \ufffd bạn! Có tab" in lines[lines.index("Xin chào \ufffd bạn! Có tab")]
    assert "Dòng hai" in lines and "Dòng ba \ufffd hết" in lines


def test_company_letter_without_type_line_has_vv_under_number_and_no_parent_body() -> None:
    layout = notice(
        heading=replace(HEADING, parent_body="", number_line="Số: 12/UBND",
                        subject_under_number="V/v hướng dẫn bổ sung yêu cầu cung cấp thông tin"),
        type_line="", subject="",
    )
    pages = read(render_pdf(layout))
    text = all_text(pages)
    assert "Số: 12/UBND" in text and "V/v hướng dẫn bổ sung" in text
    assert "UBND HUYỆN" not in text and "THÔNG BÁO" not in text


def test_left_signer_prints_beside_the_agency_signer() -> None:
    left = Signer(authority="", title="Người tiếp nhận", hint="(Ký, ghi rõ họ tên)", name="Lê Thị Hoa")
    page = read(render_pdf(notice(left_signer=left, signer=SIGNER)))[0]
    hoa = _line_chars(page.chars, "Lê Thị Hoa")
    an = _line_chars(page.chars, "Nguyễn Văn An")
    assert hoa[0]["top"] == pytest.approx(an[0]["top"], abs=0.5)
    assert hoa[0]["x0"] < PAGE_W / 2 < an[0]["x0"]
    assert "(Ký, ghi rõ họ tên)" in page.text and "NGƯỜI TIẾP NHẬN" in page.text


def test_number_and_date_line_share_a_baseline_and_so_do_the_first_lines(pdf: bytes) -> None:
    chars = read(pdf)[0].chars
    parent, national = _line_chars(chars, "UBND HUYỆN"), _line_chars(chars, "CỘNG HÒA")
    assert parent[0]["matrix"][5] == pytest.approx(national[0]["matrix"][5], abs=0.5)
    number = _line_chars(chars, "Số: 05/TB-UBND")
    date = _line_chars(chars, "Đạo Trù, ngày 05")
    assert number[0]["matrix"][5] == pytest.approx(date[0]["matrix"][5], abs=0.5)
    assert number[0]["x1"] < PAGE_W / 2 < date[0]["x0"] + 60
