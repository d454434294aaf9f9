"""The visible part of a digital signature: a small framed note drawn with the bundled serif (Vietnamese,
embedded), placed by pyHanko as the signature widget's appearance in the signer's room for signature and
seal. It lives in the widget, not in the page's text, so signing never changes what the page itself says."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from ..domain.clock import VN_TZ
from .fonts import BOLD, REGULAR, serif_family

INK = Color(0.05, 0.20, 0.55)  # the blue a signature stamp is usually read in
FONT_SIZE = 10.0
LEADING = 12.0
PADDING = 5.0


def _fit(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def stamp_lines(signer: str, organisation: str, when: datetime) -> list[tuple[str, str]]:
    local = when.astimezone(VN_TZ)
    lines = [(BOLD, "Ký số bởi: " + signer)]
    if organisation:
        lines.append((REGULAR, "Đơn vị: " + organisation))
    lines.append((REGULAR, f"Thời gian ký: {local:%H:%M} ngày {local:%d/%m/%Y}"))
    return lines


def stamp_pdf(width: float, height: float, lines: list[tuple[str, str]]) -> bytes:
    """A one-page PDF exactly the stamp's size (reportlab invariant mode)."""
    serif_family()
    out = io.BytesIO()
    canv = Canvas(
        out, pagesize=(width, height), invariant=1, initialFontName=REGULAR, initialFontSize=FONT_SIZE
    )
    canv.setStrokeColor(INK)
    canv.setFillColor(INK)
    canv.setLineWidth(0.8)
    canv.roundRect(0.5, 0.5, width - 1, height - 1, 3, stroke=1, fill=0)
    block = LEADING * len(lines)
    y = (height + block) / 2 - FONT_SIZE  # the lines centred as a block
    for font, text in lines:
        canv.setFont(font, FONT_SIZE)
        canv.drawCentredString(width / 2, y, _fit(text, font, FONT_SIZE, width - 2 * PADDING))
        y -= LEADING
    canv.showPage()
    canv.save()
    return out.getvalue()
