"""The issue 11 journey in the GUI: an entry with a real PDF added through the service; at intake the officer
types what is asked, the entry is suggested and linked; in the request file the officer redacts an area
marked with the keyboard and every occurrence of a phrase, writes the copy (its text, read back, lacks the
words; the original is unchanged), and builds a ZIP package that is read back."""

from __future__ import annotations

import hashlib
import zipfile

from flow_files import pdf_text, published_entry, text_pdf
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def _key(widget, key, times: int = 1, mods=Qt.KeyboardModifier.NoModifier) -> None:
    for _ in range(times):
        QTest.keyClick(widget, key, mods)


def test_intake_link_redact_and_package(qtbot, desk, jobs, errors, tmp_path):
    from focal_desk.ui.intake.dialog import IntakeDialog
    from focal_desk.ui.provision.dialog import ProvisionDialog
    from focal_desk.ui.redaction.dialog import RedactionDialog
    from focal_desk.ui.request_file.dialog import RequestFileDialog

    entry = published_entry(desk, text_pdf(tmp_path / "qd.pdf"))
    original = entry.files[0]
    original_bytes = desk.catalogue.open_file(original).read_bytes()

    # intake: the officer types; the entry is suggested; Space ticks it; Save links it
    intake = IntakeDialog(desk, jobs, errors)
    qtbot.addWidget(intake)
    intake.has_input = lambda: False
    intake.show()
    intake.requester.id_number.setText("001203004567")
    intake.requester.full_name.setText("Nguyễn Văn Đức")
    intake.requester.address.setText("Thôn Đông, xã Đạo Trù")
    intake.request.info_requested.setPlainText("Bản sao quyết định giao đất thửa 112 cho ông Trần Văn Bình")
    intake.request.purpose.setPlainText("Tìm hiểu")
    qtbot.waitUntil(lambda: intake.catalogue.list.count() > 0, timeout=5000)
    intake.catalogue.list.setFocus()
    intake.catalogue.list.setCurrentRow(0)
    _key(intake.catalogue.list, Qt.Key.Key_Space)
    with qtbot.waitSignal(intake.saved, timeout=10_000) as saved:
        intake.save_button.click()
    request_id = saved.args[0]
    assert [e.id for e in desk.catalogue.links_of(request_id)] == [entry.id]

    # the request file: the catalogue tab lists the entry and its file
    window = RequestFileDialog(desk, jobs, errors, request_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.request is not None, timeout=5000)
    panel = window.catalogue
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=5000)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0).child(0))
    assert panel.selected_file().id == original.id and panel.redact_button.isEnabled()
    panel.redact_button.click()
    redaction = window.flow_dialog
    assert isinstance(redaction, RedactionDialog)
    qtbot.waitUntil(redaction.ready, timeout=10_000)
    assert redaction.page_list.count() == 2

    # keyboard: Ins puts a box at the centre; arrows move it over line 2 ("Thửa đất số 112", baseline 140 pt)
    canvas = redaction.canvas
    canvas.setFocus()
    _key(canvas, Qt.Key.Key_Insert)
    assert len(canvas.areas) == 1
    box = canvas.areas[0]
    _key(canvas, Qt.Key.Key_Left, round((box.x0 - 68) / 4))
    _key(canvas, Qt.Key.Key_Up, round((box.y0 - 118) / 4))
    _key(canvas, Qt.Key.Key_Down, 2, Qt.KeyboardModifier.ShiftModifier)  # taller by 8 pt
    box = canvas.areas[0]
    assert 64 <= box.x0 <= 72 and 114 <= box.y0 <= 122 and round(box.y1 - box.y0) == 32
    # no ground yet: nothing is written, the officer is told
    redaction.write()
    assert redaction.copy is None and desk.redaction.copies_of(request_id) == []
    redaction.set_ground("7.2")  # applies to the selected area and to the next ones
    assert canvas.areas[0].ground == "7.2"

    # a phrase: every occurrence (page 1 line 1, page 2 line 2)
    redaction.phrase.setText("Trần Văn Bình")
    QTest.keyClick(redaction.phrase, Qt.Key.Key_Return)  # Enter marks the phrase, it does not write yet
    qtbot.waitUntil(lambda: len(canvas.areas) == 3, timeout=5000)
    assert sorted(a.page for a in canvas.areas[1:]) == [1, 2] and {a.ground for a in canvas.areas} == {"7.2"}
    assert redaction.copy is None

    with qtbot.waitSignal(redaction.written, timeout=60_000):
        redaction.write_button.click()
    copy = redaction.copy
    assert copy.page_count == 2 and len(copy.areas) == 3
    copy_path = desk.redaction.open_copy(copy.id)
    text = pdf_text(copy_path)
    for word in ("Bình", "112", "Thửa"):
        assert word not in text
    assert desk.catalogue.open_file(original).read_bytes() == original_bytes  # the original is never changed
    assert "Bình" in pdf_text(original_bytes)
    qtbot.waitUntil(lambda: [c.id for c in panel.copies] == [copy.id], timeout=5000)  # listed in the tab
    redaction.reject()

    # the package: the redacted copy is offered (and chosen), the original not; a ZIP, read back
    panel.provision_button.click()
    package = window.flow_dialog
    assert isinstance(package, ProvisionDialog)
    qtbot.waitUntil(package.ready, timeout=5000)
    assert [(i.source, i.ref_id) for i in package.items()] == [("redacted", copy.id)]
    assert not package.letter.isEnabled()  # the letter comes once the provision is recorded
    from focal_desk.domain.provision import ProvisionMethod

    package.set_method(ProvisionMethod.ZIP)
    target = tmp_path / "usb" / "goi.zip"
    target.parent.mkdir()
    package.destination.setText(str(target))
    with qtbot.waitSignal(package.built, timeout=30_000):
        package.build_button.click()
    with zipfile.ZipFile(target) as z:
        names = [n for n in z.namelist() if n.endswith(".pdf")]
        assert names == ["qd (bản đã che).pdf"]
        data = z.read(names[0])
    assert hashlib.sha256(data).hexdigest() == copy.sha256
    assert "Bình" not in pdf_text(data)
    recorded = desk.provision.provisions_of(request_id)
    assert len(recorded) == 1 and recorded[0].method is ProvisionMethod.ZIP and recorded[0].page_count == 2
    assert package.open_button.isVisible() and "goi.zip" in package.status.text()
    qtbot.waitUntil(panel.packages.isVisible, timeout=5000)  # the request file lists the package made
    assert "goi.zip" in panel.packages.text() and "ZIP" in panel.packages.text()
    assert errors.seen == []
