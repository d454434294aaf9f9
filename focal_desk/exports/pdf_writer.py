"""The log book as a Decree 30 PDF, A4 landscape: heading, title and period, the entries in a ruled table
whose heading row is printed again at the top of every page, page numbers, totals and the signatures.

Speed: the cells are wrapped once into plain lines (no Paragraph per cell) and drawn by RowsTable
(pdf_rows.py), which knows every row's height before the layout starts."""

from __future__ import annotations

from collections.abc import Callable
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
)

from ..documents.decree30_columns import Columns
from ..documents.decree30_heading import MOTTO, NATIONAL, RuledParagraph, break_before_unit
from ..documents.decree30_signature import signer_flowables
from ..documents.decree30_styles import decree30_styles
from ..documents.decree30_text import markup
from ..documents.facts_text import date_line, signer_authority
from ..documents.fonts import BOLD, ITALIC, REGULAR, serif_family
from ..documents.layout import Signer
from ..domain.log_book import TITLE, ExportCancelled, LogBook, outcome_totals
from .columns import describe
from .pdf_cells import Cells, entry_rows, header_cells
from .pdf_geometry import (
    CELL_SIZE,
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
from .pdf_rows import RowsTable, row_height

HEADING_LEFT = 0.40 * TEXT_WIDTH
CREATOR = "focal_desk"
CHECK_EVERY = 200


class _Styles:
    def __init__(self) -> None:
        base = decree30_styles()
        self.parent_body = base.parent_body
        self.issuing_body = base.issuing_body
        self.national = base.national
        self.motto = base.motto
        self.place_date = base.place_date
        self.signer = base
        self.title = ParagraphStyle("lb_title", parent=base.type_line, fontName=BOLD, fontSize=14, leading=17,
                                    spaceBefore=10)
        self.period = ParagraphStyle("lb_period", fontName=ITALIC, fontSize=13, leading=16, alignment=TA_CENTER,
                                     spaceBefore=2, spaceAfter=8)
        self.total = ParagraphStyle("lb_total", fontName=REGULAR, fontSize=12, leading=15)
        self.total_bold = ParagraphStyle("lb_total_b", parent=self.total, fontName=BOLD, spaceBefore=10)


def _heading(book: LogBook, s: _Styles) -> Flowable:
    agency: list[Flowable] = []
    if book.agency.parent_body.strip():
        agency.append(RuledParagraph(break_before_unit(book.agency.parent_body.upper(), s.parent_body,
                                                       HEADING_LEFT), s.parent_body, 0))
    agency.append(RuledParagraph(break_before_unit(book.agency.name.upper(), s.issuing_body, HEADING_LEFT),
                                 s.issuing_body, 1 / 3))
    national = [Paragraph(markup(NATIONAL), s.national), RuledParagraph(MOTTO, s.motto, 1.0),
                Paragraph(markup(date_line(book.agency.place_name, book.printed_on)), s.place_date)]
    return Columns([(agency, national)], (HEADING_LEFT, TEXT_WIDTH - HEADING_LEFT))


def _closing(book: LogBook, s: _Styles) -> Flowable:
    totals = outcome_totals(e.status for e in book.entries)
    lines: list[Flowable] = [Paragraph(markup(f"Tổng số yêu cầu trong kỳ: {len(book.entries)}"), s.total_bold)]
    lines += [Paragraph(markup(f"– {status.label_vi}: {n}"), s.total) for status, n in totals]
    a = book.agency
    head = Signer(signer_authority(a.authority, a.name, a.signer_title),
                  f"Q. {a.signer_title}" if a.authority == "Q." else a.signer_title, a.signer_name)
    keeper = Signer("", "NGƯỜI LẬP SỔ", book.officer_name, "(Ký, ghi rõ họ tên)")
    half = TEXT_WIDTH / 2
    signatures = Columns([(signer_flowables(keeper, s.signer), signer_flowables(head, s.signer))], (half, half))
    return KeepTogether([*lines, Spacer(1, 14), signatures])


def _page_number(canv: Canvas, _doc: BaseDocTemplate) -> None:
    page = canv.getPageNumber()
    if page >= 2:
        canv.saveState()
        canv.setFont(REGULAR, 13)
        canv.drawCentredString(MARGIN_LEFT + TEXT_WIDTH / 2, PAGE_NUMBER_BASELINE, str(page))
        canv.restoreState()


def _doc(target: Path, book: LogBook) -> BaseDocTemplate:
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, TEXT_HEIGHT, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return BaseDocTemplate(
        str(target),
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        pageTemplates=[PageTemplate(id="logbook", frames=[frame], onPage=_page_number)],
        invariant=1, pageCompression=1, initialFontName=REGULAR, initialFontSize=CELL_SIZE,
        title=TITLE, author=book.agency.name, subject=describe(book), creator=CREATOR, producer=CREATOR,
        keywords="", lang="vi",
    )


class PdfWriter:
    extension = "pdf"

    def write(self, book: LogBook, target: Path, progress: Callable[[int, int], None],
              cancel: Callable[[], bool]) -> None:
        covered = serif_family().covered
        s = _Styles()
        total = len(book.entries)
        rows: list[Cells] = []
        heights: list[float] = []
        entry_of_row: list[int] = []
        for n, entry in enumerate(book.entries, start=1):
            for cells, lines in entry_rows(entry, covered):
                rows.append(cells)
                heights.append(row_height(lines))
                entry_of_row.append(n)
            if n % CHECK_EVERY == 0:
                if cancel():
                    raise ExportCancelled()
                progress(n, 2 * total)

        def drawn(upto_row: int) -> None:
            if cancel():
                raise ExportCancelled()
            progress(total + (entry_of_row[upto_row - 1] if upto_row else 0), 2 * total)

        period = book.period.label_vi + (" — bản công khai, đã che thông tin cá nhân" if book.public else "")
        story: list[Flowable] = [
            _heading(book, s),
            Paragraph(markup(TITLE), s.title),
            Paragraph(markup(period), s.period),
            RowsTable(header_cells()[0], rows, heights, on_drawn=drawn),
            _closing(book, s),
        ]
        _doc(target, book).build(story)
        progress(2 * total, 2 * total)
