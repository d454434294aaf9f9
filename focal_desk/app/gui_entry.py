"""Start Qt. Only this module (and ui/) pays for importing PySide6.

A restore replaces the database file, so it never runs under an open register: the window closes with the
officer's choice, the container lets go of the file and of the app lock, the restore runs, and the app
opens again. A register that cannot be opened at all (emptied, deleted, unreadable) gets the same way out
before any window: restore from a backup, or quit — never a new, empty register in its place.
"""

from __future__ import annotations

import sys

EXIT_NOT_OPENED = 1  # the officer quit instead of restoring a register that cannot be opened
EXIT_NO_DISPLAY = 1  # no screen to show a window on: said in one line, before Qt could abort the process


def run_gui(args) -> int:
    from ..domain.errors import RegisterProblem
    from . import STARTED
    from .display import display_problem

    no_screen = display_problem()
    if no_screen:  # before any QApplication, and before a data folder is made for nothing
        print(f"focal-desk: {no_screen}", file=sys.stderr)
        return EXIT_NO_DISPLAY
    from .paths import resolve_paths
    from .wiring import open_app

    paths = resolve_paths(args.data_dir)
    lang = getattr(args, "lang", "vi")
    exit_when_ready = getattr(args, "exit_when_ready", False)
    started: float | None = STARTED
    while True:
        try:
            core = open_app(paths, officer=getattr(args, "officer", None),
                            check_file=False)  # the file is checked in a job once the window shows
        except RegisterProblem as problem:
            if exit_when_ready:  # a measurement, not an officer: one line on stderr (cli.main)
                raise
            print(f"focal-desk: {problem}", file=sys.stderr)
            if not _restore_at_start(paths, problem, lang):
                return EXIT_NOT_OPENED
            continue
        try:
            from ..ui.app import run_window

            outcome = run_window(core.desk(), lang=lang, exit_when_ready=exit_when_ready, started=started)
        finally:
            core.close()  # the database, its lock and the log are let go before any restore
        if outcome.restore is None:
            return outcome.rc
        from ..ui.safety.restore_run import run_restore

        run_restore(_safety(paths), outcome.restore, _log_path(paths))  # failed: the register is as it was
        exit_when_ready, started = False, None


def _safety(paths):
    """The restore's own service, on a closed register (no Desk exists while it runs)."""
    from ..domain.clock import SystemClock
    from ..services.safety import SafetyService
    from ..storage.safety import SqliteRegisterSafety
    from ..storage.write_guard import WriteGuard

    store = SqliteRegisterSafety(paths.database, paths.backups, WriteGuard(), read_only_folder=not paths.writable())
    return SafetyService(store, SystemClock())


def _log_path(paths) -> str:
    return str(paths.logs / "focal_desk.log")


def _restore_at_start(paths, problem, lang: str) -> bool:
    """Until a restore succeeds (True) or the officer quits (False)."""
    from ..ui.safety.restore_run import ask_restore_at_start, run_restore

    safety = _safety(paths)
    while True:
        choice = ask_restore_at_start(safety, problem, lang)
        if choice is None:
            return False
        if run_restore(safety, choice, _log_path(paths)) is not None:
            return True
