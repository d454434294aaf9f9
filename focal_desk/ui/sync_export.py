"""File ▸ Export for the province: a month's signed summary written to a file (for a USB stick or a chat
app), for offices the province's server cannot reach. The same package `focal-desk summary --out` writes."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)


def recent_months(today, count: int = 13) -> list[tuple[int, int]]:
    """This month and the twelve before it, newest first."""
    y, m = today.year, today.month
    months = []
    for _ in range(count):
        months.append((y, m))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return months


def write_file(data: bytes, out: Path) -> Path:
    part = out.with_name(out.name + ".part")
    try:
        part.write_bytes(data)
        os.replace(part, out)  # never a half-written package under its name
    finally:
        part.unlink(missing_ok=True)
    return out


class MonthDialog(QDialog):
    def __init__(self, months: list[tuple[int, int]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for the province"))
        self.month = QComboBox()
        for y, m in months:
            self.month.addItem(self.tr("Month %1/%2").replace("%1", f"{m:02d}").replace("%2", str(y)), (y, m))
        self.month.setCurrentIndex(1 if len(months) > 1 else 0)  # the last whole month
        form = QFormLayout(self)
        form.addRow(self.tr("&Month:"), self.month)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ProvinceExport(QObject):
    finished = Signal(object)  # the file written, or None when cancelled or failed

    def __init__(self, desk, jobs, errors, parent: QWidget):
        super().__init__(parent)
        self._desk, self._jobs, self._errors, self._window = desk, jobs, errors, parent
        self.result_box: QMessageBox | None = None

    def start(self) -> None:
        dialog = MonthDialog(recent_months(self._desk.clock.now().date()), self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.finished.emit(None)
            return
        y, m = dialog.month.currentData()
        name, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Export for the province"), f"tong-hop-{y:04d}-{m:02d}.json",
            self.tr("Summary for the province (*.json)"))
        if not name:
            self.finished.emit(None)
            return
        self.run(y, m, Path(name))

    def run(self, year: int, month: int, out: Path) -> None:
        desk = self._desk

        def export():
            sync = desk.sync
            assert sync is not None
            built = sync.build_month(year, month, export=True)
            return built, write_file(built.entry.package, out)

        self._jobs.submit(export, on_success=self._done, on_error=self._failed, lane="db-write",
                          owner=self._window)

    def _done(self, result) -> None:
        built, out = result
        text = self.tr("The summary of %1, revision %2, was written to %3. Hand the file to the province.")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export for the province"),
                          text.replace("%1", built.entry.month).replace("%2", str(built.entry.revision))
                          .replace("%3", str(out)), QMessageBox.StandardButton.Ok, self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_box = box
        box.open()
        self.finished.emit(out)

    def _failed(self, exc: BaseException) -> None:
        self._errors.handle(exc, self._window)
        self.finished.emit(None)
