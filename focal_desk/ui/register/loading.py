"""The register's query job: ids of the current filter and sort, plus the pages the officer will see first.

Runs off the GUI thread (a job); only services are called here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ...domain.listing import RequestQuery, RequestSummary, SortKey
from ...services.desk import Desk
from ...services.todo import Urgency
from .filter_bar import Filters
from .model import PAGE_SIZE

VISIBLE_ROWS_GUESS = 60  # rows a tall window shows below an anchor: fetch their page too


@dataclass(frozen=True)
class Loaded:
    ids: list[int]
    pages: dict[int, list[RequestSummary]]
    urgency: Urgency
    total: int  # requests in the register, whatever the filter
    months: list[tuple[int, int]]  # (year, month) from the oldest to the newest request received
    anchor_row: int  # row of the anchor id in ids, or -1
    filters: Filters
    count: int  # rows matching; more than len(ids) when only the first page's ids are known yet
    query: RequestQuery


def build_query(filters: Filters, urgency: Urgency, sort: SortKey, newest_first: bool) -> RequestQuery:
    return RequestQuery(
        year=filters.year,
        month=filters.month,
        statuses=filters.statuses,
        channels=filters.channels,
        search=filters.search,
        late_or_due_by=(urgency.today, urgency.soon) if filters.due_soon else None,
        figure=filters.figure,
        sort=sort,
        newest_first=newest_first,
    )


def months_between(first: date, last: date) -> list[tuple[int, int]]:
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _months_and_total(desk: Desk, filters: Filters, matching: int) -> tuple[list[tuple[int, int]], int]:
    requests = desk.requests
    total = matching if not filters.active else requests.count(RequestQuery())
    oldest = requests.summaries(RequestQuery(sort=SortKey.RECEIVED, newest_first=False, limit=1))
    newest = requests.summaries(RequestQuery(sort=SortKey.RECEIVED, newest_first=True, limit=1))
    if not (oldest and newest):
        return [], total
    return months_between(oldest[0].received_at.date(), newest[0].received_at.date()), total


def load_first_page(desk: Desk, filters: Filters, sort: SortKey, newest_first: bool) -> Loaded:
    """The first page and the count only: the window shows rows at once, whatever the register's size;
    the whole id list (``load_ids``) follows."""
    if not filters.active and sort is SortKey.RECEIVED and newest_first:
        quick = desk.quick.first_page(PAGE_SIZE)  # plain reads: no ORM before the first paint
        if quick is not None:
            query = build_query(filters, quick.urgency, sort, newest_first)
            months = months_between(quick.oldest.date(), quick.rows[0].received_at.date()) if quick.rows else []
            ids = [s.id for s in quick.rows]
            return Loaded(ids, {0: quick.rows}, quick.urgency, quick.total, months, -1, filters, quick.total, query)
    urgency = desk.todo.urgency()
    query = build_query(filters, urgency, sort, newest_first)
    first = desk.requests.summaries(replace(query, limit=PAGE_SIZE))
    count = len(first) if len(first) < PAGE_SIZE else desk.requests.count(query)
    months, total = _months_and_total(desk, filters, count)
    return Loaded([s.id for s in first], {0: first}, urgency, total, months, -1, filters, count, query)


def load_ids(desk: Desk, query: RequestQuery) -> list[int]:
    return desk.requests.ids(query)


def load_register(
    desk: Desk,
    filters: Filters,
    sort: SortKey,
    newest_first: bool,
    anchor_id: int | None = None,
    hint_rows: tuple[int, ...] = (),
) -> Loaded:
    requests = desk.requests
    urgency = desk.todo.urgency()
    query = build_query(filters, urgency, sort, newest_first)
    ids = requests.ids(query)
    anchor_row = -1
    if anchor_id is not None:
        try:
            anchor_row = ids.index(anchor_id)
        except ValueError:
            anchor_row = -1
    rows = [r for r in (anchor_row, *hint_rows, 0) if 0 <= r < len(ids)][:2]
    pages = sorted({p for r in rows for p in (r // PAGE_SIZE, min(r + VISIBLE_ROWS_GUESS, len(ids) - 1) // PAGE_SIZE)})
    wanted = [i for p in pages for i in ids[p * PAGE_SIZE : (p + 1) * PAGE_SIZE]]
    summaries = requests.summaries_by_ids(wanted)
    fetched = {p: summaries for p in pages}  # the model picks each page's rows by id
    months, total = _months_and_total(desk, filters, len(ids))
    return Loaded(ids, fetched, urgency, total, months, anchor_row, filters, len(ids), query)
