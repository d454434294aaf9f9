"""“Add from scan folder…” on the catalogue page: the folder chosen, the shared fields set, the scans added in
the background with a progress bar, the result list (added, skipped with why) and the page reloaded; with OCR
a scan is then found by a word inside it; a folder that is not one of scans is one sentence."""

from __future__ import annotations

import pytest
from catalogue_gui_files import scan_png, text_pdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from focal_desk.digitise.ocr import ocr_unavailable_reason
from focal_desk.domain.errors import ValidationError

OCR_MISSING = ocr_unavailable_reason()


def _folder(tmp_path):
    folder = tmp_path / "ban_quet"
    folder.mkdir()
    text_pdf(folder / "QD_12_giao_dat.pdf", [["Giao thửa đất cho bà Lò Thị Mai"]])
    scan_png(folder / "QD_13_boi_thuong.png", ["Quyết định phê duyệt", "phương án bồi thường"])
    (folder / "hong.pdf").write_bytes(b"%PDF-1.4\nbroken")
    (folder / "ghi_chu.txt").write_text("x", encoding="utf-8")
    return folder


def _rows(dialog) -> list[tuple[str, str]]:
    t = dialog.table
    return [(t.item(r, 0).text(), t.item(r, 1).text()) for r in range(t.rowCount())]


def test_the_button_chooses_a_folder_adds_its_scans_and_lists_what_was_skipped(
    qtbot, page, desk, tmp_path, monkeypatch
):
    folder = _folder(tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    assert page.folder_button.isVisible()
    page.folder_button.setFocus()
    qtbot.keyClick(page.folder_button, Qt.Key.Key_Space)
    dialog = page.folder_dialog
    assert dialog is not None and dialog.isVisible() and str(folder) in dialog.head.text()
    dialog.pub_where.setText("Bảng tin UBND xã")
    dialog.published.setChecked(True)
    dialog.kind.setCurrentIndex(dialog.kind.findData("17.1.a"))
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    rows = _rows(dialog)
    assert rows[:2] == [
        ("QD_12_giao_dat.pdf", "Added: QD 12 giao dat"),
        ("QD_13_boi_thuong.png", "Added: QD 13 boi thuong"),
    ]
    skipped = dict(rows[2:])
    assert skipped["ghi_chu.txt"].startswith("Skipped: không phải tệp PDF")
    assert skipped["hong.pdf"].startswith("Skipped: ") and "Traceback" not in skipped["hong.pdf"]
    assert "2 scan(s) added" in dialog.status.text() and not dialog.add_button.isEnabled()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    entries = desk.catalogue.search("lo thi mai")
    assert [(e.kind, e.publication.where, e.publication.published) for e in entries] == [
        ("17.1.a", "Bảng tin UBND xã", True)
    ]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing unsaved after the run: closes without asking
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


@pytest.mark.skipif(OCR_MISSING is not None, reason=f"Tesseract with Vietnamese data: {OCR_MISSING}")
def test_with_ocr_a_scan_is_found_by_a_word_inside_it(qtbot, page, desk, tmp_path):
    dialog = page.add_folder(str(_folder(tmp_path)))
    qtbot.waitUntil(lambda: dialog.ocr.isEnabled(), timeout=20_000)
    dialog.ocr.setChecked(True)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=120_000)
    assert [e.files[0].text_source for e in dialog.result.added] == ["pdf", "ocr"]
    page.search.setText("phuong an boi thuong")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.entry_at(0).title == "QD 13 boi thuong"


def test_a_folder_without_scans_is_one_sentence(qtbot, page, errors, tmp_path):
    (tmp_path / "rong").mkdir()
    dialog = page.add_folder(str(tmp_path / "rong"))
    dialog.start()
    qtbot.waitUntil(lambda: bool(errors.seen), timeout=10_000)
    assert isinstance(errors.seen[0], ValidationError) and "không có tệp PDF" in str(errors.seen[0])
    assert dialog.add_button.isEnabled() and not dialog.progress.isVisible()


def test_esc_while_adding_stops_after_the_scan_and_keeps_the_dialog(qtbot, page, desk, tmp_path):
    folder = tmp_path / "nhieu"
    folder.mkdir()
    for n in range(6):
        text_pdf(folder / f"van_ban_{n}.pdf", [[f"Văn bản số {n}"]])
    dialog = page.add_folder(str(folder))
    dialog.start()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # asks the job to stop; the dialog waits for it
    assert dialog.isVisible() and not dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    result = dialog.result
    assert len(result.added) + result.remaining == 6 and desk.catalogue.count() == len(result.added)
    assert dialog.isVisible() and dialog.close_button.isEnabled()
