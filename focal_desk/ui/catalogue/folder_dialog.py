"""“Add from a scan folder…”: the fields every scan of the folder shares (kind, access class and what it asks
for, where and when published), OCR when Tesseract is here, then the folder added in a job — a progress bar
and Cancel (what was added stays) — and a list of what was added and what was skipped, with why."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogue import MAX_SHORT_CHARS, AccessClass, CatalogueEntry, Publication, vocabulary
from ..discard_guard import DiscardGuard
from ..screen_fit import fit_window
from .actor import actor_of
from .entry_fields import _combo
from .optional_date import OptionalDateField


class AddFolderDialog(DiscardGuard, QDialog):
    added = Signal(int)  # entries added (the page reloads)

    def __init__(self, desk, jobs, errors, folder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self.folder = folder
        self.result = None
        self._cancel = threading.Event()
        self._running = False
        self._ocr_ok = False  # Tesseract with its Vietnamese data answered
        self.setWindowTitle(self.tr("Add from a scan folder"))
        vocab = vocabulary()

        self.head = head = QLabel(
            self.tr("Each PDF, JPG, PNG or TIFF file of %1 becomes an entry named after its file.").replace(
                "%1", folder
            )
        )
        head.setTextFormat(Qt.TextFormat.PlainText)
        head.setWordWrap(True)
        self.kind = _combo([(k.code, k.label) for k in vocab.kinds])
        self.access = QComboBox()
        for cls in AccessClass:
            self.access.addItem(cls.label_vi, cls.value)
        self.pub_where = QLineEdit()
        self.pub_where.setMaxLength(MAX_SHORT_CHARS)
        self.pub_start = OptionalDateField()
        self.published = QCheckBox(self.tr("Already &published"))
        self.consent_of = QLineEdit()
        self.consent_of.setMaxLength(MAX_SHORT_CHARS)
        self.ground = _combo(
            [("", self.tr("(choose)"))] + [(g.code, g.label) for g in vocab.conditional_grounds]
        )
        self.point = _combo([("", self.tr("(choose)"))] + [(p.code, p.label) for p in vocab.secret_points])
        self.ocr = QCheckBox(
            self.tr("Read the text of the scans by OC&R (Tesseract), so search finds their words")
        )
        self.ocr.setEnabled(False)
        self.ocr_note = QLabel()
        self.ocr_note.setTextFormat(Qt.TextFormat.PlainText)
        self.ocr_note.setWordWrap(True)
        self.ocr_note.hide()

        self.form = QFormLayout()
        self._labels: dict[QWidget, QLabel] = {}
        for text, editor in (
            (self.tr("&Kind:"), self.kind),
            (self.tr("Acc&ess:"), self.access),
            (self.tr("&Where published:"), self.pub_where),
            (self.tr("Published &from:"), self.pub_start),
            (self.tr("&Consent of:"), self.consent_of),
            (self.tr("Art. 7 &ground:"), self.ground),
            (self.tr("Art. 6 poi&nt:"), self.point),
        ):
            label = QLabel(text)
            label.setBuddy(editor)
            self._labels[editor] = label
            self.form.addRow(label, editor)
            if editor is self.pub_start:
                self.form.addRow("", self.published)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Scans added and skipped"))
        self.table.horizontalHeader().resizeSection(0, 240)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.hide()

        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(self.tr("&Add the scans"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.fields = QWidget()  # hidden once the scans are added: the list of what happened takes its room
        fields = QVBoxLayout(self.fields)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addLayout(self.form)
        fields.addWidget(self.ocr)
        fields.addWidget(self.ocr_note)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.fields)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.access.currentIndexChanged.connect(self._show_class)
        self._show_class()
        self.watch_typing(self.pub_where, self.consent_of)
        self._ask_ocr()
        fit_window(self, 680, None)

    def _show_class(self) -> None:
        cls = AccessClass(self.access.currentData())
        shown = {
            self.pub_where: cls is AccessClass.PUBLIC,
            self.pub_start: cls is AccessClass.PUBLIC,
            self.published: cls is AccessClass.PUBLIC,
            self.consent_of: cls is AccessClass.CONDITIONAL,
            self.ground: cls is AccessClass.CONDITIONAL,
            self.point: cls is AccessClass.SECRET,
        }
        for editor, visible in shown.items():
            self.form.setRowVisible(editor, visible)

    def _ask_ocr(self) -> None:
        service = self.desk.catalogue_files
        if service is None:
            return

        def known(reason) -> None:
            self._ocr_ok = not reason
            self.ocr.setEnabled(self._ocr_ok and not self._running)
            self.ocr_note.setText(reason or "")
            self.ocr_note.setVisible(bool(reason))

        # Tesseract is run once to list its languages: never on the GUI thread
        self.jobs.submit(
            service.ocr_unavailable_reason, on_success=known, on_error=lambda exc: known(str(exc)), owner=self
        )

    def template(self) -> CatalogueEntry:
        return CatalogueEntry(
            None,
            "",
            kind=self.kind.currentData(),
            access=AccessClass(self.access.currentData()),
            publication=Publication(
                self.pub_where.text(), self.pub_start.value(), None, self.published.isChecked()
            ),
            consent_of=self.consent_of.text(),
            conditional_ground=self.ground.currentData() or "",
            secret_point=self.point.currentData() or "",
        )

    # --- the job -----------------------------------------------------------------------------------------
    def start(self) -> None:
        if self._running or self.desk.catalogue_folder is None:
            return
        service, folder, template = self.desk.catalogue_folder, Path(self.folder), self.template()
        actor, ocr, cancel = (
            actor_of(self.desk),
            self.ocr.isEnabled() and self.ocr.isChecked(),
            threading.Event(),
        )
        self._cancel = cancel

        def run(progress):  # our own cancel flag: the job still reports what was added before it
            return service.add_folder(
                folder, template, actor, progress=progress, cancelled=cancel.is_set, ocr=ocr
            )

        self._set_running(True)
        self.status.setText(self.tr("Adding the scans…"))
        self.jobs.submit(
            run,
            on_success=self._done,
            on_error=self._failed,
            on_progress=self._progress,
            lane="digitise" if ocr else "db-write",  # OCR takes minutes: never in the way of the other writes
            owner=self,
        )
        self.close_button.setFocus()

    def cancel(self) -> None:
        self._cancel.set()
        self.close_button.setEnabled(False)
        self.status.setText(self.tr("Stopping after this scan…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Scan %1 of %2").replace("%1", str(min(done + 1, total))).replace("%2", str(total))
        )

    def _done(self, result) -> None:
        self._set_running(False)
        self.result = result
        self.mark_clean()
        rows = [
            (e.files[0].filename if e.files else "", self.tr("Added: %1").replace("%1", e.title))
            for e in result.added
        ]
        rows += [(name, self.tr("Skipped: %1").replace("%1", why)) for name, why in result.skipped]
        rows += [
            (name, self.tr("Added, text not read: %1").replace("%1", why)) for name, why in result.unread
        ]
        self.table.setRowCount(len(rows))
        for r, (name, text) in enumerate(rows):
            for c, value in enumerate((name, text)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        self.fields.hide()
        self.table.show()
        fit_window(self, self.width(), None)  # room for the list (never past the screen)
        summary = (
            self.tr("%n scan(s) added", "", len(result.added))
            + ", "
            + self.tr("%n file(s) skipped.", "", len(result.skipped))
        )
        if result.cancelled:
            summary += " " + self.tr(
                "Stopped: %n scan(s) were not looked at; what was added stays.", "", result.remaining
            )
        self.status.setText(summary)
        self.progress.setValue(self.progress.maximum())
        self.add_button.setEnabled(False)
        self.added.emit(len(result.added))
        if rows:
            self.table.setFocus()
            self.table.selectRow(0)

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.progress.hide()
        self.status.setText("")
        self.errors.handle(exc, self)

    def _set_running(self, running: bool) -> None:
        self._running = running
        for w in (
            self.kind,
            self.access,
            self.pub_where,
            self.pub_start,
            self.published,
            self.consent_of,
            self.ground,
            self.point,
            self.add_button,
        ):
            w.setEnabled(not running)
        self.ocr.setEnabled(not running and self._ocr_ok)
        if running:
            self.progress.setRange(0, 0)
            self.progress.show()
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        self.close_button.setEnabled(True)

    def reject(self) -> None:
        if self._running:  # Esc or Cancel while adding: stop after this scan; the dialog stays until it has
            self.cancel()
            return
        super().reject()
