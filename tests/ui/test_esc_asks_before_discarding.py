"""Esc (and the window's close button) asks before typed text is thrown away in every dialog with typed input,
closes at once when nothing was typed; the first-run wizard, whose closing quits the app, always asks
(issue 7, item 3). The action dialogs have their own keyboard tests (request_file/test_action_dialog_keys.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from focal_desk.ui.agency.first_run import OFFICE, FirstRunWizard
from focal_desk.ui.calendar_view.day_dialog import AddDayDialog
from focal_desk.ui.officer_dialog import OfficerDialog

KEEP, DISCARD = "Keep typing", "Discard what was typed"
QUIT, STAY = "Quit focal_desk", "Continue setting up"


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    finished: list = []
    dialog.finished.connect(finished.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return finished


def esc(qtbot, dialog):
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    QApplication.processEvents()  # a prompt that did not come up leaves nothing to answer


def test_the_wizard_asks_before_quitting_even_with_nothing_typed(qtbot, bare_desk, jobs, errors, answer_prompt):
    wizard = FirstRunWizard(bare_desk, jobs, errors)
    finished = shown(qtbot, wizard)
    seen = answer_prompt(STAY)
    esc(qtbot, wizard)
    assert len(seen) == 1 and seen[0][0] == "Quit focal_desk?" and seen[0][2] == [STAY, QUIT]
    assert "quits focal_desk" in seen[0][1] and "lost" not in seen[0][1]  # nothing typed, nothing lost
    assert wizard.isVisible() and finished == []  # the app goes on
    seen = answer_prompt(STAY)
    wizard.close()  # the window's close button: the same question
    assert len(seen) == 1 and wizard.isVisible()
    seen = answer_prompt(STAY)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert len(seen) == 1 and wizard.isVisible()
    seen = answer_prompt(QUIT)
    esc(qtbot, wizard)
    assert len(seen) == 1 and finished == [QDialog.DialogCode.Rejected]  # the officer chose to quit


def test_the_wizard_says_what_typed_is_lost(qtbot, bare_desk, jobs, errors, answer_prompt):
    wizard = FirstRunWizard(bare_desk, jobs, errors)
    finished = shown(qtbot, wizard)
    wizard.welcome.officer.setText("Nguyễn Thị Hoa")
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == OFFICE
    wizard.office.fields.name.setText("UBND PHƯỜNG HÒA BÌNH")
    seen = answer_prompt(STAY)
    esc(qtbot, wizard)
    assert len(seen) == 1 and "What you typed will be lost." in seen[0][1]
    assert wizard.isVisible() and wizard.office.fields.name.text() == "UBND PHƯỜNG HÒA BÌNH" and finished == []


def test_officer_dialog(qtbot, desk, jobs, errors, answer_prompt):
    dialog = OfficerDialog(desk, jobs, errors)
    finished = shown(qtbot, dialog)
    seen = answer_prompt(KEEP)
    esc(qtbot, dialog)  # the current name, untouched: nothing to lose
    assert seen == [] and finished == [QDialog.DialogCode.Rejected]

    dialog = OfficerDialog(desk, jobs, errors)
    finished = shown(qtbot, dialog)
    qtbot.keyClicks(dialog.focusWidget(), "Hoa")  # replaces the selected current name
    assert dialog.name.currentText() == "Hoa"
    seen = answer_prompt(KEEP)
    esc(qtbot, dialog)
    assert len(seen) == 1 and dialog.isVisible() and dialog.name.currentText() == "Hoa"
    seen = answer_prompt(DISCARD)
    dialog.close()
    assert len(seen) == 1 and finished == [QDialog.DialogCode.Rejected]
    assert desk.officer.name == "can_bo_test"


def test_calendar_day_dialog(qtbot, desk, jobs, errors, answer_prompt):
    dialog = AddDayDialog(desk, jobs, errors, date(2026, 3, 4))
    finished = shown(qtbot, dialog)
    assert dialog.focusWidget() is dialog.reason
    seen = answer_prompt(KEEP)
    esc(qtbot, dialog)
    assert seen == [] and finished == [QDialog.DialogCode.Rejected]

    dialog = AddDayDialog(desk, jobs, errors, date(2026, 3, 4))
    finished = shown(qtbot, dialog)
    qtbot.keyClicks(dialog.reason, "Nghi bu")
    seen = answer_prompt(KEEP)
    esc(qtbot, dialog)
    assert len(seen) == 1 and dialog.isVisible() and dialog.reason.text() == "Nghi bu"
    seen = answer_prompt(DISCARD)
    esc(qtbot, dialog)
    assert len(seen) == 1 and finished == [QDialog.DialogCode.Rejected]


def test_request_file_while_editing(qtbot, desk, jobs, errors, answer_prompt):
    from datetime import datetime

    from focal_desk.domain.clock import VN_TZ
    from focal_desk.domain.enums import Channel, IdType, RequesterKind
    from focal_desk.domain.request import RequestDraft
    from focal_desk.domain.requester import Requester
    from focal_desk.ui.request_file.dialog import RequestFileDialog

    r = desk.requests.register(RequestDraft(
        requester=Requester(RequesterKind.CITIZEN, "Lê Thị Mai", IdType.CCCD, "001203004568", "Thôn Tây"),
        channel=Channel.POSTAL, received_at=datetime(2026, 3, 2, 8, 15, tzinfo=VN_TZ),
        info_requested="Quyết định giao đất", purpose="Tìm hiểu"))
    dialog = RequestFileDialog(desk, jobs, errors, r.id)
    finished = shown(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.request is not None, timeout=5000)
    dialog.fields.edit_button.click()
    seen = answer_prompt(KEEP)
    esc(qtbot, dialog)  # editing, nothing changed yet: closes
    assert seen == [] and finished == [QDialog.DialogCode.Rejected]

    dialog = RequestFileDialog(desk, jobs, errors, r.id)
    finished = shown(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.request is not None, timeout=5000)
    dialog.fields.edit_button.click()
    qtbot.keyClicks(dialog.focusWidget(), " B")  # the name field has the focus after Edit
    seen = answer_prompt(KEEP)
    esc(qtbot, dialog)
    assert len(seen) == 1 and dialog.isVisible() and dialog.fields.editing
    seen = answer_prompt(DISCARD)
    dialog.close()
    assert len(seen) == 1 and finished == [QDialog.DialogCode.Rejected]
    assert desk.requests.get(r.id).requester_name == "Lê Thị Mai"
