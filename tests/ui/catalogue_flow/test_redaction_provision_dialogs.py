"""The redaction and provision dialogs on their own: an area drawn with the mouse (widget pixels to PDF points
at the render dpi), hostile phrases, removing with Del; the provision dialog refusing a Đ6 original, writing an
.eml read back with the e-mail parser, and a destination it cannot use as one Vietnamese sentence."""

from __future__ import annotations

import email
from email import policy

import pytest
from flow_files import conditional_entry, published_entry, register, secret_entry, text_pdf
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from focal_desk.domain.provision import ProvisionMethod


@pytest.fixture
def linked(desk, tmp_path):
    pdf = text_pdf(tmp_path / "qd.pdf")
    entries = published_entry(desk, pdf), secret_entry(desk), conditional_entry(desk, pdf)
    r = register(desk)
    for e in entries:
        desk.catalogue.link(r.id, e.id, "can_bo_test")
    return r, entries


def _redaction(qtbot, desk, jobs, errors, file, request_id):
    from focal_desk.ui.redaction.dialog import RedactionDialog

    dialog = RedactionDialog(desk, jobs, errors, file, request_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ready, timeout=10_000)
    return dialog


def test_an_area_drawn_with_the_mouse_is_kept_in_points(qtbot, desk, jobs, errors, linked):
    r, (published, _secret, _conditional) = linked
    dialog = _redaction(qtbot, desk, jobs, errors, published.files[0], r.id)
    dialog.zoom.setCurrentIndex(dialog.zoom.findData(150))  # 144 dpi: 2 px per point
    qtbot.waitUntil(lambda: dialog.canvas.dpi == 144 and dialog.canvas.image is not None, timeout=5000)
    canvas = dialog.canvas
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(144, 200))
    QTest.mouseMove(canvas, QPoint(300, 250))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(344, 260))
    assert len(canvas.areas) == 1
    area = canvas.areas[0]
    assert (area.page, area.x0, area.y0) == (1, 72.0, 100.0)
    assert area.x1 == pytest.approx(172.5, abs=0.6) and area.y1 == pytest.approx(130.5, abs=0.6)
    assert dialog.area_list.count() == 1 and "7." not in dialog.area_list.item(0).text()  # no ground yet
    # a click on a marked area selects it; Del removes it
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(200, 220))
    assert canvas.selected == 0
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert canvas.areas == [] and not dialog.write_button.isEnabled()
    assert errors.seen == []


@pytest.mark.parametrize("phrase", ["\u200b\u200b", "Bình\x07", "ＢÌＮＨ", '"Bình" OR *'])
def test_hostile_phrases_mark_nothing_or_the_word_never_a_traceback(
    qtbot, desk, jobs, errors, linked, phrase
):
    r, (published, _secret, _conditional) = linked
    dialog = _redaction(qtbot, desk, jobs, errors, published.files[0], r.id)
    dialog.phrase.setText(phrase)
    dialog.find_phrase()
    jobs.wait_all()
    qtbot.waitUntil(dialog.find_button.isEnabled, timeout=5000)
    assert errors.seen == []  # found, not found, or one sentence in the status line
    assert all(a.page in (1, 2) for a in dialog.canvas.areas)
    dialog.canvas.areas.clear()


def test_the_provision_dialog_offers_no_original_of_a_secret_or_unconsented_entry(
    qtbot, desk, jobs, errors, linked, tmp_path
):
    from focal_desk.ui.provision.dialog import ProvisionDialog

    r, (published, _secret, conditional) = linked
    dialog = ProvisionDialog(desk, jobs, errors, desk.requests.get(r.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ready, timeout=5000)
    chosen = dialog.items()
    assert [(i.source, i.ref_id) for i in chosen] == [("original", published.files[0].id)]
    conditional_file = dialog.files.topLevelItem(2).child(0)
    assert not conditional_file.flags() & Qt.ItemFlag.ItemIsEnabled  # Đ7 without its consent
    assert dialog.files.topLevelItem(1).childCount() == 0  # the Đ6 entry has no file here

    dialog.set_method(ProvisionMethod.EMAIL)
    assert dialog.destination.text().endswith(".eml")
    target = tmp_path / "thu.eml"
    dialog.destination.setText(str(target))
    with qtbot.waitSignal(dialog.built, timeout=30_000):
        dialog.build_button.click()
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert not message["To"]  # the requester gave no e-mail: the officer addresses it in the mail program
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names == ["qd.pdf"]
    assert "1/2026" in message["Subject"]
    assert dialog.open_button.isVisible() and errors.seen == []


def test_a_destination_that_cannot_be_used_is_one_sentence(qtbot, desk, jobs, errors, linked, tmp_path):
    from focal_desk.ui.provision.dialog import ProvisionDialog

    r, _entries = linked
    dialog = ProvisionDialog(desk, jobs, errors, desk.requests.get(r.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ready, timeout=5000)
    dialog.set_method(ProvisionMethod.FOLDER)
    full = tmp_path / "day"
    full.mkdir()
    (full / "khac.txt").write_text("tệp của người khác", encoding="utf-8")
    dialog.destination.setText(str(full))  # a folder that is not empty
    dialog.build_button.click()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=10_000)
    jobs.wait_all()
    assert dialog.provision is None and dialog.status.text() and "\n" not in dialog.status.text().strip()
    assert "Traceback" not in dialog.status.text() and errors.seen == []
    assert desk.provision.provisions_of(r.id) == [] and sorted(p.name for p in full.iterdir()) == ["khac.txt"]


def test_page_keys_turn_the_page_and_new_areas_land_on_it(qtbot, desk, jobs, errors, linked):
    r, (published, _secret, _conditional) = linked
    dialog = _redaction(qtbot, desk, jobs, errors, published.files[0], r.id)
    canvas = dialog.canvas
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_PageDown)
    assert dialog.page_list.currentRow() == 1 and canvas.page == 2
    QTest.keyClick(canvas, Qt.Key.Key_Insert)
    QTest.keyClick(canvas, Qt.Key.Key_PageDown)  # no third page: stays
    QTest.keyClick(canvas, Qt.Key.Key_PageUp)
    assert canvas.page == 1 and [a.page for a in canvas.areas] == [2]
    canvas.areas.clear()


def test_stopping_the_copy_writes_and_records_nothing(qtbot, desk, jobs, errors, tmp_path):
    from flow_files import published_entry as add_entry

    pages = [[f"Trang {n}: ông Trần Văn Bình"] for n in range(1, 61)]
    entry = add_entry(desk, text_pdf(tmp_path / "dai.pdf", pages))
    r = register(desk)
    desk.catalogue.link(r.id, entry.id, "can_bo_test")
    dialog = _redaction(qtbot, desk, jobs, errors, entry.files[0], r.id)
    dialog.set_ground("6.2.b")
    dialog.canvas.setFocus()
    QTest.keyClick(dialog.canvas, Qt.Key.Key_Insert)
    dialog.write_button.click()
    assert dialog.cancel_button.isVisible() and not dialog.write_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.maximum() > 0, timeout=30_000)  # the first page's progress came
    dialog.cancel_button.click()
    assert not dialog.cancel_button.isVisible() and dialog.write_button.isEnabled()
    jobs.wait_all()
    qtbot.wait(20)
    assert dialog.copy is None and desk.redaction.copies_of(r.id) == []
    assert dialog.status.text() and errors.seen == []
    dialog.canvas.areas.clear()


def test_esc_asks_before_marked_areas_are_thrown_away(qtbot, desk, jobs, errors, linked, answer_prompt):
    r, (published, _secret, _conditional) = linked
    dialog = _redaction(qtbot, desk, jobs, errors, published.files[0], r.id)
    seen = answer_prompt("Keep typing")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # nothing marked: closes unasked
    qtbot.wait(10)  # the unused answer's timer runs now, not during the next question
    assert seen == [] and not dialog.isVisible()
    dialog.show()
    dialog.canvas.setFocus()
    QTest.keyClick(dialog.canvas, Qt.Key.Key_Insert)
    seen = answer_prompt("Keep typing")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(seen) == 1 and seen[0][0] == "Discard the marked areas?"
    assert dialog.isVisible() and len(dialog.canvas.areas) == 1
    seen = answer_prompt("Discard what was typed")
    dialog.close_button.click()
    assert len(seen) == 1 and not dialog.isVisible()
