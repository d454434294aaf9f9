"""Real files and catalogue entries for the workflow GUI tests (issue 11): PDFs with a Vietnamese text layer
(reportlab + Tinos), entries added through the real CatalogueService, requests through the real services."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from focal_desk.domain.catalogue import AccessClass, CatalogueEntry, Publication
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, Complexity, IdType, RequesterKind
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester

FONT = Path(__file__).resolve().parents[3] / "resources" / "fonts" / "Tinos-Regular.ttf"
A4 = (595.2756, 841.8898)
_FACE = "FlowTinos"
SECRET_WORD = "Bình"  # on line 0 of page 1: "Quyết định giao đất cho hộ ông Trần Văn Bình"
PAGES = [
    ["Quyết định giao đất cho hộ ông Trần Văn Bình", "Thửa đất số 112, tờ bản đồ số 7", "Diện tích 250 m2"],
    ["Trang hai: số tiền bồi thường", "Ông Trần Văn Bình nhận bồi thường"],
]


def text_pdf(path: Path, pages: list[list[str]] = PAGES) -> Path:
    """Line i of a page has its baseline 100 + 40 i points below the top, at x = 72, in 20 pt type."""
    if _FACE not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_FACE, str(FONT)))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for lines in pages:
        c.setFont(_FACE, 20)
        for i, line in enumerate(lines):
            c.drawString(72, A4[1] - 100 - 40 * i, line)
        c.showPage()
    c.save()
    return path


def pdf_text(data: bytes | Path) -> str:
    raw = data.read_bytes() if isinstance(data, Path) else data
    pdf = pdfium.PdfDocument(io.BytesIO(raw))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def published_entry(desk, pdf: Path) -> CatalogueEntry:
    return desk.catalogue.add(
        CatalogueEntry(
            None,
            "Quyết định giao đất cho hộ ông Trần Văn Bình",
            number="45/QĐ-UBND",
            issued_on=date(2026, 1, 10),
            issuing_body="UBND xã Đạo Trù",
            kind="17.1.h",
            access=AccessClass.PUBLIC,
            publication=Publication("Cổng thông tin điện tử của xã", date(2026, 1, 15), None, True),
            keywords="giao đất",
        ),
        "can_bo_test",
        [pdf],
    )


def secret_entry(desk) -> CatalogueEntry:
    return desk.catalogue.add(
        CatalogueEntry(
            None,
            "Biên bản họp nội bộ về giao đất",
            number="3/BB-UBND",
            access=AccessClass.SECRET,
            secret_point="6.2.c",
        ),
        "can_bo_test",
    )


def conditional_entry(desk, pdf: Path) -> CatalogueEntry:
    return desk.catalogue.add(
        CatalogueEntry(
            None,
            "Hồ sơ giao đất của hộ bà Lê Thị Hoa",
            access=AccessClass.CONDITIONAL,
            conditional_ground="7.2",
            consent_of="bà Lê Thị Hoa",
        ),
        "can_bo_test",
        [pdf],
    )


def register(desk, info: str = "Quyết định giao đất cho hộ ông Trần Văn Bình"):
    return desk.requests.register(
        RequestDraft(
            requester=Requester(
                RequesterKind.CITIZEN, "Nguyễn Thị Lan", IdType.CCCD, "001190012345", "Thôn Đoài, xã Đạo Trù"
            ),
            channel=Channel.POSTAL,
            received_at=datetime(2026, 2, 25, 8, 15, tzinfo=VN_TZ),
            info_requested=info,
            purpose="Kiểm tra ranh giới thửa đất",
            valid_on=date(2026, 2, 26),
            complexity=Complexity.SIMPLE,
        )
    )
