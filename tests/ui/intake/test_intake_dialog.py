"""The intake form through the real services on a real SQLite file."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from intake_helpers import ADDRESS, CCCD, INFO, NAME, count, leave, register_directly, type_walk_in
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from focal_desk.domain.enums import Channel, Complexity, RequesterKind, Status
from focal_desk.domain.errors import EnvironmentProblem
from focal_desk.ui.intake.dialog import IntakeDialog


@pytest.fixture
def dialog(qtbot, desk, jobs, errors, monkeypatch):
    monkeypatch.setattr(IntakeDialog, "confirm_discard", lambda self: True)  # closing at teardown asks nobody
    d = IntakeDialog(desk, jobs, errors)
    qtbot.addWidget(d)
    d.show()
    return d


def test_a_walk_in_typed_in_vietnamese_is_saved_with_enter_and_due_today(qtbot, dialog, desk):
    assert dialog.receipt.current_channel() is Channel.IN_PERSON and dialog.receipt.valid_now.isChecked()
    type_walk_in(dialog)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as blocker:
        qtbot.keyClick(dialog.requester.address, Qt.Key.Key_Return)
    request = desk.requests.get(blocker.args[0])
    assert request.requester.full_name == NAME and request.requester.address == ADDRESS
    assert request.info_requested == INFO and request.requester.id_number == CCCD
    assert request.status is Status.VALID and request.complexity is Complexity.SIMPLE
    assert request.received_at.date() == date(2026, 3, 2) and request.deadlines.provide_due == date(2026, 3, 2)
    assert not dialog.isVisible() and count(desk) == 1


def test_bad_input_is_shown_beside_each_field_and_nothing_is_saved(qtbot, dialog, desk, jobs):
    type_walk_in(dialog, id_number="00120300456")
    dialog.requester.email.setText("duc.nguyen@")
    dialog.request.info_requested.setPlainText("   ")
    dialog.receipt.received_at.setDateTime(QDateTime(QDate(2026, 3, 3), QTime(8, 0)))
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    labels = {**dialog.requester.errors.labels, **dialog.request.errors.labels, **dialog.receipt.errors.labels}
    assert labels["id_number"].text() == "Số căn cước / định danh cá nhân phải gồm đúng 12 chữ số"
    assert labels["email"].text() == "Địa chỉ thư điện tử không đúng định dạng"
    assert labels["info_requested"].text().startswith("Chưa ghi thông tin được yêu cầu")
    assert labels["received_at"].text() == "Ngày tiếp nhận không được ở tương lai"
    assert all(labels[k].isVisible() for k in ("id_number", "email", "info_requested", "received_at"))
    assert not labels["full_name"].isVisible() and not labels["address"].isVisible()
    assert dialog.isVisible() and not jobs.busy() and count(desk) == 0
    assert dialog.requester.full_name.text() == NAME  # nothing typed is lost
    dialog.requester.id_number.setText(CCCD)  # fixing a field clears its message when the officer leaves it
    leave(dialog.requester.id_number)
    assert not labels["id_number"].isVisible() and labels["email"].isVisible()


def test_inline_check_speaks_only_about_fields_already_visited(dialog):
    dialog.requester.email.setText("khong-phai-email")
    leave(dialog.requester.email)
    labels = dialog.requester.errors.labels
    assert labels["email"].isVisible() and labels["email"].text() == "Địa chỉ thư điện tử không đúng định dạng"
    assert not labels["full_name"].isVisible() and not dialog.request.errors.labels["info_requested"].isVisible()


def test_an_organisation_with_members_is_saved_with_its_member_table(qtbot, dialog, desk):
    q = dialog.requester
    q.kind.setCurrentIndex(q.kind.findData(RequesterKind.ORGANISATION))
    assert q.members.isVisibleTo(dialog) and q.on_behalf_of_name.isVisibleTo(dialog)
    type_walk_in(dialog)
    q.on_behalf_of_name.setText("Hội Nông dân xã Đạo Trù")
    q.members.model.set_members([("Phạm Thị Lan", "001203004568", "Tìm hiểu chính sách"),
                                 ("Hoàng Văn Tú", "12345", "")])
    dialog.save()
    assert "Thành viên 2" in q.members.error.text() and count(desk) == 0
    bad = q.members.model.index(1, 1)
    assert q.members.model.data(bad, Qt.ItemDataRole.ToolTipRole).startswith("Thành viên 2")
    q.members.model.setData(bad, "001203004569")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as blocker:
        dialog.save()
    stored = desk.requests.get(blocker.args[0]).requester
    assert stored.kind is RequesterKind.ORGANISATION and stored.on_behalf_of_name == "Hội Nông dân xã Đạo Trù"
    assert [(m.full_name, m.id_number) for m in stored.members] == [
        ("Phạm Thị Lan", "001203004568"), ("Hoàng Văn Tú", "001203004569")]


def test_kind_decides_which_fields_show(dialog):
    q = dialog.requester
    assert not q.members.isVisibleTo(dialog) and not q.nationality.isVisibleTo(dialog)
    q.kind.setCurrentIndex(q.kind.findData(RequesterKind.FOREIGN_RESIDENT))
    assert q.nationality.isVisibleTo(dialog) and not q.on_behalf_of_name.isVisibleTo(dialog)
    q.kind.setCurrentIndex(q.kind.findData(RequesterKind.GUARDIAN))
    assert q.on_behalf_of_name.isVisibleTo(dialog) and not q.nationality.isVisibleTo(dialog)


def test_a_known_requester_is_offered_and_filled_in(qtbot, dialog, desk):
    register_directly(desk)
    dialog.requester.id_number.setText("0012 0300 4567")  # spaces as people type them
    dialog.requester.id_number.editingFinished.emit()
    bar = dialog.lookups.known_bar
    qtbot.waitUntil(lambda: not bar.isHidden(), timeout=10_000)
    assert NAME in bar.label.text()
    bar.action.click()
    assert dialog.requester.full_name.text() == NAME and dialog.requester.address.text() == ADDRESS
    assert dialog.requester.phone.text() == "0912 345 678" and bar.isHidden()


def test_an_unknown_number_offers_nothing(qtbot, dialog, jobs):
    dialog.requester.id_number.setText("079203004567")
    dialog.requester.id_number.editingFinished.emit()
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=10_000)
    assert dialog.lookups.known_bar.isHidden()


def test_a_repeat_request_is_pointed_out_after_two_provisions_and_may_still_be_saved(qtbot, dialog, desk):
    register_directly(desk, provided=True)
    register_directly(desk, info=INFO.upper() + ".", provided=True)  # same information, other wording
    type_walk_in(dialog)
    leave(dialog.request.info_requested)
    bar = dialog.lookups.repeat_bar
    qtbot.waitUntil(lambda: not bar.isHidden(), timeout=10_000)
    assert "2 time(s)" in bar.label.text() and "28.1.d" in bar.label.text()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as blocker:
        dialog.save()
    assert desk.requests.get(blocker.args[0]).repeat_count == 2


def test_a_scan_is_copied_with_its_sha256_when_the_request_is_saved(qtbot, dialog, desk, tmp_path):
    scan = tmp_path / "Đơn đề nghị.pdf"
    scan.write_bytes(b"%PDF-1.4\n% thu de nghi\n%%EOF\n")
    (tmp_path / "ghi chu.docx").write_bytes(b"PK\x03\x04")
    dialog.attachments.add_paths([str(scan), str(tmp_path / "ghi chu.docx")])
    assert dialog.attachments.paths() == [str(scan)]
    assert "ghi chu.docx" in dialog.attachments.error.text()
    type_walk_in(dialog)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as blocker:
        dialog.save()
    [attachment] = desk.attachments.list(blocker.args[0])
    assert attachment.filename == "Đơn đề nghị.pdf"
    assert attachment.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert desk.attachments.path_of(attachment).read_bytes() == scan.read_bytes()


def test_a_locked_database_keeps_everything_typed_and_saving_again_works(qtbot, dialog, desk, errors, monkeypatch):
    real = desk.requests.register
    monkeypatch.setattr(desk.requests, "register", lambda draft: (_ for _ in ()).throw(EnvironmentProblem("locked")))
    type_walk_in(dialog)
    dialog.save()
    qtbot.waitUntil(lambda: bool(errors.seen), timeout=10_000)
    assert isinstance(errors.seen[0], EnvironmentProblem) and count(desk) == 0
    assert dialog.isVisible() and dialog.save_button.isEnabled() and dialog.requester.full_name.text() == NAME
    monkeypatch.setattr(desk.requests, "register", real)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    assert count(desk) == 1


def test_escape_asks_before_discarding_typed_text(qtbot, dialog, desk, monkeypatch):
    answers = []
    monkeypatch.setattr(IntakeDialog, "confirm_discard", lambda self: answers.append("asked") or False)
    dialog.requester.full_name.setText(NAME)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers == ["asked"] and dialog.isVisible()
    monkeypatch.setattr(IntakeDialog, "confirm_discard", lambda self: True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and count(desk) == 0


def test_an_empty_form_closes_without_asking(qtbot, desk, jobs, errors, monkeypatch):
    monkeypatch.setattr(IntakeDialog, "confirm_discard", lambda self: pytest.fail("asked for nothing"))
    d = IntakeDialog(desk, jobs, errors)
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert not d.isVisible()


def test_a_written_request_is_not_marked_valid_by_default(qtbot, dialog, desk):
    dialog.receipt.channel.setCurrentIndex(dialog.receipt.channel.findData(Channel.POSTAL))
    assert not dialog.receipt.valid_now.isChecked() and not dialog.receipt.valid_on.isEnabled()
    type_walk_in(dialog)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as blocker:
        dialog.save()
    assert desk.requests.get(blocker.args[0]).status is Status.RECEIVED


def test_an_answer_arriving_after_the_dialog_closed_is_dropped(qtbot, dialog, desk, jobs):
    register_directly(desk)
    dialog.requester.id_number.setText(CCCD)
    dialog.requester.id_number.editingFinished.emit()
    dialog.reject()  # confirm_discard is patched to say yes
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=10_000)
    assert dialog.lookups.known_bar.isHidden() and dialog.lookups.known is None
