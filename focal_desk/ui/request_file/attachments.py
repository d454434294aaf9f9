"""Files attached to the request, when the attachment service exists (it is optional at run time)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import EnvironmentProblem
from .lifetime import while_alive


class AttachmentsPanel(QWidget):
    def __init__(self, desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        layout = QVBoxLayout(self)
        self.empty = QLabel(self.tr("No file is attached to this request."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.empty)
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_button = QPushButton(self.tr("Op&en"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_selected)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self._show([])

    def load(self, request_id: int) -> None:
        service = self.desk.attachments
        self.jobs.submit(lambda: list(service.list(request_id)), on_success=while_alive(self, self._show),
                         on_error=while_alive(self, lambda exc: self.errors.handle(exc, self)))

    def _show(self, attachments: list) -> None:
        self.list.clear()
        for a in attachments:
            item = QListWidgetItem(a.filename)
            item.setData(Qt.ItemDataRole.UserRole, a)
            item.setToolTip(getattr(a, "sha256", ""))
            self.list.addItem(item)
        self.empty.setVisible(not attachments)
        self.open_button.setEnabled(bool(attachments))
        if attachments:
            self.list.setCurrentRow(0)

    def open_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        service, attachment = self.desk.attachments, item.data(Qt.ItemDataRole.UserRole)
        # path_of re-hashes the stored file (up to 50 MB): a job, not the GUI thread.
        self.jobs.submit(
            lambda: service.path_of(attachment),
            on_success=lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
            on_error=while_alive(self, lambda exc: self.errors.handle(
                exc, self, retry=self.open_selected if isinstance(exc, EnvironmentProblem) else None)),
        )
