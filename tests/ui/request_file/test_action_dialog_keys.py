"""Every action dialog from the keyboard (issue 7, item 3): focus starts in the first field, typing lands there,
Enter confirms from a one-line field and Ctrl+Enter from a multi-line one (the write really happens), Esc asks
before throwing typed text away and closes at once when nothing was typed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit

from focal_desk.domain.enums import Complexity, CorrectionKind, Status
from focal_desk.domain.workflow import Action
from focal_desk.ui.request_file import action_dialogs as d

KEEP, DISCARD = "Keep typing", "Discard what was typed"


def _received(desk, make_request):
    return make_request()


def _simple(desk, make_request):
    return make_request(valid_on=date(2026, 2, 26), complexity=Complexity.SIMPLE)


def _complex(desk, make_request):
    return make_request(valid_on=date(2026, 2, 26), complexity=Complexity.COMPLEX, reason="Nhiều hồ sơ")


def _provided(desk, make_request):
    r = _simple(desk, make_request)
    return desk.requests.provide(r.id, "Bản sao", on=date(2026, 2, 27))


def _correcting(desk, make_request):
    r = _provided(desk, make_request)
    return desk.requests.open_correction(r.id, CorrectionKind.AGENCY_FOUND, "Sai số liệu", date(2026, 2, 28))


# action: (the request's state, dialog, its first field, text typed (None: no text field), done when)
CASES = {
    Action.REQUEST_SUPPLEMENT: (_received, d.SupplementDialog, "note", "Ban sao CCCD",
                                lambda r: r.status is Status.AWAITING_SUPPLEMENT and r.supplement_note == "Ban sao CCCD"),
    Action.MARK_VALID: (_received, d.MarkValidDialog, "valid_on", None, lambda r: r.status is Status.VALID),
    Action.SEND_NOTICE: (_complex, d.SendNoticeDialog, "on", None, lambda r: r.notice_sent_on is not None),
    Action.EXTEND: (_complex, d.ExtendDialog, "reason", "Nhieu ho so luu tru",
                    lambda r: r.deadlines.extended_due is not None and r.extension_reason == "Nhieu ho so luu tru"),
    Action.PROVIDE: (_simple, d.ProvideDialog, "method", "Gui qua email",
                     lambda r: r.status is Status.PROVIDED and r.provision_method == "Gui qua email"),
    Action.REFUSE: (_simple, d.RefuseDialog, "ground", "Ho so mat",
                    lambda r: r.status is Status.REFUSED and r.refusal_detail == "Ho so mat"),
    Action.TRANSFER: (_received, d.TransferDialog, "agency", "UBND huyen Tam Dao",
                      lambda r: r.status is Status.TRANSFERRED and r.transferred_to == "UBND huyen Tam Dao"),
    Action.WITHDRAW: (_received, d.WithdrawDialog, "reason", "Da tu tim duoc",
                      lambda r: r.status is Status.WITHDRAWN and r.withdrawal_reason == "Da tu tim duoc"),
    Action.OPEN_CORRECTION: (_provided, d.OpenCorrectionDialog, "kind", "Sai dien tich",
                             lambda r: r.status is Status.CORRECTING),
    Action.CLOSE_CORRECTION: (_correcting, d.CloseCorrectionDialog, "outcome", "Da cung cap lai",
                              lambda r: r.status is Status.PROVIDED and r.corrections[0].result == "Da cung cap lai"),
}


def open_action(qtbot, desk, make_request, open_file, action):
    state, kind, first, _text, _done = CASES[action]
    file = open_file(state(desk, make_request).id)
    file.actions.buttons[action].click()
    dlg = file.action_dialog
    assert isinstance(dlg, kind)
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is getattr(dlg, first), timeout=5000)
    return file, dlg


def type_into_first_text_field(qtbot, dlg, text):
    """Tab from the first field to the first text field (the refusal's ground, a correction's kind come
    first), then type as the officer does."""
    for _ in range(4):
        if isinstance(QApplication.focusWidget(), QLineEdit | QPlainTextEdit):
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    edit = QApplication.focusWidget()
    assert isinstance(edit, QLineEdit | QPlainTextEdit), edit
    qtbot.keyClicks(edit, text)
    now = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
    assert now == text  # every key landed in the field (a suggestion filled in, selected, is replaced)
    return edit


@pytest.mark.parametrize("action", list(CASES), ids=lambda a: a.name)
def test_focus_typing_and_enter_confirm(qtbot, desk, make_request, open_file, action):
    _state, _kind, first, text, done = CASES[action]
    file, dlg = open_action(qtbot, desk, make_request, open_file, action)
    assert dlg.focusWidget() is getattr(dlg, first)  # not the confirm button: typing is not lost
    edit = type_into_first_text_field(qtbot, dlg, text) if text is not None else QApplication.focusWidget()
    multi = isinstance(edit, QPlainTextEdit)
    assert dlg.key_hint.isVisibleTo(dlg) == any(isinstance(w, QPlainTextEdit) for w in dlg._inputs)
    rid = file.request_id
    if multi:
        qtbot.keyClick(edit, Qt.Key.Key_Return)  # a new line in the box, nothing confirmed
        assert edit.toPlainText().endswith("\n") and dlg.isVisible() and dlg.confirm.isEnabled()
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
        assert "Ctrl+Enter" in dlg.key_hint.text()
        with qtbot.waitSignal(file.changed, timeout=5000):
            qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    else:
        with qtbot.waitSignal(file.changed, timeout=5000):
            qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    assert done(desk.requests.get(rid))


@pytest.mark.parametrize("action", list(CASES), ids=lambda a: a.name)
def test_esc_asks_before_discarding_typed_text(qtbot, desk, make_request, open_file, answer_prompt, action):
    _state, _kind, _first, text, _done = CASES[action]
    file, dlg = open_action(qtbot, desk, make_request, open_file, action)
    before = desk.requests.get(file.request_id)
    finished = []
    dlg.finished.connect(finished.append)  # the dialog deletes itself on close: ask its signal, not it
    if text is None:  # nothing to type: Esc just closes
        seen = answer_prompt(KEEP)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        QApplication.processEvents()
        assert seen == [] and finished == [QDialog.DialogCode.Rejected]
        assert desk.requests.get(file.request_id) == before
        return
    edit = type_into_first_text_field(qtbot, dlg, text)
    seen = answer_prompt(KEEP)
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert len(seen) == 1 and seen[0][2] == [DISCARD, KEEP]
    assert dlg.isVisible() and dlg.focusWidget() is edit  # back where the officer was typing
    seen = answer_prompt(KEEP)
    dlg.close()  # the window's close button: the same question
    assert len(seen) == 1 and dlg.isVisible()
    seen = answer_prompt(KEEP)
    dlg.cancel.click()  # Cancel too
    assert len(seen) == 1 and dlg.isVisible()
    seen = answer_prompt(DISCARD)
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert len(seen) == 1 and finished == [QDialog.DialogCode.Rejected]
    assert desk.requests.get(file.request_id) == before  # nothing written


def test_esc_with_nothing_typed_closes_without_asking(qtbot, desk, make_request, open_file, answer_prompt):
    file, dlg = open_action(qtbot, desk, make_request, open_file, Action.WITHDRAW)
    finished = []
    dlg.finished.connect(finished.append)
    seen = answer_prompt(KEEP)
    qtbot.keyClick(dlg.reason, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert seen == [] and finished == [QDialog.DialogCode.Rejected]
    assert desk.requests.get(file.request_id).status is Status.RECEIVED


def test_tab_runs_through_the_fields_then_confirm_then_cancel(qtbot, desk, make_request, open_file):
    _file, dlg = open_action(qtbot, desk, make_request, open_file, Action.WITHDRAW)
    stops = [QApplication.focusWidget()]
    for _ in range(8):  # a date field takes one Tab per part (day, month, year)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not stops[-1]:
            stops.append(QApplication.focusWidget())
        if stops[-1] is dlg.cancel:
            break
    assert stops == [dlg.reason, dlg.on, dlg.confirm, dlg.cancel]
