"""A register row from any row-like object: an ORM result row, or the quick start-up reader's tuple.

No SQLAlchemy here: the start-up reader uses it before the ORM is imported.
"""

from __future__ import annotations

from typing import Any

from ..domain.enums import Channel, Status
from ..domain.listing import RequestSummary

SUMMARY_FIELDS = (
    "id", "register_number", "received_at", "channel", "requester_name", "id_number", "info_requested",
    "status", "provide_due", "extended_due", "notice_due", "notice_sent_on", "deadline_flag", "effective_due",
)


def summary_from_row(row: Any) -> RequestSummary:
    """``row`` has the SUMMARY_FIELDS as attributes, dates and datetimes already converted."""
    return RequestSummary(
        id=row.id,
        register_number=row.register_number,
        received_at=row.received_at,
        channel=Channel(row.channel),
        requester_name=row.requester_name,
        id_number=row.id_number,
        info_requested=row.info_requested,
        status=Status(row.status),
        provide_due=row.provide_due,
        extended_due=row.extended_due,
        notice_due=row.notice_due,
        notice_sent_on=row.notice_sent_on,
        deadline_flag=row.deadline_flag,
        due_now=row.effective_due,  # the column's name for due_now (see models.RequestRow)
    )
