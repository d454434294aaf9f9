"""The deadlines of one request as a small table, with the colour the officer must notice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.enums import Status
from ...domain.request import Request
from ..labels import fmt_date

OVERDUE = QColor("#b00020")
SOON = QColor("#a15c00")


def due_colour(request: Request, today: date) -> QColor | None:
    """Red when an open request is past the date that counts now, amber when it falls today or tomorrow."""
    due = request.due_now
    if due is None or not request.status.is_open:
        return None
    if today > due:
        return OVERDUE
    if (due - today).days <= 1:
        return SOON
    return None


class DeadlinesModel(QAbstractTableModel):
    """Rows: notice, provide-or-refuse, extended, longest extension, date printed on the notice."""

    WHAT, DATE, NOTE = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, QColor | None]] = []

    def set_request(self, r: Request, today: date) -> None:
        self.beginResetModel()
        d = r.deadlines
        rows: list[tuple[str, str, str, QColor | None]] = []
        if d.notice_due is not None:
            if r.notice_sent_on is None:
                note = self.tr("not sent yet: overdue") if r.notice_missed(today) else self.tr("not sent yet")
            elif r.notice_late:
                note = self.tr("sent on %1, late").replace("%1", fmt_date(r.notice_sent_on))
            else:
                note = self.tr("sent on %1").replace("%1", fmt_date(r.notice_sent_on))
            late = r.notice_missed(today) or r.notice_late
            rows.append((self.tr("Written notice of the time limit"), fmt_date(d.notice_due), note,
                         OVERDUE if late else None))
        correction = r.open_correction if r.status is Status.CORRECTING else None
        # While a correction runs, the answer deadlines are history: its own date is what counts now.
        answer_colour = due_colour(r, today) if correction is None else None
        if d.provide_due is not None:
            current = d.extended_due is None
            note = self.tr("current deadline") if current else self.tr("before the extension")
            rows.append((self.tr("Provide or refuse"), fmt_date(d.provide_due), note,
                         answer_colour if current else None))
        if d.extended_due is not None:
            rows.append((self.tr("Extended deadline"), fmt_date(d.extended_due),
                         self.tr("current deadline"), answer_colour))
        elif d.max_extended_due is not None:
            rows.append((self.tr("Longest extension would reach"), fmt_date(d.max_extended_due),
                         self.tr("only if an extension is granted before the deadline"), None))
        if correction is not None:
            rows.append((self.tr("Correction (Article 32)"), fmt_date(correction.due),
                         self.tr("current deadline"), due_colour(r, today)))
        if r.printed_due is not None:
            rows.append((self.tr("Date printed on the notice"), fmt_date(r.printed_due),
                         self.tr("never moved without a new notice"), None))
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < 3:
            return None
        return (self.tr("Deadline"), self.tr("Date"), self.tr("Note"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.DATE and row[3] is not None:
            return QBrush(row[3])
        return None
