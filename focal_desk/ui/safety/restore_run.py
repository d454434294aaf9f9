"""Run the restore the officer chose — with the register closed — and say what came of it.

The restore copies and checks a whole database file: a job, with a busy bar. Then the report: where the
file in use was kept, and the register numbers issued after the backup, which must be entered again.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.backup import RestoreReport
from ...domain.errors import FocalDeskError, ValidationError
from ..errors import CrashDialog
from ..jobs import JobRunner
from ..screen_fit import fit_window, grow_height
from .restore_dialog import RestoreChoice, RestoreDialog

log = logging.getLogger("focal_desk.ui")


class RestoreRunDialog(QDialog):
    """Working → done (the report) or failed (one sentence). Cannot be closed while the restore runs."""

    def __init__(self, safety, choice: RestoreChoice, log_path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._safety, self._choice, self._log_path = safety, choice, log_path
        self.report: RestoreReport | None = None
        self.failure: BaseException | None = None
        self.working = False
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.message = QLabel(self.tr("Restoring the register from %1…").replace("%1", str(choice.path)))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no steps to count: a busy bar
        self.busy.setAccessibleName(self.tr("Restoring"))
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.continue_button = self.buttons.addButton(self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.clicked.connect(self.accept)
        self.continue_button.setVisible(False)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        self.close_button.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        fit_window(self, 720, 200)
        self._jobs = JobRunner(self)

    def start(self) -> None:
        self.working = True
        choice = self._choice
        self._jobs.submit(lambda: self._safety.restore(choice.path, other_register=choice.other_register),
                          on_success=self._done, on_error=self._failed, lane="maintenance")

    def _done(self, report: RestoreReport) -> None:
        self.working = False
        self.report = report
        self.busy.setVisible(False)
        self.message.setText(self.tr("The register was restored."))
        self.details.setPlainText(report.describe())
        self.details.setVisible(True)
        self.continue_button.setVisible(True)
        self.continue_button.setDefault(True)
        self.continue_button.setFocus()
        grow_height(self, 360)

    def _failed(self, exc: BaseException) -> None:
        self.working = False
        self.failure = exc
        self.busy.setVisible(False)
        if isinstance(exc, ValidationError):
            text = "\n".join(exc.errors.values())
        elif isinstance(exc, FocalDeskError):
            text = str(exc)
        else:  # a bug: the crash dialog has the details; here, one sentence
            log.error("restore failed", exc_info=(type(exc), exc, exc.__traceback__))
            CrashDialog(exc, self._log_path, self).exec()
            text = self.tr("The restore did not finish because of an unexpected error.")
        self.message.setText(self.tr("The register was not restored."))
        self.details.setPlainText(text)
        self.details.setVisible(True)
        self.close_button.setVisible(True)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def reject(self) -> None:
        if self.working:  # a half-done restore is never left behind by Esc
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.working:
            event.ignore()
            return
        super().closeEvent(event)


def run_restore(safety, choice: RestoreChoice, log_path: str, parent: QWidget | None = None) -> RestoreReport | None:
    """Modal: restore, show the report; the report, or None when the restore did not happen."""
    dialog = RestoreRunDialog(safety, choice, log_path, parent)
    dialog.start()
    dialog.exec()
    dialog._jobs.wait_all()
    report = dialog.report
    shiboken6.delete(dialog)  # now, on the GUI thread (see ui/app.py _dispose)
    return report


def ask_restore_at_start(safety, problem: BaseException, lang: str) -> RestoreChoice | None:
    """The register cannot be opened: which backup to restore, or None when the officer quits."""
    from ..app import make_application

    make_application(lang)
    dialog = RestoreDialog(safety, problem=problem, at_start=True)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    choice = dialog.choice if accepted else None
    shiboken6.delete(dialog)
    return choice
