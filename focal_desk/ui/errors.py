"""Errors routed by type, in one place: a field's message, a friendly retry, the way to a restore when the
register must not be written to, or a crash dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import (
    DocumentTampered,
    EnvironmentProblem,
    FocalDeskError,
    IllegalTransition,
    NotFound,
    RegisterProblem,
    SignatureBroken,
    ValidationError,
)
from .screen_fit import fit_window

log = logging.getLogger("focal_desk.ui")


class CrashDialog(QDialog):
    """A bug: say so plainly, keep the details one click from the clipboard, point at the log."""

    def __init__(self, exc: BaseException, log_path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Something went wrong inside focal_desk. What you had saved is safe.\n"
                    "Please send the details below to your IT support."
                )
            )
        )
        text = QPlainTextEdit(self.details)
        text.setReadOnly(True)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Log file: %1").replace("%1", log_path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_window(self, 640, 420)


class ErrorRouter(QObject):
    writeBlocked = Signal(object)  # a RegisterProblem was seen: the window shows that writing is refused
    restoreRequested = Signal()  # the officer chose "Restore from a backup…" in the register problem box

    def __init__(self, log_path: str, parent: QObject | None = None):
        super().__init__(parent)
        self.log_path = log_path
        self.window: QWidget | None = None  # dialogs parent to the main window once it exists
        self.problem_box = None  # the register problem box on screen, shown once however many jobs fail

    def handle(self, exc: BaseException, parent: QWidget | None = None, retry: Callable[[], None] | None = None) -> None:
        parent = parent or self.window
        if isinstance(exc, ValidationError):  # forms show these beside the field; this is the fallback
            QMessageBox.warning(parent, self.tr("Please check"), "\n".join(exc.errors.values()))
        elif isinstance(exc, (IllegalTransition, NotFound)):
            QMessageBox.information(parent, self.tr("Not possible"), str(exc))
        elif isinstance(exc, EnvironmentProblem):
            log.warning("environment problem: %s", exc)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Could not finish"), str(exc), parent=parent)
            box.setInformativeText(self.tr("This is not your mistake. Check the disk or the network and retry."))
            retry_button = box.addButton(self.tr("Retry"), QMessageBox.ButtonRole.AcceptRole) if retry else None
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if retry_button is not None and box.clickedButton() is retry_button:
                retry()
        elif isinstance(exc, RegisterProblem):  # not a retry, not a bug: writing is stopped, the way out is a restore
            log.error("register problem (%s): %s", exc.kind, exc)
            self.writeBlocked.emit(exc)
            self.show_register_problem(exc, parent)
        elif isinstance(exc, DocumentTampered):
            self.show_tampered(exc, parent)
        elif isinstance(exc, FocalDeskError):
            QMessageBox.warning(parent, self.tr("Not possible"), str(exc))
        else:
            log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
            CrashDialog(exc, self.log_path, parent).exec()

    def show_tampered(self, exc: DocumentTampered, parent: QWidget | None = None) -> None:
        """An issued paper's file is gone or changed: it is not shown or printed; say where it belongs."""
        log.error("issued document file missing or changed: %s", exc.path)
        if isinstance(exc, SignatureBroken):  # the bytes are the ones recorded; their signature no longer holds
            text = self.tr("The digital signature of this issued document is broken.") + "\n" + exc.detail
        elif exc.found is None:
            text = self.tr("The file of this issued document is missing.")
        else:
            text = self.tr("The file of this issued document was changed after it was issued.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Document file changed or missing"), text, parent=parent)
        box.setInformativeText(
            self.tr("The original should be at:\n%1\n\nIt is not opened or printed, so that no altered paper "
                    "leaves the office. Put the original file back from a backup copy of the data folder; "
                    "the register still holds its number, date and fingerprint (SHA-256) to check it. If the "
                    "original is lost, cancel this document and issue it again.").replace("%1", exc.path))
        box.setDetailedText(self.tr("SHA-256 recorded at issue: %1").replace("%1", exc.expected))
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()

    def show_register_problem(self, problem: RegisterProblem, parent: QWidget | None = None) -> None:
        """Non-blocking (the window stays readable behind it), and never a second box over the first."""
        from .safety.problem import RegisterProblemBox

        if self.problem_box is not None and self.problem_box.isVisible():
            self.problem_box.raise_()
            return
        box = RegisterProblemBox(problem, parent or self.window)
        box.restoreChosen.connect(self.restoreRequested.emit)
        box.finished.connect(lambda _result: setattr(self, "problem_box", None))
        box.finished.connect(box.deleteLater)
        self.problem_box = box
        box.open()

    def install_excepthook(self) -> None:
        """Exceptions escaping a slot reach the crash dialog instead of killing the window."""

        def hook(exc_type, exc, tb):
            if issubclass(exc_type, KeyboardInterrupt):
                sys.__excepthook__(exc_type, exc, tb)
                return
            self.handle(exc)

        sys.excepthook = hook
