"""Cancel an issued paper: a reason is required; the number stays used and the file stays (the service
audits it)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.documents import IssuedDocument
from ...domain.errors import ValidationError
from ..discard_prompt import ask_discard
from ..field_errors import ErrorLabel
from ..request_file.lifetime import while_alive


class CancelDocumentDialog(QDialog):
    cancelled = Signal(object)  # the IssuedDocument as cancelled

    def __init__(self, desk, jobs, errors, document: IssuedDocument, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors, self.document = desk, jobs, errors, document
        self._busy = False
        self.setWindowTitle(self.tr("Cancel a document"))
        number = document.number_text or self.tr("no number")
        layout = QVBoxLayout(self)
        what = QLabel(self.tr("Cancel %1 (number %2)? The number stays used and is never given again; the file "
                              "is kept.").replace("%1", title).replace("%2", number))
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(what)
        label = QLabel(self.tr("&Reason for cancelling:"))
        self.reason = QLineEdit()
        self.reason.setObjectName("cancel_reason")
        label.setBuddy(self.reason)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton(self.tr("Cancel the &document"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Keep it"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.confirm.setDefault(True)
        self.reason.textChanged.connect(lambda _t: self.error.set_message(""))
        self.reason.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        reason = self.reason.text().strip()
        if not reason:
            self.error.set_message(self.tr("Give the reason for cancelling."))
            self.reason.setFocus()
            return
        self._busy = True
        self.confirm.setEnabled(False)
        service, doc_id = self.desk.documents, self.document.id
        self.jobs.submit(lambda: service.cancel(doc_id, reason), lane="db-write",
                         on_success=while_alive(self, self._done), on_error=while_alive(self, self._failed))

    def _done(self, document: IssuedDocument) -> None:
        self._busy = False
        self.cancelled.emit(document)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.confirm.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.error.set_message("\n".join(exc.errors.values()))
            return
        self.errors.handle(exc, self)

    def reject(self) -> None:
        if self._busy:
            return
        if self.reason.text().strip() and not ask_discard(
                self, self.tr("Discard the reason?"), self.tr("The document was not cancelled. Discard the reason "
                                                               "you typed?")):
            return
        super().reject()
