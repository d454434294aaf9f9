"""The log book's columns for the spreadsheet formats (XLSX, CSV), one list so both say the same."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from ..domain.log_book import LogBook, LogBookEntry


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    DATE = "date"
    DATETIME = "datetime"


Value = str | int | date | datetime | None


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind
    value: Callable[[LogBookEntry], Value]
    width: int  # characters, the widest the XLSX column grows to (the text wraps beyond)


def _local(at: datetime) -> datetime:
    """Vietnam wall-clock time, naive (spreadsheets have no time zones)."""
    return at.replace(tzinfo=None)


COLUMNS: tuple[Column, ...] = (
    Column("Số vào sổ", Kind.TEXT, lambda e: e.register_number, 12),
    Column("Năm", Kind.INT, lambda e: e.register_year, 6),
    Column("Số thứ tự", Kind.INT, lambda e: e.register_seq, 9),
    Column("Ngày tiếp nhận", Kind.DATETIME, lambda e: _local(e.received_at), 17),
    Column("Hình thức yêu cầu", Kind.TEXT, lambda e: e.channel.label_vi, 14),
    Column("Người yêu cầu", Kind.TEXT, lambda e: e.requester_name, 24),
    Column("Đại diện cho / tổ chức", Kind.TEXT, lambda e: e.on_behalf_of, 24),
    Column("Số giấy tờ tùy thân", Kind.TEXT, lambda e: e.id_number, 15),
    Column("Nơi cư trú / địa chỉ", Kind.TEXT, lambda e: e.address, 40),
    Column("Điện thoại", Kind.TEXT, lambda e: e.phone, 14),
    Column("Thư điện tử", Kind.TEXT, lambda e: e.email, 26),
    Column("Thông tin yêu cầu", Kind.TEXT, lambda e: e.info_requested, 50),
    Column("Hình thức cung cấp", Kind.TEXT, lambda e: e.provision_form.label_vi, 22),
    Column("Số bản", Kind.INT, lambda e: e.copies, 7),
    Column("Hạn giải quyết", Kind.DATE, lambda e: e.answer_due, 12),
    Column("Kết quả", Kind.TEXT, lambda e: e.status.label_vi, 22),
    Column("Ngày có kết quả", Kind.DATE, lambda e: e.closed_on, 12),
    Column("Văn bản đã ban hành", Kind.TEXT, lambda e: e.papers_text, 40),
    Column("Ghi chú", Kind.TEXT, lambda e: e.notes, 40),
)
OUTCOME_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.header == "Kết quả")


def describe(book: LogBook) -> str:
    """One line naming the book, for the file's properties."""
    kind = "bản công khai" if book.public else "bản đầy đủ"
    return f"Sổ theo dõi cung cấp thông tin theo yêu cầu — {book.agency.name} — {book.period.label_vi} ({kind})"
