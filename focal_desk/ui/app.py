"""Start the desktop app: fonts, translation, locale, error routing, first run, the main window."""

from __future__ import annotations

import gc
import json
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog

from ..resources_path import resources_dir
from ..services.desk import Desk
from .errors import ErrorRouter
from .focus_ring import install_focus_ring
from .jobs import JobRunner

UI_FONT_FAMILY_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf")


def install_font(app: QApplication) -> str | None:
    """The bundled UI font, so that Vietnamese renders the same on every PC."""
    family = getattr(app, "_focal_font_family", None)  # a restart after a restore: loaded already
    if family:
        font = QFont(family)
        font.setPointSize(10)
        app.setFont(font)
        return family
    for name in UI_FONT_FAMILY_FILES:
        path = resources_dir() / "fonts" / name
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else None)
    if family:
        font = QFont(family)
        font.setPointSize(10)
        app.setFont(font)
        app._focal_font_family = family
    else:
        warn_missing(f"the UI font (Noto Sans) was not found in {resources_dir() / 'fonts'}: "
                     "Vietnamese may render with a system font")
    return family


def warn_missing(what: str) -> None:
    """A resource the install should have shipped is missing: the app still starts, but says so — in the
    log of the data folder and on stderr (seen when started from a terminal)."""
    logging.getLogger(__name__).warning("%s", what)
    if sys.stderr is not None:  # None in a windowed (frozen) app
        print(f"focal-desk: warning: {what}", file=sys.stderr)


def install_translation(app: QApplication, lang: str) -> list[QTranslator]:
    """Vietnamese by default (source texts are English); ``--lang en`` keeps the source texts."""
    if lang != "vi":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    installed = []
    ours = QTranslator(app)
    qm = resources_dir() / "i18n" / "focal_desk_vi.qm"
    if ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        warn_missing(f"the Vietnamese translation {qm} could not be loaded: the window shows English")
    qt = QTranslator(app)  # Qt's own buttons (OK, Cancel, …)
    if qt.load("qtbase_vi", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def make_application(lang: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("focal_desk")
    app.setOrganizationName("focal_desk")
    install_font(app)
    install_focus_ring(app)
    for old in getattr(app, "_focal_translators", []):  # made again after a restore: never installed twice
        app.removeTranslator(old)
    app._focal_translators = install_translation(app, lang)  # keep references alive
    return app


def first_run(desk: Desk, jobs: JobRunner, errors: ErrorRouter) -> bool:
    """The first-run wizard, only while no office is described (demo data describes a sample one).
    False when the officer closed it: the app then quits."""
    if not desk.quick.needs_setup():
        return True
    from .agency.first_run import FirstRunWizard

    return FirstRunWizard(desk, jobs, errors).exec() == QDialog.DialogCode.Accepted


@dataclass(frozen=True)
class WindowOutcome:
    rc: int
    restore: object | None = None  # a RestoreChoice: the officer asked for a restore; the app restarts after it


def run_gui(desk: Desk, lang: str = "vi", exit_when_ready: bool = False,
            started: float | None = None, out: Callable[[str], None] = print) -> int:
    return run_window(desk, lang, exit_when_ready, started, out).rc


def run_window(desk: Desk, lang: str = "vi", exit_when_ready: bool = False,
               started: float | None = None, out: Callable[[str], None] = print) -> WindowOutcome:
    from .main_window import MainWindow

    app = make_application(lang)
    jobs = JobRunner()
    errors = ErrorRouter(desk.log_path)
    hook = sys.excepthook
    errors.install_excepthook()
    jobs.on_unhandled_error = errors.handle
    if not exit_when_ready and not first_run(desk, jobs, errors):
        jobs.wait_all()
        return WindowOutcome(0)
    window = MainWindow(desk, jobs, errors)
    window.restore_state()
    if not exit_when_ready:
        window.ask_officer_once_shown()
    else:
        t0 = started if started is not None else time.perf_counter()

        def report(rows: int) -> None:
            out(json.dumps({"ready_ms": round((time.perf_counter() - t0) * 1000, 1), "rows": rows}))
            app.exit(0)

        window.ready.connect(report)
    window.show()
    QTimer.singleShot(0, window, window.start_safety_checks)  # after the first paint; on its own lane
    if not exit_when_ready:
        QTimer.singleShot(5000, window, window.start_sync)  # the province can wait until the office is at work
    rc = app.exec()
    jobs.wait_all()
    choice = window.restore_choice
    _dispose(window, jobs, errors, hook)
    return WindowOutcome(rc, choice)


def _dispose(window, jobs: JobRunner, errors: ErrorRouter, hook) -> None:
    """A restart (after a restore) opens a new session in the same process: the old one's Qt objects are
    deleted here, on the GUI thread — left to Python's garbage collector, they could be deleted from a
    worker thread that happens to trigger a collection, which crashes Qt."""
    sys.excepthook = hook
    for obj in (window, jobs, errors):
        if shiboken6.isValid(obj):
            shiboken6.delete(obj)
    gc.collect()
