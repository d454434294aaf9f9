"""Scanned letters and envelopes to keep with the request; copied into the data dir when the request is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ValidationError
from ...services.attachments import AttachmentService
from ..field_errors import ErrorLabel


def _size_text(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


class AttachmentsSection(QGroupBox):
    def __init__(self, attachments: AttachmentService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Attached scans (letter, envelope)"))
        self._service = attachments
        self.list = QListWidget()
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 3 + 12)
        self.attach_button = QPushButton(self.tr("Attac&h…"))
        self.remove_button = QPushButton(self.tr("Remove file"))
        for b in (self.attach_button, self.remove_button):
            b.setAutoDefault(False)
        self.attach_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_current)
        self.error = ErrorLabel(self)
        buttons = QVBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach scanned letters or envelopes"),
            "",
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
        )
        self.add_paths(names)

    def add_paths(self, names: list[str]) -> None:
        """Check each file now (type, size), so a bad file is refused before anything is saved."""
        problems = []
        for name in names:
            path = Path(name)
            if str(path) in self.paths():
                continue
            try:
                self._service.check(path)
            except ValidationError as exc:
                problems.extend(exc.errors.values())
                continue
            item = QListWidgetItem(f"{path.name}  ({_size_text(path.stat().st_size)})")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
        self.error.set_message("\n".join(problems))

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def paths(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def show_errors(self, errors: dict[str, str]) -> None:
        self.error.set_message(errors.get("attachments", ""))
