"""Table models of one year: a 12-month planner grid and the list of days that differ from Mon–Fri."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.calendar import DayInfo, DayKind, Layer

SLOTS = 37  # a month starting on Sunday with 31 days reaches the 37th weekday-aligned column
DATE_ROLE = Qt.ItemDataRole.UserRole + 1

WEEKEND_BG, WEEKEND_FG = QColor("#e4e4e4"), QColor("#555555")
OFF_BG, OFF_FG = QColor("#f6c9c9"), QColor("#8f0000")
WORK_BG, WORK_FG = QColor("#c8ebc8"), QColor("#0d5c0d")

Index = QModelIndex | QPersistentModelIndex


def kind_of(info: DayInfo) -> str:
    """"off" (a weekday not worked), "work" (a weekend day worked), "weekend" or "" (an ordinary weekday)."""
    weekend = info.day.weekday() >= 5
    if info.entry is not None and info.entry.kind is DayKind.WORK and info.working:
        return "work" if weekend else ""
    if not info.working:
        return "off" if (info.entry is not None) else "weekend"
    return ""


# Literal translate() calls: lupdate must see every text.
def weekday_short(i: int) -> str:
    return (
        QCoreApplication.translate("YearModel", "Mo"),
        QCoreApplication.translate("YearModel", "Tu"),
        QCoreApplication.translate("YearModel", "We"),
        QCoreApplication.translate("YearModel", "Th"),
        QCoreApplication.translate("YearModel", "Fr"),
        QCoreApplication.translate("YearModel", "Sa"),
        QCoreApplication.translate("YearModel", "Su"),
    )[i]


def weekday_long(i: int) -> str:
    return (
        QCoreApplication.translate("YearModel", "Monday"),
        QCoreApplication.translate("YearModel", "Tuesday"),
        QCoreApplication.translate("YearModel", "Wednesday"),
        QCoreApplication.translate("YearModel", "Thursday"),
        QCoreApplication.translate("YearModel", "Friday"),
        QCoreApplication.translate("YearModel", "Saturday"),
        QCoreApplication.translate("YearModel", "Sunday"),
    )[i]


def layer_label(layer: int) -> str:
    return {
        Layer.BASE: QCoreApplication.translate("YearModel", "Labour Code (computed)"),
        Layer.OFFICIAL: QCoreApplication.translate("YearModel", "Official announcement"),
        Layer.LOCAL: QCoreApplication.translate("YearModel", "Added by this office"),
    }.get(layer, str(layer))


def month_label(m: int) -> str:
    return QCoreApplication.translate("YearModel", "Month %1").replace("%1", str(m))


class YearModel(QAbstractTableModel):
    """Rows are the 12 months, columns weekday-aligned slots: the same weekday is always in the same column."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.year = 0
        self._days: dict[date, DayInfo] = {}
        self._offsets = [0] * 12
        self.today: date | None = None

    def set_year(self, year: int, days: list[DayInfo], today: date | None = None) -> None:
        self.beginResetModel()
        self.year = year
        self._days = {d.day: d for d in days}
        self._offsets = [date(year, m, 1).weekday() for m in range(1, 13)]
        self.today = today
        self.endResetModel()

    def day_at(self, row: int, column: int) -> date | None:
        if not self.year or not (0 <= row < 12):
            return None
        n = column - self._offsets[row] + 1
        try:
            return date(self.year, row + 1, n) if n >= 1 else None
        except ValueError:
            return None

    def index_of(self, day: date) -> QModelIndex:
        if day.year != self.year:
            return QModelIndex()
        return self.index(day.month - 1, self._offsets[day.month - 1] + day.day - 1)

    def info(self, day: date) -> DayInfo | None:
        return self._days.get(day)

    # --- Qt model ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or not self.year else 12

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else SLOTS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self.day_at(index.row(), index.column()) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        day = self.day_at(index.row(), index.column())
        if day is None:
            return None
        info = self._days.get(day)
        kind = kind_of(info) if info else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DATE_ROLE:
            return day
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            color = {"off": OFF_BG, "work": WORK_BG, "weekend": WEEKEND_BG}.get(kind)
            return QBrush(color) if color else None
        if role == Qt.ItemDataRole.ForegroundRole:
            color = {"off": OFF_FG, "work": WORK_FG, "weekend": WEEKEND_FG}.get(kind)
            return QBrush(color) if color else None
        if role == Qt.ItemDataRole.FontRole and (day == self.today or (info and info.entry and
                                                                        info.entry.layer == Layer.LOCAL)):
            font = QFont()
            font.setBold(day == self.today)
            font.setUnderline(bool(info and info.entry and info.entry.layer == Layer.LOCAL))
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{weekday_long(day.weekday())} {day:%d/%m/%Y}"
            if info and info.entry is not None:
                text += f"\n{info.entry.reason}\n{info.entry.source}"
            return text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < SLOTS:
            return weekday_short(section % 7)
        if orientation == Qt.Orientation.Vertical and 0 <= section < 12:
            return month_label(section + 1)
        return None


SPECIAL_COLUMNS = 5  # date, kind, reason, source, layer


class SpecialDaysModel(QAbstractTableModel):
    """Every day of the year with a calendar entry: days off, working weekends, holidays on a weekend."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[DayInfo] = []

    def set_days(self, days: list[DayInfo]) -> None:
        self.beginResetModel()
        self._rows = [d for d in days if d.entry is not None]
        self.endResetModel()

    def row_info(self, row: int) -> DayInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, day: date) -> int:
        return next((i for i, d in enumerate(self._rows) if d.day == day), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else SPECIAL_COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        info = self._rows[index.row()]
        entry = info.entry
        assert entry is not None
        col = index.column()
        if role == DATE_ROLE:
            return info.day
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return f"{weekday_short(info.day.weekday())} {info.day:%d/%m/%Y}"
            if col == 1:
                return self.tr("Working day") if info.working else self.tr("Day off")
            if col == 2:
                return entry.reason
            if col == 3:
                return entry.source
            return layer_label(entry.layer)
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return QBrush(WORK_FG if info.working else OFF_FG)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (self.tr("Date"), self.tr("Kind"), self.tr("Reason"), self.tr("Source document"), self.tr("Entered by"))
        return names[section] if 0 <= section < SPECIAL_COLUMNS else None
