"""“Recognise text (OCR)” for a stored file that has no text: Tesseract reads it page by page in a job
(progress bar, Cancel), then the text is stored on the writing lane and searched from then on. Without
Tesseract the button stays disabled and says why."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ...digitise.errors import DigitiseCancelled
from ...domain.catalogue import CatalogueFile


class OcrPanel(QWidget):
    recognised = Signal(object)  # the CatalogueFile with its new text
    finished = Signal()  # a run ended (done, cancelled or failed)

    def __init__(self, desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self.file: CatalogueFile | None = None
        self._pending = False
        self._cancel: threading.Event | None = None
        self.reason: str | None = None  # why OCR cannot run here (None: it can)
        self._reason_known = False
        self.button = QPushButton(self.tr("Recognise te&xt (OCR)"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Stop OCR"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._ask_reason()
        self._update()

    def _ask_reason(self) -> None:
        service = self.desk.catalogue_files
        if service is None:
            self._reason_known, self.reason = True, ""
            return

        def known(reason) -> None:
            self._reason_known, self.reason = True, reason
            self._update()

        # Tesseract is run once to list its languages: never on the GUI thread
        self.jobs.submit(
            service.ocr_unavailable_reason, on_success=known, on_error=lambda exc: known(str(exc)), owner=self
        )

    def set_file(self, file: CatalogueFile | None, pending: bool = False) -> None:
        if self.running():
            return  # the run in progress keeps its file
        self.file, self._pending = file, pending
        self.status.setText("")
        self._update()

    def running(self) -> bool:
        return self._cancel is not None

    def _update(self) -> None:
        f = self.file
        ready = f is not None and f.text_source == "none"
        self.button.setEnabled(ready and self._reason_known and not self.reason and not self.running())
        if self.reason:
            tip = self.reason
        elif self._pending:
            tip = self.tr("Save the entry first: then its scans can be read.")
        elif f is not None and f.text_source != "none":
            tip = self.tr("This file has its text already.")
        else:
            tip = self.tr(
                "Read the text of a scan with Tesseract (Vietnamese), so that search finds its words."
            )
        self.button.setToolTip(tip)
        if self.reason and not self.running():
            self.status.setText(self.reason)

    # --- the run -----------------------------------------------------------------------------------------
    def start(self) -> None:
        f = self.file
        if f is None or f.id is None or self.running() or self.reason:
            return
        service, file_id = self.desk.catalogue_files, f.id
        cancel = threading.Event()
        self._cancel = cancel
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Reading the text of %1…").replace("%1", f.filename))
        self._update()

        def run(progress):  # our own cancel flag: the job still reports its (cancelled) end
            return service.recognise(file_id, progress=progress, cancel=cancel.is_set)

        self.jobs.submit(
            run,
            on_success=lambda text: self._store(file_id, text),
            on_error=self._failed,
            on_progress=self._progress,
            lane="digitise",  # minutes of Tesseract: the page's searches keep the read lane
            owner=self,
        )
        self.cancel_button.setFocus()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after this page…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("Page %1 of %2 read").replace("%1", str(done)).replace("%2", str(total)))

    def _store(self, file_id: int, text: str) -> None:
        if self._cancel is not None and self._cancel.is_set():
            self._failed(DigitiseCancelled(""))
            return
        service = self.desk.catalogue_files
        self.jobs.submit(
            lambda: service.store_text(file_id, text),
            on_success=self._stored,
            on_error=self._failed,
            lane="db-write",
            owner=self,
        )

    def _stored(self, saved: CatalogueFile) -> None:
        self._end()
        chars = len(saved.text.strip())
        self.status.setText(
            self.tr("Text recognised: %n character(s), now found by search.", "", chars)
            if chars
            else self.tr("No text was found on these pages.")
        )
        self.file = saved
        self.recognised.emit(saved)
        self._update()
        self.button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._end()
        self._update()
        if isinstance(exc, DigitiseCancelled):
            self.status.setText(self.tr("OCR stopped: nothing was stored."))
            self.button.setFocus()
            return
        self.status.setText(str(exc))
        self.errors.handle(exc, self)

    def _end(self) -> None:
        self._cancel = None
        self.progress.hide()
        self.cancel_button.hide()
        self.finished.emit()
