"""File ▸ Back up now: the officer picks where, a job copies the register and checks the copy, and the
window says where the copy is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

SUFFIX = ".sqlite3"


def proposed_path(data_location: str, now) -> Path:
    """backups/manual/ beside the database: storage/backups.py lists the copies there as manual ones (and
    never deletes them), so a copy saved where it is proposed shows up in the restore dialog."""
    folder = Path(data_location).parent / "backups" / "manual"
    QDir().mkpath(str(folder))  # best effort: on a read-only folder the dialog simply starts elsewhere
    return folder / f"focal_desk-{now:%Y%m%d-%H%M%S}{SUFFIX}"


class BackupNow(QObject):
    finished = Signal(object)  # the copy's path, or None when cancelled or failed

    def __init__(self, desk, jobs, errors, parent: QWidget):
        super().__init__(parent)
        self._desk, self._jobs, self._errors, self._window = desk, jobs, errors, parent
        self.progress: QProgressDialog | None = None
        self.result_box: QMessageBox | None = None

    def start(self) -> None:
        proposal = proposed_path(self._desk.data_location, self._desk.clock.now())
        name, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Back up the register"), str(proposal),
            self.tr("Register backups (*.sqlite3)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # never overwritten: the service says so instead
        if not name:
            self.finished.emit(None)
            return
        out = Path(name)
        if not out.suffix:
            out = out.with_suffix(SUFFIX)
        self.run(out)

    def run(self, out: Path) -> None:
        self.progress = QProgressDialog(self.tr("Copying the register and checking the copy…"), "", 0, 0, self._window)
        self.progress.setWindowTitle(self.tr("Back up the register"))
        self.progress.setCancelButton(None)  # the copy is quick and consistent; half a copy is never left
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        safety = self._desk.safety
        self._jobs.submit(lambda: safety.backup(out), on_success=self._done,
                          on_error=self._failed, lane="maintenance")

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, path: Path) -> None:
        self._close_progress()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup made"),
                          self.tr("The register was copied and the copy checked. The copy is here:\n%1")
                          .replace("%1", str(path)), QMessageBox.StandardButton.Ok, self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_box = box
        box.open()
        self.finished.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self.finished.emit(None)
        self._errors.handle(exc, self._window, retry=self.start)  # choose again: another name, another disk
