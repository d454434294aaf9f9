"""A month of 5,000 requests printed: the heading row on every page of entries, and no character outside
the page's margins (long cells wrap, long words break, tall entries continue on a second row)."""

from __future__ import annotations

import pdfplumber
import pytest
from log_book_data import fill

from focal_desk.domain.log_book import ExportFormat
from focal_desk.domain.period import Period
from focal_desk.exports.pdf_geometry import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP

MARCH = Period.month(2026, 3)


@pytest.mark.slow
def test_a_5000_request_month_prints_whole(app, tmp_path):
    fill(app.uow_factory, MARCH.start, MARCH.end, 5000)
    with app.uow_factory() as uow:  # one entry far taller than a page, and one unbroken word
        r = uow.requests.find_by_register_number(1, "10/2026")
        assert r is not None
        from dataclasses import replace

        uow.requests.update(replace(r, info_requested="Biên bản họp dân " * 400,
                                    notes="https://example.vn/" + "x" * 300))
        uow.commit()
    out = tmp_path / "so.pdf"
    result = app.log_book().export(MARCH, ExportFormat.PDF, out)
    assert result.entries == 5000
    seen_numbers: set[str] = set()
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) > 500
        for n, page in enumerate(pdf.pages, start=1):
            words = page.extract_words()
            text = " ".join(w["text"] for w in words)
            for ch in page.chars:
                assert ch["x0"] >= MARGIN_LEFT - 0.5 and ch["x1"] <= page.width - MARGIN_RIGHT + 0.5, (n, ch["text"])
                top_limit = MARGIN_TOP / 2 - 10 if ch["text"].isdigit() else MARGIN_TOP - 0.5  # page number
                assert ch["top"] >= top_limit and ch["bottom"] <= page.height - MARGIN_BOTTOM + 0.5, (n, ch["text"])
            if n < len(pdf.pages):
                assert "Thông tin yêu cầu" in text and "Người yêu cầu" in text, f"page {n}: no heading row"
            seen_numbers.update(w["text"] for w in words if w["text"].endswith("/2026"))
    assert {f"{i}/2026" for i in range(4, 5004)} <= seen_numbers
