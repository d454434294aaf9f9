"""Read-side shapes for the register: what a list asks for and what a row shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .enums import Channel, Status


class SortKey(StrEnum):
    """Columns the register can be sorted by (each backed by the database, never sorted in Python)."""

    REGISTER = "register"
    RECEIVED = "received"
    CHANNEL = "channel"
    REQUESTER = "requester"
    INFO = "info"
    DUE = "due"
    STATUS = "status"


@dataclass(frozen=True)
class RequestQuery:
    year: int | None = None
    month: int | None = None  # 1–12, with year
    statuses: tuple[Status, ...] = ()
    channels: tuple[Channel, ...] = ()
    search: str = ""  # accent-insensitive, đ→d
    due_on_or_before: date | None = None  # open requests whose effective deadline is on/before this date
    due_after: date | None = None  # open requests whose effective deadline is after this date
    notice_pending: bool = False  # a written notice of the time limit is owed and not yet sent
    received_before: date | None = None  # received before this date (supplements waited on for long)
    open_only: bool = False
    sort: SortKey = SortKey.RECEIVED
    limit: int | None = None
    offset: int = 0
    newest_first: bool = True  # descending order of ``sort``


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
    current_due: date | None = None  # as stored: an open correction's own due date while correcting

    @property
    def effective_due(self) -> date | None:
        if self.current_due is not None:
            return self.current_due
        return self.extended_due or self.provide_due
