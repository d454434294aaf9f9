"""Page geometry and paragraph styles of Decree 30/2020 Phụ lục I (A4; sizes and spacing in its ranges).
Every style names a font of the bundled family, so reportlab never falls back to a standard-14 font."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm

from .fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR
from .layout import BlockStyle

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP = 20 * mm  # ND30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
TEXT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

HEADING_LEFT_WIDTH = 0.44 * TEXT_WIDTH  # the agency column; the national column takes the rest
SIGNATURE_SPACE = 25 * mm  # room for the signature and the seal
PAGE_NUMBER_SIZE = 13
PAGE_NUMBER_BASELINE = PAGE_HEIGHT - MARGIN_TOP / 2 - 4  # centred in the top margin

BODY_SIZE = 14
BODY_LEADING = 17  # ≈ 1.2 lines: ND30 allows single to 1.5
PARAGRAPH_SPACE = 6  # ND30: at least 6 pt between paragraphs
FIRST_LINE_INDENT = 1.27 * cm


def _style(name: str, font: str, size: float, align: int = TA_CENTER, **kw: float) -> ParagraphStyle:
    leading = kw.pop("leading", round(size * 1.2, 1))
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, alignment=align,
                          bulletFontName=font, splitLongWords=1, **kw)


@dataclass(frozen=True)
class Decree30Styles:
    parent_body: ParagraphStyle
    issuing_body: ParagraphStyle
    number: ParagraphStyle
    subject_under_number: ParagraphStyle
    national: ParagraphStyle
    motto: ParagraphStyle
    place_date: ParagraphStyle
    type_line: ParagraphStyle
    subject: ParagraphStyle
    blocks: dict[BlockStyle, ParagraphStyle]
    cell: ParagraphStyle
    cell_numeric: ParagraphStyle
    cell_header: ParagraphStyle
    signer_upper: ParagraphStyle
    signer_hint: ParagraphStyle
    signer_name: ParagraphStyle
    recipients_label: ParagraphStyle
    recipient: ParagraphStyle


@cache
def decree30_styles() -> Decree30Styles:
    """Built once: the styles are never changed after."""
    body = {"leading": BODY_LEADING, "spaceBefore": PARAGRAPH_SPACE}
    return Decree30Styles(
        parent_body=_style("parent", REGULAR, 13, leading=15),
        issuing_body=_style("issuing", BOLD, 13, leading=15),
        number=_style("number", REGULAR, 13, spaceBefore=5),
        subject_under_number=_style("vv", REGULAR, 12, spaceBefore=2),
        national=_style("national", BOLD, 12),
        motto=_style("motto", BOLD, 13),
        place_date=_style("place_date", ITALIC, 14, spaceBefore=5),
        type_line=_style("type", BOLD, 14, spaceBefore=20),
        subject=_style("subject", BOLD, 14, leading=17),
        blocks={
            BlockStyle.BODY: _style("body", REGULAR, BODY_SIZE, TA_JUSTIFY, firstLineIndent=FIRST_LINE_INDENT, **body),
            BlockStyle.PLAIN: _style("plain", REGULAR, BODY_SIZE, TA_JUSTIFY, **body),
            BlockStyle.CENTRED: _style("centred", REGULAR, BODY_SIZE, TA_CENTER, **body),
            # A section title never ends a page alone: it goes over with what follows it.
            BlockStyle.HEADING: _style("heading", BOLD, BODY_SIZE, TA_LEFT, keepWithNext=1, **body),
            BlockStyle.NOTE: _style("note", ITALIC, 12, TA_JUSTIFY, leading=14.5, spaceBefore=PARAGRAPH_SPACE),
        },
        cell=_style("cell", REGULAR, 12, TA_LEFT, leading=14),
        cell_numeric=_style("cell_num", REGULAR, 12, TA_RIGHT, leading=14),
        cell_header=_style("cell_head", BOLD, 12, TA_CENTER, leading=14),
        signer_upper=_style("signer", BOLD, 13, leading=15.5),
        signer_hint=_style("signer_hint", ITALIC, 13, leading=15.5),
        signer_name=_style("signer_name", BOLD, 14),
        recipients_label=_style("nn_label", BOLD_ITALIC, 12, TA_LEFT),
        recipient=_style("nn", REGULAR, 11, TA_LEFT, leading=13),
    )
