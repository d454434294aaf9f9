"""The year grid and the special-days list as Qt models."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from focal_desk.ui.calendar_view.year_model import (
    DATE_ROLE,
    OFF_BG,
    WEEKEND_BG,
    WORK_BG,
    SpecialDaysModel,
    YearModel,
)


def test_year_model_lays_months_out_by_weekday(qtmodeltester, desk):
    days = desk.calendar.calendar().year_days(2026)
    model = YearModel()
    qtmodeltester.check(model)  # empty
    model.set_year(2026, days, date(2026, 3, 2))
    qtmodeltester.check(model)
    assert model.rowCount() == 12 and model.columnCount() == 37
    first = model.index(0, 3)  # 01/01/2026 is a Thursday: fourth column
    assert first.data(DATE_ROLE) == date(2026, 1, 1) and first.data() == "1"
    assert model.index(0, 2).data() is None and not model.index(0, 2).flags() & Qt.ItemFlag.ItemIsEnabled
    assert model.index_of(date(2026, 3, 31)).data(DATE_ROLE) == date(2026, 3, 31)
    bg = Qt.ItemDataRole.BackgroundRole
    assert model.index_of(date(2026, 1, 2)).data(bg).color() == OFF_BG  # the swapped Friday
    assert model.index_of(date(2026, 1, 10)).data(bg).color() == WORK_BG  # the Saturday worked for it
    assert model.index_of(date(2026, 1, 3)).data(bg).color() == WEEKEND_BG
    assert model.index_of(date(2026, 1, 5)).data(bg) is None
    assert "Tết Dương lịch" in model.index_of(date(2026, 1, 1)).data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Mo"
    assert model.headerData(7, Qt.Orientation.Horizontal) == "Mo"


def test_special_days_model(qtmodeltester, desk):
    model = SpecialDaysModel()
    qtmodeltester.check(model)
    model.set_days(desk.calendar.calendar().year_days(2026))
    qtmodeltester.check(model)
    days = [model.index(r, 0).data(DATE_ROLE) for r in range(model.rowCount())]
    assert days == sorted(days) and date(2026, 1, 2) in days and date(2026, 1, 10) in days
    row = model.row_of(date(2026, 1, 10))
    assert model.index(row, 1).data() == "Working day"
    assert model.index(row, 4).data() == "Official announcement"
