"""The Ministry report as a Decree 30 PDF (A4 landscape, Tinos embedded): the two-column heading of the
documents module, the title, the period, a ruled table repeated over pages, the signature block."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ...documents.decree30_columns import Columns
from ...documents.decree30_heading import MOTTO, NATIONAL, RuledParagraph
from ...documents.decree30_styles import decree30_styles
from ...documents.decree30_text import markup
from ...documents.facts_text import date_line
from ...documents.fonts import BOLD, ITALIC, REGULAR, serif_family
from .ministry import BASIS, HEADERS, TITLE, MinistryReport

PAGE = landscape(A4)
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 30 * mm, 15 * mm, 20 * mm, 20 * mm
WIDTH = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
NUMBER_WIDTH = 27 * mm


def _style(name: str, font: str, size: float, align: int) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.2, alignment=align)


def _page_number(canv: Canvas, _doc: SimpleDocTemplate) -> None:
    """ND30: the page number, centred in the top margin, from the second page on."""
    page = canv.getPageNumber()
    if page >= 2:
        canv.saveState()
        canv.setFont(REGULAR, 13)
        canv.drawCentredString(MARGIN_LEFT + WIDTH / 2, PAGE[1] - MARGIN_TOP / 2 - 4, str(page))
        canv.restoreState()


def ministry_pdf(report: MinistryReport) -> bytes:
    serif_family()
    base = decree30_styles()
    title = ParagraphStyle("m_title", parent=base.type_line, fontName=BOLD, fontSize=14, leading=17)
    centred = _style("m_centre", ITALIC, 13, TA_CENTER)
    cell, num, head = (
        _style("m_cell", REGULAR, 11, TA_LEFT),
        _style("m_num", REGULAR, 11, TA_RIGHT),
        _style("m_head", BOLD, 11, TA_CENTER),
    )
    total_num = _style("m_total", BOLD, 11, TA_RIGHT)
    left = 0.42 * WIDTH
    agency = [
        RuledParagraph(report.parent_agency.upper(), base.parent_body, 0),
        RuledParagraph(report.agency.upper(), base.issuing_body, 1 / 3),
    ]
    place = report.place.strip()
    dated = date_line(place, report.printed_on) if place else date_line("", report.printed_on).lstrip(", ")
    national = [
        Paragraph(markup(NATIONAL), base.national),
        RuledParagraph(MOTTO, base.motto, 1.0),
        Paragraph(markup(dated[0].upper() + dated[1:]), base.place_date),
    ]
    rows = [[Paragraph(markup(h), head) for h in ("STT", "Mã văn phòng", "Tên văn phòng", *HEADERS.values())]]
    for n, code, name, numbers in report.rows():
        rows.append(
            [
                Paragraph(str(n), num),
                Paragraph(markup(code), cell),
                Paragraph(markup(name), cell),
                *(Paragraph(f"{v:,}".replace(",", "."), num) for v in numbers),
            ]
        )
    rows.append(
        [
            Paragraph("", cell),
            Paragraph("", cell),
            Paragraph(markup("Tổng cộng"), head),
            *(Paragraph(f"{v:,}".replace(",", "."), total_num) for v in report.total()),
        ]
    )
    name_width = WIDTH - 12 * mm - 30 * mm - 5 * NUMBER_WIDTH
    table = Table(rows, colWidths=[12 * mm, 30 * mm, name_width, *[NUMBER_WIDTH] * 5], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ]
        )
    )
    signer = [
        Paragraph(markup("NGƯỜI LẬP BÁO CÁO"), base.signer_upper),
        Paragraph(markup("(Ký, ghi rõ họ tên)"), base.signer_hint),
    ]
    head_signer = [
        Paragraph(markup(f"THỦ TRƯỞNG {report.agency.upper()}"), base.signer_upper),
        Paragraph(markup("(Ký, ghi rõ họ tên, đóng dấu)"), base.signer_hint),
    ]
    story = [
        Columns([(agency, national)], (left, WIDTH - left)),
        Paragraph(markup(TITLE), title),
        Paragraph(markup(BASIS), centred),
        Paragraph(markup(f"Kỳ báo cáo: {report.period_vi}"), centred),
        Spacer(1, 8),
        table,
        Spacer(1, 14),
        Columns([(signer, head_signer)], (WIDTH / 2, WIDTH / 2)),
    ]
    out = BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=TITLE,
        author=report.agency,
        subject=report.period_vi,
        creator="focal_desk",
        producer="focal_desk",
        invariant=1,
        lang="vi",
    )
    doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return out.getvalue()
