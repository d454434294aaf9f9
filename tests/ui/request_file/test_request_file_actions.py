"""Every action of the request file, through the real services on the real SQLite file."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from focal_desk.domain.enums import Complexity, CorrectionKind, Status
from focal_desk.domain.errors import IllegalTransition
from focal_desk.domain.refusal import REFUSAL_TEXTS, RefusalGround
from focal_desk.domain.workflow import Action
from focal_desk.ui.request_file import action_dialogs as d


def act(qtbot, file, action: Action, expected_type):
    """Press the action's button; return the dialog it opened."""
    button = file.actions.buttons[action]
    assert button.isEnabled() and button.isVisible()
    button.click()
    dialog = file.action_dialog
    assert isinstance(dialog, expected_type) and dialog.isVisible()
    assert dialog.intro.text()  # it says what will happen
    return dialog


def confirm(qtbot, file, dialog, until):
    with qtbot.waitSignal(file.changed, timeout=5000) as sig:
        dialog.confirm.click()
    assert sig.args == [file.request_id]
    qtbot.waitUntil(lambda: until(file.request), timeout=5000)


def qdate(y, m, day):
    return QDate(y, m, day)


def test_supplement_valid_notice_extend_provide(qtbot, desk, make_request, open_file, errors):
    r = make_request()
    file = open_file(r.id)
    assert file.request.status is Status.RECEIVED

    dlg = act(qtbot, file, Action.REQUEST_SUPPLEMENT, d.SupplementDialog)
    dlg.note.setPlainText("Bản sao giấy tờ tùy thân")
    confirm(qtbot, file, dlg, lambda req: req.status is Status.AWAITING_SUPPLEMENT)
    assert desk.requests.get(r.id).supplement_note == "Bản sao giấy tờ tùy thân"

    dlg = act(qtbot, file, Action.MARK_VALID, d.MarkValidDialog)
    dlg.valid_on.setDate(qdate(2026, 2, 26))
    dlg.complex.setChecked(True)
    dlg.submit()  # complex without a reason: stopped in the dialog, nothing written
    assert dlg.isVisible() and "complexity_reason" in dlg._error_labels
    assert dlg._error_labels["complexity_reason"].isVisibleTo(dlg)
    assert desk.requests.get(r.id).status is Status.AWAITING_SUPPLEMENT
    dlg.reason.setPlainText("Phải tập hợp từ nhiều hồ sơ lưu trữ")
    confirm(qtbot, file, dlg, lambda req: req.status is Status.VALID)
    stored = desk.requests.get(r.id)
    assert stored.complexity is Complexity.COMPLEX and stored.valid_on == date(2026, 2, 26)
    assert stored.complexity_reason == "Phải tập hợp từ nhiều hồ sơ lưu trữ"

    dlg = act(qtbot, file, Action.SEND_NOTICE, d.SendNoticeDialog)
    assert "Mẫu 03" in dlg.intro.text()
    confirm(qtbot, file, dlg, lambda req: req.notice_sent_on == date(2026, 3, 2))
    assert not file.actions.buttons[Action.SEND_NOTICE].isEnabled()  # sent once

    dlg = act(qtbot, file, Action.EXTEND, d.ExtendDialog)
    assert not dlg.warning.isVisibleTo(dlg)  # still before the deadline
    dlg.reason.setPlainText("Hồ sơ lưu tại kho huyện")
    confirm(qtbot, file, dlg, lambda req: req.status is Status.EXTENDED)
    stored = desk.requests.get(r.id)
    assert stored.deadlines.extended_due == stored.deadlines.max_extended_due is not None
    assert stored.extension_reason == "Hồ sơ lưu tại kho huyện"

    dlg = act(qtbot, file, Action.PROVIDE, d.ProvideDialog)
    dlg.partial.setChecked(True)
    dlg.method.setText("Bản sao gửi bưu điện")
    dlg.submit()  # partial without saying which part: the service's field error shows beside the field
    qtbot.waitUntil(lambda: dlg._error_labels["detail"].isVisibleTo(dlg), timeout=5000)
    assert desk.requests.get(r.id).status is Status.EXTENDED
    dlg.detail.setPlainText("Phần bản đồ địa chính thuộc bí mật")
    confirm(qtbot, file, dlg, lambda req: req.status is Status.PARTIALLY_PROVIDED)
    stored = desk.requests.get(r.id)
    assert stored.provision_method == "Bản sao gửi bưu điện" and stored.closed_on == date(2026, 3, 2)
    actions = [e.action for e in desk.requests.history(r.id)]
    assert actions == ["register", "request_supplement", "mark_valid", "send_notice", "extend", "provide_partial"]
    assert file.timeline.rowCount() == len(actions)
    assert not errors.seen


def test_refuse_shows_the_legal_text_and_records_the_ground(qtbot, desk, make_request, open_file):
    r = make_request(valid_on=date(2026, 2, 26), complexity=Complexity.SIMPLE)
    file = open_file(r.id)
    dlg = act(qtbot, file, Action.REFUSE, d.RefuseDialog)
    dlg.ground.setCurrentIndex(list(RefusalGround).index(RefusalGround.B))
    assert dlg.legal.text() == REFUSAL_TEXTS[RefusalGround.B].text
    assert "28.1.b" in dlg.intro.text() and "Mẫu 05" in dlg.intro.text()
    dlg.ground.setCurrentIndex(list(RefusalGround).index(RefusalGround.DD))
    assert dlg.legal.text() == REFUSAL_TEXTS[RefusalGround.DD].text and "28.1.đ" in dlg.intro.text()
    dlg.submit()
    qtbot.waitUntil(lambda: dlg._error_labels["refusal_detail"].isVisibleTo(dlg), timeout=5000)
    dlg.detail.setPlainText("Khối lượng hồ sơ quá lớn so với khả năng đáp ứng")
    dlg.on.setDate(qdate(2026, 2, 27))
    confirm(qtbot, file, dlg, lambda req: req.status is Status.REFUSED)
    stored = desk.requests.get(r.id)
    assert stored.refusal_ground is RefusalGround.DD and stored.closed_on == date(2026, 2, 27)
    assert not any(b.isEnabled() for b in file.actions.buttons.values())  # nothing left to do


def test_transfer_and_withdraw(qtbot, desk, make_request, open_file):
    first = open_file(make_request().id)
    dlg = act(qtbot, first, Action.TRANSFER, d.TransferDialog)
    dlg.agency.setText("Ủy ban nhân dân huyện Tam Đảo")
    with qtbot.waitSignal(first.changed, timeout=5000):
        qtbot.keyClick(dlg.agency, Qt.Key.Key_Return)  # Enter confirms
    qtbot.waitUntil(lambda: first.request.status is Status.TRANSFERRED, timeout=5000)
    assert desk.requests.get(first.request_id).transferred_to == "Ủy ban nhân dân huyện Tam Đảo"

    second = open_file(make_request().id)
    dlg = act(qtbot, second, Action.WITHDRAW, d.WithdrawDialog)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)  # Esc closes without doing anything
    assert not dlg.isVisible() and desk.requests.get(second.request_id).status is Status.RECEIVED
    dlg = act(qtbot, second, Action.WITHDRAW, d.WithdrawDialog)
    dlg.reason.setPlainText("Người yêu cầu đã tự tìm được thông tin")
    confirm(qtbot, second, dlg, lambda req: req.status is Status.WITHDRAWN)
    assert desk.requests.get(second.request_id).withdrawal_reason == "Người yêu cầu đã tự tìm được thông tin"


def test_open_and_close_a_correction(qtbot, desk, make_request, open_file, qtmodeltester):
    r = make_request(valid_on=date(2026, 2, 26), complexity=Complexity.SIMPLE)
    desk.requests.provide(r.id, "Bản sao", on=date(2026, 2, 27))
    file = open_file(r.id)
    assert file.corrections.model.rowCount() == 0
    dlg = act(qtbot, file, Action.OPEN_CORRECTION, d.OpenCorrectionDialog)
    dlg.kind.setCurrentIndex(list(CorrectionKind).index(CorrectionKind.REQUESTER_CLAIM))
    assert "15" in dlg.intro.text()
    dlg.reason.setPlainText("Sai diện tích thửa đất trên bản sao")
    confirm(qtbot, file, dlg, lambda req: req.status is Status.CORRECTING)
    assert file.corrections.model.rowCount() == 1
    qtmodeltester.check(file.corrections.model)
    stored = desk.requests.get(r.id).corrections[0]
    assert stored.kind is CorrectionKind.REQUESTER_CLAIM and stored.closed_on is None
    file.corrections.explain_button.click()
    assert file.explain_dialog.lines == stored.explain and file.explain_dialog.isVisible()
    file.explain_dialog.close()

    dlg = act(qtbot, file, Action.CLOSE_CORRECTION, d.CloseCorrectionDialog)
    dlg.outcome.setPlainText("Đã cung cấp lại bản sao đúng")
    confirm(qtbot, file, dlg, lambda req: req.status is Status.PROVIDED)
    assert desk.requests.get(r.id).corrections[0].result == "Đã cung cấp lại bản sao đúng"


def test_extend_after_the_deadline_is_refused_with_the_services_reason(qtbot, desk, make_request, open_file, errors):
    r = make_request(received=date(2026, 1, 5), valid_on=date(2026, 1, 5), complexity=Complexity.COMPLEX,
                     reason="Nhiều hồ sơ")
    assert r.deadlines.provide_due < date(2026, 3, 2)
    file = open_file(r.id)
    assert file.due.text().startswith("Overdue")
    dlg = act(qtbot, file, Action.EXTEND, d.ExtendDialog)
    assert dlg.warning.isVisibleTo(dlg) and "passed" in dlg.warning.text()
    dlg.reason.setPlainText("Quá nhiều hồ sơ")
    dlg.confirm.click()
    qtbot.waitUntil(lambda: bool(errors.seen), timeout=5000)
    assert isinstance(errors.seen[0], IllegalTransition) and "quá thời hạn" in str(errors.seen[0])
    assert dlg.isVisible() and dlg.confirm.isEnabled()
    assert desk.requests.get(r.id).status is Status.VALID


def test_the_correction_periods_quoted_come_from_the_rule_set(qtbot, desk, make_request, open_file, monkeypatch):
    """Issue 7.7: a legal period in a sentence is the rule set's, not a literal — change the data, the
    sentence follows."""
    from dataclasses import replace

    from focal_desk.domain.rules import Period, PeriodUnit
    from focal_desk.ui.labels import period_label

    r = make_request(valid_on=date(2026, 2, 26), complexity=Complexity.SIMPLE)
    desk.requests.provide(r.id, "Bản sao", on=date(2026, 2, 27))
    rule_set = desk.rulebook.by_code(r.deadlines.rule_set)
    amended = replace(rule_set, corrections=tuple(
        (k, Period(7 + i, PeriodUnit.WORKING_DAYS, p.article)) for i, (k, p) in enumerate(rule_set.corrections)))
    monkeypatch.setattr(desk.rulebook, "by_code", lambda code: amended)
    file = open_file(r.id)
    dlg = act(qtbot, file, Action.OPEN_CORRECTION, d.OpenCorrectionDialog)
    for i, kind in enumerate(CorrectionKind):
        dlg.kind.setCurrentIndex(i)
        assert period_label(amended.correction_period(kind)) in dlg.intro.text()
    dlg.close()


def test_no_ui_sentence_quotes_a_period_as_a_literal():
    import re
    from pathlib import Path

    ui = Path(d.__file__).resolve().parents[1]
    literal = re.compile(r"tr\(\s*\"[^\"]*(?<![%\w])\d+ (working )?days?\b")
    found = [f"{p.name}: {m.group(0)}" for p in ui.rglob("*.py") for m in literal.finditer(p.read_text("utf-8"))]
    assert found == []
