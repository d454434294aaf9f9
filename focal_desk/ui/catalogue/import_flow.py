"""Import the catalogue the office keeps in Excel: choose the .xlsx, read and record it in a write job (a
progress window with Cancel, which works until the recording starts), then either “N entries imported” or
the list of every bad row — and nothing imported (all rows or none)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ValidationError
from ...domain.log_book import ExportCancelled
from ..screen_fit import fit_window
from ..statistics.export_dialog import documents_folder
from .actor import actor_of


def problem_rows(exc: ValidationError) -> list[tuple[str, str, str]]:
    """(row, column, message) of each problem; a file refused as a whole is one row without a number."""
    problems = getattr(exc, "problems", None)
    if problems:
        return [(str(p[0]), str(p[1]), str(p[2])) for p in problems]
    return [("", "", message) for message in exc.errors.values()]


class ImportProblemsDialog(QDialog):
    """Nothing was imported: each problem with its row and column, to correct in Excel."""

    def __init__(self, rows: list[tuple[str, str, str]], path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Catalogue not imported"))
        head = QLabel(
            self.tr(
                "Nothing was imported from %1. Correct these rows in Excel and import the file again:"
            ).replace("%1", path)
        )
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 170)
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_window(self, 780, 420)

    def messages(self) -> list[str]:
        return [self.table.item(r, 2).text() for r in range(self.table.rowCount())]


class ImportFlow(QObject):
    imported = Signal(int)  # entries recorded

    def __init__(self, desk, jobs, errors, parent: QWidget):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self.window = parent
        self.progress: QProgressDialog | None = None
        self.problems: ImportProblemsDialog | None = None
        self.done_box: QMessageBox | None = None
        self._cancel = threading.Event()

    def start(self, path: str | None = None) -> None:
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import the catalogue from Excel"),
                str(documents_folder()),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not path:
                return
        desk, actor, cancel = self.desk, actor_of(self.desk), self._cancel

        def run():  # the service is made here, off the GUI thread (openpyxl is imported then)
            return len(desk.catalogue_transfer.import_xlsx(Path(path), actor, cancel=cancel.is_set))

        progress = QProgressDialog(
            self.tr("Reading %1…").replace("%1", Path(path).name), self.tr("Cancel"), 0, 0, self.window
        )
        progress.setWindowTitle(self.tr("Import the catalogue"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.canceled.connect(cancel.set)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        progress.show()
        self.jobs.submit(
            run,
            on_success=lambda n: self._done(n),
            on_error=lambda exc: self._failed(exc, path),
            lane="db-write",
            owner=self.window,
        )

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, count: int) -> None:
        self._close_progress()
        self.imported.emit(count)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Catalogue imported"),
            self.tr("%n entry(ies) imported.", "", count),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.done_box = box
        box.open()

    def _failed(self, exc: BaseException, path: str) -> None:
        self._close_progress()
        if isinstance(exc, ExportCancelled):
            return
        if isinstance(exc, ValidationError):
            dialog = ImportProblemsDialog(problem_rows(exc), path, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.problems = dialog
            dialog.open()
            return
        self.errors.handle(exc, self.window)
