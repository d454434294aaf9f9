"""OCR from the entry dialog: a scanned PNG read in the background with a progress bar, its text stored and
found by search; Cancel stores nothing; without Tesseract the button is disabled and says why."""

from __future__ import annotations

import pytest
from catalogue_gui_files import scan_png

from focal_desk.digitise.ocr import ENV_VAR, ocr_unavailable_reason
from focal_desk.domain.catalogue import CatalogueEntry

OCR_MISSING = ocr_unavailable_reason()
needs_ocr = pytest.mark.skipif(
    OCR_MISSING is not None, reason=f"Tesseract with Vietnamese data: {OCR_MISSING}"
)


def _entry_with_scan(desk, tmp_path, name="quet.png"):
    scan = scan_png(tmp_path / name, ["Quyết định phê duyệt", "phương án bồi thường"])
    return desk.catalogue.add(CatalogueEntry(None, "Văn bản quét"), "can_bo_test", [scan])


@needs_ocr
def test_ocr_runs_in_the_background_and_its_text_is_searched(qtbot, page, desk, tmp_path):
    entry = _entry_with_scan(desk, tmp_path)
    dialog = page.open_entry(entry.id)
    ocr = dialog.files.ocr
    qtbot.waitUntil(lambda: ocr.button.isEnabled(), timeout=20_000)
    progressed: list[tuple[int, int]] = []
    ocr.progress.valueChanged.connect(lambda v: progressed.append((v, ocr.progress.maximum())))
    ocr.button.click()
    assert ocr.running() and ocr.progress.isVisible() and ocr.cancel_button.isVisible()
    assert not ocr.button.isEnabled()
    with qtbot.waitSignal(ocr.recognised, timeout=60_000) as done:
        pass
    assert done.args[0].text_source == "ocr" and "bồi thường" in done.args[0].text
    assert (1, 1) in progressed and not ocr.progress.isVisible()
    assert "text by OCR" in dialog.files.list.item(0).text()
    assert "now found by search" in ocr.status.text()
    assert not ocr.button.isEnabled()  # the file has its text now
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.search.setText("phuong an boi thuong")
    assert page.model.total == 1


@needs_ocr
def test_cancel_stops_the_run_and_stores_nothing(qtbot, page, desk, tmp_path):
    entry = _entry_with_scan(desk, tmp_path)
    dialog = page.open_entry(entry.id)
    ocr = dialog.files.ocr
    qtbot.waitUntil(lambda: ocr.button.isEnabled(), timeout=20_000)
    ocr.button.click()
    ocr.cancel_button.click()
    with qtbot.waitSignal(ocr.finished, timeout=60_000):
        pass
    assert ocr.status.text() == "OCR stopped: nothing was stored."
    assert desk.catalogue.get_file(entry.files[0].id).text_source == "none"
    assert ocr.button.isEnabled()  # it can be run again


def test_without_tesseract_the_button_is_disabled_with_the_reason(qtbot, page, desk, tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "khong-co" / "tesseract.exe"))
    entry = _entry_with_scan(desk, tmp_path)
    dialog = page.open_entry(entry.id)
    ocr = dialog.files.ocr
    qtbot.waitUntil(lambda: ocr.status.text() != "", timeout=10_000)
    assert not ocr.button.isEnabled()
    assert "Tesseract" in ocr.button.toolTip() and ocr.status.text() == ocr.button.toolTip()
    assert dialog.files.open_button.isEnabled() and dialog.save_button.isEnabled()  # the rest still works
