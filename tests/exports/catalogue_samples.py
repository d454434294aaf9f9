"""A commune's catalogue for the export tests: entries of every access class (two on the portal list, the
others not), real PDF and PNG files stored by SHA-256 the way the data folder keeps them."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.catalogue import AccessClass, CatalogueEntry, CatalogueFile, Publication

TODAY = date(2026, 3, 15)
AGENCY = AgencyProfile(
    None,
    "ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ",
    "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
    "Đạo Trù",
    "UBND",
    "Nguyễn Văn An",
    "CHỦ TỊCH",
)
HOSTILE_TITLE = 'Kế hoạch <script>alert("x")</script> & “bảo vệ” môi trường'
FORMULA_NUMBER = '=HYPERLINK("http://example.invalid","bấm")'


def pdf_bytes(text: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    canvas.drawString(72, 720, text)
    canvas.save()
    return out.getvalue()


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


@dataclass
class Store:
    root: Path

    def add(self, data: bytes, filename: str, media_type: str) -> CatalogueFile:
        sha = hashlib.sha256(data).hexdigest()
        rel = f"{sha[:2]}/{sha}{Path(filename).suffix.lower()}"
        target = self.root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return CatalogueFile(None, None, filename, sha, rel, len(data), media_type, 1)

    def path_of(self, f: CatalogueFile) -> Path:
        return self.root / f.stored_path


def catalogue(store: Store) -> list[CatalogueEntry]:
    decision = store.add(pdf_bytes("Quyet dinh 12"), "Quyết định 12-QĐ-UBND.pdf", "application/pdf")
    plan = store.add(pdf_bytes("Ke hoach 3"), "../../Kế hoạch: số 3?.PDF", "application/pdf")
    map_png = store.add(png_bytes(), "CON.png", "image/png")
    return [
        CatalogueEntry(
            1,
            "Quyết định phê duyệt giá đất cụ thể năm 2026",
            "12/QĐ-UBND",
            date(2026, 1, 5),
            "Ủy ban nhân dân xã Đạo Trù",
            "17.1.h",
            AccessClass.PUBLIC,
            Publication("Cổng thông tin điện tử xã; Bảng tin trụ sở", date(2026, 1, 6), None, True),
            keywords="giá đất",
            files=(decision,),
        ),
        CatalogueEntry(
            2,
            HOSTILE_TITLE,
            FORMULA_NUMBER,
            date(2026, 2, 1),
            "-Phòng Kinh tế",
            "17.1.m",
            AccessClass.PUBLIC,
            Publication("Bảng tin trụ sở", date(2026, 2, 2), date(2026, 12, 31), True),
            files=(plan, map_png, decision),
        ),
        CatalogueEntry(  # public, not yet published: not on the list
            3,
            "Dự toán ngân sách xã năm 2026 (chưa đăng)",
            "5/BC-UBND",
            date(2026, 1, 10),
            "UBND xã",
            "17.1.dd",
            AccessClass.PUBLIC,
            Publication("Cổng thông tin điện tử xã", date(2026, 1, 15), None, False),
        ),
        CatalogueEntry(  # published, its period ended: not on the list
            4,
            "Thông báo tuyển dụng công chức đợt 1 (hết hạn)",
            "7/TB-UBND",
            date(2025, 9, 1),
            "UBND xã",
            "17.1.k",
            AccessClass.PUBLIC,
            Publication("Bảng tin trụ sở", date(2025, 9, 2), date(2025, 12, 31), True),
        ),
        CatalogueEntry(
            5,
            "Hồ sơ bồi thường hộ ông Nguyễn Văn B",
            "",
            date(2025, 11, 20),
            "UBND xã",
            "17.1.h",
            AccessClass.CONDITIONAL,
            consent_of="Ông Nguyễn Văn B",
            conditional_ground="7.2",
        ),
        CatalogueEntry(
            6,
            "Biên bản họp nội bộ ngày 03/3/2026",
            "",
            date(2026, 3, 3),
            "UBND xã",
            "other",
            AccessClass.SECRET,
            secret_point="6.2.c",
        ),
    ]


PORTAL_IDS = [1, 2]
