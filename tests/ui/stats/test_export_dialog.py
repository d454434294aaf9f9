"""File ▸ Export the log book (issue 9.1, GUI): each format written through the dialog with progress, read back;
the folder offered when done; Cancel leaves no file, not even a half-written one."""

from __future__ import annotations

import csv
import io
import re
import threading

import openpyxl
import pdfplumber
import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from focal_desk.domain.log_book import ExportFormat
from focal_desk.domain.period import Period
from focal_desk.ui.statistics.export_dialog import ExportLogDialog
from focal_desk.ui.statistics.period_picker import YEAR

YEAR_2025 = Period.year(2025)


class OpenedUrls(QObject):
    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened(qapp):
    recorder = OpenedUrls()
    QDesktopServices.setUrlHandler("file", recorder, "open")
    yield recorder
    QDesktopServices.unsetUrlHandler("file")


def _dialog(qtbot, desk, jobs, errors, fmt, target, public=False):
    dialog = ExportLogDialog(desk, jobs, errors)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.picker.set_period(YEAR_2025, YEAR)
    dialog.set_format(fmt)
    dialog.public.setChecked(public)
    dialog.target.setText(str(target))
    return dialog


def _register_numbers(desk, period):
    book = desk.log_book.read(period)
    return [e.register_number for e in book.entries]


def test_the_dialog_proposes_last_month_in_documents(qtbot, desk, jobs, errors):
    dialog = ExportLogDialog(desk, jobs, errors)
    qtbot.addWidget(dialog)
    assert dialog.picker.period() == Period.month(2026, 2)  # the clock says 02/03/2026
    assert dialog.target.text().endswith("so-theo-doi-2026-02.pdf")
    dialog.set_format(ExportFormat.XLSX)
    dialog.public.setChecked(True)
    assert dialog.target.text().endswith("so-theo-doi-2026-02-cong-khai.xlsx")


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_each_format_is_written_with_progress_and_reads_back(qtbot, seeded_desk, jobs, errors, tmp_path, opened, fmt):
    target = tmp_path / "out" / f"so.{fmt.value}"
    dialog = _dialog(qtbot, seeded_desk, jobs, errors, fmt, target)
    steps: list[int] = []
    dialog.progress.valueChanged.connect(steps.append)
    dialog.export_button.click()
    assert not dialog.export_button.isEnabled() and dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=60_000)
    assert errors.seen == []
    assert dialog.result_path == target and target.exists()
    assert steps and max(steps) == dialog.progress.maximum() == 1000  # the bar went to the end
    numbers = _register_numbers(seeded_desk, YEAR_2025)
    assert len(numbers) > 50
    if fmt is ExportFormat.CSV:
        raw = target.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
        found = [cell for row in rows for cell in row[:2] if cell in set(numbers)]
        assert sorted(set(found)) == sorted(numbers)
    elif fmt is ExportFormat.XLSX:
        book = openpyxl.load_workbook(target, read_only=True)  # read-only keeps the file open until close()
        try:
            cells = {str(c) for row in book.active.iter_rows(values_only=True) for c in row if c is not None}
        finally:
            book.close()
        assert set(numbers) <= cells
    else:
        with pdfplumber.open(target) as pdf:
            text = "\n".join(page.extract_text() for page in pdf.pages)
        assert set(re.findall(r"^(\d+/2025) ", text, re.MULTILINE)) == set(numbers)
        assert f"Tổng số yêu cầu trong kỳ: {len(numbers)}" in text
    assert "1" in dialog.status.text() and str(target) in dialog.status.text()
    assert dialog.open_folder_button.isVisible() and dialog.open_file_button.isVisible()
    dialog.open_folder_button.click()
    dialog.open_file_button.click()
    assert [u.toLocalFile() for u in opened.urls] == [str(target.parent), str(target)]


def test_cancel_leaves_no_file(qtbot, seeded_desk, jobs, errors, tmp_path):
    """The export waits behind another writer (it runs on the writing lane); Cancel is pressed meanwhile: when
    its turn comes it stops, and neither the file nor a temporary one is left."""
    target = tmp_path / "out" / "so.xlsx"
    target.parent.mkdir()
    dialog = _dialog(qtbot, seeded_desk, jobs, errors, ExportFormat.XLSX, target)
    gate, started = threading.Event(), threading.Event()

    def writer_busy():
        started.set()
        gate.wait(30)

    jobs.submit(writer_busy, lane="db-write")
    assert started.wait(10)
    dialog.export_button.click()
    assert not dialog.export_button.isEnabled() and dialog.progress.isVisible()
    dialog.close_button.click()  # "Cancel" while exporting
    assert dialog.isVisible()  # the dialog waits for the export to stop
    gate.set()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30_000)
    assert errors.seen == []
    assert dialog.result_path is None
    assert list(target.parent.iterdir()) == []
    assert not dialog.open_folder_button.isVisible()
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_export_then_cancel_mid_write_through_the_dialog(qtbot, seeded_desk, jobs, errors, tmp_path):
    """Cancel pressed as soon as the first progress arrives: whether the writer saw it or had already finished,
    the folder holds either the whole file or nothing — never a temporary one."""
    target = tmp_path / "out" / "so.pdf"
    dialog = _dialog(qtbot, seeded_desk, jobs, errors, ExportFormat.PDF, target)
    dialog.progress.valueChanged.connect(lambda _v: dialog._running and dialog.cancel())
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=60_000)
    assert [p.name for p in target.parent.iterdir() if p.name != "so.pdf"] == []
    assert (dialog.result_path is not None) == target.exists()
    if target.exists():
        with pdfplumber.open(target) as pdf:
            assert len(pdf.pages) >= 1
