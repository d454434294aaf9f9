"""The statistics page: a period, the figures by section, charts; a figure opens its requests in the register.
Computed off the GUI thread (one read job per period; a newer period supersedes it)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...domain.statistics import Period, Statistics, figure
from . import charts
from .figures_tree import FiguresTree
from .period_picker import PeriodPicker


class StatisticsView(QWidget):
    figureChosen = Signal(object, str)  # FigureRef, "label — period" for the register's filter bar
    exportRequested = Signal(object, int)  # the page's period and its kind (month, quarter, year, range)

    def __init__(self, desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self._generation = 0
        self.stats: Statistics | None = None
        self.months: list[Statistics] = []
        self.report_dialog = None

        self.picker = PeriodPicker(desk.clock.now().date())
        self.report_button = QPushButton(self.tr("Ma&ke the report…"))
        self.report_button.clicked.connect(self.make_report)
        self.export_button = QPushButton(self.tr("E&xport the log book…"))
        self.export_button.clicked.connect(
            lambda: self.exportRequested.emit(self.period(), self.picker.kind.currentIndex()))
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.report_button)
        top.addWidget(self.export_button)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)

        self.tree = FiguresTree()
        self.tree.figureChosen.connect(self._figure_chosen)
        self.by_channel = charts.chart_view(self.tr("Requests received per month, by channel"))
        self.outcomes = charts.chart_view(self.tr("Outcomes in the period"))
        self.on_time = charts.chart_view(self.tr("Answered on time"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.by_channel, 1)
        lower = QHBoxLayout()
        lower.addWidget(self.outcomes, 1)
        lower.addWidget(self.on_time, 1)
        right_layout.addLayout(lower, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 7)
        splitter.setSizes([400, 720])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        self.picker.changed.connect(self.reload)
        self.reload()

    def period(self) -> Period:
        return self.picker.period()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        period = self.period()
        service = self.desk.statistics
        self.heading.setText(self.tr("Statistics: %1 (computing…)").replace("%1", period.label_vi))

        def run():
            return service.compute(period), service.by_month(period)

        self.jobs.submit(run, owner=self,
                         on_success=lambda result: self._show(generation, *result),
                         on_error=lambda exc: generation == self._generation and self.errors.handle(exc, self))

    def _show(self, generation: int, stats: Statistics, months: list[Statistics]) -> None:
        if generation != self._generation:
            return
        self.stats, self.months = stats, list(months)
        self.heading.setText(self.tr("Statistics: %1").replace("%1", stats.period.label_vi))
        self.tree.show_values(stats)
        charts.show_by_channel(self.by_channel, self.months)
        charts.show_outcomes(self.outcomes, stats)
        charts.show_on_time(self.on_time, stats, self.months)

    def _figure_chosen(self, key: str) -> None:
        if self.stats is None:
            return
        period = self.stats.period
        query = self.desk.statistics.requests_behind(key, period)
        self.figureChosen.emit(query.figure, f"{figure(key).label_vi} — {period.label_vi}")

    def make_report(self):
        from .report_dialog import ReportDialog

        dialog = ReportDialog(self.desk, self.jobs, self.errors, self.period(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog = dialog
        dialog.open()
        return dialog
