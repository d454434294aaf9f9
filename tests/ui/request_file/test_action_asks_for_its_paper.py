"""A refusal is complete only with its Mẫu 05, an extension with its Mẫu 04: once the action is recorded the
request file opens the paper's issue dialog; closing it postpones, and the request file says what is owed.
The refuse dialog offers Đ28.1.e only when the costs are unpaid after their deadline."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.documents import FormCode
from focal_desk.domain.enums import Complexity, Status
from focal_desk.domain.refusal import RefusalGround
from focal_desk.domain.workflow import Action
from focal_desk.ui.documents.issue_dialog import IssueDocumentDialog
from focal_desk.ui.request_file import action_dialogs as d


def _act(qtbot, file, action):
    file.actions.buttons[action].click()
    return file.action_dialog


def _grounds(dialog) -> list:
    return [dialog.ground.itemData(i) for i in range(dialog.ground.count())]


def _asked(qtbot, file, form) -> IssueDocumentDialog:
    panel = file.documents
    qtbot.waitUntil(lambda: isinstance(panel.dialog, IssueDocumentDialog) and panel.dialog.isVisible(), timeout=10_000)
    assert panel.dialog.info.form is form and file.tabs.currentWidget() is panel
    return panel.dialog


def test_refusal_opens_its_notice_postponing_leaves_it_owed(qtbot, desk, make_request, open_file, errors, jobs):
    r = make_request(valid_on=date(2026, 2, 26), complexity=Complexity.SIMPLE)
    file = open_file(r.id)
    dialog = _act(qtbot, file, Action.REFUSE)
    assert isinstance(dialog, d.RefuseDialog)
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=5000)  # the grounds the costs service offers have come
    assert RefusalGround.E not in _grounds(dialog)  # no costs at all: "did not pay" is not a ground
    dialog.ground.setCurrentIndex(dialog.ground.findData(RefusalGround.B))
    dialog.detail.setPlainText("Thông tin thuộc bí mật nhà nước")
    with qtbot.waitSignal(file.changed, timeout=5000):
        dialog.confirm.click()
    notice = _asked(qtbot, file, FormCode.REFUSAL)
    assert notice.editors["refusal_ground"].currentData() == RefusalGround.B.value  # what the refusal recorded
    QTest.keyClick(notice, Qt.Key.Key_Escape)  # postpone
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=5000)
    assert desk.documents.choices(r.id).owed[0].form is FormCode.REFUSAL
    qtbot.waitUntil(lambda: "Mẫu 05" in file.documents.hint.text(), timeout=5000)
    assert desk.todo.todo().documents_owed[0].id == r.id
    assert not errors.seen


def test_extension_opens_its_notice_with_the_new_date(qtbot, desk, make_request, open_file, errors):
    r = make_request(valid_on=date(2026, 2, 26), complexity=Complexity.COMPLEX, reason="Nhiều hồ sơ")
    file = open_file(r.id)
    dialog = _act(qtbot, file, Action.EXTEND)
    dialog.reason.setPlainText("Hồ sơ lưu tại kho huyện")
    with qtbot.waitSignal(file.changed, timeout=5000):
        dialog.confirm.click()
    notice = _asked(qtbot, file, FormCode.EXTENSION)
    extended = desk.requests.get(r.id).deadlines.extended_due
    assert notice.request.status is Status.EXTENDED
    assert notice.values()["new_due"] == extended.isoformat()
    assert notice.values()["extension_reason"] == "Hồ sơ lưu tại kho huyện"  # the recorded reason
    assert not notice.editors["new_due"].isEnabled() and not notice.editors["extension_reason"].isEnabled()
    notice.preview()
    qtbot.waitUntil(notice.issue_button.isEnabled, timeout=15_000)
    notice.issue()
    qtbot.waitUntil(lambda: notice.document is not None, timeout=15_000)
    assert notice.document.printed_due == extended
    assert desk.documents.choices(r.id).owed == ()
    assert not errors.seen


def test_non_payment_is_offered_once_the_costs_are_unpaid_after_their_deadline(
        qtbot, desk, make_request, open_file, clock):
    r = make_request(valid_on=date(2026, 2, 26), complexity=Complexity.SIMPLE)
    desk.fees.set_fees(r.id, {"a4_bw": 10}, payment_due=date(2026, 3, 3))
    clock.set(datetime(2026, 3, 4, 9, 0, tzinfo=VN_TZ))
    file = open_file(r.id)
    dialog = _act(qtbot, file, Action.REFUSE)
    qtbot.waitUntil(lambda: dialog.ground.count() == len(RefusalGround), timeout=5000)
    dialog.ground.setCurrentIndex(dialog.ground.findData(RefusalGround.E))
    assert "28.1.e" in dialog.intro.text()
