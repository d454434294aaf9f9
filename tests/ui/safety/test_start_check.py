"""Issue 6 items 3 and 4 in the window: the start-up check runs in a job once the window shows; a damaged
register (16 KiB of random bytes in the middle of the file) gets a dialog that leads to the restore and a red
banner for as long as writing is refused; a write attempt is refused with the typed error, routed to the same
dialog; a read-only data folder gets the banner without a restore button."""

from __future__ import annotations

import pytest
from safety_helpers import OFFICE, add_requests, damage_middle

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.domain.errors import EnvironmentProblem, RegisterProblem
from focal_desk.ui.errors import ErrorRouter
from focal_desk.ui.main_window import MainWindow
from focal_desk.ui.safety.problem import RegisterProblemBox
from focal_desk.ui.safety.restore_dialog import RestoreDialog


@pytest.fixture
def damaged(tmp_path, clock):
    """300 demo requests, checkpointed, then damaged in the middle; the app still opens it (the damage is
    in the requests' pages, not in what start-up reads) — only the check can find it."""
    paths = Paths(tmp_path / "data")
    core = open_app(paths, clock=clock, officer="can_bo_test")
    desk = core.desk()
    desk.agency.save(OFFICE)
    desk.seed_demo(300, 11, lambda done, total: None, lambda: False)
    core.close()
    damage_middle(paths.database)
    core = open_app(paths, clock=clock, officer="can_bo_test", check_file=False)
    yield core
    core.close()


def _window(qtbot, desk, jobs, router, wait_for_loads: bool = True):
    window = MainWindow(desk, jobs, router)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    if not wait_for_loads:
        window.show()
        return window
    with qtbot.waitSignal(window.todo.overdueChanged, timeout=30_000):  # the window's own loads are done
        window.show()
    return window


def test_a_damaged_register_found_at_start_shows_the_problem_and_the_banner(qtbot, damaged, jobs):
    desk = damaged.desk()
    assert damaged.database.guard.reason is None  # opened normally: nothing but the check can tell
    router = ErrorRouter(desk.log_path)
    window = _window(qtbot, desk, jobs, router, wait_for_loads=False)  # the register's pages may meet the damage too
    with qtbot.waitSignal(window.checked, timeout=30_000) as checked:
        window.start_safety_checks()
    reason = checked.args[0]
    assert isinstance(reason, RegisterProblem) and reason.kind == "damaged"

    # The banner stays, says why, and leads to the restore. It keeps the first damage found: the check's, or a
    # page's read that met the damaged pages before the check ended (both a damaged-register problem).
    first = window.write_banner.reason
    assert isinstance(first, RegisterProblem) and first.kind == "damaged"
    assert window.write_banner.isVisible() and window.write_banner.restore_button.isVisible()
    assert window.write_banner.label.text().startswith("The register is read-only, it cannot be written to: ")
    assert str(first) in window.write_banner.label.text()
    # The dialog: the service's Vietnamese sentence, the way out, not a crash dialog.
    box = router.problem_box
    assert isinstance(box, RegisterProblemBox) and box.isVisible()
    assert box.text() == str(first) and "bị hỏng" in box.text()
    assert box.windowTitle() == "The register file is damaged"
    assert {b.text() for b in box.buttons()} == {"&Restore from a backup…", "&Later"}

    # Writing is refused with the typed error, routed to the same (single) box.
    with pytest.raises(RegisterProblem):
        desk.agency.save(OFFICE)
    failures = []
    jobs.submit(lambda: desk.agency.save(OFFICE), on_error=lambda exc: (failures.append(exc), router.handle(exc)),
                lane="db-write")
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert isinstance(failures[0], RegisterProblem)
    assert router.problem_box is box and len(window.findChildren(RegisterProblemBox)) == 1

    # "Restore from a backup…" opens the restore dialog, with the problem on top.
    box.restore_button.click()
    qtbot.waitUntil(lambda: window.findChild(RestoreDialog) is not None, timeout=5000)
    dialog = window.findChild(RestoreDialog)
    assert dialog.isVisible() and dialog.problem_label.text() == str(first)
    dialog.reject()


def test_the_check_on_a_sound_register_changes_nothing(qtbot, core, desk, jobs):
    add_requests(desk, 2)
    router = ErrorRouter(desk.log_path)
    window = _window(qtbot, desk, jobs, router)
    with qtbot.waitSignal(window.checked, timeout=30_000) as checked:
        window.start_safety_checks()
    assert checked.args == [None]
    assert not window.write_banner.isVisible() and router.problem_box is None
    assert sorted(b.kind for b in desk.safety.backups()) == ["daily", "monthly"]  # the day's backup was made


def test_a_read_only_folder_gets_the_banner_without_a_restore(qtbot, core, desk, jobs):
    # What open_app does for a write-protected folder (the tests run as root: chmod would not stop them).
    core.database.guard.stop(EnvironmentProblem("Thư mục dữ liệu chỉ cho phép đọc: có thể xem sổ theo dõi "
                                                "nhưng không ghi được."))
    router = ErrorRouter(desk.log_path)
    window = _window(qtbot, desk, jobs, router)
    with qtbot.waitSignal(window.checked, timeout=30_000) as checked:
        window.start_safety_checks()
    assert isinstance(checked.args[0], EnvironmentProblem)
    assert window.write_banner.isVisible() and not window.write_banner.restore_button.isVisible()
    assert "chỉ cho phép đọc" in window.write_banner.label.text()
    assert window.read_only_box.isVisible() and router.problem_box is None
    window.read_only_box.accept()


def test_a_register_problem_met_by_a_write_shows_the_banner_too(qtbot, core, desk, jobs):
    """Damage found by a write later in the day (not at start): the same box, and the banner from then on."""
    router = ErrorRouter(desk.log_path)
    window = _window(qtbot, desk, jobs, router)
    router.handle(RegisterProblem("behind", "Tệp sổ theo dõi chỉ có số đến 3/2026, nhưng sổ đã cấp số đến 5/2026."))
    assert window.write_banner.isVisible() and "5/2026" in window.write_banner.label.text()
    assert router.problem_box.isVisible()
    assert router.problem_box.windowTitle() == "Requests are missing from the register file"
    router.problem_box.later_button.click()
    assert router.problem_box is None and window.findChild(RestoreDialog) is None
    window.write_banner.restore_button.click()  # the banner leads to the restore later on
    qtbot.waitUntil(lambda: window.findChild(RestoreDialog) is not None, timeout=5000)
    window.findChild(RestoreDialog).reject()


def test_a_register_that_cannot_be_read_does_not_say_loading_forever(qtbot, desk, jobs, errors, monkeypatch):
    from focal_desk.ui.register import view as register_view

    def unreadable(*args, **kwargs):
        raise RegisterProblem("damaged", "Tệp cơ sở dữ liệu bị hỏng.")

    monkeypatch.setattr(register_view, "load_first_page", unreadable)
    view = register_view.RegisterView(desk, jobs, errors)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: bool(errors.seen), timeout=10_000)
    assert isinstance(errors.seen[0], RegisterProblem)
    assert view.empty_label.text() == "The register could not be read."


def test_the_first_window_fits_a_small_screen(qtbot, desk, jobs, errors):
    window = MainWindow(desk, jobs, errors)
    qtbot.addWidget(window)
    window.restore_state()  # nothing saved yet: the default size
    with qtbot.waitSignal(window.todo.overdueChanged, timeout=30_000):
        window.show()
    screen = window.screen().availableGeometry()
    assert window.height() < screen.height()  # room for the title bar: the status bar stays on screen
