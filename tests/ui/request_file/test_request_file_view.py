"""The request file shows what the services hold: fields, edits in the timeline, deadlines and why."""

from __future__ import annotations

from datetime import date

from focal_desk.domain.calendar import DayKind
from focal_desk.domain.enums import Channel, Complexity, Status
from focal_desk.domain.workflow import Action
from focal_desk.ui.request_file import attachments as attachments_module
from focal_desk.ui.request_file.actions import enabled_actions


def buttons_on(file) -> set[Action]:
    return {a for a, b in file.actions.buttons.items() if b.isEnabled() and b.isVisibleTo(file)}


def test_an_edit_of_the_purpose_is_saved_and_appears_in_the_timeline(qtbot, desk, make_request, open_file):
    r = make_request()
    file = open_file(r.id)
    panel = file.fields
    assert panel.w["purpose"].isReadOnly()
    panel.edit_button.click()
    assert panel.editing and not panel.w["purpose"].isReadOnly()
    panel.w["purpose"].setPlainText("Làm hồ sơ xin cấp giấy chứng nhận")
    panel.w["info_requested"].setPlainText("")
    panel.save_button.click()  # empty information requested: the service says so beside the field
    qtbot.waitUntil(lambda: panel.err["info_requested"].isVisibleTo(panel), timeout=5000)
    assert desk.requests.get(r.id).purpose == "Kiểm tra ranh giới thửa đất"
    panel.w["info_requested"].setPlainText("Quyết định giao đất năm 2020")
    with qtbot.waitSignal(file.changed, timeout=5000):
        panel.save_button.click()
    qtbot.waitUntil(lambda: file.request.purpose == "Làm hồ sơ xin cấp giấy chứng nhận", timeout=5000)
    assert not panel.editing and desk.requests.get(r.id).purpose == "Làm hồ sơ xin cấp giấy chứng nhận"
    last = file.timeline.rowCount() - 1
    assert file.timeline.index(last, file.timeline.WHAT).data() == "Edited"
    changes = file.timeline.index(last, file.timeline.CHANGES).data()
    assert changes == "Purpose: Kiểm tra ranh giới thửa đất → Làm hồ sơ xin cấp giấy chứng nhận"


def test_edit_is_not_offered_once_closed(qtbot, desk, make_request, open_file):
    r = make_request()
    desk.requests.withdraw(r.id, "")
    file = open_file(r.id)
    assert not file.fields.edit_button.isEnabled()
    file.fields.set_editing(True)
    assert not file.fields.editing and file.fields.w["purpose"].isReadOnly()


def test_explain_shows_the_rule_set_and_each_skipped_day(qtbot, make_request, open_file, qtmodeltester):
    r = make_request(channel=Channel.ELECTRONIC, received=date(2026, 2, 12), valid_on=date(2026, 2, 13),
                     complexity=Complexity.SIMPLE)
    file = open_file(r.id)
    assert file.due.text() == "Overdue since 25/02/2026"
    file.explain_button.click()
    text = file.explain_dialog.plain_text()
    assert "Luật Tiếp cận thông tin 104/2016/QH13" in text
    assert "17/02/2026 — Tết Nguyên đán Bính Ngọ" in text and "14/02/2026 — Thứ Bảy" in text
    assert "25/02/2026" in file.explain_dialog.heading.text()
    qtmodeltester.check(file.deadlines)
    assert file.deadlines.rowCount() == 1 and file.deadlines.index(0, 1).data() == "25/02/2026"
    qtmodeltester.check(file.timeline)


def test_only_the_actions_the_state_allows_are_offered(qtbot, desk, make_request, open_file):
    received = open_file(make_request().id)
    assert buttons_on(received) == {Action.REQUEST_SUPPLEMENT, Action.MARK_VALID, Action.TRANSFER, Action.WITHDRAW}

    simple = open_file(make_request(valid_on=date(2026, 2, 26), complexity=Complexity.SIMPLE).id)
    assert buttons_on(simple) == {Action.PROVIDE, Action.REFUSE, Action.TRANSFER, Action.WITHDRAW}

    complex_ = open_file(make_request(valid_on=date(2026, 2, 26), complexity=Complexity.COMPLEX, reason="x").id)
    assert buttons_on(complex_) == {Action.SEND_NOTICE, Action.EXTEND, Action.PROVIDE, Action.REFUSE,
                                    Action.TRANSFER, Action.WITHDRAW}
    assert buttons_on(complex_) == enabled_actions(complex_.request)

    r = make_request(valid_on=date(2026, 2, 26), complexity=Complexity.SIMPLE)
    desk.requests.provide(r.id, "Bản sao")
    provided = open_file(r.id)
    assert provided.request.status is Status.PROVIDED
    assert buttons_on(provided) == {Action.OPEN_CORRECTION}


def test_a_calendar_change_after_the_notice_is_flagged_and_repeats_are_shown(qtbot, desk, make_request, open_file):
    r = make_request(valid_on=date(2026, 2, 26), complexity=Complexity.COMPLEX, reason="Nhiều hồ sơ")
    desk.requests.send_notice(r.id)
    desk.calendar.add_day(date(2026, 3, 10), DayKind.OFF, "Nghỉ bù theo thông báo", "UBND tỉnh")
    file = open_file(r.id)
    assert file.request.deadline_flag
    assert file.flag.isVisibleTo(file) and file.request.deadline_flag in file.flag.text()
    assert file.deadlines.index(file.deadlines.rowCount() - 1, 0).data() == "Date printed on the notice"

    desk.requests.provide(r.id, "Bản sao")
    again = open_file(make_request().id)  # same person, same information, already provided once
    assert again.request.repeat_count == 1
    assert "1 time" in again.flag.text() and "28.1.d" in again.flag.text()


def test_attachments_are_listed_and_opened(qtbot, desk, make_request, open_file, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(attachments_module.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    scan = tmp_path / "don-yeu-cau.pdf"
    scan.write_bytes(b"%PDF-1.4\n% don yeu cau\n%%EOF\n")
    r = make_request()
    stored = desk.attachments.add(r.id, scan)
    file = open_file(r.id)
    panel = file.attachments
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=5000)
    assert panel.list.item(0).text() == "don-yeu-cau.pdf"
    panel.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert opened[0].toLocalFile() == str(desk.attachments.path_of(stored))
