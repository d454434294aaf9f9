"""The officer's workbench: the register (home), the to-do list, the calendar and rules, the office profile."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import RegisterProblem
from ..services.desk import Desk
from .errors import ErrorRouter
from .jobs import JobRunner
from .register.view import RegisterView
from .safety.problem import LostNumbersBanner, WriteBlockedBanner
from .screen_fit import fit_window, keep_inside, scrolled
from .todo_view import TodoView

log = logging.getLogger("focal_desk.ui")

# Pages and dialogs not on the first screen are imported and built when first opened: start-up stays quick.

REGISTER, TODO, CALENDAR, AGENCY, STATISTICS, CATALOGUE = range(6)
LOST_DISMISSED_KEY = "safety/lost_numbers_dismissed"


class MainWindow(QMainWindow):
    ready = Signal(int)  # the register's first page is on screen; number of requests it holds
    checked = Signal(object)  # the start-up check is done: why writing is refused, or None

    def __init__(self, desk: Desk, jobs: JobRunner, errors: ErrorRouter):
        super().__init__()
        self.desk, self.jobs, self.errors = desk, jobs, errors
        errors.window = self
        self.setWindowTitle(self.tr("focal_desk — Information request register"))
        self._open_files: dict[int, QWidget] = {}  # request id -> its open request file

        self.register = RegisterView(desk, jobs, errors)
        self.todo = TodoView(desk, jobs, errors, load_now=False)
        self._calendar = None
        self._agency = None
        self._statistics = None
        self._catalogue = None
        self.export_dialog = None
        self.restore_choice = None  # set when the officer chose a backup: the app closes, restores, reopens
        self.backup_now = None
        self.document_offer = None  # the "print its paper?" question after a walk-in intake, while shown

        self.nav = QListWidget()
        self.nav.addItems(self._page_names())
        self.nav.setFixedWidth(170)
        self.pages = QStackedWidget()
        for page in (self.register, self.todo, QWidget(), QWidget(), QWidget(), QWidget()):  # the last four: built on first visit
            self.pages.addWidget(scrolled(page, shrink=True))  # a page taller than a small screen scrolls; the status bar stays
        self.nav.currentRowChanged.connect(self._go_to)
        self.write_banner = WriteBlockedBanner()
        self.write_banner.restoreRequested.connect(self.restore_from_backup)
        self.lost_banner = LostNumbersBanner()
        self.lost_banner.dismissed.connect(self._lost_dismissed)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        outer.addWidget(self.write_banner)
        outer.addWidget(self.lost_banner)
        layout = QHBoxLayout()
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        errors.writeBlocked.connect(self.write_banner.show_reason)
        errors.restoreRequested.connect(self.restore_from_backup)

        self._build_menus()
        self._build_status_bar()

        self.register.requestActivated.connect(self.open_request)
        self.todo.requestActivated.connect(self.open_request)
        self.todo.entryActivated.connect(self.open_catalogue_entry)
        self.register.countChanged.connect(self._show_count)
        self.register.loaded.connect(self.ready.emit)
        # after the first paint; bound to the page, so that a window closed meanwhile (a restart) asks nothing
        self.register.loaded.connect(lambda _rows: QTimer.singleShot(0, self.todo, self.todo.reload))
        self.todo.overdueChanged.connect(self._show_overdue)
        self.nav.setCurrentRow(REGISTER)

        def show_todo_first(overdue: int) -> None:  # the to-do list's first report decides, once
            self.todo.overdueChanged.disconnect(show_todo_first)
            if overdue and self.nav.currentRow() == REGISTER:
                self.nav.setCurrentRow(TODO)

        self.todo.overdueChanged.connect(show_todo_first)

    # --- navigation --------------------------------------------------------------------------------------
    @property
    def calendar(self):
        if self._calendar is None:
            from .calendar_view.view import CalendarView

            self._calendar = CalendarView(self.desk, self.jobs, self.errors)
            self._calendar.deadlinesMoved.connect(self._after_change)
            self._calendar.requestActivated.connect(self.open_request)
            self._replace_page(CALENDAR, self._calendar)
        return self._calendar

    @property
    def agency(self):
        if self._agency is None:
            from .agency.form import AgencyForm

            self._agency = AgencyForm(self.desk, self.jobs, self.errors)
            self._replace_page(AGENCY, self._agency)
        return self._agency

    @property
    def statistics(self):
        if self._statistics is None:
            from .statistics.view import StatisticsView

            self._statistics = StatisticsView(self.desk, self.jobs, self.errors)
            self._statistics.figureChosen.connect(self.show_figure)
            self._statistics.exportRequested.connect(self.export_log_book)
            self._replace_page(STATISTICS, self._statistics)
        return self._statistics

    @property
    def catalogue(self):
        if self._catalogue is None:
            from .catalogue.page import CataloguePage

            self._catalogue = CataloguePage(self.desk, self.jobs, self.errors)
            self._catalogue.changed.connect(self.todo.reload)  # publication reminders
            self._replace_page(CATALOGUE, self._catalogue)
        return self._catalogue

    def open_catalogue_entry(self, entry_id: int):
        """A to-do reminder opens its entry (the catalogue page is built, not shown)."""
        return self.catalogue.open_entry(entry_id)

    def show_figure(self, figure, text: str) -> None:
        """The requests behind a statistic, in the register."""
        self.nav.setCurrentRow(REGISTER)
        self.register.show_figure(figure, text)
        self.register.table.setFocus()

    def _page_names(self) -> list[str]:
        names = [self.tr("Register"), self.tr("To do"), self.tr("Calendar & rules"), self.tr("Office"),
                 self.tr("Statistics")]
        return names + [self.tr("Catalogue")] if self.desk.catalogue is not None else names

    def _replace_page(self, index: int, page: QWidget) -> None:
        placeholder = self.pages.widget(index)
        self.pages.insertWidget(index, scrolled(page, shrink=True))
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()

    def _go_to(self, row: int) -> None:
        if row == STATISTICS and self._statistics is not None:
            self._statistics.reload()  # requests may have changed since: the figures are read again (SQL, quick)
        page = {CALENDAR: lambda: self.calendar, AGENCY: lambda: self.agency,
                STATISTICS: lambda: self.statistics, CATALOGUE: lambda: self.catalogue}.get(row)
        if page is not None:
            page()
        self.pages.setCurrentIndex(row)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))  # the register as a whole: backup, restore
        self.backup_action = QAction(self.tr("&Back up now…"), self)
        self.backup_action.triggered.connect(self.back_up)
        file_menu.addAction(self.backup_action)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.triggered.connect(self.restore_from_backup)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.export_action = QAction(self.tr("&Export the log book…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda _checked=False: self.export_log_book())
        file_menu.addAction(self.export_action)
        self.province_export_action = QAction(self.tr("Export for the &province…"), self)
        self.province_export_action.triggered.connect(self.export_for_province)
        self.province_export_action.setEnabled(self.desk.make_sync is not None)
        file_menu.addAction(self.province_export_action)
        file_menu.addSeparator()
        self.switch_officer_action = QAction(self.tr("Switch &officer…"), self)
        self.switch_officer_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.switch_officer_action.triggered.connect(self.switch_officer)
        file_menu.addAction(self.switch_officer_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        request_menu = self.menuBar().addMenu(self.tr("&Request"))
        new = QAction(self.tr("&New request…"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.new_request)
        request_menu.addAction(new)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for row, text in enumerate(self._page_names()):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About focal_desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.toolbar = self.addToolBar(self.tr("Actions"))
        self.toolbar.setObjectName("actions")
        self.toolbar.addAction(new)
        self.toolbar.addAction(self.export_action)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel()
        self.overdue_label = QLabel()
        self.data_label = QLabel(self.tr("Data: %1").replace("%1", self.desk.data_location))
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.officer_label = QLabel()
        self.officer_label.setTextFormat(Qt.TextFormat.PlainText)  # a typed name, never markup
        self._show_officer(self.desk.officer.name)
        bar = self.statusBar()
        bar.addWidget(self.count_label)
        bar.addWidget(self.overdue_label)
        self.sync_label = QLabel()
        bar.addPermanentWidget(self.sync_label)
        bar.addPermanentWidget(self.officer_label)
        bar.addPermanentWidget(self.data_label)
        from .sync_status import SyncStatus

        self.sync_status = SyncStatus(self.desk, self.jobs, self.sync_label, self)
        self.sync_status.calendarChanged.connect(self._after_change)  # deadlines may have moved

    def export_for_province(self):
        """File ▸ Export for the province: a month's signed summary as a file (no internet needed)."""
        from .sync_export import ProvinceExport

        self.province_export = ProvinceExport(self.desk, self.jobs, self.errors, self)
        self.province_export.start()
        return self.province_export

    def start_sync(self) -> None:
        """Once the window is up: the monthly summaries for the province, sent in the background."""
        self.sync_status.start()

    def _show_officer(self, name: str) -> None:
        self.officer_label.setText(self.tr("Officer: %1").replace("%1", name) if name
                                   else self.tr("Officer: not set (Ctrl+Shift+O)"))
        self.officer_label.setToolTip(self.tr("Every change is recorded under this name. Switch: Ctrl+Shift+O"))

    def _show_count(self, shown: int) -> None:
        self.count_label.setText(self.tr("%n request(s) shown", "", shown))

    def _show_overdue(self, overdue: int) -> None:
        self.overdue_label.setText(self.tr("%n overdue", "", overdue) if overdue else self.tr("Nothing overdue"))
        self.overdue_label.setStyleSheet("color: #b00020; font-weight: bold;" if overdue else "")

    # --- who is at the desk --------------------------------------------------------------------------------
    def switch_officer(self):
        from .officer_dialog import OfficerDialog

        dialog = OfficerDialog(self.desk, self.jobs, self.errors, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.switched.connect(self._show_officer)
        dialog.open()
        return dialog

    def ask_officer_once_shown(self) -> None:
        """Nobody has said who is at the desk (the office was set up without the first-run wizard, e.g. by
        `focal-desk demo`): ask once the register is on screen, so the question has the window behind it."""

        def ask(_rows: int) -> None:
            self.ready.disconnect(ask)
            if not self.desk.officer.name:
                self.switch_officer()

        self.ready.connect(ask)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About focal_desk"),
            self.tr("focal_desk keeps the register of requests for information under the Law on Access to "
                    "Information (104/2016/QH13) and its legal deadlines."),
        )

    # --- the register's safety ----------------------------------------------------------------------------
    def start_safety_checks(self) -> None:
        """Once the window shows: the file's structure (PRAGMA quick_check) and the day's backup, then the
        numbers a restore could not bring back — on their own lane, so the register's pages never wait."""
        safety = self.desk.safety

        def check():
            return safety.start_checks(), safety.lost_numbers()

        self.jobs.submit(check, on_success=self._checked, on_error=self.errors.handle, lane="maintenance",
                         owner=self)

    def _checked(self, result) -> None:
        reason, lost = result
        if lost and LostNumbersBanner.key_of(lost) != self.settings().value(LOST_DISMISSED_KEY, ""):
            self.lost_banner.show_lost(lost)
        if reason is not None:
            self.write_banner.show_reason(reason)
            if isinstance(reason, RegisterProblem):
                self.errors.handle(reason)
            else:  # a read-only folder: nothing to restore, but the officer must know before typing
                box = QMessageBox(QMessageBox.Icon.Information, self.tr("The register is read-only"), str(reason),
                                  QMessageBox.StandardButton.Ok, self)
                box.setTextFormat(Qt.TextFormat.PlainText)
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                self.read_only_box = box
                box.open()
        self.checked.emit(reason)

    def _lost_dismissed(self, key: str) -> None:
        s = self.settings()
        s.setValue(LOST_DISMISSED_KEY, key)
        s.sync()

    def back_up(self) -> None:
        from .safety.backup_now import BackupNow

        self.backup_now = BackupNow(self.desk, self.jobs, self.errors, self)
        self.backup_now.start()

    def export_log_book(self, period=None, kind: int = 0):
        """File ▸ Export the log book (last month), or from the statistics page (its period)."""
        from .statistics.export_dialog import ExportLogDialog

        dialog = ExportLogDialog(self.desk, self.jobs, self.errors, self, period, kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def restore_from_backup(self) -> None:
        from .safety.restore_dialog import RestoreDialog

        if self.findChild(RestoreDialog) is not None:
            return
        reason = self.write_banner.reason
        dialog = RestoreDialog(self.desk.safety, self,
                               problem=reason if isinstance(reason, RegisterProblem) else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._close_for_restore(dialog.choice))
        self.restore_dialog = dialog
        dialog.open()

    def _close_for_restore(self, choice) -> None:
        """The restore replaces the database file: the app must let go of it first. Close what is open (a form
        with typed text asks first; kept open, the restore is called off), then the window."""
        for child in self.findChildren(QDialog):
            if child.isVisible():
                child.reject()
                if child.isVisible():
                    return
        self.restore_choice = choice
        self.close()

    # --- requests ----------------------------------------------------------------------------------------
    def new_request(self) -> None:
        from .intake.dialog import IntakeDialog

        dialog = IntakeDialog(self.desk, self.jobs, self.errors, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._after_intake)
        dialog.open()

    def _after_intake(self, request_id: int) -> None:
        self.nav.setCurrentRow(REGISTER)
        self.register.reload(select_id=request_id, focus=True)  # Enter then opens the new request
        self.todo.reload()
        self._offer_document(request_id)

    def _offer_document(self, request_id: int) -> None:
        """The workflow asks for the walk-in's receipt (Mẫu 02) at once: a question, answered Enter or Esc."""
        if not hasattr(self.desk, "documents"):
            return
        from .documents.offer_prompt import ask_to_print, offered_after_intake

        documents, requests = self.desk.documents, self.desk.requests

        def run():
            return offered_after_intake(documents.choices(request_id), requests.get(request_id).status)

        def offer(form) -> None:
            if form is not None:
                self.document_offer = ask_to_print(self, form, lambda: self.open_request(request_id, ask_for=form))

        self.jobs.submit(run, on_success=offer, on_error=lambda exc: log.warning("no document offer: %s", exc), owner=self)

    def open_request(self, request_id: int, ask_for=None) -> None:
        dialog = self._open_files.get(request_id)
        if dialog is None:
            from .request_file.dialog import RequestFileDialog

            dialog = RequestFileDialog(self.desk, self.jobs, self.errors, request_id, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.changed.connect(lambda _id: self._after_change())
            dialog.finished.connect(lambda _result, rid=request_id: self._open_files.pop(rid, None))
            self._open_files[request_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        if ask_for is not None:
            dialog.ask_for_document(ask_for)

    def _after_change(self, *_args) -> None:
        self.register.reload(keep_selection=True)
        self.todo.reload()

    # --- window state ------------------------------------------------------------------------------------
    def settings(self) -> QSettings:
        return QSettings(self.desk.settings_path, QSettings.Format.IniFormat)

    def restore_state(self) -> None:
        s = self.settings()
        geometry, state = s.value("window/geometry"), s.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
            if not self.isMaximized():
                keep_inside(self)  # saved on a larger screen: Qt clamps the size, the frame must stay in view too
        else:  # 1280×800, or less on a small screen (a 1366×768 laptop): the status bar stays in view
            fit_window(self, 1280, 800)
        if state is not None:
            self.restoreState(state)
        self.register.restore_state(s)

    def closeEvent(self, event: QCloseEvent) -> None:
        s = self.settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        self.register.save_state(s)
        s.sync()
        super().closeEvent(event)
