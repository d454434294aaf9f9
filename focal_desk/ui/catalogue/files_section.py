"""The digitised files of an entry: added by button or dropped on the dialog (PDF, JPEG, PNG, TIFF), listed
with their pages and where their text comes from, shown as page pictures, opened (checked against their
SHA-256 by the service), removed, and read by OCR when they have no text.

A new entry's files wait in the list and are stored with it; an entry already saved stores or removes a
file at once (its own audited change)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogue import CatalogueFile
from ...domain.errors import EnvironmentProblem, ValidationError
from ..discard_prompt import choice_box
from ..field_errors import ErrorLabel
from .actor import actor_of
from .ocr_panel import OcrPanel
from .thumbnail_strip import ThumbnailStrip

FILE_FILTER_SUFFIXES = "*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.PDF *.JPG *.JPEG *.PNG *.TIF *.TIFF"


def size_text(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


class FilesSection(QGroupBox):
    filesChanged = Signal()  # a stored entry's files changed (the page shows the new count)

    def __init__(self, desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self.setTitle(self.tr("Digitised files"))
        self.entry_id: int | None = None
        self._busy = 0
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Files of the entry"))
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 3 + 12)
        self.list.currentItemChanged.connect(lambda *_: self._current_changed())
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.hint = QLabel(self.tr("Drop PDF, JPEG, PNG or TIFF files here, or add them with the button."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.add_button = QPushButton(self.tr("Add f&iles…"))
        self.open_button = QPushButton(self.tr("Open fi&le"))
        self.remove_button = QPushButton(self.tr("&Remove file"))
        for b in (self.add_button, self.open_button, self.remove_button):
            b.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.error = ErrorLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.thumbnails = ThumbnailStrip(desk, jobs, errors)
        self.ocr = OcrPanel(desk, jobs, errors)
        self.ocr.recognised.connect(self._replace_file)

        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.thumbnails)
        layout.addWidget(self.ocr)
        self._current_changed()

    # --- the list ----------------------------------------------------------------------------------------
    def set_files(self, entry_id: int | None, files: tuple[CatalogueFile, ...]) -> None:
        self.entry_id = entry_id
        current = self.current()
        self.list.clear()
        for f in files:
            self._add_item(f)
        keep = next(
            (
                i
                for i in range(self.list.count())
                if isinstance(current, CatalogueFile)
                and self.list.item(i).data(Qt.ItemDataRole.UserRole).id == current.id
            ),
            0,
        )
        if self.list.count():
            self.list.setCurrentRow(keep)
        self._current_changed()

    def _add_item(self, source) -> QListWidgetItem:
        item = QListWidgetItem(self._text(source))
        item.setData(Qt.ItemDataRole.UserRole, source)
        item.setToolTip(source.sha256 if isinstance(source, CatalogueFile) else str(source))
        self.list.addItem(item)
        return item

    def _text(self, source) -> str:
        if isinstance(source, CatalogueFile):
            text = {"pdf": self.tr("text from the PDF"), "ocr": self.tr("text by OCR")}.get(
                source.text_source, self.tr("no text yet")
            )
            return " — ".join((source.filename, self.tr("%n page(s)", "", source.page_count), text))
        path = Path(source)
        try:
            size = size_text(path.stat().st_size)
        except OSError:
            size = "?"
        return " — ".join((path.name, size, self.tr("stored when the entry is saved")))

    def current(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def pending_paths(self) -> list[str]:
        return [
            s
            for s in (self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count()))
            if isinstance(s, str)
        ]

    def stored_files(self) -> list[CatalogueFile]:
        return [
            s
            for s in (self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count()))
            if isinstance(s, CatalogueFile)
        ]

    def _current_changed(self) -> None:
        source = self.current()
        self.open_button.setEnabled(source is not None)
        self.remove_button.setEnabled(source is not None and not self._busy)
        self.ocr.set_file(
            source if isinstance(source, CatalogueFile) else None, pending=isinstance(source, str)
        )
        if source is None:
            self.thumbnails.clear()
        else:
            self.thumbnails.show_pages_of(source)

    # --- adding ------------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add digitised files"),
            "",
            self.tr("Scans and documents (%1)").replace("%1", FILE_FILTER_SUFFIXES),
        )
        if names:
            self.add_paths(names)

    def add_paths(self, names: list[str]) -> None:
        """Each file checked now (type, size, content): a bad one is refused with its sentence, the others go on."""
        problems: list[str] = []
        good: list[str] = []
        known = {str(Path(p)) for p in self.pending_paths()}
        for name in names:
            path = str(Path(name))
            if path in known:
                continue
            try:
                self.desk.catalogue.check_file(path)
            except (ValidationError, EnvironmentProblem) as exc:
                problems.append(
                    "; ".join(exc.errors.values()) if isinstance(exc, ValidationError) else str(exc)
                )
                continue
            good.append(path)
            known.add(path)
        self.error.set_message("\n".join(problems))
        if not good:
            return
        if self.entry_id is None:
            for path in good:
                item = self._add_item(path)
            self.list.setCurrentItem(item)
            return
        self._store(good)

    def _store(self, paths: list[str]) -> None:
        service, entry_id, actor = self.desk.catalogue, self.entry_id, actor_of(self.desk)

        def run():
            return [service.add_file(entry_id, p, actor) for p in paths]

        self._set_busy(+1)
        self.jobs.submit(
            run, on_success=self._stored, on_error=self._store_failed, lane="db-write", owner=self
        )

    def _stored(self, added: list[CatalogueFile]) -> None:
        self._set_busy(-1)
        self._reload(select=added[-1].id if added else None)
        self.filesChanged.emit()

    def _store_failed(self, exc: BaseException) -> None:
        self._set_busy(-1)
        if isinstance(exc, ValidationError):
            self.error.set_message("\n".join(exc.errors.values()))
        else:
            self.errors.handle(exc, self)

    def _reload(self, select: int | None = None) -> None:
        service, entry_id = self.desk.catalogue, self.entry_id
        if entry_id is None:
            return

        def show(entry) -> None:
            self.set_files(entry_id, entry.files)
            for i in range(self.list.count()):
                if self.list.item(i).data(Qt.ItemDataRole.UserRole).id == select:
                    self.list.setCurrentRow(i)

        self.jobs.submit(
            lambda: service.get(entry_id),
            on_success=show,
            on_error=lambda exc: self.errors.handle(exc, self),
            owner=self,
        )

    def _replace_file(self, saved: CatalogueFile) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            source = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(source, CatalogueFile) and source.id == saved.id:
                item.setData(Qt.ItemDataRole.UserRole, saved)
                item.setText(self._text(saved))
        self.filesChanged.emit()

    # --- opening, removing -------------------------------------------------------------------------------
    def open_current(self) -> None:
        source = self.current()
        if source is None:
            return
        if isinstance(source, str):
            QDesktopServices.openUrl(QUrl.fromLocalFile(source))
            return
        service = self.desk.catalogue
        # open_file re-hashes the stored file (up to 200 MB): a job, not the GUI thread
        self.jobs.submit(
            lambda: service.open_file(source),
            on_success=lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
            on_error=lambda exc: self.errors.handle(exc, self),
            owner=self,
        )

    def remove_current(self) -> None:
        source = self.current()
        if source is None:
            return
        if isinstance(source, str):
            self.list.takeItem(self.list.currentRow())
            self._current_changed()
            return
        box, remove, _keep = choice_box(
            self,
            self.tr("Remove the file?"),
            self.tr("Remove %1 from this entry? Its text is no longer searched.").replace(
                "%1", source.filename
            ),
            self.tr("Remove the file"),
            self.tr("Keep it"),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is shown as named, never as markup
        box.exec()
        if box.clickedButton() is not remove:
            return
        service, actor = self.desk.catalogue, actor_of(self.desk)
        self._set_busy(+1)
        self.jobs.submit(
            lambda: service.remove_file(source.id, actor),
            on_success=self._removed,
            on_error=self._store_failed,
            lane="db-write",
            owner=self,
        )

    def _removed(self, _removed) -> None:
        self._set_busy(-1)
        self._reload()
        self.filesChanged.emit()

    def _set_busy(self, delta: int) -> None:
        self._busy = max(0, self._busy + delta)
        self.add_button.setEnabled(not self._busy)
        self.remove_button.setEnabled(not self._busy and self.current() is not None)

    def busy(self) -> bool:
        return bool(self._busy) or self.ocr.running()
