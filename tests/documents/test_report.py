"""The Báo cáo of a period read back: every figure beside its label, the charts' values printed on their
bars, the free text, the BC symbol; nothing outside the Decree 30 frame; every font embedded."""

from __future__ import annotations

import io
from datetime import date

import pdfplumber
import pytest
from decree30_read import all_text, outside_the_frame, read, unembedded_fonts

from focal_desk.documents.layout import BarChart, ChartSeries
from focal_desk.documents.report import ReportInput, build_report, render_report, value_text
from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.statistics import FIGURES, Period, Statistics

AGENCY = AgencyProfile(None, "UBND XÃ ĐẠO TRÙ", "UBND TỈNH PHÚ THỌ", "Đạo Trù", "UBND", "Nguyễn Văn An", "CHỦ TỊCH")
QUARTER = Period(date(2026, 1, 1), date(2026, 3, 31))


def _stats(period: Period, base: int) -> Statistics:
    # Distinct values, so a figure printed beside the wrong label shows.
    return Statistics(period, {f.key: (base + i) * (1000 if f.key == "costs.collected" else 1)
                               for i, f in enumerate(FIGURES)})


@pytest.fixture(scope="module")
def report() -> tuple[ReportInput, bytes]:
    months = [_stats(m, 100 * (n + 1)) for n, m in enumerate(QUARTER.months())]
    data = ReportInput(AGENCY, _stats(QUARTER, 1000), months, date(2026, 4, 2),
                       difficulties="Thiếu cán bộ chuyên trách.\nMáy scan hỏng.", recommendations="")
    return data, render_report(data)


def test_every_figure_is_printed_beside_its_label(report):
    data, pdf = report
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        rows = [r for page in doc.pages for t in page.extract_tables() for r in t if len(r) == 3 and r[0] != "TT"]  # bars read as tables too
    cells = {" ".join(r[1].replace("\u00a0", " ").split()).lstrip("- "): r[2] for r in rows}
    assert len(cells) == len(FIGURES)
    for f in FIGURES:
        assert cells[f.label_vi] == value_text(f.key, data.statistics[f.key]), f.key
    assert cells["Tổng chi phí đã thu (đồng)"] == "1.038.000 đồng"


def test_heading_number_free_text_and_charts(report):
    data, pdf = report
    text = all_text(read(pdf))
    assert "Số: ……/BC-UBND" in text and "Đạo Trù, ngày 02 tháng 4 năm 2026" in text
    assert "BÁO CÁO" in text and "từ ngày 01/01/2026 đến ngày 31/03/2026" in text
    assert "Thiếu cán bộ chuyên trách." in text and "Máy scan hỏng." in text
    assert "KIẾN NGHỊ, ĐỀ XUẤT Không có." in text  # an empty section says so
    assert "Biểu đồ 1." in text and "Biểu đồ 2." in text and "Biểu đồ 3." in text
    # The bar labels print the monthly values: January's received by post (base 100 + its index).
    post = [f.key for f in FIGURES].index("received.channel.postal")
    assert f" {100 + post} " in f" {text} " and f" {300 + post} " in f" {text} "
    assert "TM. UBND" in text and "Nguyễn Văn An" in text


def test_nothing_outside_the_frame_and_fonts_embedded(report):
    _, pdf = report
    pages = read(pdf)
    assert len(pages) >= 3
    for page in pages:
        assert outside_the_frame(page) == []
    assert unembedded_fonts(pdf) == []


def test_numbered_report_and_one_chart_without_months():
    data = ReportInput(AGENCY, _stats(QUARTER, 5), [], date(2026, 4, 2), number_text="07/BC-UBND")
    layout = build_report(data)
    charts = [b for b in layout.blocks if isinstance(b, BarChart)]
    assert [c.caption.split(".")[0] for c in charts] == ["Biểu đồ 2"]
    assert layout.heading.number_line == "Số: 07/BC-UBND"


def test_a_chart_needs_a_value_per_category():
    from focal_desk.documents.decree30_chart import chart_drawing

    with pytest.raises(ValueError):
        chart_drawing(BarChart("x", ("a", "b"), (ChartSeries("", (1.0,)),)))


@pytest.mark.parametrize("with_table", [False, True])
def test_a_section_title_never_ends_a_page_alone(with_table):
    from decree30_samples import HEADING, SIGNER

    from focal_desk.documents.decree30 import render_pdf
    from focal_desk.documents.layout import BlockStyle, DocumentLayout, Paragraph, Table

    after = (Table(("TT", "Chỉ tiêu"), (("1", "Dòng sau tiêu đề"),), (0.2, 0.8)) if with_table
             else Paragraph("Dòng sau tiêu đề."))
    for filler in range(18, 34):  # the title falls at every height of the first page's foot, one run each
        blocks = (*(Paragraph(f"Đoạn {n}.") for n in range(filler)), Paragraph("TIÊU ĐỀ MỤC", BlockStyle.HEADING),
                  after)
        pages = read(render_pdf(DocumentLayout(HEADING, "BÁO CÁO", "", blocks, SIGNER, (), "t")))
        title = next(i for i, p in enumerate(pages) if "TIÊU ĐỀ MỤC" in p.text)
        follows = next(i for i, p in enumerate(pages) if "Dòng sau tiêu đề" in p.text)
        assert title == follows, filler
