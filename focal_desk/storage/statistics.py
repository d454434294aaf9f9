"""The figures of domain/statistics.py in SQL: one condition per figure, counted with aggregate queries
(``count(*) FILTER (WHERE …)``, one pass over the requests and one per table of events) and reused as the
register's filter for the requests behind a figure (``RequestQuery.figure``). No row reaches Python."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, case, exists, func, literal, or_, select
from sqlalchemy.orm import Session

from ..domain.complaints import ComplaintKind
from ..domain.enums import Channel, Complexity, RequesterKind, Status
from ..domain.refusal import RefusalGround
from ..domain.statistics import COMPLAINT_KEYS, FIGURES, FigureRef, Period, Statistics
from .models import ComplaintRow, CorrectionRow, PaymentRow, RequestRow, table_of

_requests = table_of(RequestRow)
_corrections = table_of(CorrectionRow)
_complaints = table_of(ComplaintRow)
_payments = table_of(PaymentRow)
_r = _requests.c

Condition = ColumnElement[bool]


def _within(column: Any, p: Period) -> Condition:
    return column.between(p.start, p.end)


# The outcome a request has: its status, except that a request being corrected keeps the outcome it had
# before the correction (the open correction's prior status).
_OPEN_PRIOR = (
    select(_corrections.c.prior_status)
    .where(_corrections.c.request_id == _r.id, _corrections.c.closed_on.is_(None))
    .limit(1)
    .scalar_subquery()
)
_outcome = case((_r.status == Status.CORRECTING.value, _OPEN_PRIOR), else_=_r.status)
_answer_due = func.coalesce(_r.extended_due, _r.provide_due)
_ANSWERS = (Status.PROVIDED.value, Status.PARTIALLY_PROVIDED.value, Status.REFUSED.value)


def _closed(p: Period, *statuses: Status | str) -> Condition:
    values = [s.value if isinstance(s, Status) else s for s in statuses]
    return and_(_within(_r.closed_on, p), _outcome.in_(values))


def _answered(p: Period) -> Condition:
    return _closed(p, *_ANSWERS)


def _open_at_end(p: Period) -> Condition:
    return and_(_r.received_on <= p.end, or_(_r.closed_on.is_(None), _r.closed_on > p.end))


def _due_at_end(p: Period) -> Any:
    """The deadline on the period's last day: an extension granted after it does not count yet."""
    return case((and_(_r.extended_due.is_not(None), _r.extended_on <= p.end), _r.extended_due),
                else_=_r.provide_due)


def _received(p: Period) -> Condition:
    return _within(_r.received_on, p)


def _valid(p: Period) -> Condition:
    return _within(_r.valid_on, p)


RequestCondition = Callable[[Period], Condition]


def _and(base: RequestCondition, column: Any, value: str) -> RequestCondition:
    """``base`` and the column holding this value."""
    return lambda p: and_(base(p), column == value)


def _refused(p: Period) -> Condition:
    return _closed(p, Status.REFUSED)


# key -> condition on a request row (each figure in domain/statistics.py counted over the requests table).
REQUEST_FIGURES: dict[str, RequestCondition] = {
    "received": _received,
    **{f"received.channel.{c.value}": _and(_received, _r.channel, c.value) for c in Channel},
    **{f"received.kind.{k.value}": _and(_received, _r.requester_kind, k.value) for k in RequesterKind},
    "valid": _valid,
    **{f"valid.{c.value}": _and(_valid, _r.complexity, c.value) for c in Complexity},
    "awaiting_supplement": lambda p: and_(
        _open_at_end(p), _r.supplement_note != "", or_(_r.valid_on.is_(None), _r.valid_on > p.end)
    ),
    "extended": lambda p: _within(_r.extended_on, p),
    "answered": _answered,
    "answered.on_time": lambda p: and_(_answered(p), or_(_answer_due.is_(None), _r.closed_on <= _answer_due)),
    "answered.late": lambda p: and_(_answered(p), _r.closed_on > _answer_due),
    "provided": lambda p: _closed(p, Status.PROVIDED),
    "provided_in_part": lambda p: _closed(p, Status.PARTIALLY_PROVIDED),
    "refused": _refused,
    **{f"refused.ground.{g.value}": _and(_refused, _r.refusal_ground, g.value) for g in RefusalGround},
    "transferred": lambda p: _closed(p, Status.TRANSFERRED),
    "withdrawn": lambda p: _closed(p, Status.WITHDRAWN),
    "open_at_end": _open_at_end,
    "open_at_end.past_due": lambda p: and_(_open_at_end(p), _due_at_end(p) <= p.end),
}


def _relevant(p: Period) -> Condition:
    """Every request some request figure can count (each figure's condition implies this): received by the
    end, and with a date in the period or no outcome before it. Only narrows the scan."""
    # likely(): most rows pass, so SQLite scans the table instead of walking the received_on index and
    # fetching every row by id (twice as slow on a year of 100,000 requests).
    return and_(
        func.likely(_r.received_on <= p.end),
        func.likely(or_(
            _r.received_on >= p.start,
            _r.closed_on.is_(None),
            _r.closed_on >= p.start,
            _r.valid_on >= p.start,
            _r.extended_on >= p.start,
        )),
    )


@dataclass(frozen=True)
class EventFigure:
    """A figure counted over a table of events about requests (each event once)."""

    table: Table
    condition: Callable[[Period], Condition]
    total: Any = None  # a column to sum instead of counting rows


def _complaint(kind: ComplaintKind, column: str) -> Callable[[Period], Condition]:
    c = _complaints.c
    return lambda p: and_(c.kind == kind.value, _within(c[column], p))


EVENT_FIGURES: dict[str, EventFigure] = {
    "corrections": EventFigure(_corrections, lambda p: _within(_corrections.c.opened_on, p)),
    **{
        f"{prefix}.filed": EventFigure(_complaints, _complaint(kind, "filed_on"))
        for kind, prefix in COMPLAINT_KEYS.items()
    },
    **{
        f"{prefix}.resolved": EventFigure(_complaints, _complaint(kind, "result_on"))
        for kind, prefix in COMPLAINT_KEYS.items()
    },
    "costs.payments": EventFigure(_payments, lambda p: _within(_payments.c.paid_on, p)),
    "costs.collected": EventFigure(_payments, lambda p: _within(_payments.c.paid_on, p), _payments.c.amount),
}


def figure_condition(ref: FigureRef) -> Condition:
    """The requests behind a figure, as a condition on the requests table: those the figure counts, or for
    an event figure those with at least one such event."""
    if ref.key in REQUEST_FIGURES:
        return REQUEST_FIGURES[ref.key](ref.period)
    event = EVENT_FIGURES[ref.key]
    return exists(
        select(literal(1)).where(event.table.c.request_id == _r.id, event.condition(ref.period))
    )


def _event_values(session: Session, p: Period) -> dict[str, int]:
    """One aggregate query per table of events."""
    out: dict[str, int] = {}
    by_table: dict[str, list[tuple[str, EventFigure]]] = {}
    for key, event in EVENT_FIGURES.items():
        by_table.setdefault(event.table.name, []).append((key, event))
    for figures in by_table.values():
        columns = [
            (func.coalesce(func.sum(e.total).filter(e.condition(p)), 0) if e.total is not None
             else func.count().filter(e.condition(p))).label(key)
            for key, e in figures
        ]
        table = figures[0][1].table
        row = session.execute(select(*columns).select_from(table)).one()
        out.update({key: int(row._mapping[key]) for key, _ in figures})
    return out


class SqlStatistics:
    def __init__(self, session: Session):
        self._session = session

    def compute(self, period: Period) -> Statistics:
        columns = [func.count().filter(cond(period)).label(key) for key, cond in REQUEST_FIGURES.items()]
        row = self._session.execute(select(*columns).select_from(_requests).where(_relevant(period))).one()
        values = {key: int(row._mapping[key]) for key in REQUEST_FIGURES}
        values.update(_event_values(self._session, period))
        return Statistics(period, {f.key: values[f.key] for f in FIGURES})

    def first_received(self) -> date | None:
        """The earliest day a request was received (the start of an "all time" period)."""
        return self._session.execute(select(func.min(_r.received_on))).scalar_one_or_none()
