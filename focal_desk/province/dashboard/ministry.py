"""The consolidated report to the Ministry of Justice (ND13 Đ12): the numbers of requests received,
resolved, refused, complained about and brought to court, per office and in total, over a chosen period —
from report.period_report, so that it says what `report --json` says month by month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..db import Database
from ..report import MINISTRY_INDICATORS, period_report
from .months import label, span

TITLE = "BÁO CÁO TÌNH HÌNH CUNG CẤP THÔNG TIN THEO YÊU CẦU"
BASIS = "(Theo Điều 12 Nghị định số 13/2018/NĐ-CP ngày 23/01/2018 của Chính phủ)"
HEADERS = {
    "received": "Số yêu cầu đã tiếp nhận",
    "resolved": "Số yêu cầu đã giải quyết",
    "refused": "Số yêu cầu bị từ chối",
    "complaints": "Số khiếu nại",
    "lawsuits": "Số vụ khởi kiện",
}
MAX_MONTHS = 120  # ten years in one report is plenty; a typo'd year must not read a century


@dataclass(frozen=True)
class MinistryReport:
    first: str
    last: str
    printed_on: date
    agency: str
    parent_agency: str
    place: str
    data: dict[str, Any]  # period_report's answer

    @property
    def period_vi(self) -> str:
        if self.first == self.last:
            return f"Tháng {label(self.first)}"
        return f"Từ tháng {label(self.first)} đến tháng {label(self.last)}"

    @property
    def file_stem(self) -> str:
        return f"bao-cao-bo-tu-phap_{self.first}_{self.last}"

    def rows(self) -> list[tuple[int, str, str, list[int]]]:
        return [
            (n, o["office_code"], o["office_name"], [o[k] for k in MINISTRY_INDICATORS])
            for n, o in enumerate(self.data["by_office"], start=1)
        ]

    def total(self) -> list[int]:
        return [self.data["total"][k] for k in MINISTRY_INDICATORS]


def ministry_report(
    db: Database, first: str, last: str, *, printed_on: date, agency: str, parent_agency: str, place: str
) -> MinistryReport:
    return MinistryReport(
        first, last, printed_on, agency, parent_agency, place, period_report(db, span(first, last))
    )
