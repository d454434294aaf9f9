"""One entry of the catalogue, added or changed: its fields on the left, its digitised files on the right, who
added and changed it underneath. Enter saves (in a write job), Esc asks before what was typed is thrown away;
files can be dropped anywhere on the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogue import CatalogueEntry
from ...domain.errors import ValidationError
from ..discard_guard import DiscardGuard
from ..screen_fit import fit_window, scrolled
from .actor import actor_of
from .entry_fields import EntryFields
from .files_section import FilesSection

FILE_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff")


def _when(dt) -> str:
    return dt.strftime("%d/%m/%Y %H:%M") if dt else ""


class EntryDialog(DiscardGuard, QDialog):
    saved = Signal(int)  # the entry's id, after each save

    def __init__(self, desk, jobs, errors, entry_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self.entry: CatalogueEntry = CatalogueEntry(id=None, title="")
        self.entry_id = entry_id
        self._saving = False
        self._clean: CatalogueEntry | None = None
        self.changed_files = False
        self.setWindowTitle(
            self.tr("New catalogue entry") if entry_id is None else self.tr("Catalogue entry")
        )
        self.setAcceptDrops(True)

        self.fields = EntryFields()
        self.files = FilesSection(desk, jobs, errors)
        self.files.filesChanged.connect(self._files_changed)
        self.audit = QLabel()
        self.audit.setTextFormat(Qt.TextFormat.PlainText)
        self.audit.setWordWrap(True)
        self.audit.setStyleSheet("color: #555;")
        self.links = QLabel()
        self.links.setTextFormat(Qt.TextFormat.PlainText)
        self.links.setWordWrap(True)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        save_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_key.activated.connect(self.save)

        body = QHBoxLayout()
        fields_area = scrolled(self.fields)
        fields_area.setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )  # Tab goes field to field; the area follows the focus
        body.addWidget(fields_area, 5)
        body.addWidget(self.files, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.audit)
        layout.addWidget(self.links)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        fit_window(self, 1180, 700)
        self.fields.title.setFocus()
        if entry_id is None:
            self.fields.set_entry(self.entry)  # the domain's defaults: public, kind "other"
            self._clean = self.fields.entry(self.entry)
            self.files.set_files(None, ())
        else:
            self._set_enabled(False)
            self.status.setText(self.tr("Loading…"))
            service = desk.catalogue
            jobs.submit(
                lambda: service.get(entry_id), on_success=self._loaded, on_error=self._load_failed, owner=self
            )

    # --- loading -----------------------------------------------------------------------------------------
    def _loaded(self, entry: CatalogueEntry) -> None:
        self.entry = entry
        self.fields.set_entry(entry)
        self._clean = self.fields.entry(entry)
        self.files.set_files(entry.id, entry.files)
        self._show_audit(entry)
        self._load_links(entry)
        self.status.setText("")
        self._set_enabled(True)
        self.setWindowTitle(self.tr("Catalogue entry: %1").replace("%1", " ".join(entry.title.split())[:80]))
        self.fields.title.setFocus()

    def _load_links(self, entry: CatalogueEntry) -> None:
        """The requests linked to this entry, by their register numbers (links are made in the request file)."""
        catalogue, requests, entry_id = self.desk.catalogue, self.desk.requests, entry.id

        def run():
            return [requests.get(rid).register_number for rid in catalogue.requests_linked_to(entry_id)]

        def show(numbers: list[str]) -> None:
            self.links.setText(
                self.tr("Linked to request(s): %1").replace("%1", ", ".join(numbers)) if numbers else ""
            )

        self.jobs.submit(run, on_success=show, on_error=lambda exc: self.links.setText(str(exc)), owner=self)

    def _load_failed(self, exc: BaseException) -> None:
        self.status.setText(str(exc))
        self.errors.handle(exc, self)

    def _show_audit(self, e: CatalogueEntry) -> None:
        lines = []
        if e.created_by:
            lines.append(
                self.tr("Added by %1 on %2").replace("%1", e.created_by).replace("%2", _when(e.created_at))
            )
        if e.updated_by:
            lines.append(
                self.tr("Last changed by %1 on %2")
                .replace("%1", e.updated_by)
                .replace("%2", _when(e.updated_at))
            )
        self.audit.setText("\n".join(lines))

    def _set_enabled(self, enabled: bool) -> None:
        self.fields.setEnabled(enabled)
        self.files.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    def _files_changed(self) -> None:
        self.changed_files = True
        if self.entry.id is not None:
            self.saved.emit(self.entry.id)  # the page shows the new file count at once

    # --- saving ------------------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving or not self.save_button.isEnabled():
            return
        entry = self.fields.entry(self.entry)
        service, actor = self.desk.catalogue, actor_of(self.desk)
        files = self.files.pending_paths()
        if entry.id is None:

            def run():
                return service.add(entry, actor, files)
        else:

            def run():
                return service.update(entry, actor)

        self._saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.jobs.submit(run, on_success=self._saved, on_error=self._save_failed, lane="db-write", owner=self)

    def _saved(self, entry: CatalogueEntry) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.status.setText("")
        self.entry = entry
        self._clean = self.fields.entry(entry)
        self.files.set_files(entry.id, entry.files)
        assert entry.id is not None
        self.saved.emit(entry.id)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.status.setText("")
        if isinstance(exc, ValidationError):
            errors = dict(exc.errors)
            files = errors.pop("files", "")
            self.files.error.set_message(files)
            first = self.fields.show_errors(errors)
            rest = [m for k, m in errors.items() if not self.fields.errors.owns(k)]
            if rest:
                self.status.setText("\n".join(rest))
            if first is not None:
                first.setFocus()
            elif files:
                self.files.add_button.setFocus()
            return
        self.errors.handle(exc, self, retry=self.save)

    # --- closing -----------------------------------------------------------------------------------------
    def closing_blocked(self) -> bool:
        return self._saving

    def should_ask(self) -> bool:
        if self._clean is None:
            return False
        return self.fields.entry(self.entry) != self._clean or bool(self.files.pending_paths())

    def reject(self) -> None:
        if self.closing_blocked() or (self.should_ask() and not self.confirm_discard()):
            return
        if self.files.ocr.running():
            self.files.ocr.cancel()  # a closed dialog does not keep Tesseract busy
        QDialog.reject(self)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # The file list opens the file on Enter and passes the key on: the dialog must not save on it too.
        if self.files.list.hasFocus() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # --- drag and drop -----------------------------------------------------------------------------------
    @staticmethod
    def _dropped_paths(event) -> list[str]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [u.toLocalFile() for u in urls if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.files.isEnabled() and self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self._dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.files.add_paths(paths)
