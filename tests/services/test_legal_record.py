"""Issue 6, "the legal record must be right": corrections (Đ32), missed notices, Đ28.1.d refusals and the
rule-set caveat, through the real services on a real SQLite file."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from focal_desk.domain.calendar import DayKind
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, Complexity, CorrectionKind, IdType, RequesterKind, Status
from focal_desk.domain.errors import ValidationError
from focal_desk.domain.listing import RequestQuery
from focal_desk.domain.refusal import RefusalGround
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester

PERSON = Requester(
    kind=RequesterKind.CITIZEN,
    full_name="Nguyễn Văn Đức",
    id_type=IdType.CCCD,
    id_number="001203004567",
    address="Thôn Đông, xã Đạo Trù",
    email="duc.nguyen@gmail.com",
)
INFO = "Quyết định phê duyệt quy hoạch sử dụng đất xã"


def register(app, *, channel=Channel.IN_PERSON, received=date(2026, 3, 2), valid_on=None, complexity=None,
             info=INFO, requester=PERSON):
    return app.requests.register(
        RequestDraft(
            requester=requester,
            channel=channel,
            received_at=datetime(received.year, received.month, received.day, 8, 15, tzinfo=VN_TZ),
            info_requested=info,
            purpose="Tìm hiểu quyền lợi của gia đình",
            valid_on=valid_on,
            complexity=complexity,
            complexity_reason="Cần tập hợp từ nhiều bộ phận" if complexity is Complexity.COMPLEX else "",
        )
    )


def at(clock, y, m, d):
    clock.set(datetime(y, m, d, 9, 0, tzinfo=VN_TZ))


# --- item 9: corrections (Đ32) -----------------------------------------------------------------------------


def test_a_calendar_change_moves_an_open_corrections_date_in_the_register_and_the_report(app):
    r = register(app, valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE)
    app.requests.provide(r.id, "Bản sao", on=date(2026, 3, 2))
    r = app.requests.open_correction(r.id, CorrectionKind.AGENCY_FOUND, "Sai số liệu diện tích", on=date(2026, 3, 2))
    assert r.due_now == date(2026, 3, 9)  # 5 working days

    report = app.calendar.add_day(date(2026, 3, 4), DayKind.OFF, "Nghỉ do bão số 1", "Quyết định 12/QĐ-UBND")

    assert app.requests.get(r.id).corrections[0].due == date(2026, 3, 10)
    (row,) = app.requests.summaries(RequestQuery(statuses=(Status.CORRECTING,)))
    assert row.due_now == date(2026, 3, 10)  # the register's stored date moved with the correction
    assert app.requests.count(RequestQuery(due_on_or_before=date(2026, 3, 9))) == 0
    moved = {m.register_number: m for m in report.moved}
    assert (moved[r.register_number].old_due, moved[r.register_number].new_due) == (date(2026, 3, 9), date(2026, 3, 10))
    assert not moved[r.register_number].flagged
    last = app.requests.history(r.id)[-1]
    assert last.action == "recompute" and last.changes["due_now"] == ["2026-03-09", "2026-03-10"]
    # An answered request's own deadlines are history: the calendar change did not rewrite them.
    assert app.requests.get(r.id).deadlines == r.deadlines


def test_closing_a_correction_returns_a_partly_provided_request_and_keeps_its_provision_date(app, clock):
    r = register(app, valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE)
    app.requests.provide(r.id, "Bản sao", partial=True, on=date(2026, 3, 2), detail="Bản đồ thuộc bí mật")
    at(clock, 2026, 3, 4)
    app.requests.open_correction(r.id, CorrectionKind.REQUESTER_CLAIM, "Sai tên chủ sử dụng", on=date(2026, 3, 3))
    at(clock, 2026, 3, 6)
    r = app.requests.close_correction(r.id, "Đã đính chính và cung cấp lại", on=date(2026, 3, 6))

    assert r.status is Status.PARTIALLY_PROVIDED  # not "provided": only part was ever provided
    assert r.closed_on == date(2026, 3, 2)  # the provision date stays
    (c,) = r.corrections
    assert (c.opened_on, c.closed_on, c.prior_status) == (date(2026, 3, 3), date(2026, 3, 6), Status.PARTIALLY_PROVIDED)
    assert app.requests.get(r.id) == r
    last = app.requests.history(r.id)[-1]
    assert last.action == "close_correction" and last.changes["status"] == ["correcting", "partially_provided"]
    assert "closed_on" not in last.changes


def test_a_fully_provided_request_returns_to_provided_and_can_be_corrected_again(app, clock):
    r = register(app, valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE)
    app.requests.provide(r.id, "Bản sao", on=date(2026, 3, 2))
    at(clock, 2026, 3, 9)
    app.requests.open_correction(r.id, CorrectionKind.AGENCY_FOUND, "Sai số thửa", on=date(2026, 3, 3))
    r = app.requests.close_correction(r.id, "Đã cung cấp lại", on=date(2026, 3, 4))
    assert (r.status, r.closed_on) == (Status.PROVIDED, date(2026, 3, 2))
    app.requests.open_correction(r.id, CorrectionKind.REQUESTER_CLAIM, "Sai ngày ký", on=date(2026, 3, 5))
    with pytest.raises(ValidationError):  # a correction cannot close before it was opened
        app.requests.close_correction(r.id, "Đã trả lời", on=date(2026, 3, 4))
    r = app.requests.close_correction(r.id, "Đã trả lời", on=date(2026, 3, 9))
    assert (r.status, r.closed_on, len(r.corrections)) == (Status.PROVIDED, date(2026, 3, 2), 2)


# --- item 11: a missed notice of the time limit is overdue ------------------------------------------------


def test_a_missed_notice_makes_the_request_overdue_everywhere_and_a_late_notice_is_marked(app, clock):
    r = register(app, channel=Channel.ELECTRONIC, valid_on=date(2026, 3, 2), complexity=Complexity.COMPLEX)
    assert (r.deadlines.notice_due, r.deadlines.provide_due) == (date(2026, 3, 5), date(2026, 3, 23))
    on_time = register(app, channel=Channel.POSTAL, valid_on=date(2026, 3, 2), complexity=Complexity.COMPLEX,
                       requester=Requester(RequesterKind.CITIZEN, "Lê Thị Mai", IdType.CCCD, "001203004568", "Thôn Tây"))
    at(clock, 2026, 3, 9)  # the notice was due on 05/03 and was not sent; the answer is due on 23/03
    app.requests.send_notice(on_time.id, on=date(2026, 3, 3))
    todo_service = app.desk().todo

    todo = todo_service.todo()
    assert [s.id for s in todo.overdue] == [r.id]
    assert r.id not in [s.id for s in (*todo.due_today, *todo.due_soon, *todo.notices_to_send)]
    assert todo_service.overdue_count() == 1
    assert todo.urgency.of(todo.overdue[0]) == "overdue"
    register_filter = RequestQuery(late_or_due_by=(todo.urgency.today, todo.urgency.soon))
    assert app.requests.ids(register_filter) == [r.id]
    assert app.requests.get(r.id).is_late(date(2026, 3, 9)) and not app.requests.get(on_time.id).is_late(date(2026, 3, 9))

    r = app.requests.send_notice(r.id, on=date(2026, 3, 9))
    assert r.notice_late and not app.requests.get(on_time.id).notice_late
    assert app.requests.history(r.id)[-1].changes["notice_late"] == [None, "2026-03-05"]
    assert todo_service.overdue_count() == 0  # the notice is out: nothing is owed before 23/03


# --- item 12: Đ28.1.d needs two earlier provisions ----------------------------------------------------------


def test_refusing_as_a_repeat_needs_two_earlier_provisions_or_the_officers_reason(app):
    first = register(app, valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE)
    with pytest.raises(ValidationError) as info:
        app.requests.refuse(first.id, RefusalGround.D, "Đã cung cấp 02 lần")
    assert set(info.value.errors) == {"earlier_provisions_note"}
    assert "02 lần" in info.value.errors["earlier_provisions_note"]
    assert app.requests.get(first.id).status is Status.VALID  # nothing written

    r = app.requests.refuse(first.id, RefusalGround.D, "Đã cung cấp 02 lần",
                            earlier_provisions="Sổ giấy năm 2024: cung cấp ngày 05/03/2024 và 12/08/2024")
    assert r.status is Status.REFUSED and r.refusal_ground is RefusalGround.D
    assert app.requests.get(r.id).earlier_provisions_note.startswith("Sổ giấy năm 2024")


def test_two_provisions_in_the_register_are_enough_for_a_repeat_refusal(app):
    for _ in range(2):
        done = register(app, valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE)
        app.requests.provide(done.id, "Bản sao")
    third = register(app, valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE)
    assert third.repeat_count == 2
    r = app.requests.refuse(third.id, RefusalGround.D, "Đã cung cấp 02 lần, không có lý do chính đang")
    assert r.status is Status.REFUSED and r.earlier_provisions_note == ""
    other = register(app, valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE, info="Danh sách hộ nghèo")
    with pytest.raises(ValidationError):  # other information: nothing provided before
        app.requests.refuse(other.id, RefusalGround.D, "Đã cung cấp")
    assert app.requests.refuse(other.id, RefusalGround.B, "Đã niêm yết").status is Status.REFUSED


# --- item 13: the amended law's caveat ------------------------------------------------------------------------


def test_the_amended_law_caveat_is_reported_once_for_the_register_when_a_request_is_affected(app, clock):
    register(app, valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE)
    assert app.requests.caveats_in_register() == []
    at(clock, 2026, 9, 2)
    for _ in range(2):
        register(app, received=date(2026, 9, 1), valid_on=date(2026, 9, 1), complexity=Complexity.SIMPLE)
    (caveat,) = app.requests.caveats_in_register()
    assert "sửa đổi" in caveat and "01/09/2026" in caveat
