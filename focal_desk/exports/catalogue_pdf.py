"""The portal list printed for the notice board: a Decree 30 paper on A4 landscape (the log book's page) —
agency and Quốc hiệu heading with the place and date, the title, the entries in a ruled table whose heading
row repeats on every page, the total, Nơi nhận and the head's signature. The Decree 30 pieces (heading rules,
columns, signer block, styles, text cleaning with the bundled serif) are the documents' own."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..documents.decree30_blocks import GRID_WIDTH
from ..documents.decree30_columns import Columns
from ..documents.decree30_heading import MOTTO, NATIONAL, RuledParagraph, break_before_unit
from ..documents.decree30_signature import recipient_flowables, signer_flowables
from ..documents.decree30_styles import decree30_styles
from ..documents.decree30_text import clean, markup
from ..documents.facts_text import date_line, signer_authority
from ..documents.fonts import BOLD, ITALIC, REGULAR, serif_family
from ..documents.layout import BlockStyle, Signer
from ..domain.agency import AgencyProfile
from ..domain.catalogue import CatalogueEntry
from .catalogue_columns import PUBLISHED_TITLE, date_text, kind_label
from .catalogue_columns import portal_entries as _portal
from .catalogue_target import write_bytes_atomically
from .pdf_geometry import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_NUMBER_BASELINE,
    PAGE_WIDTH,
    TEXT_HEIGHT,
    TEXT_WIDTH,
)

TITLE = PUBLISHED_TITLE.upper()
HEADING_LEFT = 0.40 * TEXT_WIDTH
CREATOR = "focal_desk"
CELL_SIZE = 11
DEFAULT_RECIPIENTS = ("- Bảng tin tại trụ sở;", "- Trang thông tin điện tử;", "- Lưu: VT.")
# The printed columns (the files are the HTML page's business; paper names none): header, share of the width.
PRINTED_COLUMNS: tuple[tuple[str, float], ...] = (
    ("STT", 0.045),
    ("Tên thông tin", 0.22),
    ("Số/ký hiệu", 0.10),
    ("Ngày ban hành", 0.08),
    ("Cơ quan ban hành", 0.12),
    ("Loại thông tin", 0.155),
    ("Hình thức/nơi công khai", 0.12),
    ("Thời điểm công khai", 0.08),
    ("Thời hạn công khai", 0.08),
)


class _Styles:
    def __init__(self) -> None:
        base = decree30_styles()
        self.base = base
        self.title = ParagraphStyle(
            "cat_title", parent=base.type_line, fontName=BOLD, fontSize=14, leading=17, spaceBefore=12
        )
        self.under_title = ParagraphStyle(
            "cat_under",
            fontName=ITALIC,
            fontSize=13,
            leading=16,
            alignment=TA_CENTER,
            spaceBefore=2,
            spaceAfter=8,
        )
        self.cell = ParagraphStyle("cat_cell", parent=base.cell, fontSize=CELL_SIZE, leading=13.5)
        self.cell_centred = ParagraphStyle("cat_cell_c", parent=self.cell, alignment=TA_CENTER)
        self.cell_header = ParagraphStyle(
            "cat_head", parent=base.cell_header, fontSize=CELL_SIZE, leading=13.5
        )
        self.total = ParagraphStyle("cat_total", fontName=BOLD, fontSize=13, leading=16, spaceBefore=8)


def _heading(agency: AgencyProfile, today: date, s: _Styles) -> Flowable:
    left: list[Flowable] = []
    if agency.parent_body.strip():
        left.append(
            RuledParagraph(
                break_before_unit(agency.parent_body.upper(), s.base.parent_body, HEADING_LEFT),
                s.base.parent_body,
                0,
            )
        )
    left.append(
        RuledParagraph(
            break_before_unit(agency.name.upper(), s.base.issuing_body, HEADING_LEFT),
            s.base.issuing_body,
            1 / 3,
        )
    )
    right = [
        Paragraph(markup(NATIONAL), s.base.national),
        RuledParagraph(MOTTO, s.base.motto, 1.0),
        Paragraph(markup(date_line(agency.place_name, today)), s.base.place_date),
    ]
    return Columns([(left, right)], (HEADING_LEFT, TEXT_WIDTH - HEADING_LEFT))


def _texts(n: int, e: CatalogueEntry) -> tuple[str, ...]:
    p = e.publication
    return (
        str(n),
        e.title,
        e.number,
        date_text(e.issued_on),
        e.issuing_body,
        kind_label(e.kind),
        p.where,
        date_text(p.start),
        date_text(p.end) if p.end else "Không thời hạn",
    )


def _table(entries: Sequence[CatalogueEntry], s: _Styles) -> Flowable:
    centred = {0, 2, 3, 7, 8}
    total = sum(w for _, w in PRINTED_COLUMNS)
    widths = [TEXT_WIDTH * w / total for _, w in PRINTED_COLUMNS]
    data: list[list[Flowable]] = [[Paragraph(markup(h), s.cell_header) for h, _ in PRINTED_COLUMNS]]
    for n, e in enumerate(entries, start=1):
        data.append(
            [
                Paragraph(markup(text), s.cell_centred if k in centred else s.cell)
                for k, text in enumerate(_texts(n, e))
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [  # the documents' ruled table (decree30_blocks), in landscape
                ("GRID", (0, 0), (-1, -1), GRID_WIDTH, "black"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ]
        )
    )
    return table


def _closing(count: int, agency: AgencyProfile, recipients: tuple[str, ...], s: _Styles) -> Flowable:
    head = Signer(
        signer_authority(agency.authority, agency.name, agency.signer_title),
        f"Q. {agency.signer_title}" if agency.authority == "Q." else agency.signer_title,
        agency.signer_name,
    )
    half = TEXT_WIDTH / 2
    columns = Columns(
        [(recipient_flowables(tuple(clean(r) for r in recipients), s.base), signer_flowables(head, s.base))],
        (half, half),
    )
    total = Paragraph(markup(f"Tổng số: {count} thông tin."), s.total)
    return KeepTogether([total, Spacer(1, 12), columns])


def _page_number(canv: Canvas, _doc: BaseDocTemplate) -> None:
    page = canv.getPageNumber()
    if page >= 2:
        canv.saveState()
        canv.setFont(REGULAR, 13)
        canv.drawCentredString(MARGIN_LEFT + TEXT_WIDTH / 2, PAGE_NUMBER_BASELINE, str(page))
        canv.restoreState()


def render_catalogue_pdf(
    entries: Sequence[CatalogueEntry],
    *,
    agency: AgencyProfile,
    today: date,
    recipients: tuple[str, ...] = DEFAULT_RECIPIENTS,
) -> bytes:
    """The PDF of exactly ``entries`` (already chosen), reproducible: the same input gives the same bytes."""
    serif_family()
    s = _Styles()
    story: list[Flowable] = [
        _heading(agency, today, s),
        Paragraph(markup(TITLE), s.title),
        Paragraph(
            markup(f"(Theo Điều 17 Luật Tiếp cận thông tin; cập nhật đến ngày {date_text(today)})"),
            s.under_title,
        ),
    ]
    if entries:
        story.append(_table(entries, s))
    else:
        story.append(
            Paragraph(markup("Chưa có thông tin nào đang được công khai."), s.base.blocks[BlockStyle.CENTRED])
        )
    story.append(_closing(len(entries), agency, recipients, s))
    out = io.BytesIO()
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        TEXT_WIDTH,
        TEXT_HEIGHT,
        id="text",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc = BaseDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        pageTemplates=[PageTemplate(id="catalogue", frames=[frame], onPage=_page_number)],
        invariant=1,
        pageCompression=1,
        initialFontName=REGULAR,
        initialFontSize=CELL_SIZE,
        title=PUBLISHED_TITLE,
        author=clean(agency.name).replace("\n", " "),
        subject=PUBLISHED_TITLE,
        creator=CREATOR,
        producer=CREATOR,
        keywords="",
        lang="vi",
    )
    doc.build(story)
    return out.getvalue()


def write_catalogue_pdf(
    entries: Iterable[CatalogueEntry],
    path: Path,
    *,
    agency: AgencyProfile,
    today: date,
    recipients: tuple[str, ...] = DEFAULT_RECIPIENTS,
) -> Path:
    """The notice-board list of the entries public, published and current ``today``, in the order given."""
    pdf = render_catalogue_pdf(_portal(entries, today), agency=agency, today=today, recipients=recipients)
    return write_bytes_atomically(Path(path), pdf)
