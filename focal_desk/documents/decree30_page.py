"""The A4 page: one frame inside the Decree 30 margins, page numbers centred in the top margin from page 2,
reportlab's invariant mode (same layout → same bytes) and a canvas whose initial font is the bundled serif
(reportlab would otherwise declare Helvetica, a font it never embeds, on every page)."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .decree30_styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_NUMBER_BASELINE,
    PAGE_NUMBER_SIZE,
    PAGE_WIDTH,
    TEXT_HEIGHT,
    TEXT_WIDTH,
)
from .fonts import REGULAR

CREATOR = "focal_desk"


def _page_number(canv: Canvas, _doc: BaseDocTemplate) -> None:
    page = canv.getPageNumber()
    if page >= 2:
        canv.saveState()
        canv.setFont(REGULAR, PAGE_NUMBER_SIZE)
        canv.drawCentredString(MARGIN_LEFT + TEXT_WIDTH / 2, PAGE_NUMBER_BASELINE, str(page))
        canv.restoreState()


def build_pdf(story: list[Flowable], *, title: str, author: str, subject: str) -> bytes:
    out = io.BytesIO()
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, TEXT_HEIGHT, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        pageTemplates=[PageTemplate(id="decree30", frames=[frame], onPage=_page_number)],
        invariant=1,
        pageCompression=1,
        initialFontName=REGULAR,
        initialFontSize=13,
        title=title,
        author=author,
        subject=subject,
        creator=CREATOR,
        producer=CREATOR,
        keywords="",
        lang="vi",
    )
    doc.build(story)
    return out.getvalue()
