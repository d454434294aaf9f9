"""The first-run wizard: the office typed in, or a demo office with requests."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QPushButton, QWizard

from focal_desk.domain.listing import RequestQuery
from focal_desk.ui.agency.first_run import OFFICE, FirstRunWizard


def open_wizard(qtbot, desk, jobs, errors, **kw) -> FirstRunWizard:
    wizard = FirstRunWizard(desk, jobs, errors, **kw)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_filling_the_office_saves_it(qtbot, bare_desk, jobs, errors):
    assert bare_desk.agency.needs_setup()
    wizard = open_wizard(qtbot, bare_desk, jobs, errors)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == OFFICE
    fields = wizard.office.fields
    wizard.button(QWizard.WizardButton.FinishButton).click()  # nothing typed yet
    qtbot.waitUntil(lambda: not fields.errors["name"].isHidden())
    assert wizard.isVisible() and bare_desk.agency.needs_setup()
    fields.name.setText("Ủy ban nhân dân phường Hòa Bình")
    fields.parent_body.setText("Ủy ban nhân dân tỉnh Phú Thọ")
    fields.place_name.setText("Hòa Bình")
    fields.symbol.setText("UBND")
    fields.signer_name.setText("Nguyễn Văn Đức")
    fields.signer_title.setText("Chủ tịch")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted)
    assert not bare_desk.agency.needs_setup()
    assert bare_desk.agency.current().name == "ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH"
    assert errors.seen == []


def test_demo_option_makes_a_sample_office_with_requests(qtbot, bare_desk, jobs, errors):
    wizard = open_wizard(qtbot, bare_desk, jobs, errors, demo_requests=12)
    wizard.welcome.demo.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.progress is not None and wizard.progress.isVisible()
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=30_000)
    assert wizard.demo_result.created == 12
    assert bare_desk.requests.count(RequestQuery()) == 12
    assert bare_desk.agency.current().name == "ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ"
    assert not bare_desk.agency.needs_setup() and wizard.progress is None
    assert errors.seen == []


def test_cancelling_the_demo_stops_the_seeding(qtbot, bare_desk, jobs, errors):
    wizard = open_wizard(qtbot, bare_desk, jobs, errors, demo_requests=100_000)
    wizard.welcome.demo.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wizard.reject()  # Esc on the wizard behind the progress dialog neither closes it nor stops the seeding
    assert wizard.isVisible() and not wizard._cancel.is_set()
    wizard.progress.findChild(QPushButton).click()  # its Cancel button
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=30_000)
    assert wizard.demo_result.cancelled and wizard.demo_result.created < 100_000
    assert bare_desk.requests.count(RequestQuery()) == wizard.demo_result.created
