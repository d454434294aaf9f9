"""The landscape A4 page of the log book (Decree 30 margins) and its ten columns."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape

# The same Decree 30 margins as every document (the binding edge stays on the left in landscape too).
from ..documents.decree30_styles import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
TEXT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
PAGE_NUMBER_BASELINE = PAGE_HEIGHT - MARGIN_TOP / 2 - 4

CELL_SIZE = 9.0  # pt
CELL_LEADING = 11.0
PAD_X = 3.0
PAD_Y = 2.5
RULE = 0.5
MAX_LINES = 30  # a taller entry continues on a second row (so no row is taller than a page)


@dataclass(frozen=True)
class PdfColumn:
    header: str
    width: float  # pt
    centred: bool = False


_FIXED = (
    PdfColumn("Số vào sổ", 46, True),
    PdfColumn("Ngày tiếp nhận", 50, True),
    PdfColumn("Hình thức yêu cầu", 48, True),
    PdfColumn("Người yêu cầu", 118),
    PdfColumn("Thông tin yêu cầu", 130),
    PdfColumn("Hình thức cung cấp", 62),
    PdfColumn("Hạn giải quyết", 48, True),
    PdfColumn("Kết quả, ngày", 66),
    PdfColumn("Văn bản đã ban hành", 80),
)
PDF_COLUMNS = (*_FIXED, PdfColumn("Ghi chú", TEXT_WIDTH - sum(c.width for c in _FIXED)))
