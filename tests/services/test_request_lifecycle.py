from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from focal_desk.domain.calendar import DayKind
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import (
    Channel,
    Complexity,
    CorrectionKind,
    IdType,
    ProvisionForm,
    RequesterKind,
    Status,
)
from focal_desk.domain.errors import IllegalTransition, ValidationError
from focal_desk.domain.listing import RequestQuery
from focal_desk.domain.refusal import RefusalGround
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester


def draft(**kw) -> RequestDraft:
    requester = Requester(
        kind=RequesterKind.CITIZEN,
        full_name="Nguyễn Văn Đức",
        id_type=IdType.CCCD,
        id_number="001203004567",
        address="Thôn Đông, xã Đạo Trù",
        email="duc.nguyen@gmail.com",
    )
    base = dict(
        requester=requester,
        channel=Channel.IN_PERSON,
        received_at=datetime(2026, 3, 2, 8, 15, tzinfo=VN_TZ),
        info_requested="Quyết định phê duyệt quy hoạch sử dụng đất xã",
        purpose="Tìm hiểu quyền lợi của gia đình",
    )
    base.update(kw)
    return RequestDraft(**base)


def test_walk_in_simple_request_is_due_the_same_day_and_audited(app):
    r = app.requests.register(draft(valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE))
    assert r.register_number == "1/2026" and r.status is Status.VALID
    assert r.deadlines.provide_due == date(2026, 3, 2) and r.deadlines.rule_set == "luat-104-2016"
    history = app.requests.history(r.id)
    assert [e.action for e in history] == ["register", "mark_valid"]
    assert history[0].actor == f"can_bo_test (máy: {app.officer.login})"
    assert history[0].changes["requester.full_name"] == [None, "Nguyễn Văn Đức"]
    assert history[1].changes["status"] == ["received", "valid"]


def test_register_numbers_count_per_year_and_are_never_reused(app):
    a = app.requests.register(draft())
    app.requests.withdraw(a.id, "Không còn nhu cầu")
    b = app.requests.register(draft())
    c = app.requests.register(draft(received_at=datetime(2025, 12, 30, 9, 0, tzinfo=VN_TZ)))
    assert [a.register_number, b.register_number, c.register_number] == ["1/2026", "2/2026", "1/2025"]


def test_bad_input_writes_nothing(app):
    with pytest.raises(ValidationError) as info:
        app.requests.register(
            draft(
                info_requested=" ",
                received_at=datetime(2026, 3, 3, 8, 0, tzinfo=VN_TZ),  # tomorrow
                requester=replace(draft().requester, id_number="12345"),
            )
        )
    assert {"info_requested", "received_at", "id_number"} <= set(info.value.errors)
    assert app.requests.count(RequestQuery()) == 0
    assert app.requests.register(draft()).register_number == "1/2026"  # no number was consumed


def test_electronic_complex_request_through_notice_extension_and_provision(app, clock):
    r = app.requests.register(
        draft(channel=Channel.ELECTRONIC, provision_form=ProvisionForm.EMAIL,
              received_at=datetime(2026, 2, 12, 14, 0, tzinfo=VN_TZ))
    )
    assert r.status is Status.RECEIVED and r.deadlines.provide_due is None
    r = app.requests.request_supplement(r.id, "Ghi rõ số hiệu văn bản", on=date(2026, 2, 12))
    assert r.status is Status.AWAITING_SUPPLEMENT
    r = app.requests.mark_valid(r.id, date(2026, 2, 13), Complexity.COMPLEX, "Cần tập hợp từ nhiều bộ phận")
    # Valid Fri 13/02/2026: Tết 16–20/02; +3 WD = Wed 25/02; +15 WD = Fri 13/03/2026.
    assert (r.deadlines.notice_due, r.deadlines.provide_due) == (date(2026, 2, 25), date(2026, 3, 13))
    r = app.requests.send_notice(r.id, on=date(2026, 2, 24))
    assert r.notice_sent_on == date(2026, 2, 24) and r.printed_due == date(2026, 3, 13)
    r = app.requests.extend(r.id, "Cần ý kiến của Sở Tài chính", on=date(2026, 3, 2))
    # 13/03 + 15 days = Sat 28/03/2026 → Mon 30/03/2026 (Civil Code Art. 148).
    assert r.status is Status.EXTENDED and r.deadlines.extended_due == date(2026, 3, 30)
    assert r.printed_due == date(2026, 3, 30)
    with pytest.raises(IllegalTransition):
        app.requests.extend(r.id, "lần hai", on=date(2026, 3, 2))
    r = app.requests.provide(r.id, "Gửi tệp qua thư điện tử", on=date(2026, 3, 2))
    assert r.status is Status.PROVIDED and r.closed_on == date(2026, 3, 2)
    actions = [e.action for e in app.requests.history(r.id)]
    assert actions == ["register", "request_supplement", "mark_valid", "send_notice", "extend", "provide"]


def test_extension_refused_after_the_deadline_and_for_simple_requests(app, clock):
    r = app.requests.register(
        draft(channel=Channel.POSTAL, received_at=datetime(2026, 2, 2, 9, 0, tzinfo=VN_TZ),
              valid_on=date(2026, 2, 2), complexity=Complexity.COMPLEX)
    )
    assert r.deadlines.provide_due == date(2026, 3, 2)  # 15 WD skipping Tết 16–20/02
    clock.set(datetime(2026, 3, 3, 9, 0, tzinfo=VN_TZ))
    with pytest.raises(IllegalTransition, match="quá thời hạn"):
        app.requests.extend(r.id, "Muộn", on=date(2026, 3, 3))
    s = app.requests.register(draft(valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE))
    with pytest.raises(IllegalTransition):
        app.requests.extend(s.id, "Không được", on=date(2026, 3, 2))


def test_refusal_records_its_ground(app):
    r = app.requests.register(draft(valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE))
    with pytest.raises(ValidationError):
        app.requests.refuse(r.id, RefusalGround.B, "  ")
    r = app.requests.refuse(r.id, RefusalGround.B, "Đã niêm yết tại trụ sở UBND xã")
    assert r.status is Status.REFUSED and r.refusal_ground is RefusalGround.B
    assert "Điều 17" in r.refusal_ground.text_vi
    with pytest.raises(IllegalTransition):
        app.requests.provide(r.id, "Bản sao")


def test_repeat_requests_are_counted(app):
    for _ in range(2):
        r = app.requests.register(draft(valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE))
        app.requests.provide(r.id, "Bản sao")
    third = app.requests.register(draft(info_requested="  quyết định phê duyệt QUY HOẠCH sử dụng đất xã "))
    assert third.repeat_count == 2
    other = app.requests.register(draft(info_requested="Danh sách hộ nghèo"))
    assert other.repeat_count == 0


def test_calendar_change_recomputes_open_deadlines_but_never_moves_a_printed_date(app):
    a = app.requests.register(draft(channel=Channel.POSTAL, valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE))
    b = app.requests.register(
        draft(channel=Channel.ELECTRONIC, valid_on=date(2026, 3, 2), complexity=Complexity.COMPLEX)
    )
    b = app.requests.send_notice(b.id, on=date(2026, 3, 2))
    assert a.deadlines.provide_due == date(2026, 3, 9)
    assert b.printed_due == date(2026, 3, 23)
    report = app.calendar.add_day(date(2026, 3, 4), DayKind.OFF, "Nghỉ do bão số 1", "Quyết định 12/QĐ-UBND")
    moved = {m.register_number: m for m in report.moved}
    assert moved[a.register_number].new_due == date(2026, 3, 10) and not moved[a.register_number].flagged
    assert moved[b.register_number].flagged
    a2, b2 = app.requests.get(a.id), app.requests.get(b.id)
    assert a2.deadlines.provide_due == date(2026, 3, 10)
    assert "04/03/2026 — Nghỉ do bão số 1" in "\n".join(a2.deadlines.explain)
    assert b2.deadlines.provide_due == date(2026, 3, 23) and "24/03/2026" in b2.deadline_flag
    assert [e.action for e in app.requests.history(b.id)][-1] == "recompute"


def test_corrections_run_on_their_own_clock(app):
    r = app.requests.register(draft(valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE))
    app.requests.provide(r.id, "Bản sao", on=date(2026, 3, 2))
    r = app.requests.open_correction(r.id, CorrectionKind.AGENCY_FOUND, "Sai số liệu diện tích", on=date(2026, 3, 2))
    assert r.status is Status.CORRECTING
    (c,) = r.corrections
    assert c.due == date(2026, 3, 9) and c.closed_on is None
    # While correcting, what is owed next is the correction (not the original same-day deadline).
    assert r.due_now == date(2026, 3, 9)
    (row,) = app.requests.summaries(RequestQuery(statuses=(Status.CORRECTING,)))
    assert row.due_now == date(2026, 3, 9)
    assert app.requests.count(RequestQuery(due_on_or_before=date(2026, 3, 8))) == 0
    r = app.requests.close_correction(r.id, "Đã cung cấp lại", on=date(2026, 3, 2))
    assert r.status is Status.PROVIDED and r.corrections[0].closed_on == date(2026, 3, 2)


def test_edits_are_audited_and_blocked_when_closed(app):
    r = app.requests.register(draft())
    r = app.requests.edit(r.id, purpose="Khiếu nại quyết định thu hồi đất")
    last = app.requests.history(r.id)[-1]
    assert last.action == "edit" and last.changes == {"purpose": ["Tìm hiểu quyền lợi của gia đình", "Khiếu nại quyết định thu hồi đất"]}
    app.requests.withdraw(r.id, "")
    with pytest.raises(IllegalTransition):
        app.requests.edit(r.id, purpose="x")


def test_search_through_the_service_is_accent_insensitive(app):
    app.requests.register(draft())
    app.requests.register(draft(requester=replace(draft().requester, full_name="Trần Thị Hằng", id_number="001203009999")))
    found = app.requests.summaries(RequestQuery(search="nguyen van duc"))
    assert [s.requester_name for s in found] == ["Nguyễn Văn Đức"]
    assert [s.requester_name for s in app.requests.summaries(RequestQuery(search="HANG"))] == ["Trần Thị Hằng"]


def test_a_name_search_needs_every_word_in_the_name_not_spread_over_fields(app):
    app.requests.register(draft(requester=replace(draft().requester, full_name="Nguyễn Thanh Trung"),
                                info_requested="Kế hoạch phòng chống thiên tai"))
    app.requests.register(draft(requester=replace(draft().requester, full_name="Nguyễn Thị Lan",
                                                  id_number="001203009998")))
    assert [s.requester_name for s in app.requests.summaries(RequestQuery(search="nguyen thi"))] == ["Nguyễn Thị Lan"]
    assert len(app.requests.summaries(RequestQuery(search="thien tai"))) == 1
