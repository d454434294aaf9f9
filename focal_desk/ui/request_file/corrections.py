"""Corrections under Article 32, each with its own deadline and explanation."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.request import Correction
from ..labels import correction_kind_label, fmt_date
from .deadlines import OVERDUE
from .record_table import empty_note, record_table


class CorrectionsModel(QAbstractTableModel):
    KIND, OPENED, DUE, REASON, CLOSED, RESULT = range(6)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: tuple[Correction, ...] = ()
        self._today: date | None = None

    def set_corrections(self, corrections: tuple[Correction, ...], today: date) -> None:
        self.beginResetModel()
        self._rows = tuple(corrections)
        self._today = today
        self.endResetModel()

    def correction(self, row: int) -> Correction:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal or not 0 <= section < 6:
            return None
        return (self.tr("Kind"), self.tr("Opened"), self.tr("Due"), self.tr("What is wrong"), self.tr("Closed"),
                self.tr("Result"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (correction_kind_label(c.kind), fmt_date(c.opened_on), fmt_date(c.due), c.reason,
                    fmt_date(c.closed_on), c.result)[index.column()]
        late = c.closed_on is None and self._today is not None and self._today > c.due
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.DUE and late:
            return QBrush(OVERDUE)
        return None


class CorrectionsPanel(QWidget):
    explain = Signal(object)  # the Correction whose deadline the officer wants explained

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = CorrectionsModel(self)
        layout = QVBoxLayout(self)
        self.empty = empty_note(self.tr("No correction has been opened for this request."))
        layout.addWidget(self.empty)
        self.view = record_table(self.model, single_selection=True)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.explain_button = QPushButton(self.tr("Explain this d&ue date…"))
        self.explain_button.setAutoDefault(False)
        self.explain_button.clicked.connect(self._explain)
        row.addWidget(self.explain_button)
        layout.addLayout(row)

    def set_corrections(self, corrections: tuple[Correction, ...], today: date) -> None:
        self.model.set_corrections(corrections, today)
        has = bool(corrections)
        self.empty.setVisible(not has)
        self.view.setVisible(has)
        self.explain_button.setEnabled(has)
        if has:
            self.view.selectRow(len(corrections) - 1)

    def _explain(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.explain.emit(self.model.correction(rows[0].row()))
