"""The statistics page (issue 9.2, GUI): the same numbers as `focal-desk stats --json`, charts from the months,
a figure opens exactly the requests behind it in the register."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from focal_desk.domain.enums import Channel
from focal_desk.domain.listing import RequestQuery
from focal_desk.domain.period import Period
from focal_desk.domain.statistics import FIGURES, FigureRef
from focal_desk.ui.statistics.figures_tree import value_text
from focal_desk.ui.statistics.period_picker import RANGE, YEAR

YEAR_2025 = Period.year(2025)
ROOT = Path(__file__).resolve().parents[3]


def _page(qtbot, window, period, kind):
    window.nav.setCurrentRow(4)
    page = window.statistics
    page.picker.set_period(period, kind)
    qtbot.waitUntil(lambda: page.stats is not None and page.stats.period == period, timeout=30_000)
    return page


def _window(qtbot, desk, jobs, errors):
    from focal_desk.ui.main_window import MainWindow

    window = MainWindow(desk, jobs, errors)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.show()
    return window


def test_the_page_shows_what_stats_json_prints(qtbot, core, seeded_desk, jobs, errors):
    window = _window(qtbot, seeded_desk, jobs, errors)
    period = Period.between(YEAR_2025.start.replace(month=3, day=15), YEAR_2025.end.replace(month=11, day=20))
    page = _page(qtbot, window, period, RANGE)
    done = subprocess.run(
        [sys.executable, "-m", "focal_desk", "--data-dir", str(core.paths.data_dir), "stats",
         "--from", period.start.isoformat(), "--to", period.end.isoformat(), "--json"],
        capture_output=True, text=True, timeout=120, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    printed = json.loads(done.stdout)
    assert (printed["from"], printed["to"]) == (period.start.isoformat(), period.end.isoformat())
    shown = {f.key: page.tree.items[f.key].text(1) for f in FIGURES}
    assert shown == {f.key: value_text(f.unit, printed["values"][f.key]) for f in FIGURES}
    assert printed["values"]["received"] > 50  # not a comparison of zeros
    assert {page.tree.items[f.key].text(0) for f in FIGURES} == {f["label"] for f in printed["figures"]}


def test_the_charts_hold_the_months(qtbot, seeded_desk, jobs, errors):
    window = _window(qtbot, seeded_desk, jobs, errors)
    page = _page(qtbot, window, YEAR_2025, YEAR)
    series = page.by_channel.chart().series()[0]
    assert [s.label() for s in series.barSets()] == ["In person", "Electronic", "Post", "Fax"]
    per_month = [sum(s.at(i) for s in series.barSets()) for i in range(12)]
    assert per_month == [m["received"] for m in page.months]
    assert sum(per_month) == page.stats["received"]
    channel_total = sum(series.barSets()[list(Channel).index(Channel.POSTAL)].at(i) for i in range(12))
    assert channel_total == page.stats["received.channel.postal"]
    outcomes = page.outcomes.chart().series()[0].barSets()[0]
    assert [outcomes.at(i) for i in range(outcomes.count())] == [
        page.stats[k] for k in reversed(("provided", "provided_in_part", "refused", "transferred", "withdrawn",
                                         "open_at_end"))]
    assert page.on_time.chart().title().endswith(f"{page.stats.on_time_rate():.0%}")


def test_enter_on_a_figure_lists_exactly_its_requests_in_the_register(qtbot, seeded_desk, jobs, errors):
    window = _window(qtbot, seeded_desk, jobs, errors)
    page = _page(qtbot, window, YEAR_2025, YEAR)
    behind = set(seeded_desk.requests.ids(RequestQuery(figure=FigureRef("refused", YEAR_2025))))
    assert 0 < len(behind) == page.stats["refused"]
    item = page.tree.items["refused"]
    page.tree.setFocus()
    page.tree.setCurrentItem(item)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    register = window.register
    assert window.nav.currentRow() == 0
    qtbot.waitUntil(lambda: register.last is not None and register.last.filters.figure is not None, timeout=20_000)
    qtbot.waitUntil(lambda: register.model.ids_complete(), timeout=20_000)
    assert {register.model.id_at(r) for r in range(register.model.rowCount())} == behind
    assert register.figure_banner.isVisible()
    assert "Từ chối cung cấp — Năm 2025" in register.figure_banner.label.text()
    register.figure_banner.clear_button.click()
    qtbot.waitUntil(lambda: register.last.filters.figure is None, timeout=20_000)
    assert not register.figure_banner.isVisible()
    assert register.model.rowCount() == register.last.total == 300


def test_a_click_on_a_number_also_lists_its_requests(qtbot, seeded_desk, jobs, errors):
    window = _window(qtbot, seeded_desk, jobs, errors)
    page = _page(qtbot, window, YEAR_2025, YEAR)
    item = page.tree.items["received.channel.postal"]
    page.tree.scrollToItem(item)
    rect = page.tree.visualItemRect(item)
    x = page.tree.header().sectionPosition(1) + 5
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, rect.center().y()))
    register = window.register
    qtbot.waitUntil(lambda: register.last is not None and register.last.filters.figure is not None, timeout=20_000)
    qtbot.waitUntil(lambda: register.model.ids_complete(), timeout=20_000)
    behind = set(seeded_desk.requests.ids(RequestQuery(figure=FigureRef("received.channel.postal", YEAR_2025))))
    assert {register.model.id_at(r) for r in range(register.model.rowCount())} == behind


def test_coming_back_to_the_page_reads_the_figures_again(qtbot, desk, jobs, errors):
    """A request recorded meanwhile is counted when the officer returns to the page."""
    from datetime import datetime

    from focal_desk.domain.clock import VN_TZ
    from focal_desk.domain.enums import IdType, RequesterKind
    from focal_desk.domain.request import RequestDraft
    from focal_desk.domain.requester import Requester

    window = _window(qtbot, desk, jobs, errors)
    february = Period.month(2026, 2)
    page = _page(qtbot, window, february, 0)
    assert page.stats["received"] == 0
    window.nav.setCurrentRow(0)
    desk.requests.register(RequestDraft(
        requester=Requester(RequesterKind.CITIZEN, "Lê Thị Mai", IdType.CCCD, "001203004568", "Thôn Tây"),
        channel=Channel.POSTAL, received_at=datetime(2026, 2, 25, 8, 15, tzinfo=VN_TZ),
        info_requested="Quyết định giao đất", purpose="Tìm hiểu"))
    window.nav.setCurrentRow(4)
    qtbot.waitUntil(lambda: page.stats["received"] == 1, timeout=20_000)
    assert page.tree.items["received.channel.postal"].text(1) == "1"


def test_export_from_the_menu_offers_last_month_and_from_the_page_its_period(qtbot, desk, jobs, errors):
    from PySide6.QtGui import QKeySequence

    window = _window(qtbot, desk, jobs, errors)
    assert window.export_action.shortcut() == QKeySequence("Ctrl+E")
    window.export_action.trigger()
    assert window.export_dialog.isVisible() and window.export_dialog.picker.period() == Period.month(2026, 2)
    window.export_dialog.reject()
    page = _page(qtbot, window, Period.quarter(2025, 4), 1)
    page.export_button.click()
    assert window.export_dialog.picker.period() == Period.quarter(2025, 4)
    assert window.export_dialog.target.text().endswith("so-theo-doi-2025-q4.pdf")


def test_escape_in_the_register_leaves_the_figure(qtbot, seeded_desk, jobs, errors):
    window = _window(qtbot, seeded_desk, jobs, errors)
    page = _page(qtbot, window, YEAR_2025, YEAR)
    window.activateWindow()  # keys and shortcuts reach only the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    page.tree.setCurrentItem(page.tree.items["withdrawn"])
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    register = window.register
    qtbot.waitUntil(lambda: register.last is not None and register.last.filters.figure is not None, timeout=20_000)
    assert register.model.rowCount() == page.stats["withdrawn"]
    # Esc is a window shortcut: it reaches the register only while its window is the active one (another
    # test's window may still hold activation on a loaded offscreen run)
    window.activateWindow()
    register.table.setFocus()
    qtbot.waitUntil(lambda: window.isActiveWindow() and register.table.hasFocus(), timeout=10_000)
    qtbot.keyClick(register.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: register.last.filters.figure is None, timeout=20_000)
    assert not register.figure_banner.isVisible() and register.model.rowCount() == 300
