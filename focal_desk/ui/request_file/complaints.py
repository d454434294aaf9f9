"""Complaints and lawsuits about the request: listed, recorded when lodged, their result when known."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.complaints import Complaint, ComplaintKind
from ...domain.request import Request
from ..labels import complaint_kind_label, fmt_date
from .action_base import ActionDialog, multiline, text_of
from .lifetime import while_alive
from .record_table import empty_note, record_table


class ComplaintsModel(QAbstractTableModel):
    KIND, FILED, SUMMARY, RESULT_ON, RESULT = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: tuple[Complaint, ...] = ()

    def set_complaints(self, complaints: list[Complaint]) -> None:
        self.beginResetModel()
        self._rows = tuple(complaints)
        self.endResetModel()

    def complaint(self, row: int) -> Complaint:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        return (self.tr("Kind"), self.tr("Lodged"), self.tr("About"), self.tr("Result on"),
                self.tr("Result"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = self._rows[index.row()]
        return (complaint_kind_label(c.kind), fmt_date(c.filed_on), c.summary, fmt_date(c.result_on),
                c.result)[index.column()]


class AddComplaintDialog(ActionDialog):
    def confirm_text(self) -> str:
        return self.tr("Record")

    def build(self) -> None:
        self.setWindowTitle(self.tr("Complaint or lawsuit"))
        self.kind = QComboBox()
        for k in ComplaintKind:
            self.kind.addItem(complaint_kind_label(k), k)
        self.add_field(self.tr("&Kind:"), self.kind, "kind")
        self.filed_on = self.date_field(self.tr("&Lodged on:"), "filed_on")
        self.summary = self.add_field(self.tr("&About:"), multiline(), "summary")

    def update_intro(self) -> None:
        self.intro.setText(self.tr("A complaint or a lawsuit about how this request was handled. It is counted in "
                                   "the statistics of the period it was lodged in."))

    def call(self) -> Callable[[], Any]:
        service, rid = self.desk.complaints, self.request.id
        kind = ComplaintKind(self.kind.currentData())  # Qt hands a StrEnum back as a plain str
        day, summary = self.day_of(self.filed_on), text_of(self.summary)
        return lambda: service.add(rid, kind, day, summary)


class ResolveComplaintDialog(ActionDialog):
    def __init__(self, desk, jobs, errors, request: Request, complaint: Complaint, parent: QWidget | None = None):
        self.complaint = complaint
        super().__init__(desk, jobs, errors, request, parent)

    def build(self) -> None:
        self.setWindowTitle(self.tr("Result of the complaint or lawsuit"))
        self.result = self.add_field(self.tr("&Result:"), multiline(), "result")
        self.result_on = self.date_field(self.tr("Result &on:"), "result_on")
        filed = self.complaint.filed_on
        self.result_on.setMinimumDate(QDate(filed.year, filed.month, filed.day))

    def update_intro(self) -> None:
        self.intro.setText(self.tr("The decision or judgment on the %1 lodged on %2.")
                           .replace("%1", complaint_kind_label(self.complaint.kind).lower())
                           .replace("%2", fmt_date(self.complaint.filed_on)))

    def call(self) -> Callable[[], Any]:
        service, cid = self.desk.complaints, self.complaint.id
        result, day = text_of(self.result), self.day_of(self.result_on)
        return lambda: service.resolve(cid, result, day)


class ComplaintsPanel(QWidget):
    changed = Signal()  # a complaint was recorded or resolved

    def __init__(self, desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self.request: Request | None = None
        self.dialog: ActionDialog | None = None
        self.model = ComplaintsModel(self)
        layout = QVBoxLayout(self)
        self.empty = empty_note(self.tr("No complaint or lawsuit about this request."))
        layout.addWidget(self.empty)
        self.view = record_table(self.model, single_selection=True)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.add_button = QPushButton(self.tr("N&ew complaint or lawsuit…"))
        self.resolve_button = QPushButton(self.tr("Record res&ult or judgment…"))
        for button, slot in ((self.add_button, self.add), (self.resolve_button, self.resolve)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._show([])

    def load(self, request: Request) -> None:
        self.request = request
        service, rid = self.desk.complaints, request.id
        self.jobs.submit(lambda: service.for_request(rid), on_success=while_alive(self, self._show),
                         on_error=while_alive(self, lambda exc: self.errors.handle(exc, self)))

    def _show(self, complaints: list[Complaint]) -> None:
        self.model.set_complaints(complaints)
        self.empty.setVisible(not complaints)
        self.view.setVisible(bool(complaints))
        if complaints:
            self.view.selectRow(len(complaints) - 1)
        self._enable()

    def _selected(self) -> Complaint | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.complaint(rows[0].row()) if rows else None

    def _enable(self) -> None:
        chosen = self._selected()
        self.add_button.setEnabled(self.request is not None)
        self.resolve_button.setEnabled(chosen is not None and not chosen.resolved)

    def add(self) -> None:
        if self.request is not None:
            self._open(AddComplaintDialog(self.desk, self.jobs, self.errors, self.request, self))

    def resolve(self) -> None:
        chosen = self._selected()
        if self.request is not None and chosen is not None and not chosen.resolved:
            self._open(ResolveComplaintDialog(self.desk, self.jobs, self.errors, self.request, chosen, self))

    def _open(self, dialog: ActionDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.committed.connect(lambda _c: self._committed())
        self.dialog = dialog
        dialog.open()

    def _committed(self) -> None:
        self.changed.emit()  # the request file reloads: this list and the timeline
