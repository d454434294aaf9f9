"""The notice-board list read back (pdfplumber, pypdf): a Decree 30 paper on A4 landscape — heading, title,
the published entries only, the total and the signature —, Vietnamese text as typed, every font embedded,
nothing outside the margins, the heading row again on every page, the same bytes twice."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from datetime import date

import pdfplumber
import pytest
from catalogue_samples import AGENCY, HOSTILE_TITLE, TODAY, Store, catalogue
from pypdf import PdfReader

from focal_desk.documents.decree30_heading import MOTTO, NATIONAL
from focal_desk.domain.catalogue import AccessClass, CatalogueEntry, Publication
from focal_desk.exports.catalogue_pdf import render_catalogue_pdf, write_catalogue_pdf
from focal_desk.exports.pdf_geometry import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP

EPS = 0.5


@pytest.fixture
def entries(tmp_path):
    return catalogue(Store(tmp_path / "store"))


def _pages(pdf: bytes) -> list[tuple[str, list[dict], float, float, list[dict]]]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [
            (
                p.extract_text() or "",
                list(p.chars),
                float(p.width),
                float(p.height),
                list(p.lines) + list(p.rects),
            )
            for p in doc.pages
        ]


def _table_rows(pdf: bytes) -> list[list[str]]:
    """The ruled table's rows, each cell's lines joined (a word broken at the cell's edge joined back)."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        rows = [r for p in doc.pages for t in p.extract_tables() for r in t]
    return [[_flat(c or "") for c in r] for r in rows]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _outside(chars: list[dict], lines: list[dict], width: float, height: float) -> list[str]:
    stray = []
    for c in chars:
        if c["text"].isdigit() and c["bottom"] <= MARGIN_TOP + EPS:
            continue  # the page number, centred in the top margin
        if not (
            c["x0"] >= MARGIN_LEFT - EPS
            and c["x1"] <= width - MARGIN_RIGHT + EPS
            and c["top"] >= MARGIN_TOP - EPS
            and c["bottom"] <= height - MARGIN_BOTTOM + EPS
        ):
            stray.append(f"{c['text']!r} at {c['x0']:.1f},{c['top']:.1f}")
    for ln in lines:
        if not (
            ln["x0"] >= MARGIN_LEFT - EPS
            and ln["x1"] <= width - MARGIN_RIGHT + EPS
            and ln["top"] >= MARGIN_TOP - EPS
            and ln["bottom"] <= height - MARGIN_BOTTOM + EPS
        ):
            stray.append(f"line at {ln['x0']:.1f},{ln['top']:.1f}")
    return stray


def _unembedded(pdf: bytes) -> list[str]:
    missing = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).get_object().values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            face = descendants.get_object()[0].get_object() if descendants else font
            desc = face.get("/FontDescriptor")
            desc = desc.get_object() if desc else {}
            if not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.append(str(font.get("/BaseFont")))
    return missing


def test_the_list_is_a_decree_30_paper_with_the_published_entries_only(entries, tmp_path):
    out = write_catalogue_pdf(entries, tmp_path / "niem-yet.pdf", agency=AGENCY, today=TODAY)
    pdf = out.read_bytes()
    pages = _pages(pdf)
    assert len(pages) == 1
    text, chars, width, height, lines = pages[0]
    assert (width, height) == pytest.approx((841.89, 595.28), abs=0.1)  # A4 landscape
    flat = _flat(text)
    for expected in (
        NATIONAL,
        MOTTO,
        "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
        "ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ",
        "DANH MỤC THÔNG TIN PHẢI ĐƯỢC CÔNG KHAI",
        "Đạo Trù, ngày 15 tháng 3 năm 2026",
        "Tổng số: 2 thông tin.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nguyễn Văn An",
        "Nơi nhận:",
    ):
        assert expected in flat, expected
    rows = _table_rows(pdf)
    assert rows[0] == [
        "STT",
        "Tên thông tin",
        "Số/ký hiệu",
        "Ngày ban hành",
        "Cơ quan ban hành",
        "Loại thông tin",
        "Hình thức/nơi công khai",
        "Thời điểm công khai",
        "Thời hạn công khai",
    ]
    assert len(rows) == 3
    assert rows[1][:4] == ["1", "Quyết định phê duyệt giá đất cụ thể năm 2026", "12/QĐ-UBND", "05/01/2026"]
    assert rows[1][7:] == ["06/01/2026", "Không thời hạn"]
    assert rows[2][1] == HOSTILE_TITLE  # markup printed as typed
    assert rows[2][8] == "31/12/2026" and rows[2][4] == "-Phòng Kinh tế"
    for absent in ("chưa đăng", "hết hạn", "Nguyễn Văn B", "họp nội bộ"):
        assert absent not in flat, absent
    assert flat == unicodedata.normalize("NFC", flat)
    assert _outside(chars, lines, width, height) == []
    assert _unembedded(pdf) == []
    assert {c["fontname"].split("+")[-1] for c in chars} <= {
        "Tinos",
        "Tinos-Bold",
        "Tinos-Italic",
        "Tinos-BoldItalic",
    }
    assert render_catalogue_pdf([e for e in entries if e.id in (1, 2)], agency=AGENCY, today=TODAY) == pdf
    assert PdfReader(io.BytesIO(pdf)).metadata.title == "Danh mục thông tin phải được công khai"


def test_a_long_list_repeats_its_heading_row_and_stays_inside_the_margins(tmp_path):
    long_word = "https://congthongtin.daotru.gov.vn/" + "x" * 200
    entries = [
        CatalogueEntry(
            n,
            f"Quyết định số {n} về việc công khai "
            + ("thông tin dự án đầu tư công " * (12 if n == 7 else 1)),
            f"{n}/QĐ-UBND",
            date(2026, 1, 1 + n % 28),
            "Ủy ban nhân dân xã Đạo Trù\u200b",
            "17.1.g",
            AccessClass.PUBLIC,
            Publication(long_word if n == 3 else "Bảng tin trụ sở", date(2026, 2, 1), None, True),
        )
        for n in range(1, 81)
    ]
    pdf = render_catalogue_pdf(entries, agency=AGENCY, today=TODAY)
    pages = _pages(pdf)
    assert len(pages) >= 4
    seen = set()
    for n, (text, chars, width, height, lines) in enumerate(pages, start=1):
        assert _outside(chars, lines, width, height) == [], n
        if n >= 2:
            assert text.splitlines()[0].strip() == str(n)
        if "Tên thông tin" not in text:
            assert n == len(pages) and "Tổng số" in text  # only the closing may stand alone
        seen |= {w for w in text.split() if w.endswith("/QĐ-UBND")}
    assert {f"{n}/QĐ-UBND" for n in range(1, 81)} <= seen
    assert "Tổng số: 80 thông tin." in _flat(pages[-1][0])


def test_an_empty_list_says_so(tmp_path):
    entry = CatalogueEntry(
        1, "Chưa công khai", access=AccessClass.PUBLIC, publication=Publication("Bảng tin", None, None, False)
    )
    pdf = write_catalogue_pdf(
        [entry], tmp_path / "trong.pdf", agency=replace(AGENCY, parent_body=""), today=TODAY
    ).read_bytes()
    flat = _flat(_pages(pdf)[0][0])
    assert "Chưa có thông tin nào đang được công khai." in flat and "Tổng số: 0 thông tin." in flat
    assert HOSTILE_TITLE not in flat
