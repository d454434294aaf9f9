"""From the province back (issue 10.4, office side): the year's calendar announcement fetched from a real
loopback server, verified with the province key received at enrollment, applied to the calendar with the open
deadlines recomputed (the report lists the requests that moved); a tampered one is refused and applies
nothing; each is applied once; the same file brought on a stick gives the same result."""

from __future__ import annotations

import copy
import json
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, Complexity, IdType, RequesterKind
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.domain.sync import AnnouncementRejected

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from province_stub import Province  # noqa: E402

NOTICES = [
    {"date": "2026-03-04", "kind": "off", "name_vi": "Nghỉ theo thông báo của tỉnh", "source": "TB số 1/UBND tỉnh"},
    {"date": "2026-03-05", "kind": "off", "name_vi": "Nghỉ theo thông báo của tỉnh", "source": "same"},
]


@pytest.fixture
def province():
    p = Province()
    p.add_office("XA-01", "UBND xã Đạo Trù", "C1")
    yield p
    p.stop()


@pytest.fixture
def sync(app, province):
    s = app.sync()
    s.enroll(province.url, "XA-01", "C1")
    return s


def _open_request(app) -> int:
    r = app.requests.register(RequestDraft(
        requester=Requester(RequesterKind.CITIZEN, "Lê Văn Bình", IdType.CCCD, "001203004561", "Thôn Tây"),
        channel=Channel.IN_PERSON, received_at=datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ),
        info_requested="Kế hoạch", purpose="Tìm hiểu", valid_on=date(2026, 3, 2), complexity=Complexity.COMPLEX,
    ))
    return r.id


def test_a_published_calendar_reaches_the_office_and_moves_the_deadlines(app, sync, province):
    request_id = _open_request(app)
    before = app.requests.get(request_id).due_now
    province.publish_calendar(2026, NOTICES)
    applied = sync.fetch_announcements()
    assert [(a.id, a.kind, a.year, a.days) for a in applied] == [(1, "calendar", 2026, 2)]
    moved = {m.request_id: (m.old_due, m.new_due) for m in applied[0].report.moved}
    after = app.requests.get(request_id).due_now
    assert after > before and moved[request_id] == (before, after)
    cal = app.calendar.calendar_covering(date(2026, 3, 4))
    assert not cal.info(date(2026, 3, 4)).working and not cal.info(date(2026, 3, 5)).working
    assert sync.fetch_announcements() == []  # applied once


def test_a_tampered_announcement_is_refused_and_nothing_applies(app, sync, province):
    request_id = _open_request(app)
    before = app.requests.get(request_id).due_now
    signed = province.publish_calendar(2026, NOTICES)
    province.announcements[0] = forged = copy.deepcopy(signed)
    forged["content"]["notices"].append(
        {"date": "2026-03-06", "kind": "off", "name_vi": "Thêm", "source": "giả"})
    with pytest.raises(AnnouncementRejected, match="Chữ ký"):
        sync.fetch_announcements()
    assert app.requests.get(request_id).due_now == before
    assert app.calendar.calendar_covering(date(2026, 3, 4)).info(date(2026, 3, 4)).working
    province.announcements[0] = signed  # the genuine one is fetched again: the cursor did not move
    assert [a.id for a in sync.fetch_announcements()] == [1]


def test_the_same_announcement_from_a_file(app, sync, province):
    _open_request(app)
    signed = province.publish_calendar(2026, NOTICES)
    data = json.dumps(signed, ensure_ascii=False).encode("utf-8")
    with pytest.raises(AnnouncementRejected):
        sync.import_announcement(data.replace("Nghỉ".encode(), b"Nghi", 1))
    applied = sync.import_announcement(data)
    assert applied is not None and applied.days == 2 and applied.report.moved
    assert sync.import_announcement(data) is None
    assert sync.fetch_announcements() == []  # the server's copy is the one already applied
