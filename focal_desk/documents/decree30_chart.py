"""A layout.BarChart as a reportlab Drawing: bundled font throughout, every bar labelled with its value,
a legend under the chart when there are several series. Greys and one blue: it prints in black and white."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from . import layout
from .decree30_styles import TEXT_WIDTH
from .fonts import REGULAR

FILLS = (colors.HexColor("#1f4e79"), colors.HexColor("#9dc3e6"), colors.HexColor("#595959"),
         colors.HexColor("#d9d9d9"), colors.HexColor("#2e75b6"), colors.HexColor("#a6a6a6"))
FONT_SIZE = 9
BAR_HEIGHT = 14  # horizontal charts: height per bar (pt)
VERTICAL_HEIGHT = 140
LEGEND_ROW = 14


def _label(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def _bar_label(value: float) -> str:
    return "" if value == 0 else _label(value)  # a row of zeros under a month says nothing


def chart_drawing(chart: layout.BarChart) -> Drawing:
    if not chart.series or any(len(s.values) != len(chart.categories) for s in chart.series):
        raise ValueError("a bar chart needs one value per category in every series")
    several = len(chart.series) > 1
    legend_height = LEGEND_ROW * ((len(chart.series) + 2) // 3) + 6 if several else 0
    top = max((v for s in chart.series for v in s.values), default=0)
    if chart.horizontal:
        bars = len(chart.categories) * len(chart.series)
        plot_height = max(BAR_HEIGHT * bars + 6 * len(chart.categories), 40)
        drawing = Drawing(TEXT_WIDTH, plot_height + 24 + legend_height)
        bc = HorizontalBarChart()
        bc.x, bc.width = TEXT_WIDTH * 0.45, TEXT_WIDTH * 0.45
        bc.categoryAxis.labels.boxAnchor = "e"
        bc.categoryAxis.labels.dx = -4
        bc.categoryAxis.reverseDirection = 1  # first category at the top, as the table reads
        bc.barLabels.boxAnchor = "w"
        bc.barLabels.dx = 3
    else:
        plot_height = VERTICAL_HEIGHT
        drawing = Drawing(TEXT_WIDTH, plot_height + 40 + legend_height)
        bc = VerticalBarChart()
        bc.x, bc.width = 34, TEXT_WIDTH - 44
        bc.categoryAxis.labels.boxAnchor = "n"
        bc.categoryAxis.labels.dy = -3
        bc.barLabels.boxAnchor = "s"
        bc.barLabels.dy = 2
    # The renderer starts from Helvetica (never embedded) unless the drawing names its initial font.
    drawing.initialFontName, drawing.initialFontSize = REGULAR, FONT_SIZE
    bc.y, bc.height = 20 + legend_height, plot_height
    bc.data = [list(s.values) for s in chart.series]
    bc.categoryAxis.categoryNames = list(chart.categories)
    bc.categoryAxis.labels.fontName = REGULAR
    bc.categoryAxis.labels.fontSize = FONT_SIZE
    bc.valueAxis.labels.fontName = REGULAR
    bc.valueAxis.labels.fontSize = FONT_SIZE - 1
    bc.valueAxis.valueMin = 0
    bc.valueAxis.valueMax = max(top * 1.15, 1)
    bc.valueAxis.labelTextFormat = _label
    bc.barLabelFormat = _bar_label
    bc.barLabels.fontName = REGULAR
    bc.barLabels.fontSize = FONT_SIZE - 1
    bc.groupSpacing = 6
    for i in range(len(chart.series)):
        bc.bars[i].fillColor = FILLS[i % len(FILLS)]
        bc.bars[i].strokeColor = colors.black
        bc.bars[i].strokeWidth = 0.3
    drawing.add(bc)
    if several:
        legend = Legend()
        legend.fontName = REGULAR
        legend.fontSize = FONT_SIZE
        legend.x, legend.y = bc.x, legend_height - 4
        legend.alignment = "right"
        legend.columnMaximum = 1 if len(chart.series) <= 3 else 2
        legend.deltax = TEXT_WIDTH / 3.2
        legend.dxTextSpace = 4
        legend.colorNamePairs = [(FILLS[i % len(FILLS)], s.name) for i, s in enumerate(chart.series)]
        drawing.add(legend)
    return drawing
