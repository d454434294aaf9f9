"""Make the report (Báo cáo, Decree 30): difficulties and recommendations typed here, the PDF made in a job
(StatisticsService.report_pdf), then previewed, printed or saved — with the documents' viewer and printing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import EnvironmentProblem
from ...domain.period import Period
from ..documents.pages import PagesView, render_pages
from ..documents.printing import a4_printer, print_pdf
from ..request_file.lifetime import while_alive
from ..screen_fit import fit_window
from .export_dialog import documents_folder


class ReportDialog(QDialog):
    def __init__(self, desk, jobs, errors, period: Period, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors, self.period = desk, jobs, errors, period
        self.pdf: bytes | None = None
        self.printers: list[QPrinter] = []  # kept referenced while they print
        self.setWindowTitle(self.tr("Report: %1").replace("%1", period.label_vi))

        text_page = QWidget()
        form = QVBoxLayout(text_page)
        intro = QLabel(self.tr("The report holds the figures and charts of %1. Add what the head of the office "
                               "and the province should know (optional).").replace("%1", period.in_sentence))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        form.addWidget(intro)
        self.difficulties = QPlainTextEdit()
        self.recommendations = QPlainTextEdit()
        for label_text, box in ((self.tr("&Difficulties and obstacles:"), self.difficulties),
                                (self.tr("Re&commendations and proposals:"), self.recommendations)):
            label = QLabel(label_text)
            label.setBuddy(box)
            box.setTabChangesFocus(True)
            form.addWidget(label)
            form.addWidget(box, 1)
        self.pages = PagesView()
        self.stack = QStackedWidget()
        self.stack.addWidget(text_page)
        self.stack.addWidget(self.pages)

        buttons = QDialogButtonBox()
        self.make_button = buttons.addButton(self.tr("&Make the report"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = buttons.addButton(self.tr("&Back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.back_button.clicked.connect(lambda: self._show_page(0))
        self.print_button.clicked.connect(self.print)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._show_page(0)
        fit_window(self, 1000, 900)
        self.difficulties.setFocus()

    def _show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        preview = index == 1
        self.make_button.setVisible(not preview)
        for b in (self.back_button, self.print_button, self.save_button):
            b.setVisible(preview)
        if preview:
            self.pages.setFocus()

    def make(self) -> None:
        service, period = self.desk.statistics, self.period
        difficulties, recommendations = self.difficulties.toPlainText(), self.recommendations.toPlainText()

        def run():
            pdf = service.report_pdf(period, difficulties, recommendations)
            return pdf, render_pages(pdf)

        self.make_button.setEnabled(False)
        self.status.setText(self.tr("Making the report…"))
        self.jobs.submit(run, on_success=while_alive(self, self._made), on_error=while_alive(self, self._failed))

    def _made(self, result) -> None:
        self.pdf, images = result
        self.make_button.setEnabled(True)
        self.status.setText("")
        self.pages.set_images(images)
        self._show_page(1)

    def _failed(self, exc: BaseException) -> None:
        self.make_button.setEnabled(True)
        self.status.setText("")
        self.errors.handle(exc, self)

    def default_name(self) -> str:
        p = self.period
        return f"bao-cao-{p.start.isoformat()}_{p.end.isoformat()}.pdf"

    def save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                                    str(documents_folder() / self.default_name()),
                                                    self.tr("PDF documents (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, target: Path) -> None:
        pdf = self.pdf

        def run() -> str:
            part = target.with_name(target.name + ".part")
            try:
                part.write_bytes(pdf)
                part.replace(target)  # never a half-written report under its name
            except OSError as exc:
                part.unlink(missing_ok=True)
                raise EnvironmentProblem(f"Không lưu được báo cáo vào {target}: {exc.strerror or exc}") from exc
            return str(target)

        self.jobs.submit(run, on_success=while_alive(self, lambda path: self.status.setText(
            self.tr("Saved: %1").replace("%1", path))), on_error=while_alive(self, self._failed))

    def print(self) -> None:
        printer = a4_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the report"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        self.printers.append(printer)
        pdf = self.pdf

        def done(pages: int) -> None:
            self.printers.remove(printer)
            self.status.setText(self.tr("%n page(s) sent to the printer.", "", pages))

        def failed(exc: BaseException) -> None:
            self.printers.remove(printer)
            self.errors.handle(exc, self)

        self.jobs.submit(lambda: print_pdf(pdf, printer), on_success=while_alive(self, done),
                         on_error=while_alive(self, failed))
