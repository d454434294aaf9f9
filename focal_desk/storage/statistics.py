"""The figures of domain/statistics.py in SQL. Each figure is defined once here as the date that puts a row
in the period plus a condition on the row (a *flow*), or as a condition on the period's last day (a state
*at the end*). From that one definition come:

- ``compute``: one aggregate pass over the requests (``count(*) FILTER (WHERE …)`` per figure) and one per
  table of events — no row reaches Python;
- ``by_month``: the same figures month by month (each month's own pass);
- ``figure_condition``: the register's filter listing the requests behind a figure (``RequestQuery.figure``).
"""

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


def _outcome_in(*statuses: Status | str) -> Condition:
    return _outcome.in_([s.value if isinstance(s, Status) else s for s in statuses])


_answered = _outcome_in(*_ANSWERS)
_refused = _outcome_in(Status.REFUSED)


@dataclass(frozen=True)
class Flow:
    """Rows whose ``date`` falls in the period and that meet ``where``."""

    date: Any  # a date column of ``table``
    where: Condition | None = None
    table: Table = _requests
    total: Any = None  # a column to sum instead of counting rows

    def condition(self, p: Period) -> Condition:
        return _within(self.date, p) if self.where is None else and_(_within(self.date, p), self.where)


@dataclass(frozen=True)
class AtEnd:
    """Requests in a state on the period's last day."""

    where: Callable[[date], Condition]
    table: Table = _requests
    total: Any = None

    def condition(self, p: Period) -> Condition:
        return self.where(p.end)


def _open_on(end: date) -> Condition:
    """Received by that day and no outcome on it (none yet, or one dated after it)."""
    return and_(_r.received_on <= end, or_(_r.closed_on.is_(None), _r.closed_on > end))


def _past_due_on(end: date) -> Condition:
    """Open, and the deadline of that day (an extension granted after it does not count yet) has passed."""
    due = case((and_(_r.extended_due.is_not(None), _r.extended_on <= end), _r.extended_due), else_=_r.provide_due)
    return and_(_open_on(end), due <= end)


def _awaiting_supplement_on(end: date) -> Condition:
    return and_(_open_on(end), _r.supplement_note != "", or_(_r.valid_on.is_(None), _r.valid_on > end))


def _complaints_of(kind: ComplaintKind) -> Condition:
    return _complaints.c.kind == kind.value


Definition = Flow | AtEnd

FIGURE_SQL: dict[str, Definition] = {
    "received": Flow(_r.received_on),
    **{f"received.channel.{c.value}": Flow(_r.received_on, _r.channel == c.value) for c in Channel},
    **{f"received.kind.{k.value}": Flow(_r.received_on, _r.requester_kind == k.value) for k in RequesterKind},
    "valid": Flow(_r.valid_on),
    **{f"valid.{c.value}": Flow(_r.valid_on, _r.complexity == c.value) for c in Complexity},
    "awaiting_supplement": AtEnd(_awaiting_supplement_on),
    "extended": Flow(_r.extended_on),
    "corrections": Flow(_corrections.c.opened_on, table=_corrections),
    "answered": Flow(_r.closed_on, _answered),
    "answered.on_time": Flow(_r.closed_on, and_(_answered, or_(_answer_due.is_(None), _r.closed_on <= _answer_due))),
    "answered.late": Flow(_r.closed_on, and_(_answered, _r.closed_on > _answer_due)),
    "provided": Flow(_r.closed_on, _outcome_in(Status.PROVIDED)),
    "provided_in_part": Flow(_r.closed_on, _outcome_in(Status.PARTIALLY_PROVIDED)),
    "refused": Flow(_r.closed_on, _refused),
    **{f"refused.ground.{g.value}": Flow(_r.closed_on, and_(_refused, _r.refusal_ground == g.value))
       for g in RefusalGround},
    "transferred": Flow(_r.closed_on, _outcome_in(Status.TRANSFERRED)),
    "withdrawn": Flow(_r.closed_on, _outcome_in(Status.WITHDRAWN)),
    "open_at_end": AtEnd(_open_on),
    "open_at_end.past_due": AtEnd(_past_due_on),
    **{f"{prefix}.filed": Flow(_complaints.c.filed_on, _complaints_of(kind), _complaints)
       for kind, prefix in COMPLAINT_KEYS.items()},
    **{f"{prefix}.resolved": Flow(_complaints.c.result_on, _complaints_of(kind), _complaints)
       for kind, prefix in COMPLAINT_KEYS.items()},
    "costs.payments": Flow(_payments.c.paid_on, table=_payments),
    "costs.collected": Flow(_payments.c.paid_on, table=_payments, total=_payments.c.amount),
}


def figure_condition(ref: FigureRef) -> Condition:
    """The requests behind a figure, as a condition on the requests table: those the figure counts, or for
    a figure over corrections, complaints or payments those with at least one such event."""
    d = FIGURE_SQL[ref.key]
    if d.table is _requests:
        return d.condition(ref.period)
    return exists(select(literal(1)).where(d.table.c.request_id == _r.id, d.condition(ref.period)))


def _aggregate(key: str, d: Definition, where: Condition | None) -> Any:
    if d.total is not None:
        agg = func.sum(d.total) if where is None else func.sum(d.total).filter(where)
        return func.coalesce(agg, 0).label(key)
    return (func.count() if where is None else func.count().filter(where)).label(key)


def _relevant(p: Period) -> Condition:
    """Every request some figure over the requests can count (each figure's condition implies this): received
    by the end, with a date in the period or no outcome before it. Only narrows the scan."""
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


def _by_table() -> dict[str, list[tuple[str, Definition]]]:
    out: dict[str, list[tuple[str, Definition]]] = {}
    for key, d in FIGURE_SQL.items():
        out.setdefault(d.table.name, []).append((key, d))
    return out


_TABLES = _by_table()


class SqlStatistics:
    def __init__(self, session: Session):
        self._session = session

    def _row(self, columns: list[Any], table: Table, where: Condition | None = None) -> Any:
        stmt = select(*columns).select_from(table)
        return self._session.execute(stmt if where is None else stmt.where(where)).one()

    def compute(self, period: Period) -> Statistics:
        """One pass over the requests, one over each table of events."""
        values: dict[str, int] = {}
        for figures in _TABLES.values():
            table = figures[0][1].table
            where = _relevant(period) if table is _requests else None
            row = self._row([_aggregate(k, d, d.condition(period)) for k, d in figures], table, where)
            values.update({k: int(row._mapping[k]) for k, _ in figures})
        return Statistics(period, {f.key: values[f.key] for f in FIGURES})

    def by_month(self, period: Period) -> list[Statistics]:
        """``compute`` of each month the period touches (cut to the period). Measured against grouping the
        flows by month in SQL: each month's own pass was twice as fast (a month's pass skips the rows
        received after it early, where a grouped pass sorts every row of the period)."""
        return [self.compute(month) for month in period.months()]

    def first_received(self) -> date | None:
        """The earliest day a request was received (the start of an "all time" period)."""
        return self._session.execute(select(func.min(_r.received_on))).scalar_one_or_none()

