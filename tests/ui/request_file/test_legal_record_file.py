"""Issue 6 items 9, 11, 12 and 13 in the request file: a correction returns to the state before it, a late
notice is marked late, a Đ28.1.d refusal asks where the earlier provisions are, the amended-law caveat sits
in the header."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate

from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, Complexity, CorrectionKind, Status
from focal_desk.domain.refusal import RefusalGround
from focal_desk.domain.workflow import Action
from focal_desk.ui.request_file import action_dialogs as d


def act(file, action: Action, expected_type):
    file.actions.buttons[action].click()
    dialog = file.action_dialog
    assert isinstance(dialog, expected_type) and dialog.isVisible()
    return dialog


def confirm(qtbot, file, dialog, until):
    with qtbot.waitSignal(file.changed, timeout=5000):
        dialog.confirm.click()
    qtbot.waitUntil(lambda: until(file.request), timeout=5000)


def deadline_rows(file) -> list[list[str]]:
    m = file.deadlines
    return [[m.index(r, c).data() for c in range(3)] for r in range(m.rowCount())]


def test_closing_a_correction_of_a_partly_provided_request_keeps_it_partly_provided(qtbot, desk, make_request,
                                                                                     open_file):
    r = make_request(valid_on=date(2026, 2, 26), complexity=Complexity.SIMPLE)
    desk.requests.provide(r.id, "Bản sao", partial=True, on=date(2026, 2, 26), detail="Bản đồ thuộc bí mật")
    desk.requests.open_correction(r.id, CorrectionKind.AGENCY_FOUND, "Sai số liệu", on=date(2026, 2, 27))
    file = open_file(r.id)
    assert file.due.text() == "Correction due: 06/03/2026"
    assert ["Correction (Article 32)", "06/03/2026", "current deadline"] in deadline_rows(file)

    dlg = act(file, Action.CLOSE_CORRECTION, d.CloseCorrectionDialog)
    assert '"Partly provided"' in dlg.intro.text()
    dlg.outcome.setPlainText("Đã cung cấp lại phần đã đính chính")
    confirm(qtbot, file, dlg, lambda req: req.status is not Status.CORRECTING)

    stored = desk.requests.get(r.id)
    assert (stored.status, stored.closed_on) == (Status.PARTIALLY_PROVIDED, date(2026, 2, 26))
    assert stored.corrections[0].closed_on == date(2026, 3, 2)
    assert file.status.text() == "Partly provided"


def test_a_notice_sent_after_its_date_is_marked_late_in_the_file_and_the_timeline(qtbot, desk, make_request,
                                                                                   open_file):
    r = make_request(channel=Channel.POSTAL, received=date(2026, 2, 23), valid_on=date(2026, 2, 23),
                     complexity=Complexity.COMPLEX, reason="Nhiều hồ sơ")
    file = open_file(r.id)
    assert "Notice of the time limit overdue since 26/02/2026" in file.due.text()  # not sent, date passed
    assert ["Written notice of the time limit", "26/02/2026", "not sent yet: overdue"] in deadline_rows(file)

    dlg = act(file, Action.SEND_NOTICE, d.SendNoticeDialog)
    assert dlg.warning.isVisibleTo(dlg) and "26/02/2026" in dlg.warning.text()
    confirm(qtbot, file, dlg, lambda req: req.notice_sent_on == date(2026, 3, 2))

    assert desk.requests.get(r.id).notice_late
    assert ["Written notice of the time limit", "26/02/2026", "sent on 02/03/2026, late"] in deadline_rows(file)
    assert "sent late: on 02/03/2026, due by 26/02/2026" in file.flag.text() and file.flag.isVisibleTo(file)
    assert "Overdue" not in file.due.text()  # nothing is owed before the answer's date now
    timeline = file.timeline
    last = timeline.index(timeline.rowCount() - 1, timeline.CHANGES).data()
    assert "Sent late; the notice was due by: 26/02/2026" in last


def test_a_repeat_refusal_asks_where_the_earlier_provisions_are(qtbot, desk, make_request, open_file):
    r = make_request(valid_on=date(2026, 2, 26), complexity=Complexity.SIMPLE)
    assert r.repeat_count == 0
    file = open_file(r.id)
    dlg = act(file, Action.REFUSE, d.RefuseDialog)
    dlg.ground.setCurrentIndex(list(RefusalGround).index(RefusalGround.D))
    assert dlg.earlier.isEnabled() and "The register shows 0" in dlg.intro.text()
    dlg.detail.setPlainText("Đã cung cấp 02 lần")
    dlg.submit()
    label = dlg._error_labels["earlier_provisions_note"]
    qtbot.waitUntil(lambda: label.isVisibleTo(dlg), timeout=5000)
    assert "02 lần" in label.text()
    assert desk.requests.get(r.id).status is Status.VALID  # nothing written

    dlg.earlier.setPlainText("Sổ giấy: đã cung cấp ngày 05/03/2024 và 12/08/2025")
    dlg.on.setDate(QDate(2026, 2, 27))
    confirm(qtbot, file, dlg, lambda req: req.status is Status.REFUSED)
    stored = desk.requests.get(r.id)
    assert stored.refusal_ground is RefusalGround.D
    assert stored.earlier_provisions_note == "Sổ giấy: đã cung cấp ngày 05/03/2024 và 12/08/2025"
    assert "Earlier provisions (Article 28.1.d): Sổ giấy" in file.flag.text()


def test_the_amended_law_caveat_is_in_the_header_of_requests_valid_from_september_2026(
        qtbot, desk, clock, make_request, open_file):
    before = make_request(valid_on=date(2026, 2, 26), complexity=Complexity.SIMPLE)
    clock.set(datetime(2026, 9, 3, 9, 0, tzinfo=VN_TZ))
    after = make_request(received=date(2026, 9, 1), valid_on=date(2026, 9, 1), complexity=Complexity.SIMPLE)

    file = open_file(after.id)
    assert file.caveat.isVisibleTo(file)
    assert file.caveat.text().startswith("Note on the rule set: ") and "01/09/2026" in file.caveat.text()
    earlier = open_file(before.id)
    assert earlier.caveat.text() == "" and not earlier.caveat.isVisibleTo(earlier)
