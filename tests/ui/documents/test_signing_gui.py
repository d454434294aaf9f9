"""Digital signature in the GUI (ND13 Đ10.2): the office chooses its PKCS#12 file on the Office page (the path
only); the issue dialog of a reply to an electronic request offers "Sign digitally" with a password never
shown nor stored; the Documents list says whether each file's signature holds; a broken signature is routed
like a changed file. A self-signed certificate made by the test, the real pyHanko signer."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.documents import FormCode
from focal_desk.domain.enums import Channel, IdType, RequesterKind
from focal_desk.domain.errors import SignatureBroken
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.ui.agency.form import AgencyForm
from focal_desk.ui.documents.issue_dialog import IssueDocumentDialog
from focal_desk.ui.errors import ErrorRouter


def _request(desk, channel: Channel):
    return desk.requests.register(RequestDraft(
        requester=Requester(RequesterKind.CITIZEN, "Nguyễn Thị Lan", IdType.CCCD, "001190012345",
                            "Thôn Đoài, xã Đạo Trù", email="lan@example.vn"),
        channel=channel,
        received_at=datetime(2026, 2, 25, 8, 15, tzinfo=VN_TZ),
        info_requested="Quyết định giao đất năm 2020",
        purpose="Kiểm tra ranh giới thửa đất",
    ))


def _receipt_dialog(qtbot, file) -> IssueDocumentDialog:
    panel = file.documents
    qtbot.waitUntil(lambda: any(i.form is FormCode.RECEIPT for i in panel.offered), timeout=5000)
    dialog = panel.issue(next(i for i in panel.offered if i.form is FormCode.RECEIPT))
    qtbot.waitUntil(dialog.issue_button.isEnabled, timeout=15_000)  # nothing to type: previewed at once
    return dialog


def test_the_office_page_keeps_the_certificate_path_only(qtbot, desk, jobs, errors, make_certificate, core):
    cert = make_certificate()
    form = AgencyForm(desk, jobs, errors)
    qtbot.addWidget(form)
    qtbot.waitUntil(lambda: form.fields._loaded is not None, timeout=5000)
    assert form.certificate.path.text() == "" and form.certificate.path.isReadOnly()
    form.certificate.set_path(cert.path)  # what "Choose…" does once a file is picked
    form.save_button.click()
    qtbot.waitUntil(lambda: form.status.text() == "Saved.", timeout=5000)
    assert desk.documents.certificate_path() == cert.path
    again = AgencyForm(desk, jobs, errors)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.certificate.path.text() == str(cert.path), timeout=5000)
    with closing(sqlite3.connect(core.paths.database)) as db:
        dump = "\n".join(db.iterdump())
    assert cert.password not in dump  # no password anywhere in the register
    again.certificate.clear_button.click()
    again.save_button.click()
    qtbot.waitUntil(lambda: desk.documents.certificate_path() is None, timeout=5000)
    assert errors.seen == []


def test_a_reply_to_an_electronic_request_is_signed_with_the_password_typed(
        qtbot, desk, open_file, make_certificate, core, errors):
    cert = make_certificate()
    desk.documents.set_certificate_path(cert.path)
    r = _request(desk, Channel.ELECTRONIC)
    file = open_file(r.id)
    dialog = _receipt_dialog(qtbot, file)
    qtbot.waitUntil(lambda: not dialog.signing.isHidden(), timeout=5000)
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password and not dialog.password.isEnabled()
    dialog.sign.setChecked(True)
    assert dialog.password.isEnabled()
    dialog.password.setText("sai mật khẩu")
    dialog.issue()  # the wrong password: said beside the field, nothing issued, no number taken
    qtbot.waitUntil(lambda: bool(dialog.field_errors.labels["password"].text()), timeout=15_000)
    assert desk.documents.for_request(r.id) == [] and dialog.document is None
    dialog.password.setText(cert.password)
    dialog.issue()
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=30_000)
    assert dialog.password.text() == "" and dialog.signing.isHidden()
    check = desk.documents.signature(dialog.document.id)
    assert check.signed and check.signer == cert.common_name
    panel = file.documents
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    assert panel.model.headerData(4, Qt.Orientation.Horizontal) == "Digital signature"
    qtbot.waitUntil(lambda: panel.model.index(0, 4).data() == "Signed digitally: root certificate not verified",
                    timeout=10_000)  # a self-signed certificate: intact, its root not one we trust

    panel.view_button.click()  # Xem: the viewer names the signer
    viewer = panel.ops.viewer
    qtbot.waitUntil(lambda: bool(viewer.pages.images), timeout=15_000)
    assert viewer.heading.text().endswith(f"Signed digitally by {cert.common_name}: root certificate not verified")
    viewer.reject()

    stored = core.paths.documents / dialog.document.path
    stored.write_bytes(stored.read_bytes() + b"%edited")
    panel.load()
    qtbot.waitUntil(lambda: panel.model.index(0, 4).data() == "File changed or missing", timeout=10_000)
    assert errors.seen == []


def test_no_signing_offered_for_a_postal_request_or_without_a_certificate(qtbot, desk, open_file, make_certificate,
                                                                         jobs):
    desk.documents.set_certificate_path(make_certificate().path)
    postal = open_file(_request(desk, Channel.POSTAL).id)  # kept referenced: qtbot holds a weak reference
    dialog = _receipt_dialog(qtbot, postal)
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=5000)
    assert dialog.signing.isHidden() and dialog.credentials() is None
    desk.documents.set_certificate_path(None)
    electronic = open_file(_request(desk, Channel.ELECTRONIC).id)
    dialog = _receipt_dialog(qtbot, electronic)
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=5000)
    assert dialog.signing.isHidden()


@pytest.mark.parametrize("detail", ["Chữ ký không khớp với nội dung"])
def test_a_broken_signature_is_routed_like_a_changed_file(monkeypatch, detail):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0)
    ErrorRouter("x.log").handle(SignatureBroken("/data/documents/2026/x.pdf", "ab" * 32, detail))
    text, details = shown[0]
    assert "digital signature" in text and detail in text
    assert "/data/documents/2026/x.pdf" in details
