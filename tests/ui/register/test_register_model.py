"""The windowed register model: qtmodeltester, pages fetched on demand (never in data()), bounded cache."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from register_helpers import open_register

from focal_desk.domain.enums import Channel, Status
from focal_desk.domain.listing import RequestQuery, RequestSummary
from focal_desk.services.todo import Urgency
from focal_desk.ui.register.model import (
    ID_ROLE,
    MAX_PAGES,
    PAGE_SIZE,
    PLACEHOLDER,
    URGENCY_ROLE,
    Column,
    RegisterModel,
)


def fake_summary(i: int) -> RequestSummary:
    return RequestSummary(
        id=i, register_number=f"{i}/2026", received_at=datetime(2026, 1, 5, 8, 0), channel=Channel.POSTAL,
        requester_name=f"Người {i}", id_number="", info_requested="Thông tin", status=Status.VALID,
        provide_due=None, extended_due=None, notice_due=None, notice_sent_on=None, deadline_flag="",
    )


class FakeLoader:
    """Records what the model asks for; answers only when told to (like a job finishing later)."""

    def __init__(self):
        self.calls: list[tuple[list[int], object, object]] = []

    def __call__(self, ids, done, failed):
        self.calls.append((ids, done, failed))

    def answer_all(self):
        calls, self.calls = self.calls, []
        for ids, done, _failed in calls:
            done([fake_summary(i) for i in ids])


def test_register_model_passes_qtmodeltester(qtmodeltester, seeded_desk, jobs, errors, qtbot):
    view = open_register(seeded_desk, jobs, errors, qtbot)
    assert view.model.rowCount() == 300
    qtmodeltester.check(view.model)
    view.table.scrollToBottom()  # the rows painted there ask for their page
    qtbot.waitUntil(lambda: all(view.model.is_loaded(r) for r in range(300)), timeout=10_000)
    qtmodeltester.check(view.model)


def test_a_page_not_yet_loaded_shows_a_placeholder_then_the_real_row(seeded_desk, jobs, errors, qtbot):
    view = open_register(seeded_desk, jobs, errors, qtbot)
    model = view.model
    row = 250
    assert not model.is_loaded(row)
    index = model.index(row, Column.NUMBER)
    assert model.data(index) == PLACEHOLDER
    assert model.data(index, ID_ROLE) == model.ids()[row]  # the id is known before the row is
    with qtbot.waitSignal(model.dataChanged, timeout=10_000):
        pass
    expected = seeded_desk.requests.summaries_by_ids([model.ids()[row]])[0]
    assert model.data(index) == expected.register_number
    assert model.data(model.index(row, Column.REQUESTER)) == expected.requester_name


def test_data_never_fetches_synchronously_and_asks_once_per_burst(qtbot):
    loader = FakeLoader()
    model = RegisterModel(loader)
    model.set_rows(list(range(1, 1001)), {}, None)
    for row in range(0, 1000, 7):
        model.data(model.index(row, Column.REQUESTER))
    assert loader.calls == []  # data() only notes what it needs
    qtbot.waitUntil(lambda: len(loader.calls) == 1)
    assert loader.calls[0][0] == list(range(1, 1001))  # all five pages in one request
    loader.answer_all()
    assert model.data(model.index(999, Column.REQUESTER)) == "Người 1000"


def test_rows_past_a_quick_first_page_wait_for_the_ids(qtbot):
    loader = FakeLoader()
    model = RegisterModel(loader)
    first = list(range(1, PAGE_SIZE + 1))
    model.set_rows(first, {0: [fake_summary(i) for i in first]}, None, count=1000)
    assert model.rowCount() == 1000 and model.is_loaded(0)
    assert model.data(model.index(500, 0)) == PLACEHOLDER and model.data(model.index(500, 0), ID_ROLE) is None
    qtbot.wait(50)
    assert loader.calls == []  # no ids for that page yet
    assert not model.complete_ids(list(range(1, 999)))  # a different list: the caller must reload
    assert model.complete_ids(list(range(1, 1001)))
    qtbot.waitUntil(lambda: len(loader.calls) == 1)
    assert loader.calls[0][0] == list(range(401, 601))
    loader.answer_all()
    assert model.data(model.index(500, Column.REQUESTER)) == "Người 501"


def test_rows_of_a_replaced_list_are_dropped(qtbot):
    loader = FakeLoader()
    model = RegisterModel(loader)
    model.set_rows(list(range(1, 401)), {}, None)
    model.data(model.index(300, 0))
    qtbot.waitUntil(lambda: len(loader.calls) == 1)
    model.set_rows(list(range(1001, 1401)), {}, None)  # a new filter arrived meanwhile
    loader.answer_all()  # the old answer comes back late
    assert not model.is_loaded(300)
    assert model.data(model.index(300, 0)) == PLACEHOLDER


def test_page_cache_stays_bounded_however_far_one_scrolls(qtbot):
    loader = FakeLoader()
    model = RegisterModel(loader)
    n = PAGE_SIZE * (MAX_PAGES + 30)
    model.set_rows(list(range(n)), {}, None)
    for page in range(MAX_PAGES + 30):
        model.data(model.index(page * PAGE_SIZE, 0))
        qtbot.waitUntil(lambda: bool(loader.calls))
        loader.answer_all()
    assert sum(model.is_loaded(p * PAGE_SIZE) for p in range(MAX_PAGES + 30)) == MAX_PAGES
    assert model.is_loaded(n - 1) and not model.is_loaded(0)  # the oldest shown page went first


def test_a_failed_page_is_reported_once_and_not_asked_again(qtbot):
    loader = FakeLoader()
    model = RegisterModel(loader)
    model.set_rows(list(range(300)), {}, None)
    model.data(model.index(250, 0))
    qtbot.waitUntil(lambda: bool(loader.calls))
    _ids, _done, failed = loader.calls.pop()
    with qtbot.waitSignal(model.pageFailed):
        failed(OSError("disk gone"))
    model.data(model.index(250, 0))
    qtbot.wait(50)
    assert loader.calls == []


def test_overdue_rows_are_red_with_an_icon_and_due_soon_amber(desk, overdue_request, jobs, errors, qtbot):
    view = open_register(desk, jobs, errors, qtbot)
    model = view.model
    row = model.row_of(overdue_request.id)
    assert model.data(model.index(row, 0), URGENCY_ROLE) == "overdue"
    assert model.data(model.index(row, Column.DUE), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole).color().name() == "#fde8ea"
    assert model.data(model.index(row, Column.DUE)) == "02/02/2026"
    urgency: Urgency = desk.todo.urgency()
    assert urgency.of(overdue_request) == "overdue"
    assert desk.requests.count(RequestQuery()) == model.rowCount() == 1
