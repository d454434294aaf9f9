"""Long content: a 10,000-character request and a 300-row table flow over pages inside the margins, page
numbers from page 2, and the closing (signer, Nơi nhận) never split."""

from __future__ import annotations

import pytest
from decree30_read import PAGE_W, RIGHT, TOP, outside_the_frame, read, unembedded_fonts
from decree30_samples import long_request_text, notice

from focal_desk.documents.decree30 import render_pdf
from focal_desk.documents.layout import BlockStyle, Paragraph, Table


@pytest.fixture(scope="module")
def long_request() -> bytes:
    text = long_request_text(10_000) + " https://example.gov.vn/" + "x" * 300  # one unbreakable long word
    return render_pdf(notice(blocks=(Paragraph("Nội dung yêu cầu:", BlockStyle.HEADING), Paragraph(text))))


def test_a_10000_character_request_flows_over_pages_and_prints_whole(long_request: bytes) -> None:
    pages = read(long_request)
    assert len(pages) >= 3
    # page numbers (the first line from page 2 on) left out; spaces left out, as the long word is split
    texts = [p.text if k == 0 else p.text.split("\n", 1)[1] for k, p in enumerate(pages)]
    printed = "".join("".join(texts).split())
    assert "".join(long_request_text(10_000).split()) + "https://example.gov.vn/" + "x" * 300 in printed
    assert unembedded_fonts(long_request) == []


def test_page_numbers_centred_in_the_top_margin_from_page_2(long_request: bytes) -> None:
    pages = read(long_request)
    assert pages[0].margin_chars() == []
    for number, page in enumerate(pages[1:], start=2):
        marks = page.margin_chars()
        assert "".join(c["text"] for c in marks) == str(number)
        centre = (min(c["x0"] for c in marks) + max(c["x1"] for c in marks)) / 2
        assert centre == pytest.approx((30 * 72 / 25.4 + PAGE_W - 15 * 72 / 25.4) / 2, abs=0.5)
        assert all(c["bottom"] < TOP for c in marks)


def test_long_request_never_leaves_the_frame(long_request: bytes) -> None:
    for page in read(long_request):
        assert outside_the_frame(page) == []


@pytest.fixture(scope="module")
def long_table() -> bytes:
    rows = tuple((str(k + 1), f"Tài liệu số {k + 1} " + "rất dài " * (k % 9), f"{(k + 1) * 500:,}".replace(",", "."))
                 for k in range(300))
    table = Table(header=("STT", "Nội dung", "Thành tiền"), rows=rows, widths=(0.1, 0.65, 0.25),
                  numeric_columns=(2,))
    return render_pdf(notice(blocks=(Paragraph("Danh sách tài liệu:"), table)))


def test_a_300_row_table_repeats_its_header_and_keeps_every_row(long_table: bytes) -> None:
    pages = read(long_table)
    assert len(pages) >= 5
    table_pages = [p for p in pages if "Tài liệu số" in p.text]
    assert all("STT Nội dung Thành tiền" in p.text for p in table_pages)
    text = " ".join(p.text for p in pages)
    for k in (1, 150, 300):
        assert f"Tài liệu số {k} " in text or text.endswith(f"Tài liệu số {k}")
    assert "150.000" in text


def test_numeric_column_is_right_aligned(long_table: bytes) -> None:
    page = read(long_table)[1]
    amounts = [w for w in page.words if w["text"].endswith(".000")]
    assert len(amounts) > 10
    for w in amounts:  # each ends at the cell's right edge (the frame's edge less the 4 pt padding)
        assert w["x1"] == pytest.approx(PAGE_W - RIGHT - 4, abs=0.5)


def test_long_table_never_leaves_the_frame(long_table: bytes) -> None:
    for page in read(long_table):
        assert outside_the_frame(page) == []


@pytest.mark.parametrize("paragraphs", range(14, 22))
def test_signer_and_recipients_stay_on_one_page(paragraphs: int) -> None:
    """Body lengths around a page break: the closing moves whole to the next page rather than split."""
    body = tuple(Paragraph(f"Đoạn {k}: " + "nội dung thông báo " * 12) for k in range(paragraphs))
    pages = read(render_pdf(notice(blocks=body)))

    def page_of(fragment: str) -> int:
        hits = [k for k, p in enumerate(pages) if fragment in p.text]
        assert len(hits) == 1, fragment
        return hits[0]

    assert page_of("Nơi nhận:") == page_of("TM. ỦY BAN NHÂN DÂN") == page_of("Nguyễn Văn An") == page_of("- Lưu: VT.")


def test_a_closing_taller_than_a_page_still_prints_whole_inside_the_frame() -> None:
    recipients = tuple(f"- Trưởng thôn số {k};" for k in range(90))
    pdf = render_pdf(notice(recipients=recipients))
    pages = read(pdf)
    text = " ".join(p.text for p in pages)
    assert all(f"- Trưởng thôn số {k};" in text for k in range(90))
    assert "Nguyễn Văn An" in text
    for page in pages:
        assert outside_the_frame(page) == []
