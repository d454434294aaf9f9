"""What the officer does with an issued paper: view it, print it, save a copy. Each reads the stored file
through DocumentService.open (its SHA-256 checked: a changed or missing file is DocumentTampered, routed
by ui/errors.py) in a job; nothing reads or prints on the GUI thread."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ...domain.documents import IssuedDocument
from ...domain.errors import EnvironmentProblem
from .printing import a4_printer, print_pdf


def copy_name(document: IssuedDocument) -> str:
    """A file name the officer recognises: "05-TB-UBND.pdf", or the stored name for an unnumbered paper."""
    if document.number_text:
        return document.number_text.replace("/", "-") + ".pdf"
    return Path(document.path or f"{document.kind}.pdf").name


class DocumentOps(QObject):
    printed = Signal(int)  # pages sent to the printer
    saved = Signal(str)  # where the copy was written

    def __init__(self, desk, jobs, errors, parent: QWidget):
        super().__init__(parent)
        self.desk, self.jobs, self.errors, self.widget = desk, jobs, errors, parent
        self.printers: list[QPrinter] = []  # kept referenced until their job ends (a dropped QPrinter crashes)
        self.viewer: QDialog | None = None

    # --- view -----------------------------------------------------------------------------------------
    def view(self, document: IssuedDocument) -> None:
        from .viewer import DocumentViewer

        viewer = DocumentViewer(self.desk, self.jobs, self.errors, document, self.widget)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.viewer = viewer
        viewer.open()

    # --- print ----------------------------------------------------------------------------------------
    def choose_printer(self) -> QPrinter | None:
        """The system print dialog on an A4 printer; None when the officer cancels."""
        printer = a4_printer()
        dialog = QPrintDialog(printer, self.widget)
        dialog.setWindowTitle(self.tr("Print document"))
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print(self, document: IssuedDocument) -> None:
        printer = self.choose_printer()
        if printer is not None:
            self.print_to(document, printer)

    def print_to(self, document: IssuedDocument, printer: QPrinter) -> None:
        self.printers.append(printer)
        service, doc_id = self.desk.documents, document.id

        def run() -> int:
            return print_pdf(service.open(doc_id).read_bytes(), printer)

        def done(pages: int) -> None:
            self._release(printer)
            self.printed.emit(pages)

        def failed(exc: BaseException) -> None:
            self._release(printer)
            self.errors.handle(exc, self.widget)

        self.jobs.submit(run, on_success=done, on_error=failed)

    def _release(self, printer: QPrinter) -> None:
        if printer in self.printers:
            self.printers.remove(printer)

    # --- save a copy ----------------------------------------------------------------------------------
    def choose_target(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self.widget, self.tr("Save a copy of the document"), str(Path.home() / suggested),
            self.tr("PDF documents (*.pdf)"))
        return path

    def save_copy(self, document: IssuedDocument) -> None:
        target = self.choose_target(copy_name(document))
        if not target:
            return
        service, doc_id = self.desk.documents, document.id

        def run() -> str:
            source = service.open(doc_id)
            try:
                shutil.copyfile(source, target)
            except OSError as exc:
                raise EnvironmentProblem(f"Không lưu được bản sao vào {target}: {exc}") from exc
            return target

        self.jobs.submit(run, on_success=self.saved.emit, on_error=lambda exc: self.errors.handle(exc, self.widget))
