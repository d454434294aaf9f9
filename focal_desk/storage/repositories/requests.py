"""The register: requests with their requester snapshot, members, corrections and search row.

Core statements throughout (no ORM objects): the demo loads 100,000 requests through add().
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ...domain.enums import Status
from ...domain.errors import EnvironmentProblem, NotFound
from ...domain.listing import RequestQuery, RequestSummary, SortKey
from ...domain.request import NOTICE_OWED_STATUSES, Correction, Request
from ...domain.requester import Member, Requester
from ..models import (
    NOW,
    CorrectionRow,
    RegisterCounterRow,
    RequesterRow,
    RequestMemberRow,
    RequestRow,
    table_of,
)
from ..search import search_condition, write_documents
from ..statistics import figure_condition
from .request_mapping import (
    MEMBER_COLUMNS,
    SUMMARY_COLUMNS,
    correction_from_row,
    correction_values,
    fts_values,
    latest_requester_from_row,
    member_from_row,
    member_values,
    request_from_row,
    request_values,
    requester_values,
    summary_from_row,
)
from .written import inserted_id, written

OPEN_STATUSES = tuple(s.value for s in Status if s.is_open)
PROVIDED_STATUSES = (Status.PROVIDED.value, Status.PARTIALLY_PROVIDED.value)
STALE_MESSAGE = "Yêu cầu đã được thay đổi bởi một thao tác khác. Vui lòng tải lại và thực hiện lại."

_requests = table_of(RequestRow)
_members = table_of(RequestMemberRow)
_corrections = table_of(CorrectionRow)
_requesters = table_of(RequesterRow)
_counters = table_of(RegisterCounterRow)
_r = _requests.c  # table columns, not ORM attributes: Core selects skip the ORM compile path
_m = _members.c
_due_now = _r.effective_due  # the column's name for due_now (see models.RequestRow)


# Statements are built once and run with parameter dicts: building .values() on every call cost more
# than the SQL itself (the demo loads 100,000 requests through add()).
def _next_seq_statement() -> Any:
    agency, year = bindparam("p_agency", type_=Integer), bindparam("p_year", type_=Integer)
    # The first number of a year starts after any already in the register (typed in from paper).
    already = (
        select(func.coalesce(func.max(_r.register_seq), 0) + 1)
        .where(_r.agency_id == agency, _r.register_year == year)
        .scalar_subquery()
    )
    stmt = sqlite_insert(_counters).values(agency_id=agency, year=year, last_seq=already)
    return stmt.on_conflict_do_update(
        index_elements=["agency_id", "year"], set_={"last_seq": _counters.c.last_seq + 1}
    ).returning(_counters.c.last_seq)


def _requester_statement(overwrite: bool) -> Any:
    stmt = sqlite_insert(_requesters)
    if overwrite:
        keep = ("id", "id_type", "id_number", "updated_at")
        changes: dict[str, Any] = {c.name: stmt.excluded[c.name] for c in _requesters.c if c.name not in keep}
        changes["updated_at"] = NOW
    else:
        changes = {"id_type": stmt.excluded.id_type}  # a no-op, so that RETURNING gives the id
    return stmt.on_conflict_do_update(index_elements=["id_type", "id_number"], set_=changes).returning(
        _requesters.c.id
    )


_NEXT_SEQ = _next_seq_statement()
_UPSERT_REQUESTER = _requester_statement(overwrite=True)
_ENSURE_REQUESTER = _requester_statement(overwrite=False)
_INSERT_REQUEST = insert(_requests)
_UPDATE_REQUEST = (
    update(_requests)
    .where(_requests.c.id == bindparam("p_id"), _requests.c.version == bindparam("p_version"))
    .values(version=_requests.c.version + 1, updated_at=NOW)
)
_INSERT_MEMBERS = insert(_members)
_DELETE_MEMBERS = delete(_members).where(_members.c.request_id == bindparam("p_id"))
_INSERT_CORRECTION = insert(_corrections)
# get() is what every service action starts with.
_GET = select(*_requests.c).where(_r.id == bindparam("p_id"))
_EXISTS = select(literal(1)).where(_r.id == bindparam("p_id"))
_MEMBERS_OF = select(*MEMBER_COLUMNS).where(_m.request_id == bindparam("p_id")).order_by(_m.position)
_CORRECTIONS_OF = (
    select(*_corrections.c).where(_corrections.c.request_id == bindparam("p_id")).order_by(_corrections.c.id)
)


def _earlier_provisions_statement() -> Any:
    before = bindparam("p_before", type_=Integer)
    return select(func.count()).where(
        _r.id_number == bindparam("p_id_number"),
        _r.info_key == bindparam("p_info_key"),
        _r.status.in_(PROVIDED_STATUSES),
        or_(before.is_(None), _r.id != before),
    )


_EARLIER_PROVISIONS = _earlier_provisions_statement()


_SORT_COLUMNS = {
    SortKey.REGISTER: (_r.register_year, _r.register_seq),
    SortKey.RECEIVED: (_r.received_at,),
    SortKey.CHANNEL: (_r.channel,),
    SortKey.REQUESTER: (_r.requester_name,),
    SortKey.INFO: (_r.info_requested,),
    SortKey.DUE: (_due_now,),
    SortKey.STATUS: (_r.status,),
}


class SqlRequestRepository:
    def __init__(self, session: Session):
        self._session = session
        self.issued: dict[int, int] = {}  # year -> highest number taken in this transaction

    # --- numbering -------------------------------------------------------------------------------

    def next_register_seq(self, agency_id: int, year: int) -> int:
        # The counter only grows, so a number stays taken even when its request is withdrawn.
        seq = int(self._session.execute(_NEXT_SEQ, {"p_agency": agency_id, "p_year": year}).scalar_one())
        self.issued[year] = max(self.issued.get(year, 0), seq)  # for the manifest, once committed
        return seq

    # --- writes ----------------------------------------------------------------------------------

    def add(self, request: Request) -> Request:
        requester_id = self._save_requester(request.requester, overwrite=True)
        values = request_values(request, requester_id)
        result = self._session.execute(_INSERT_REQUEST, {"version": 1, **values})
        request_id = inserted_id(result)
        self._insert_members(request_id, request.requester.members)
        write_documents(self._session, [fts_values(request_id, request)])
        corrections = tuple(self.add_correction(request_id, c) for c in request.corrections)
        return replace(
            request,
            id=request_id,
            version=1,
            requester=replace(request.requester, id=requester_id),
            corrections=corrections,
        )

    def update(self, request: Request) -> Request:
        # Only add() refreshes the requesters table: a status change on an old request must not
        # overwrite details recorded later. Here we only make sure the person has a row.
        requester_id = self._save_requester(request.requester, overwrite=False)
        params = {"p_id": request.id, "p_version": request.version, **request_values(request, requester_id)}
        if written(self._session.execute(_UPDATE_REQUEST, params)).rowcount == 0:
            self._require(request.id)
            raise EnvironmentProblem(STALE_MESSAGE)  # someone saved this request since it was read
        self._session.execute(_DELETE_MEMBERS, {"p_id": request.id})
        self._insert_members(request.id, request.requester.members)
        write_documents(self._session, [fts_values(request.id, request)], replace=True)
        return replace(
            request, version=request.version + 1, requester=replace(request.requester, id=requester_id)
        )

    def add_correction(self, request_id: int, correction: Correction) -> Correction:
        self._require(request_id)
        result = self._session.execute(
            _INSERT_CORRECTION, {"request_id": request_id, **correction_values(correction)}
        )
        return replace(correction, id=inserted_id(result))

    def update_correction(self, request_id: int, correction: Correction) -> Correction:
        stmt = (
            update(_corrections)
            .where(_corrections.c.id == correction.id, _corrections.c.request_id == request_id)
            .values(**correction_values(correction))
        )
        if correction.id is None or written(self._session.execute(stmt)).rowcount == 0:
            raise NotFound("đính chính", correction.id)
        return correction

    # --- reads -----------------------------------------------------------------------------------

    def get(self, request_id: int) -> Request:
        key = {"p_id": request_id}
        row = self._session.execute(_GET, key).first()
        if row is None:
            raise NotFound("yêu cầu", request_id)
        members = [member_from_row(m) for m in self._session.execute(_MEMBERS_OF, key)]
        corrections = [correction_from_row(c) for c in self._session.execute(_CORRECTIONS_OF, key)]
        return request_from_row(row, members, corrections)

    def find_by_register_number(self, agency_id: int, register_number: str) -> Request | None:
        found = self._load(and_(_r.agency_id == agency_id, _r.register_number == register_number.strip()))
        return found[0] if found else None

    def open_requests(self) -> list[Request]:
        return self._load(_r.status.in_(OPEN_STATUSES))

    def summaries(self, query: RequestQuery) -> list[RequestSummary]:
        # Ids first, rows second: SQLite then sorts bare ids, not 13 columns of every match (a common
        # surname matches thousands of requests; twice as fast on 100,000).
        stmt = self._ordered(self._filtered(select(_r.id), query), query)
        if query.limit is not None:
            stmt = stmt.limit(query.limit)
        if query.offset:
            stmt = stmt.offset(query.offset)
        return self.summaries_by_ids(list(self._session.execute(stmt).scalars()))

    def ids(self, query: RequestQuery) -> list[int]:
        """Every matching id in display order: the register window keeps these and fetches rows by page."""
        stmt = self._ordered(self._filtered(select(_r.id), query), query)
        return list(self._session.execute(stmt).scalars())

    def summaries_by_ids(self, ids: Sequence[int]) -> list[RequestSummary]:
        """Rows for these ids, in the order given (ids not found are left out)."""
        if not ids:
            return []
        by_id = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            for row in self._session.execute(select(*SUMMARY_COLUMNS).where(_r.id.in_(chunk))):
                summary = summary_from_row(row)
                by_id[summary.id] = summary
        return [by_id[i] for i in ids if i in by_id]

    @staticmethod
    def _ordered(stmt: Select[Any], query: RequestQuery) -> Select[Any]:
        keys = _SORT_COLUMNS[query.sort]
        if query.newest_first:
            return stmt.order_by(*(k.desc() for k in keys), _r.id.desc())
        return stmt.order_by(*keys, _r.id)

    def count(self, query: RequestQuery) -> int:
        stmt = self._filtered(select(func.count()).select_from(_requests), query)
        return int(self._session.execute(stmt).scalar_one())

    def count_earlier_provisions(self, id_number: str, info_key: str, before_id: int | None) -> int:
        params = {"p_id_number": id_number, "p_info_key": info_key, "p_before": before_id}
        return int(self._session.execute(_EARLIER_PROVISIONS, params).scalar_one())

    def latest_requester(self, id_number: str) -> Requester | None:
        row = self._session.execute(
            select(*_requesters.c)
            .where(_requesters.c.id_number == id_number)
            .order_by(_requesters.c.updated_at.desc(), _requesters.c.id.desc())
            .limit(1)
        ).first()
        return None if row is None else latest_requester_from_row(row)

    # --- helpers ---------------------------------------------------------------------------------

    def _save_requester(self, requester: Requester, overwrite: bool) -> int:
        stmt = _UPSERT_REQUESTER if overwrite else _ENSURE_REQUESTER
        return int(self._session.execute(stmt, requester_values(requester)).scalar_one())

    def _insert_members(self, request_id: int, members: Sequence[Member]) -> None:
        if members:
            self._session.execute(_INSERT_MEMBERS, member_values(request_id, members))

    def _require(self, request_id: int) -> None:
        if self._session.execute(_EXISTS, {"p_id": request_id}).first() is None:
            raise NotFound("yêu cầu", request_id)

    def _load(self, where: ColumnElement[bool]) -> list[Request]:
        """Requests matching ``where`` with members and corrections: three queries, whatever the count."""
        rows = self._session.execute(select(*_requests.c).where(where).order_by(_r.id)).all()
        if not rows:
            return []
        # Few rows: their ids as parameters; many: the same filter again as a subquery (no 32k-bind limit).
        ids: Any = [r.id for r in rows] if len(rows) <= 500 else select(_r.id).where(where)
        members: dict[int, list[Member]] = {}
        for m in self._session.execute(
            select(*MEMBER_COLUMNS).where(_m.request_id.in_(ids)).order_by(_m.request_id, _m.position)
        ):
            members.setdefault(m.request_id, []).append(member_from_row(m))
        corrections: dict[int, list[Correction]] = {}
        for c in self._session.execute(
            select(*_corrections.c).where(_corrections.c.request_id.in_(ids)).order_by(_corrections.c.id)
        ):
            corrections.setdefault(c.request_id, []).append(correction_from_row(c))
        return [request_from_row(r, members.get(r.id, ()), corrections.get(r.id, ())) for r in rows]

    def _filtered(self, stmt: Select[Any], query: RequestQuery) -> Select[Any]:
        conditions = _conditions(query)
        return stmt.where(*conditions) if conditions else stmt


def _conditions(query: RequestQuery) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if query.month is not None and query.year is None:
        raise ValueError("RequestQuery.month needs a year")
    if query.year is not None:
        start, end = _period(query.year, query.month)
        out += [_r.received_on >= start, _r.received_on < end]
    if query.statuses:
        out.append(_r.status.in_([s.value for s in query.statuses]))
    if query.channels:
        out.append(_r.channel.in_([c.value for c in query.channels]))
    dated = (query.due_on_or_before, query.due_after, query.late_on, query.not_late_on, query.late_or_due_by)
    if query.open_only or any(d is not None for d in dated):
        out.append(_r.status.in_(OPEN_STATUSES))
    if query.due_on_or_before is not None:
        out.append(_due_now <= query.due_on_or_before)
    if query.due_after is not None:
        out.append(_due_now > query.due_after)
    if query.late_on is not None:
        out.append(_late(query.late_on))
    if query.not_late_on is not None:
        out.append(~_late(query.not_late_on))
    if query.late_or_due_by is not None:
        today, soon = query.late_or_due_by
        out.append(or_(_late(today), _due_now <= soon))
    if query.notice_pending:
        out.append(_notice_owed())
    if query.rule_set is not None:
        out.append(_r.rule_set_code == query.rule_set)
    if query.valid_from is not None:
        out.append(_r.valid_on >= query.valid_from)
    if query.received_before is not None:
        out.append(_r.received_on < query.received_before)
    if query.figure is not None:
        out.append(figure_condition(query.figure))
    if query.search.strip():
        condition = search_condition(query.search)
        if condition is not None:  # text without a letter or digit filters nothing
            out.append(condition)
    return out


def _notice_owed() -> ColumnElement[bool]:
    return and_(
        _r.notice_due.is_not(None),
        _r.notice_sent_on.is_(None),
        _r.status.in_([s.value for s in NOTICE_OWED_STATUSES]),
    )


def _late(today: date) -> ColumnElement[bool]:
    """domain.request.is_late in SQL (for open requests): due_now passed, or the notice of the time limit."""
    return or_(
        and_(_due_now.is_not(None), _due_now < today),
        and_(_notice_owed(), _r.notice_due < today),
    )


def _period(year: int, month: int | None) -> tuple[date, date]:
    if month is None:
        return date(year, 1, 1), date(year + 1, 1, 1)
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    return date(year, month, 1), (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1))
