"""Read-side shapes for the register: what a list asks for and what a row shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .enums import Channel, Status


@dataclass(frozen=True)
class RequestQuery:
    year: int | None = None
    month: int | None = None  # 1–12, with year
    statuses: tuple[Status, ...] = ()
    channels: tuple[Channel, ...] = ()
    search: str = ""  # accent-insensitive, đ→d
    due_on_or_before: date | None = None  # open requests whose effective deadline is on/before this date
    open_only: bool = False
    limit: int | None = None
    offset: int = 0
    newest_first: bool = True


@dataclass(frozen=True)
class RequestSummary:
    id: int
    register_number: str
    received_at: datetime
    channel: Channel
    requester_name: str
    id_number: str
    info_requested: str
    status: Status
    provide_due: date | None
    extended_due: date | None
    notice_due: date | None
    notice_sent_on: date | None
    deadline_flag: str

    @property
    def effective_due(self) -> date | None:
        return self.extended_due or self.provide_due
