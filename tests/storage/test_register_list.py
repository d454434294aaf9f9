"""list() and count(): every RequestQuery field, and the two always agree."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from storage_builders import new_request

from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, Status
from focal_desk.domain.listing import RequestQuery


@pytest.fixture
def register(uow_factory, agency_id) -> dict[str, int]:
    """Eight requests over three months; returns register number -> id."""
    rows = [
        (1, datetime(2026, 1, 30, 16, 0), Status.PROVIDED, Channel.IN_PERSON, date(2026, 2, 10)),
        (2, datetime(2026, 2, 2, 8, 0), Status.VALID, Channel.POSTAL, date(2026, 2, 20)),
        (3, datetime(2026, 2, 2, 8, 0), Status.EXTENDED, Channel.ELECTRONIC, date(2026, 2, 25)),
        (4, datetime(2026, 2, 14, 9, 0), Status.RECEIVED, Channel.FAX, None),
        (5, datetime(2026, 2, 28, 23, 59), Status.REFUSED, Channel.IN_PERSON, date(2026, 3, 2)),
        (6, datetime(2026, 3, 1, 0, 0), Status.AWAITING_SUPPLEMENT, Channel.ELECTRONIC, date(2026, 3, 16)),
        (7, datetime(2026, 3, 3, 10, 0), Status.CORRECTING, Channel.IN_PERSON, date(2026, 3, 5)),
        (8, datetime(2026, 3, 4, 10, 0), Status.WITHDRAWN, Channel.POSTAL, date(2026, 3, 1)),
    ]
    ids = {}
    with uow_factory() as uow:
        for seq, at, status, channel, due in rows:
            r = new_request(
                agency_id,
                seq,
                received_at=at.replace(tzinfo=VN_TZ),
                status=status,
                channel=channel,
                provide_due=due,
            )
            if seq == 3:  # extended: the extension date is the one that counts
                r = replace(r, deadlines=replace(r.deadlines, extended_due=date(2026, 3, 11)))
            ids[r.register_number] = uow.requests.add(r).id
        uow.commit()
    return ids


def numbers(uow_factory, query: RequestQuery) -> list[str]:
    with uow_factory() as uow:
        found = [s.register_number for s in uow.requests.summaries(query)]
        total = uow.requests.count(replace(query, limit=None, offset=0))
    if query.limit is None and not query.offset:
        assert total == len(found)
    return found


def test_newest_first_by_received_at_then_id(uow_factory, register) -> None:
    assert numbers(uow_factory, RequestQuery()) == [f"{n}/2026" for n in (8, 7, 6, 5, 4, 3, 2, 1)]
    oldest = numbers(uow_factory, RequestQuery(newest_first=False))
    assert oldest == [f"{n}/2026" for n in (1, 2, 3, 4, 5, 6, 7, 8)]


def test_month_filter_uses_the_vietnam_date(uow_factory, register) -> None:
    assert numbers(uow_factory, RequestQuery(year=2026, month=2)) == ["5/2026", "4/2026", "3/2026", "2/2026"]
    assert numbers(uow_factory, RequestQuery(year=2026, month=12)) == []
    assert len(numbers(uow_factory, RequestQuery(year=2026))) == 8
    assert numbers(uow_factory, RequestQuery(year=2025)) == []
    with pytest.raises(ValueError):
        numbers(uow_factory, RequestQuery(month=2))


def test_status_and_channel_filters(uow_factory, register) -> None:
    q = RequestQuery(statuses=(Status.VALID, Status.WITHDRAWN), newest_first=False)
    assert numbers(uow_factory, q) == ["2/2026", "8/2026"]
    q = RequestQuery(channels=(Channel.ELECTRONIC,), newest_first=False)
    assert numbers(uow_factory, q) == ["3/2026", "6/2026"]
    q = RequestQuery(channels=(Channel.IN_PERSON,), statuses=(Status.CORRECTING,))
    assert numbers(uow_factory, q) == ["7/2026"]


def test_open_only_and_due_on_or_before(uow_factory, register) -> None:
    q = RequestQuery(open_only=True, newest_first=False)
    assert numbers(uow_factory, q) == ["2/2026", "3/2026", "4/2026", "6/2026", "7/2026"]
    # 3/2026 counts by its extension (11/3), closed 5 and 8 never count, 4 has no deadline yet.
    q = RequestQuery(due_on_or_before=date(2026, 3, 5), newest_first=False)
    assert numbers(uow_factory, q) == ["2/2026", "7/2026"]
    q = RequestQuery(due_on_or_before=date(2026, 3, 11), newest_first=False)
    assert numbers(uow_factory, q) == ["2/2026", "3/2026", "7/2026"]


def test_limit_and_offset_page_through_and_count_ignores_them(uow_factory, register) -> None:
    pages = [numbers(uow_factory, RequestQuery(limit=3, offset=o)) for o in (0, 3, 6)]
    assert pages == [["8/2026", "7/2026", "6/2026"], ["5/2026", "4/2026", "3/2026"], ["2/2026", "1/2026"]]
    assert numbers(uow_factory, RequestQuery(offset=6)) == ["2/2026", "1/2026"]
    with uow_factory() as uow:
        assert uow.requests.count(RequestQuery(limit=2, offset=1, year=2026, month=3)) == 3


def test_summaries_carry_the_register_columns(uow_factory, register) -> None:
    with uow_factory() as uow:
        (summary,) = uow.requests.summaries(RequestQuery(statuses=(Status.EXTENDED,)))
    assert summary.id == register["3/2026"]
    assert summary.received_at == datetime(2026, 2, 2, 8, 0, tzinfo=VN_TZ)
    assert (summary.channel, summary.status) == (Channel.ELECTRONIC, Status.EXTENDED)
    assert summary.requester_name == "Nguyễn Văn Đức" and summary.id_number == "001090012345"
    assert summary.due_now == date(2026, 3, 11)


def test_the_sql_overdue_rule_is_the_domains(uow_factory, agency_id) -> None:
    """RequestQuery.late_on / not_late_on select exactly the requests domain.request.is_late calls overdue:
    every status, with and without a passed date, with a notice owed, missed, sent late or sent on time."""
    from itertools import product

    from focal_desk.domain.request import Deadlines

    today = date(2026, 3, 9)
    notices = [(None, None), (date(2026, 3, 5), None), (date(2026, 3, 5), date(2026, 3, 6)),
               (date(2026, 3, 12), None), (date(2026, 3, 9), None)]
    answers = [None, date(2026, 3, 6), date(2026, 3, 9), date(2026, 3, 20)]
    made = []
    with uow_factory() as uow:
        for seq, (status, (notice_due, sent), answer) in enumerate(product(Status, notices, answers), start=1):
            r = new_request(agency_id, seq, status=status, notice_sent_on=sent,
                            deadlines=Deadlines(notice_due=notice_due, provide_due=answer))
            made.append(uow.requests.add(r))
        uow.commit()
    expected = {r.id for r in made if r.is_late(today)}
    with uow_factory() as uow:
        late = set(uow.requests.ids(RequestQuery(late_on=today)))
        not_late = set(uow.requests.ids(RequestQuery(not_late_on=today)))
    assert 0 < len(expected) < len(made)
    assert late == expected
    assert not_late == {r.id for r in made if r.status.is_open} - expected
