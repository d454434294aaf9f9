"""Export the catalogue: the published list for the portal (Excel, CSV, a web page folder with the files), the
printed list for the notice board (PDF), or the whole catalogue as the office's own Excel/CSV copy (which the
import reads back). Runs as a read job with progress and Cancel; the writers replace the target only once
complete, so a cancelled or failed export leaves no half-written file. Every export is audited (the writing
lane)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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

from ...domain.catalogue_export import CatalogueFormat
from ...domain.log_book import ExportCancelled
from ..request_file.lifetime import while_alive
from ..save_path import ask_save_path
from ..screen_fit import fit_window
from ..statistics.export_dialog import documents_folder
from .actor import actor_of

WHOLE_FORMATS = ("xlsx", "csv")


def default_name(fmt: str, whole: bool, day) -> str:
    stem = ("danh-muc-thong-tin" if whole else "danh-muc-cong-khai") + f"-{day:%Y-%m-%d}"
    return stem if fmt == "html" else f"{stem}.{fmt}"


class ExportCatalogueDialog(QDialog):
    def __init__(self, desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self.setWindowTitle(self.tr("Export the catalogue"))
        self._cancel = threading.Event()
        self._running = False
        self._chosen_folder: Path | None = None
        self.result_path: Path | None = None
        self.result = None

        self.formats = QButtonGroup(self)
        format_box = QVBoxLayout()
        for fmt, text in (
            ("xlsx", self.tr("&Excel (.xlsx) for the portal")),
            ("csv", self.tr("&CSV for the portal")),
            ("html", self.tr("&Web page folder with the files")),
            ("pdf", self.tr("&Printed list for the notice board (PDF)")),
        ):
            button = QRadioButton(text)
            button.setProperty("format", fmt)
            self.formats.addButton(button)
            format_box.addWidget(button)
        self.formats.buttons()[0].setChecked(True)
        self.whole = QCheckBox(
            self.tr("&All of the catalogue, every access class (the office's copy; it can be imported again)")
        )
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("File or folder to write"))
        self.browse = QPushButton(self.tr("C&hoose…"))
        self.browse.clicked.connect(self.choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse)
        target_label = QLabel(self.tr("&Save to:"))
        target_label.setBuddy(self.target)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), format_box)
        form.addRow("", self.whole)
        form.addRow(target_label, target_row)
        self.note = QLabel(
            self.tr(
                "The portal lists hold the public entries that are published and within their "
                "publication period today."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(self.tr("E&xport"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setVisible(False)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self._open)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.formats.buttonToggled.connect(lambda _b, on: on and self._format_changed())
        self.whole.toggled.connect(lambda _on: self._propose_name())
        self._format_changed()
        fit_window(self, 640, None)

    # --- choices -----------------------------------------------------------------------------------------
    def format(self) -> str:
        return str(self.formats.checkedButton().property("format"))

    def set_format(self, fmt: str) -> None:
        next(b for b in self.formats.buttons() if b.property("format") == fmt).setChecked(True)

    def is_whole(self) -> bool:
        return self.whole.isChecked() and self.format() in WHOLE_FORMATS

    def _format_changed(self) -> None:
        self.whole.setEnabled(self.format() in WHOLE_FORMATS)
        self._propose_name()

    def _propose_name(self) -> None:
        current = Path(self.target.text()) if self.target.text() else None
        folder = self._chosen_folder or (current.parent if current else documents_folder())
        self.target.setText(
            str(folder / default_name(self.format(), self.is_whole(), self.desk.clock.now().date()))
        )

    def choose_target(self) -> None:
        fmt = self.format()
        if fmt == "html":
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the web page"), str(Path(self.target.text()).parent)
            )
            if name:
                self._chosen_folder = Path(name)
                self.target.setText(str(Path(name) / default_name(fmt, False, self.desk.clock.now().date())))
            return
        filters = {
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "csv": self.tr("CSV files (*.csv)"),
            "pdf": self.tr("PDF documents (*.pdf)"),
        }
        path = ask_save_path(self, self.tr("Export the catalogue to"), self.target.text(), fmt, filters[fmt])
        if path is not None:
            self._chosen_folder = path.parent
            self.target.setText(str(path))

    # --- the job -----------------------------------------------------------------------------------------
    def start(self) -> None:
        if self._running:
            return
        text = self.target.text().strip()
        if not text:
            self.target.setFocus()
            return
        target, fmt, whole = Path(text).expanduser(), self.format(), self.is_whole()
        self._cancel = threading.Event()
        cancel_flag, desk, actor = self._cancel, self.desk, actor_of(self.desk)

        def run(progress):  # our own cancel flag: the job still reports its (cancelled) end
            try:  # the service is made here, off the GUI thread (openpyxl and reportlab are imported then)
                return desk.catalogue_transfer.export(
                    CatalogueFormat(fmt),
                    target,
                    whole=whole,
                    actor=actor,
                    progress=progress,
                    cancel=cancel_flag.is_set,
                )
            except ExportCancelled:
                return None

        self._set_running(True)
        self.status.setText(self.tr("Exporting the catalogue…"))
        self.jobs.submit(
            run,
            on_success=while_alive(self, self._done),
            on_error=while_alive(self, self._failed),
            on_progress=while_alive(self, self._progress),
            lane="db-write",  # the export is audited
        )

    def cancel(self) -> None:
        self._cancel.set()
        self.status.setText(self.tr("Cancelling…"))
        self.close_button.setEnabled(False)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result) -> None:
        self._set_running(False)
        self.result = result
        if result is None:
            self.status.setText(self.tr("Export cancelled: nothing was written."))
            self.progress.setVisible(False)
            return
        self.result_path = Path(result.path)
        self.progress.setValue(self.progress.maximum())
        self.status.setText(
            self.tr("%n entry(ies) exported to:", "", result.listed) + "\n" + str(self.result_path)
        )
        self.open_button.setVisible(True)
        self.open_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.progress.setVisible(False)
        self.status.setText("")
        self.errors.handle(exc, self, retry=self.start)

    def _set_running(self, running: bool) -> None:
        self._running = running
        for w in (self.target, self.browse, self.export_button, *self.formats.buttons()):
            w.setEnabled(not running)
        self.whole.setEnabled(not running and self.format() in WHOLE_FORMATS)
        if running:
            self.open_button.setVisible(False)
            self.progress.setRange(0, 0)
            self.progress.setVisible(True)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        self.close_button.setEnabled(True)

    def _open(self) -> None:
        if self.result_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_path)))

    def reject(self) -> None:
        if self._running:  # Esc or Cancel while exporting: stop it; the dialog stays until it has stopped
            self.cancel()
            return
        super().reject()
