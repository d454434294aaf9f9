"""The in-app viewer of an issued paper: the stored file (hash checked), its pages, Print and Save a copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...domain.documents import IssuedDocument
from ...domain.signature import SignatureStatus
from ..labels import fmt_date
from ..request_file.lifetime import while_alive
from ..screen_fit import fit_window
from .ops import DocumentOps
from .pages import PagesView, render_pages


class DocumentViewer(QDialog):
    def __init__(self, desk, jobs, errors, document: IssuedDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors, self.document = desk, jobs, errors, document
        self.ops = DocumentOps(desk, jobs, errors, self)
        number = document.number_text or self.tr("no number")
        self.setWindowTitle(self.tr("Document %1 of %2").replace("%1", number).replace(
            "%2", fmt_date(document.issued_on)))
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.windowTitle())
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        self.pages = PagesView()
        self.pages.show_message(self.tr("Opening the document…"))
        layout.addWidget(self.pages, 1)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("&Save a copy…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(lambda: self.ops.print(self.document))
        self.save_button.clicked.connect(lambda: self.ops.save_copy(self.document))
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        layout.addWidget(buttons)
        fit_window(self, 1000, 900)
        self.pages.setFocus()
        service, doc_id = desk.documents, document.id
        def run():
            check = service.signature(doc_id)  # a broken signature is refused like a changed file
            return render_pages(service.open(doc_id).read_bytes()), check

        jobs.submit(run, on_success=while_alive(self, self._shown), on_error=while_alive(self, self._failed))

    def _shown(self, result) -> None:
        images, check = result
        if check is not None and check.signed:
            text = (self.tr("Signed digitally by %1: valid") if check.status is SignatureStatus.VALID
                    else self.tr("Signed digitally by %1: root certificate not verified"))
            self.heading.setText(self.windowTitle() + "\n" + text.replace("%1", check.signer))
        self.pages.set_images(images)
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.pages.show_message(self.tr("The document cannot be shown."))
        self.errors.handle(exc, self)
