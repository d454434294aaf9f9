"""The register view on the real services: filters, search, sort, selection, keyboard, empty states."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from register_helpers import add_request, open_register

from focal_desk.domain.enums import Channel, Status
from focal_desk.domain.listing import RequestQuery, SortKey
from focal_desk.domain.text import fold
from focal_desk.ui.labels import channel_label, status_label
from focal_desk.ui.register.filter_bar import find_data
from focal_desk.ui.register.model import Column


def texts(view, qtbot, column: Column) -> list[str]:
    """Every row's text in a column, once its page has come (scrolling through, as a person would)."""
    model = view.model
    for row in range(0, model.rowCount(), 150):
        model.data(model.index(row, 0))
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: all(model.is_loaded(r) for r in range(model.rowCount())), timeout=10_000)
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def change(view, qtbot, action) -> None:
    with qtbot.waitSignal(view.countChanged, timeout=10_000):
        action()


def test_first_load_reports_the_register_size_once(seeded_desk, jobs, errors, qtbot):
    from focal_desk.ui.register.view import RegisterView

    view = RegisterView(seeded_desk, jobs, errors)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000) as blocker:
        view.show()
    assert blocker.args == [300]
    assert view.model.rowCount() == 300 and view.model.is_loaded(0)  # page one at once, whatever the size
    qtbot.waitUntil(view.model.ids_complete, timeout=10_000)
    assert view.model.ids() == seeded_desk.requests.ids(RequestQuery())  # newest received first
    seen = []
    view.loaded.connect(seen.append)
    change(view, qtbot, view.reload)
    assert seen == []


def test_status_channel_and_month_filters_change_the_rows(seeded_desk, jobs, errors, qtbot):
    view = open_register(seeded_desk, jobs, errors, qtbot)
    bar = view.filter_bar
    change(view, qtbot, lambda: bar.choose(bar.status, (Status.PROVIDED,)))
    shown = texts(view, qtbot, Column.STATUS)
    assert 0 < len(shown) < 300 and set(shown) == {status_label(Status.PROVIDED)}
    assert view.model.ids() == seeded_desk.requests.ids(RequestQuery(statuses=(Status.PROVIDED,)))

    change(view, qtbot, lambda: bar.choose(bar.channel, (Channel.ELECTRONIC,)))
    assert set(texts(view, qtbot, Column.CHANNEL)) <= {channel_label(Channel.ELECTRONIC)}
    assert view.model.ids() == seeded_desk.requests.ids(
        RequestQuery(statuses=(Status.PROVIDED,), channels=(Channel.ELECTRONIC,)))

    change(view, qtbot, lambda: bar.clear())
    assert view.model.rowCount() == 300
    assert find_data(bar.month, (2025, 11)) > 0, "the month list offers the months that hold requests"
    change(view, qtbot, lambda: bar.choose(bar.month, (2025, 11)))
    received = texts(view, qtbot, Column.RECEIVED)
    assert received and all(t.endswith("/11/2025") for t in received)
    assert len(received) == seeded_desk.requests.count(RequestQuery(year=2025, month=11))


def test_overdue_toggle_shows_open_requests_due_by_the_soon_line(desk, overdue_request, jobs, errors, qtbot):
    later = add_request(desk, "Trần Thị Mai", "001203004568", datetime(2026, 3, 2, 8, 0))  # no deadline yet
    view = open_register(desk, jobs, errors, qtbot)
    assert set(view.model.ids()) == {overdue_request.id, later.id}
    change(view, qtbot, lambda: view.filter_bar.due.setChecked(True))
    assert view.model.ids() == [overdue_request.id]
    assert view.filter_bar.clear_button.isEnabled()


def test_search_folds_accents_and_d_bar(desk, jobs, errors, qtbot):
    add_request(desk, "Nguyễn Thị Hoa", "001203004561", datetime(2026, 2, 3, 9, 0))
    add_request(desk, "Trần Đức Thắng", "001203004562", datetime(2026, 2, 4, 9, 0))
    add_request(desk, "Lê Văn Bình", "001203004563", datetime(2026, 2, 5, 9, 0))
    view = open_register(desk, jobs, errors, qtbot)
    assert view.model.rowCount() == 3
    change(view, qtbot, lambda: view.filter_bar.search.setText("nguyen"))  # waits out the typing pause
    assert texts(view, qtbot, Column.REQUESTER) == ["Nguyễn Thị Hoa"]
    change(view, qtbot, lambda: view.filter_bar.search.setText("duc"))
    assert texts(view, qtbot, Column.REQUESTER) == ["Trần Đức Thắng"]
    change(view, qtbot, lambda: view.filter_bar.search.setText("Đức thắng"))
    assert [fold(t) for t in texts(view, qtbot, Column.REQUESTER)] == ["tran duc thang"]


def test_only_the_latest_search_is_shown(seeded_desk, jobs, errors, qtbot):
    view = open_register(seeded_desk, jobs, errors, qtbot)
    bar = view.filter_bar
    counts = []
    view.countChanged.connect(counts.append)
    for text in ("n", "ng", "ngu", "nguy", "nguyen", "zzqx"):
        bar.search.setText(text)
        bar.flush()  # each one starts a query at once; all but the last are superseded
    qtbot.waitUntil(lambda: bool(counts), timeout=10_000)
    qtbot.wait(200)
    assert counts == [0]
    assert view.stack.currentIndex() == 1 and "No request matches" in view.empty_label.text()
    assert view.empty_clear.isVisible()


def test_header_click_sorts_through_the_database(seeded_desk, jobs, errors, qtbot):
    view = open_register(seeded_desk, jobs, errors, qtbot)
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.REQUESTER) + 10
    change(view, qtbot, lambda: QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                                                 pos=QPoint(x, 5)))
    expected = seeded_desk.requests.ids(RequestQuery(sort=SortKey.REQUESTER, newest_first=False))
    assert header.sortIndicatorSection() == Column.REQUESTER
    assert view.model.ids() == expected


def test_reload_selects_a_new_request_even_when_filters_hide_it(seeded_desk, jobs, errors, qtbot):
    view = open_register(seeded_desk, jobs, errors, qtbot)
    bar = view.filter_bar
    change(view, qtbot, lambda: bar.choose(bar.status, (Status.PROVIDED,)))
    new = add_request(seeded_desk, "Phạm Thu Hà", "001203004569", datetime(2025, 6, 2, 8, 0))
    view.reload(select_id=new.id)
    qtbot.waitUntil(lambda: view.selected_request_id() == new.id, timeout=10_000)
    assert not bar.filters().active  # the filters that hid it were cleared
    row = view.model.row_of(new.id)
    assert view.table.visualRect(view.model.index(row, 0)).intersects(view.table.viewport().rect())


def test_keep_selection_after_a_change(seeded_desk, jobs, errors, qtbot):
    view = open_register(seeded_desk, jobs, errors, qtbot)
    view.table.selectRow(5)
    chosen = view.selected_request_id()
    change(view, qtbot, lambda: view.reload(keep_selection=True))
    assert view.selected_request_id() == chosen


def test_enter_and_double_click_open_the_request(seeded_desk, jobs, errors, qtbot):
    view = open_register(seeded_desk, jobs, errors, qtbot)
    table = view.table
    table.setFocus()
    table.selectRow(3)
    table.setCurrentIndex(view.model.index(3, 0))
    with qtbot.waitSignal(view.requestActivated) as blocker:
        QTest.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [view.model.ids()[3]]
    rect = table.visualRect(view.model.index(1, Column.REQUESTER))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.requestActivated) as blocker:
        QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [view.model.ids()[1]]


def test_ctrl_f_focuses_search_and_escape_clears_it(seeded_desk, jobs, errors, qtbot):
    view = open_register(seeded_desk, jobs, errors, qtbot)
    view.activateWindow()
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.filter_bar.search.hasFocus)
    change(view, qtbot, lambda: view.filter_bar.search.setText("zzqx"))
    assert view.model.rowCount() == 0
    change(view, qtbot, lambda: QTest.keyClick(view.filter_bar.search, Qt.Key.Key_Escape))
    assert view.filter_bar.search.text() == "" and view.model.rowCount() == 300


def test_empty_register_says_how_to_start(desk, jobs, errors, qtbot):
    view = open_register(desk, jobs, errors, qtbot)
    assert view.stack.currentIndex() == 1
    assert "register is empty" in view.empty_label.text()
    assert not view.empty_clear.isVisible()


def test_header_state_round_trips_with_the_sort(seeded_desk, jobs, errors, qtbot, tmp_path):
    view = open_register(seeded_desk, jobs, errors, qtbot)
    change(view, qtbot, lambda: view.table.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder))
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    view.save_state(settings)
    other = open_register(seeded_desk, jobs, errors, qtbot)
    change(other, qtbot, lambda: other.restore_state(settings))
    assert other.model.ids() == seeded_desk.requests.ids(RequestQuery(sort=SortKey.DUE, newest_first=False))
    assert other.table.horizontalHeader().sortIndicatorSection() == Column.DUE
