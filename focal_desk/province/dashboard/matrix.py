"""The offices × months matrix: for each registered office and month, whether its package came on time,
came late, is missing, or is not due yet.

Late: the first revision of month M (the earliest stored arrival of any revision) arrived, in Vietnam time,
after the due day of month M+1 (settings.due_day, default 10). A later revision (a correction) does not
make a month late. Missing: nothing by the end of the due day. Not due: nothing yet, and the due day has not
passed. Not registered: nothing, and the office was registered with the province only after the due day —
it could not have sent it (a package it did send anyway counts as received or late)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from sqlalchemy import func, select

from ..db import Database
from ..models import Office, Package
from ..report import as_utc
from .months import due_date
from .settings import VIETNAM


class Cell(Enum):
    RECEIVED = "received"
    LATE = "late"
    MISSING = "missing"
    NOT_DUE = "not_due"
    NOT_REGISTERED = "not_registered"


LABELS = {
    Cell.RECEIVED: "Đã nhận",
    Cell.LATE: "Trễ hạn",
    Cell.MISSING: "Chưa gửi",
    Cell.NOT_DUE: "Chưa đến hạn",
    Cell.NOT_REGISTERED: "Chưa đăng ký",
}


@dataclass(frozen=True)
class MatrixCell:
    state: Cell
    first_arrival: datetime | None  # Vietnam time
    revisions: int

    @property
    def label(self) -> str:
        return LABELS[self.state]


@dataclass(frozen=True)
class MatrixRow:
    code: str
    name: str
    cells: list[MatrixCell]


@dataclass(frozen=True)
class Matrix:
    months: list[str]
    rows: list[MatrixRow]
    counts: dict[str, dict[Cell, int]]  # per month


def state_of(
    first: datetime | None, month: str, due_day: int, today: date, registered: date | None = None
) -> Cell:
    due = due_date(month, due_day)
    if first is None:
        if registered is not None and registered > due:
            return Cell.NOT_REGISTERED
        return Cell.NOT_DUE if today <= due else Cell.MISSING
    return Cell.LATE if first.astimezone(VIETNAM).date() > due else Cell.RECEIVED


def build_matrix(db: Database, months: Sequence[str], due_day: int, now: datetime) -> Matrix:
    today = now.astimezone(VIETNAM).date()
    with db.transaction() as session:
        offices = session.execute(
            select(Office.id, Office.code, Office.name, Office.created_at).order_by(Office.code)
        ).all()
        arrivals = session.execute(
            select(Package.office_id, Package.month, func.min(Package.received_at), func.count())
            .where(Package.month.in_(months))
            .group_by(Package.office_id, Package.month)
        ).all()
    first = {(a[0], a[1]): (as_utc(a[2]).astimezone(VIETNAM), int(a[3])) for a in arrivals}
    rows: list[MatrixRow] = []
    counts = {m: dict.fromkeys(Cell, 0) for m in months}
    for office in offices:
        cells = []
        registered = as_utc(office.created_at).astimezone(VIETNAM).date()
        for m in months:
            arrived, revisions = first.get((office.id, m), (None, 0))
            cell = MatrixCell(state_of(arrived, m, due_day, today, registered), arrived, revisions)
            counts[m][cell.state] += 1
            cells.append(cell)
        rows.append(MatrixRow(office.code, office.name, cells))
    return Matrix(list(months), rows, counts)
