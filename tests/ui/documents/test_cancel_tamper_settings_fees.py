"""Cancelling asks a reason and the list shows it; a changed file gives the clear message; the office's
numbering settings are saved; the costs dialog sets fee lines and records a payment."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from focal_desk.domain.agency import NumberingMode, SeriesScope
from focal_desk.domain.documents import FormCode
from focal_desk.domain.errors import DocumentTampered
from focal_desk.ui.errors import ErrorRouter


def _issued(qtbot, file):
    panel = file.documents
    info = next(i for i in panel.offered if i.form is FormCode.RECEIPT)
    dialog = panel.issue(info)
    qtbot.waitUntil(lambda: dialog.issue_button.isEnabled(), timeout=15_000)  # no field: previewed at once
    dialog.issue()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=15_000)
    dialog.close()
    panel.view.selectRow(0)
    return panel, panel.selected()


def test_cancel_asks_a_reason_and_the_list_shows_it_cancelled(qtbot, open_file, valid_request, desk):
    file = open_file(valid_request.id)
    panel, document = _issued(qtbot, file)
    assert document.number_text == "01/PTN-UBND" and panel.cancel_button.isEnabled()
    panel.cancel_button.click()
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.reason, timeout=5000)
    dialog.submit()
    assert dialog.error.isVisibleTo(dialog) and "reason" in dialog.error.text().lower()
    dialog.reason.setText("Ghi nhầm ngày hẹn trả kết quả")
    dialog.submit()
    qtbot.waitUntil(lambda: not panel.model.rows[0][0].live if panel.model.rows else False, timeout=10_000)
    state = panel.model.index(0, 3).data()
    assert "02/03/2026" in state and "Ghi nhầm ngày hẹn trả kết quả" in state
    assert panel.model.index(0, 1).data() == "01/PTN-UBND"  # the number stays
    assert not panel.cancel_button.isEnabled()
    assert desk.documents.get(document.id).cancel_reason == "Ghi nhầm ngày hẹn trả kết quả"


def test_a_changed_file_is_not_shown_and_the_router_says_where_it_belongs(qtbot, open_file, valid_request, core,
                                                                          errors, monkeypatch):
    file = open_file(valid_request.id)
    panel, document = _issued(qtbot, file)
    stored = core.paths.documents / document.path
    stored.write_bytes(stored.read_bytes() + b"%edited")
    panel.view_button.click()
    qtbot.waitUntil(lambda: bool(errors.seen), timeout=10_000)
    exc = errors.seen[0]
    assert isinstance(exc, DocumentTampered) and exc.path == str(stored)
    viewer = panel.ops.viewer
    assert viewer.pages.images == [] and not viewer.print_button.isEnabled()

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0)
    ErrorRouter("x.log").handle(exc)
    text, details = shown[0]
    assert "changed" in text
    assert str(stored) in details and "backup" in details and "cancel this document" in details


def test_the_office_numbering_settings_are_saved(qtbot, desk, jobs, errors):
    from focal_desk.ui.agency.form import AgencyForm

    form = AgencyForm(desk, jobs, errors)
    qtbot.addWidget(form)
    qtbot.waitUntil(lambda: form.fields.name.text() != "", timeout=5000)
    numbering = form.numbering
    assert numbering.settings() == (NumberingMode.SERIES, SeriesScope.COMMON) and numbering.scope.isEnabled()
    numbering.scope.setCurrentIndex(numbering.scope.findData(SeriesScope.PER_TYPE))
    numbering.mode.setCurrentIndex(numbering.mode.findData(NumberingMode.TYPED))
    assert not numbering.scope.isEnabled()  # the clerk numbers: no series to choose
    form.save()
    qtbot.waitUntil(lambda: form.status.text() == "Saved.", timeout=5000)
    saved = desk.agency.current()
    assert (saved.numbering_mode, saved.series_scope) == (NumberingMode.TYPED, SeriesScope.PER_TYPE)
    assert saved.name == form.fields.name.text()  # the profile itself saved too


def test_the_costs_dialog_sets_fee_lines_and_records_a_payment(qtbot, open_file, valid_request, desk):
    file = open_file(valid_request.id)
    panel = file.documents
    assert panel.fees_button.isEnabled()
    dialog = panel.open_fees()
    qtbot.waitUntil(lambda: bool(dialog.quantities), timeout=5000)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.quantities["a4_bw"], timeout=5000)  # the first line
    dialog.quantities["a4_bw"].setValue(18)
    dialog.payment_due.setDate(dialog.payment_due.date().addDays(10))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_costs()
    statement = desk.fees.statement(valid_request.id)
    assert statement.total == 18 * 3000 and statement.payment_due == date(2026, 3, 12)
    assert "54.000 đ" in dialog.statement.text() and dialog.amount.value() == 54_000

    dialog.receipt.setText("0001234")
    dialog.amount.setValue(20_000)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.record_payment()
    statement = desk.fees.statement(valid_request.id)
    assert statement.paid == 20_000 and statement.outstanding == 34_000
    assert "34.000 đ" in dialog.statement.text() and "0001234" in dialog.payments.text()


def test_a_payment_without_receipt_is_shown_beside_the_field(qtbot, open_file, valid_request):
    file = open_file(valid_request.id)
    dialog = file.documents.open_fees()
    qtbot.waitUntil(lambda: bool(dialog.quantities), timeout=5000)
    dialog.quantities["a4_bw"].setValue(2)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_costs()
    dialog.amount.setValue(6000)
    dialog.record_payment()
    label = dialog.field_errors.labels["receipt_number"]
    qtbot.waitUntil(lambda: label.isVisibleTo(dialog), timeout=10_000)
    assert label.text()


def test_escape_in_the_cancel_dialog_asks_before_dropping_a_typed_reason(qtbot, open_file, valid_request,
                                                                        monkeypatch):
    from PySide6.QtCore import Qt

    from focal_desk.ui.documents import cancel_dialog

    asked = []
    monkeypatch.setattr(cancel_dialog, "ask_discard", lambda *a: asked.append(a) or False)
    file = open_file(valid_request.id)
    panel, document = _issued(qtbot, file)
    panel.cancel_button.click()
    dialog = panel.dialog
    dialog.reason.setText("Nhầm")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible() and panel.model.rows[0][0].live
