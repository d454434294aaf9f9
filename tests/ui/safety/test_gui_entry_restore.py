"""app/gui_entry.py end to end, in-process: the restore runs with the register closed, then the app opens
again with the rows back and the lost numbers on screen; a register that cannot be opened at all (emptied)
leads to the restore or to quitting — never to a new, empty register (issue 6 items 2 and 5)."""

from __future__ import annotations

import sys
from argparse import Namespace

import pytest
from PySide6.QtCore import QLocale
from safety_helpers import Driver, build_register, request_count, visible

from focal_desk.app.gui_entry import EXIT_NOT_OPENED, run_gui
from focal_desk.domain.backup import BackupInfo
from focal_desk.storage.manifest import manifest_path
from focal_desk.ui.main_window import MainWindow
from focal_desk.ui.safety.backup_list import PATH_ROLE
from focal_desk.ui.safety.restore_dialog import CONFIRM, RestoreDialog
from focal_desk.ui.safety.restore_run import RestoreRunDialog


@pytest.fixture
def app_state(qapp, monkeypatch):
    """run_gui sets the locale, the font, translators and the excepthook of the session's QApplication."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    locale, font = QLocale(), qapp.font()
    yield
    for t in getattr(qapp, "_focal_translators", []):
        qapp.removeTranslator(t)
    qapp._focal_translators = []
    QLocale.setDefault(locale)
    qapp.setFont(font)


@pytest.fixture
def register(tmp_path, clock):
    return build_register(tmp_path / "data", clock, before_backup=3, after_backup=2)


def _args(paths) -> Namespace:
    return Namespace(data_dir=str(paths.data_dir), lang="en", exit_when_ready=False)


def _run(driver: Driver, paths) -> int:
    driver.start()
    rc = run_gui(_args(paths))
    assert driver.error is None, driver.error
    assert driver.index == len(driver.steps)
    return rc


def _choose(dialog: RestoreDialog, backup) -> None:
    for i in range(dialog.list.topLevelItemCount()):
        info = dialog.list.topLevelItem(i).data(0, PATH_ROLE)
        if isinstance(info, BackupInfo) and info.path == backup:
            dialog.list.setCurrentItem(dialog.list.topLevelItem(i))
            dialog.next_button.click()
            assert dialog.pages.currentIndex() == CONFIRM
            dialog.restore_button.click()
            return
    raise AssertionError(f"{backup} is not listed")


def test_restore_from_the_menu_restarts_with_the_rows_back_and_the_numbers_to_re_enter(app_state, register):
    paths, backup = register
    assert request_count(paths.database) == 5
    seen: dict = {}

    def first_window_loaded() -> bool:
        windows = visible(MainWindow)
        if not windows or windows[0].register.last is None:
            return False
        seen["first"] = windows[0]
        assert windows[0].register.last.total == 5
        windows[0].restore_action.trigger()
        return True

    def backup_chosen() -> bool:
        dialogs = visible(RestoreDialog)
        if not dialogs:
            return False
        _choose(dialogs[0], backup)
        return True

    def report_read() -> bool:
        runs = visible(RestoreRunDialog)
        if not runs or runs[0].report is None:
            return False
        assert not visible(MainWindow)  # the restore ran with the window closed
        seen["report"] = runs[0].details.toPlainText()
        runs[0].continue_button.click()
        return True

    def second_window_checked() -> bool:
        windows = [w for w in visible(MainWindow) if w is not seen["first"]]
        if not windows or windows[0].register.last is None or not windows[0].lost_banner.isVisible():
            return False
        seen["rows"] = windows[0].register.last.total
        seen["banner"] = windows[0].lost_banner.label.text()
        seen["writable"] = not windows[0].write_banner.isVisible()  # checked in the same job as the numbers
        windows[0].close()
        return True

    rc = _run(Driver([first_window_loaded, backup_chosen, report_read, second_window_checked]), paths)
    assert rc == 0
    assert seen["rows"] == 3 and request_count(paths.database) == 3 and seen["writable"]
    assert "4/2026 … 5/2026" in seen["report"] and "Hãy vào sổ lại" in seen["report"]
    assert "4/2026 … 5/2026" in seen["banner"]
    kept = [p for p in (paths.backups / "before-restore").glob("*.sqlite3")]
    assert len(kept) == 1 and request_count(kept[0]) == 5  # the file replaced was kept first


def test_an_emptied_register_offers_the_restore_before_any_window(app_state, register, capfd):
    paths, backup = register
    paths.database.write_bytes(b"")  # `: > focal_desk.sqlite3`
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    seen: dict = {}

    def problem_shown() -> bool:
        dialogs = visible(RestoreDialog)
        if not dialogs:
            return False
        assert not visible(MainWindow)
        seen["title"] = dialogs[0].windowTitle()
        seen["problem"] = dialogs[0].problem_label.text()
        _choose(dialogs[0], backup)
        return True

    def report_read() -> bool:
        runs = visible(RestoreRunDialog)
        if not runs or runs[0].report is None:
            return False
        runs[0].continue_button.click()
        return True

    def window_opened() -> bool:
        windows = visible(MainWindow)
        if not windows or windows[0].register.last is None:
            return False
        seen["rows"] = windows[0].register.last.total
        windows[0].close()
        return True

    rc = _run(Driver([problem_shown, report_read, window_opened]), paths)
    assert rc == 0
    assert seen["title"] == "The register file is missing"
    assert "trống" in seen["problem"] and "5/2026" in seen["problem"]
    assert seen["rows"] == 3 and request_count(paths.database) == 3


def test_quitting_at_the_start_problem_creates_no_register(app_state, register, capfd):
    paths, _backup = register
    paths.database.write_bytes(b"")
    manifest = manifest_path(paths.database).read_text(encoding="utf-8")

    def quit_at_problem() -> bool:
        dialogs = visible(RestoreDialog)
        if not dialogs:
            return False
        dialogs[0].cancel_button.click()
        return True

    rc = _run(Driver([quit_at_problem]), paths)
    assert rc == EXIT_NOT_OPENED
    assert paths.database.read_bytes() == b""  # no new register was made in its place
    assert manifest_path(paths.database).read_text(encoding="utf-8") == manifest
    assert "trống" in capfd.readouterr().err


def test_a_restore_that_fails_leaves_the_register_and_reopens_it(app_state, register, tmp_path, monkeypatch):
    """A file that is not a register: one sentence, nothing replaced, the app opens again as it was."""
    from PySide6.QtWidgets import QFileDialog

    paths, _backup = register
    junk = tmp_path / "not-a-register.sqlite3"
    junk.write_bytes(b"hello" * 1000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    seen: dict = {}

    def ask_restore() -> bool:
        windows = visible(MainWindow)
        if not windows or windows[0].register.last is None:
            return False
        seen["first"] = windows[0]
        windows[0].restore_action.trigger()
        return True

    def choose_junk() -> bool:
        dialogs = visible(RestoreDialog)
        if not dialogs:
            return False
        dialogs[0].other_file_button.click()
        dialogs[0].next_button.click()
        dialogs[0].restore_button.click()
        return True

    def failure_read() -> bool:
        runs = visible(RestoreRunDialog)
        if not runs or runs[0].failure is None:
            return False
        seen["message"] = runs[0].message.text()
        seen["details"] = runs[0].details.toPlainText()
        runs[0].close_button.click()
        return True

    def reopened() -> bool:
        windows = [w for w in visible(MainWindow) if w is not seen["first"]]
        if not windows or windows[0].register.last is None:
            return False
        seen["rows"] = windows[0].register.last.total
        windows[0].close()
        return True

    rc = _run(Driver([ask_restore, choose_junk, failure_read, reopened]), paths)
    assert rc == 0
    assert seen["message"] == "The register was not restored."
    assert "not-a-register.sqlite3" in seen["details"] and "Traceback" not in seen["details"]
    assert seen["rows"] == 5 and request_count(paths.database) == 5


def test_a_restore_is_refused_while_another_window_holds_the_register(app_state, register):
    """Another app on the same data folder (a second window, the CLI): the restore waits for nobody and
    changes nothing; this window opens again."""
    from focal_desk.storage.file_lock import HeldLock
    from focal_desk.storage.restore import app_lock_path

    paths, backup = register
    other = HeldLock(app_lock_path(paths.database))
    seen: dict = {}

    def ask_restore() -> bool:
        windows = visible(MainWindow)
        if not windows or windows[0].register.last is None:
            return False
        seen["first"] = windows[0]
        windows[0].restore_action.trigger()
        return True

    def choose() -> bool:
        dialogs = visible(RestoreDialog)
        if not dialogs:
            return False
        _choose(dialogs[0], backup)
        return True

    def failure_read() -> bool:
        runs = visible(RestoreRunDialog)
        if not runs or runs[0].failure is None:
            return False
        seen["details"] = runs[0].details.toPlainText()
        runs[0].close_button.click()
        return True

    def reopened() -> bool:
        windows = [w for w in visible(MainWindow) if w is not seen["first"]]
        if not windows or windows[0].register.last is None:
            return False
        windows[0].close()
        return True

    try:
        rc = _run(Driver([ask_restore, choose, failure_read, reopened]), paths)
    finally:
        other.release()
    assert rc == 0
    assert "đang mở ở cửa sổ hoặc máy khác" in seen["details"]
    assert request_count(paths.database) == 5
