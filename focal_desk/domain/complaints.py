"""Complaints and lawsuits about how a request was handled (Luật TCTT Đ14; ND13 Đ12 counts them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ComplaintKind(StrEnum):
    COMPLAINT = "complaint"  # khiếu nại
    LAWSUIT = "lawsuit"  # khởi kiện

    @property
    def label_vi(self) -> str:
        return "Khiếu nại" if self is ComplaintKind.COMPLAINT else "Khởi kiện"


@dataclass(frozen=True)
class Complaint:
    id: int | None
    request_id: int
    kind: ComplaintKind
    filed_on: date  # the day the complaint was lodged or the suit filed
    summary: str
    result: str = ""  # the decision or judgment, once known
    result_on: date | None = None
    recorded_by: str = ""

    @property
    def resolved(self) -> bool:
        return self.result_on is not None
