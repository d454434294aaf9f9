"""The first-run wizard: the office typed in, or a demo office with requests."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QDialog, QPushButton, QWizard

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.domain.errors import RegisterNotEmpty
from focal_desk.domain.listing import RequestQuery
from focal_desk.ui.agency.first_run import OFFICE, WELCOME, FirstRunWizard


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


# --- item 15: the wizard only while no office is described; demo data only into an empty register ---------

def test_the_wizard_is_not_shown_once_demo_data_made_the_register(qtbot, bare_desk, jobs, errors, monkeypatch):
    from focal_desk.ui.app import first_run

    shown = []
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Rejected)
    assert first_run(bare_desk, jobs, errors) is False and len(shown) == 1  # a new register: the wizard
    bare_desk.seed_demo(8, 5, lambda done, total: None, lambda: False)  # what `focal-desk demo` runs
    assert first_run(bare_desk, jobs, errors) is True and len(shown) == 1  # straight to the register


def test_demo_data_is_not_offered_for_a_register_that_has_requests(qtbot, bare_desk, jobs, errors):
    from focal_desk.domain.clock import VN_TZ
    from focal_desk.domain.enums import Channel, IdType, RequesterKind
    from focal_desk.domain.request import RequestDraft
    from focal_desk.domain.requester import Requester

    bare_desk.requests.register(RequestDraft(  # typed in from the command line before the first start
        requester=Requester(RequesterKind.CITIZEN, "Lê Thị Mai", IdType.CCCD, "001203004568", "Thôn Tây"),
        channel=Channel.POSTAL, received_at=datetime(2026, 3, 2, 8, 15, tzinfo=VN_TZ),
        info_requested="Quyết định giao đất", purpose="Tìm hiểu"))
    assert bare_desk.quick.needs_setup()  # the office is still to be described: the wizard opens …
    wizard = open_wizard(qtbot, bare_desk, jobs, errors, demo_requests=12)
    assert not wizard.welcome.demo.isEnabled()  # … without the demo choice
    assert wizard.welcome.demo_unavailable.isVisible() and "1 request" in wizard.welcome.demo_unavailable.text()
    wizard.welcome.demo.setChecked(True)  # even if it were chosen, the seeding refuses
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: len(errors.seen) == 1, timeout=10_000)
    assert isinstance(errors.seen[0], RegisterNotEmpty)
    assert bare_desk.requests.count(RequestQuery()) == 1 and wizard.isVisible()


# --- item 14: the wizard asks who the officer is --------------------------------------------------------

@pytest.fixture
def nameless_desk(tmp_path, clock):
    core = open_app(Paths(tmp_path / "nameless"), clock=clock)
    yield core.desk()
    core.close()


def test_the_wizard_asks_the_officers_name_and_stores_it_with_the_office(qtbot, nameless_desk, jobs, errors):
    desk = nameless_desk
    wizard = open_wizard(qtbot, desk, jobs, errors)
    assert wizard.welcome.officer.text() == ""
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == WELCOME and wizard.welcome.officer_error.text() == "Chưa nhập tên cán bộ"
    wizard.welcome.officer.setText("Nguyễn Thị Hoa")
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == OFFICE and wizard.welcome.officer_error.isHidden()
    f = wizard.office.fields
    for field, text in (("name", "UBND phường Hòa Bình"), ("parent_body", "UBND tỉnh Phú Thọ"),
                        ("place_name", "Hòa Bình"), ("symbol", "UBND"), ("signer_name", "Nguyễn Văn Đức"),
                        ("signer_title", "Chủ tịch")):
        getattr(f, field).setText(text)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert desk.officer.name == "Nguyễn Thị Hoa" and not desk.quick.needs_setup()
    assert errors.seen == []


def test_the_demo_choice_also_records_the_officer(qtbot, nameless_desk, jobs, errors):
    wizard = open_wizard(qtbot, nameless_desk, jobs, errors, demo_requests=6)
    wizard.welcome.officer.setText("Trần Văn Bình")
    wizard.welcome.demo.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=30_000)
    assert nameless_desk.officer.name == "Trần Văn Bình" and wizard.demo_result.created == 6
