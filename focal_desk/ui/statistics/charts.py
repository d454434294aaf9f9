"""The statistics page's charts (QtCharts, no web view): requests per month by channel, outcomes, on-time rate."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from ...domain.enums import Channel
from ...domain.statistics import FIGURES_BY_KEY, Statistics
from ..labels import channel_label

CHANNEL_COLOURS = {Channel.IN_PERSON: "#2f6db5", Channel.ELECTRONIC: "#43a047", Channel.POSTAL: "#f39c12",
                   Channel.FAX: "#8e5ea2"}
OUTCOME_KEYS = ("provided", "provided_in_part", "refused", "transferred", "withdrawn", "open_at_end")


def chart_view(title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(200)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: the keyboard stays on the tables
    return view


def _reset(view: QChartView) -> QChart:
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    return chart


def _outcome_names() -> list[str]:
    """Short names: the chart is small; the table beside it has the full labels."""
    return [
        QCoreApplication.translate("StatisticsCharts", "Provided in full"),
        QCoreApplication.translate("StatisticsCharts", "Provided in part"),
        QCoreApplication.translate("StatisticsCharts", "Refused"),
        QCoreApplication.translate("StatisticsCharts", "Sent on"),
        QCoreApplication.translate("StatisticsCharts", "Withdrawn"),
        QCoreApplication.translate("StatisticsCharts", "Open at the end"),
    ]


def _month_names(months: Sequence[Statistics]) -> list[str]:
    """"03" within one year, "03/26" across years."""
    if len({m.period.start.year for m in months}) == 1:
        return [f"{m.period.start.month:02d}" for m in months]
    return [f"{m.period.start.month:02d}/{m.period.start.year % 100:02d}" for m in months]


def _month_axis(chart: QChart, series, months: Sequence[Statistics]) -> None:
    axis = QBarCategoryAxis()
    axis.append(_month_names(months))
    font = QFont(axis.labelsFont())
    font.setPointSizeF(max(6.5, font.pointSizeF() - 1.5))  # twelve months fit a narrow chart
    axis.setLabelsFont(font)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)


def _value_axis(chart: QChart, series, maximum: float, fmt: str = "%d") -> None:
    axis = QValueAxis()
    axis.setRange(0, max(maximum, 1))
    axis.setLabelFormat(fmt)
    axis.applyNiceNumbers()
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)


def show_by_channel(view: QChartView, months: Sequence[Statistics]) -> None:
    chart = _reset(view)
    series = QStackedBarSeries()
    for c in Channel:
        bars = QBarSet(channel_label(c))
        bars.setColor(QColor(CHANNEL_COLOURS[c]))
        bars.append([m[f"received.channel.{c.value}"] for m in months])
        series.append(bars)
    chart.addSeries(series)
    _month_axis(chart, series, months)
    _value_axis(chart, series, max((m["received"] for m in months), default=0))


def show_outcomes(view: QChartView, stats: Statistics) -> None:
    chart = _reset(view)
    series = QHorizontalBarSeries()
    bars = QBarSet(QCoreApplication.translate("StatisticsCharts", "Requests"))
    bars.append([stats[k] for k in reversed(OUTCOME_KEYS)])
    bars.setColor(QColor("#2f6db5"))
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.setLabelColor(QColor("#202020"))
    chart.addSeries(series)
    chart.legend().setVisible(False)
    axis = QBarCategoryAxis()
    axis.append(list(reversed(_outcome_names())))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)
    values = QValueAxis()
    values.setRange(0, max(max(stats[k] for k in OUTCOME_KEYS), 1) * 1.15)
    values.setLabelFormat("%d")
    values.applyNiceNumbers()
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)


def show_on_time(view: QChartView, stats: Statistics, months: Sequence[Statistics]) -> None:
    chart = _reset(view)
    rate = stats.on_time_rate()
    chart.setTitle(QCoreApplication.translate("StatisticsCharts", "Answered on time: %1").replace("%1", "—" if rate is None else f"{rate:.0%}"))
    series = QStackedBarSeries()
    on_time, late = QBarSet(FIGURES_BY_KEY["answered.on_time"].label_vi), QBarSet(FIGURES_BY_KEY["answered.late"].label_vi)
    on_time.setColor(QColor("#43a047"))
    late.setColor(QColor("#e53935"))
    on_time.append([m["answered.on_time"] for m in months])
    late.append([m["answered.late"] for m in months])
    series.append(on_time)
    series.append(late)
    chart.addSeries(series)
    _month_axis(chart, series, months)
    _value_axis(chart, series, max((m["answered"] for m in months), default=0))
