"""Complaints and lawsuits in the request file: recorded, listed, resolved once, written in the timeline."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from focal_desk.domain.complaints import ComplaintKind
from focal_desk.ui.request_file.complaints import AddComplaintDialog, ResolveComplaintDialog


def test_record_and_resolve_a_lawsuit(qtbot, desk, make_request, open_file, qtmodeltester, errors):
    r = make_request()
    file = open_file(r.id)
    panel = file.complaints
    qtbot.waitUntil(lambda: panel.add_button.isEnabled(), timeout=5000)
    assert panel.model.rowCount() == 0 and panel.empty.isVisibleTo(panel)
    assert not panel.resolve_button.isEnabled()

    panel.add_button.click()
    dlg = panel.dialog
    assert isinstance(dlg, AddComplaintDialog) and dlg.isVisible() and dlg.intro.text()
    dlg.kind.setCurrentIndex(list(ComplaintKind).index(ComplaintKind.LAWSUIT))
    dlg.confirm.click()  # no text: the service's error shows beside the field, nothing written
    qtbot.waitUntil(lambda: dlg._error_labels["summary"].isVisibleTo(dlg), timeout=5000)
    dlg.filed_on.setDate(QDate(2026, 2, 27))
    dlg.summary.setPlainText("Khởi kiện vì chưa được cung cấp thông tin")
    dlg.confirm.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 or bool(errors.seen), timeout=5000)
    assert not errors.seen
    qtmodeltester.check(panel.model)
    stored = desk.complaints.for_request(r.id)
    assert [(c.kind, c.filed_on, c.result_on) for c in stored] == [(ComplaintKind.LAWSUIT, date(2026, 2, 27), None)]

    assert panel.resolve_button.isEnabled()
    panel.resolve_button.click()
    dlg = panel.dialog
    assert isinstance(dlg, ResolveComplaintDialog) and "27/02/2026" in dlg.intro.text()
    dlg.result.setPlainText("Tòa án đình chỉ giải quyết vụ án")
    dlg.confirm.click()
    qtbot.waitUntil(lambda: desk.complaints.for_request(r.id)[0].resolved, timeout=5000)
    qtbot.waitUntil(lambda: panel.model.index(0, panel.model.RESULT).data() == "Tòa án đình chỉ giải quyết vụ án",
                    timeout=5000)
    assert not panel.resolve_button.isEnabled()  # a result is recorded once
    # The timeline says it in the officer's words, the kind translated.
    qtbot.waitUntil(lambda: file.timeline.rowCount() > 0 and "resolve_complaint" in
                    [e.action for e in file.timeline._events], timeout=5000)
    texts = [file.timeline.index(row, file.timeline.CHANGES).data() for row in range(file.timeline.rowCount())]
    assert any("Tòa án đình chỉ" in t for t in texts)
    assert any("Complaint or lawsuit: Lawsuit" in t for t in texts)  # the kind by its label, not its code
    assert not any("complaint." in t for t in texts)
