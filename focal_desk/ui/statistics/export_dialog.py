"""File ▸ Export the log book: a period, a format, full or public copy, a target file; the export runs as a job
on the writing lane (it records an audit row) with progress and Cancel. A cancelled export leaves no file
(services/log_book.py writes beside the target and renames only at the end)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.log_book import ExportFormat
from ...domain.period import Period
from ..request_file.lifetime import while_alive
from ..save_path import ask_save_path
from ..screen_fit import fit_window
from .period_picker import MONTH, PeriodPicker


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


class ExportLogDialog(QDialog):
    def __init__(self, desk, jobs, errors, parent: QWidget | None = None, period: Period | None = None,
                 kind: int = MONTH):
        """``period``: the one to offer (the statistics page's); last month when None."""
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self.setWindowTitle(self.tr("Export the log book"))
        self._cancel = threading.Event()
        self._running = False
        self._chosen_folder: Path | None = None  # the officer picked a folder: keep it, follow the name
        self.result_path: Path | None = None

        self.picker = PeriodPicker(desk.clock.now().date())
        if period is not None:
            self.picker.set_period(period, kind)
        self.formats = QButtonGroup(self)
        format_row = QHBoxLayout()
        for fmt, text in ((ExportFormat.PDF, self.tr("P&DF (to print)")), (ExportFormat.XLSX, self.tr("E&xcel")),
                          (ExportFormat.CSV, self.tr("&CSV"))):
            button = QRadioButton(text)
            button.setProperty("format", fmt.value)
            self.formats.addButton(button)
            format_row.addWidget(button)
        format_row.addStretch(1)
        self.formats.buttons()[0].setChecked(True)
        self.public = QCheckBox(self.tr("P&ublic copy (personal data masked)"))
        self.public.setToolTip(self.tr("ID numbers, phone numbers, e-mail and street addresses are masked; the "
                                       "commune is kept."))
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("File to write"))
        self.browse = QPushButton(self.tr("C&hoose…"))
        self.browse.clicked.connect(self.choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.target)

        form = QFormLayout()
        form.addRow(self.picker)
        form.addRow(self.tr("Format:"), format_row)
        form.addRow("", self.public)
        form.addRow(file_label, target_row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_folder_button = buttons.addButton(self.tr("Open the f&older"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_file_button = buttons.addButton(self.tr("Open the fi&le"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        for b in (self.open_folder_button, self.open_file_button):
            b.setVisible(False)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.open_folder_button.clicked.connect(lambda: self._open(self.result_path.parent))
        self.open_file_button.clicked.connect(lambda: self._open(self.result_path))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.picker.changed.connect(self._propose_name)
        self.formats.buttonToggled.connect(lambda _b, on: on and self._propose_name())
        self.public.toggled.connect(lambda _on: self._propose_name())
        self._propose_name()
        fit_window(self, 640, None)

    # --- choices -------------------------------------------------------------------------------------
    def format(self) -> ExportFormat:
        return ExportFormat(self.formats.checkedButton().property("format"))

    def set_format(self, fmt: ExportFormat) -> None:
        next(b for b in self.formats.buttons() if b.property("format") == fmt.value).setChecked(True)

    def proposed_name(self) -> str:
        public = "-cong-khai" if self.public.isChecked() else ""
        return f"so-theo-doi-{self.picker.slug()}{public}.{self.format().value}"

    def _propose_name(self) -> None:
        current = Path(self.target.text()) if self.target.text() else None
        folder = self._chosen_folder or (current.parent if current else documents_folder())
        self.target.setText(str(folder / self.proposed_name()))

    def choose_target(self) -> None:
        fmt = self.format()
        filters = {ExportFormat.PDF: self.tr("PDF documents (*.pdf)"),
                   ExportFormat.XLSX: self.tr("Excel workbooks (*.xlsx)"),
                   ExportFormat.CSV: self.tr("CSV files (*.csv)")}
        path = ask_save_path(self, self.tr("Export the log book to"), self.target.text(), fmt.value, filters[fmt])
        if path is not None:
            self._chosen_folder = path.parent
            self.target.setText(str(path))

    # --- the job -------------------------------------------------------------------------------------
    def start(self) -> None:
        if self._running:
            return
        text = self.target.text().strip()
        if not text:
            self.target.setFocus()
            return
        target, period, fmt, public = Path(text).expanduser(), self.picker.period(), self.format(), self.public.isChecked()
        self._cancel = threading.Event()
        cancel_flag = self._cancel
        desk = self.desk

        def run(progress):  # our own cancel flag: the job still reports its (cancelled) result
            return desk.log_book.export(period, fmt, target, public=public, progress=progress,
                                        cancel=cancel_flag.is_set)

        self._set_running(True)
        self.status.setText(self.tr("Exporting the log book…"))
        self.jobs.submit(run, on_success=while_alive(self, self._done), on_error=while_alive(self, self._failed),
                         on_progress=while_alive(self, self._progress), lane="db-write")

    def cancel(self) -> None:
        self._cancel.set()
        self.status.setText(self.tr("Cancelling…"))
        self.close_button.setEnabled(False)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result) -> None:
        self._set_running(False)
        if result.cancelled:
            self.status.setText(self.tr("Export cancelled: no file was written."))
            self.progress.setVisible(False)
            return
        self.result_path = Path(result.path)
        self.status.setText(self.tr("%n request(s) exported to:", "", result.entries) + "\n" + str(self.result_path))
        for b in (self.open_folder_button, self.open_file_button):
            b.setVisible(True)
        self.open_folder_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.progress.setVisible(False)
        self.status.setText("")
        self.errors.handle(exc, self, retry=self.start)

    def _set_running(self, running: bool) -> None:
        self._running = running
        for w in (self.picker, self.public, self.target, self.browse, self.export_button, *self.formats.buttons()):
            w.setEnabled(not running)
        if running:
            for b in (self.open_folder_button, self.open_file_button):
                b.setVisible(False)
            self.progress.setRange(0, 0)
            self.progress.setVisible(True)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        self.close_button.setEnabled(True)

    def _open(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def reject(self) -> None:
        if self._running:  # Esc or Cancel while exporting: stop it; the dialog closes when it has stopped
            self.cancel()
            return
        super().reject()
