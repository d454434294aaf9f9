"""GUI tests: offscreen Qt, real services on a temp SQLite file, a clock we control, dialogs recorded."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before PySide6 is imported anywhere

from datetime import datetime  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QObject, Signal  # noqa: E402

from focal_desk.app.paths import Paths  # noqa: E402
from focal_desk.app.wiring import open_app  # noqa: E402
from focal_desk.domain.agency import AgencyProfile  # noqa: E402
from focal_desk.domain.clock import VN_TZ, FixedClock  # noqa: E402

OFFICE = AgencyProfile(
    id=None,
    name="Ủy ban nhân dân xã Đạo Trù",
    parent_body="Ủy ban nhân dân tỉnh Phú Thọ",
    place_name="Đạo Trù",
    symbol="UBND",
    signer_name="Nguyễn Văn An",
    signer_title="Chủ tịch",
    authority="TM.",
)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 2, 9, 30, tzinfo=VN_TZ))  # a Monday


@pytest.fixture
def core(tmp_path, clock):
    container = open_app(Paths(tmp_path / "data"), clock=clock, officer="can_bo_test")
    yield container
    container.close()


@pytest.fixture
def desk(core):
    """Services for the UI, with the office already described (no first-run wizard)."""
    d = core.desk()
    d.agency.save(OFFICE)
    return d


@pytest.fixture
def bare_desk(core):
    """Services for the UI on a brand-new database (the first-run wizard's case)."""
    return core.desk()


@pytest.fixture
def seeded_desk(desk):
    """The office with 300 demo requests spread over the two years before the clock's date."""
    desk.seed_demo(300, 11, lambda done, total: None, lambda: False)
    return desk


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """pytest-qt closes a test's widgets first thing in teardown. A dialog left open holding typed text (or the
    first-run wizard, which always asks) would then ask and wait for an answer forever: close it unasked."""
    from PySide6.QtWidgets import QApplication

    from focal_desk.ui.discard_guard import DiscardGuard

    app = QApplication.instance()
    for widget in app.topLevelWidgets() if app is not None else ():
        if isinstance(widget, DiscardGuard):
            widget.should_ask = lambda: False
    return (yield)


class RecordingErrors(QObject):
    """Stands in for ErrorRouter in tests: records what would have been shown instead of opening dialogs."""

    writeBlocked = Signal(object)  # the router's signals, which the main window connects to
    restoreRequested = Signal()

    def __init__(self):
        super().__init__()
        self.seen: list[BaseException] = []
        self.window = None
        self.log_path = "test.log"

    def handle(self, exc, parent=None, retry=None):
        self.seen.append(exc)

    def install_excepthook(self):
        pass


@pytest.fixture
def errors() -> RecordingErrors:
    return RecordingErrors()


@pytest.fixture
def jobs(qtbot):
    from focal_desk.ui.jobs import JobRunner

    runner = JobRunner()
    yield runner
    runner.wait_all()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10_000)


@pytest.fixture
def answer_prompt():
    """answer_prompt(choose) -> seen: once a QMessageBox is up, press its button whose text is ``choose`` and
    note (title, text, buttons) in ``seen``. Flush with QApplication.processEvents(): when no prompt came up,
    ``seen`` stays empty (the dialog behind is modal too, so only a message box counts)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def schedule(choose: str) -> list:
        seen: list = []

        def act():
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                return
            buttons = {b.text(): b for b in box.buttons()}
            seen.append((box.windowTitle(), box.text(), sorted(buttons)))
            if choose in buttons:
                buttons[choose].click()
            else:  # not the prompt expected: close it so the test fails instead of waiting
                box.reject()

        QTimer.singleShot(0, act)
        return seen

    return schedule


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread():
    """A test's windows left in reference cycles are freed here, on the GUI thread: left to the garbage
    collector they may be freed by whichever thread allocates next, a job's worker, and Qt crashes when a
    widget is deleted off the GUI thread (as ui/app.py's _dispose says)."""
    yield
    gc.collect()
