"""Run in a subprocess by test_windows_fit.py, on a simulated screen (QT_QPA_PLATFORM=offscreen:configfile=…,
QT_SCALE_FACTOR): opens every top-level window and dialog of the app on real services over a temporary
register, and prints one JSON report per window — where it lies, where the screen's available area is, and
every visible push button that is not wholly in view.

The offscreen platform has no taskbar: FIT_TASKBAR (device pixels) is taken off the bottom of the screen's
available geometry here, which is what a real taskbar does to it.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QMessageBox,
    QWidget,
)

TASKBAR = int(os.environ.get("FIT_TASKBAR", "40"))
_real_available = QScreen.availableGeometry


def _available(screen: QScreen) -> QRect:
    area = _real_available(screen)
    return area.adjusted(0, 0, 0, -round(TASKBAR / screen.devicePixelRatio()))


QScreen.availableGeometry = _available  # what Windows reports with a taskbar at the bottom


def settle(app: QApplication, jobs=None, until: Callable[[], bool] | None = None) -> None:
    for _ in range(400):
        app.processEvents()
        if jobs is not None:
            jobs.wait_all()
        app.processEvents()
        if until is None or until():
            break


def in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def measure(name: str, window: QWidget, extra: dict | None = None) -> dict:
    from focal_desk.ui.screen_fit import FRAME_GUESS

    shots = os.environ.get("FIT_SHOTS")  # a folder: a picture of each window, to look at by eye
    if shots:
        window.grab().save(str(Path(shots) / (name.replace(" ", "_").replace(",", "") + ".png")))

    screen = window.screen()
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    # with the frame Windows draws (taller than the offscreen one), the window would still fit
    with_frame = QRect(QPoint(0, 0), window.size()).marginsAdded(FRAME_GUESS).size()
    hidden = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.window() is not window or button.width() == 0:
            continue
        if in_scroll_area(button, window):
            continue  # reached by scrolling: its scroll area is checked instead
        shown = button.visibleRegion().boundingRect()
        in_window = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        on_screen = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        if shown != button.rect() or not window.rect().contains(in_window) or not available.contains(on_screen):
            hidden.append(f"{type(button).__name__} {button.text()!r} at {in_window.getRect()} shows {shown.getRect()}")
    for area in window.findChildren(QAbstractScrollArea):
        if not area.isVisibleTo(window) or area.window() is not window or in_scroll_area(area, window):
            continue
        in_window = QRect(area.mapTo(window, QPoint(0, 0)), area.size())
        if not window.rect().contains(in_window):
            hidden.append(f"{type(area).__name__} {area.objectName()!r} at {in_window.getRect()}")
    return {
        "name": name,
        "available": available.getRect(),
        "frame": frame.getRect(),
        "inside": available.contains(frame) and with_frame.boundedTo(available.size()) == with_frame,
        "hidden": hidden,
        **(extra or {}),
    }


def main() -> None:
    from focal_desk.app.paths import Paths
    from focal_desk.app.wiring import open_app
    from focal_desk.domain.clock import VN_TZ, FixedClock
    from focal_desk.domain.enums import Channel, Complexity
    from focal_desk.domain.request import RequestDraft
    from focal_desk.services.recompute import MovedDeadline, RecomputeReport
    from focal_desk.ui.app import make_application
    from focal_desk.ui.errors import CrashDialog
    from focal_desk.ui.jobs import JobRunner

    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here.parent))
    from conftest import OFFICE, RecordingErrors  # the GUI tests' own fixtures' parts
    from request_file.conftest import PERSON

    app = make_application("vi")
    reports: list[dict] = []

    def check(name: str, make: Callable[[], QWidget], ready: Callable[[QWidget], bool] | None = None,
              extra: Callable[[QWidget], dict] | None = None, close: bool = True) -> QWidget:
        window = make()
        if isinstance(window, QMessageBox | QDialog):
            window.open() if window.parentWidget() is not None else window.show()
        else:
            window.show()
        settle(app, jobs, (lambda: ready(window)) if ready else None)
        reports.append(measure(name, window, extra(window) if extra else None))
        if close:
            window.hide()
            settle(app)
        return window

    with tempfile.TemporaryDirectory() as tmp:
        clock = FixedClock(datetime(2026, 3, 2, 9, 30, tzinfo=VN_TZ))
        core = open_app(Paths(Path(tmp) / "data"), clock=clock, officer="can_bo_test")
        desk = core.desk()
        jobs = JobRunner()
        errors = RecordingErrors()
        try:
            from focal_desk.ui.agency.first_run import FirstRunWizard

            wizard = check("first-run wizard", lambda: FirstRunWizard(desk, jobs, errors), close=False)
            wizard.next()
            settle(app)
            reports.append(measure("first-run wizard, office page", wizard))
            wizard.hide()
            desk.agency.save(OFFICE)
            draft = RequestDraft(requester=PERSON, channel=Channel.POSTAL,
                                 received_at=datetime(2026, 2, 25, 8, 15, tzinfo=VN_TZ),
                                 info_requested="Quyết định giao đất năm 2020 " * 6,
                                 purpose="Kiểm tra ranh giới thửa đất", valid_on=date(2026, 2, 26),
                                 complexity=Complexity.COMPLEX, complexity_reason="Nhiều hồ sơ lưu trữ")
            request = desk.requests.register(draft)

            from focal_desk.ui.main_window import MainWindow

            main = MainWindow(desk, jobs, errors)
            main.restore_state()
            check("main window", lambda: main, ready=lambda w: w.register.model.rowCount() > 0, close=False)
            for row in range(main.nav.count()):
                main.nav.setCurrentRow(row)
                settle(app, jobs)
                extra = None
                if row == 2:  # the calendar
                    cal = main.calendar
                    cal.tabs.setCurrentIndex(0)
                    settle(app, jobs)
                    extra = lambda _w, cal=cal: {  # noqa: E731
                        "days_off_rows": cal.list.viewport().height() / max(1, cal.list.verticalHeader().defaultSectionSize()),
                        "page_scrolls": cal.height() > cal.parentWidget().parentWidget().height()}  # holder, viewport
                reports.append(measure(f"main window, page {row}", main, extra(main) if extra else None))
                if row == 2:  # the calendar
                    main.calendar.tabs.setCurrentIndex(1)
                    settle(app, jobs)
                    reports.append(measure(f"main window, page {row}, rule sets", main))
            main.nav.setCurrentRow(0)

            from catalogue.catalogue_gui_files import scan_png, text_pdf

            from focal_desk.domain.catalogue import CatalogueEntry, Publication
            from focal_desk.ui.catalogue.entry_dialog import EntryDialog
            from focal_desk.ui.catalogue.export_dialog import ExportCatalogueDialog
            from focal_desk.ui.catalogue.import_flow import ImportProblemsDialog

            files = [text_pdf(Path(tmp) / "qd.pdf", [["Quyết định giao đất"], ["Điều 2"]]),
                     scan_png(Path(tmp) / "quet.png", ["Sơ đồ thửa đất"])]
            entry = desk.catalogue.add(CatalogueEntry(
                None, "Quyết định phê duyệt phương án bồi thường, hỗ trợ và tái định cư " * 3, number="12/QĐ-UBND",
                issuing_body="Ủy ban nhân dân xã Đạo Trù", publication=Publication("Cổng thông tin điện tử", None, None,
                                                                                  True)), "can_bo_test", files)
            check("catalogue entry", lambda: EntryDialog(desk, jobs, errors, None, main))
            check("catalogue entry, editing", lambda: EntryDialog(desk, jobs, errors, entry.id, main),
                  ready=lambda w: w.files.thumbnails.count() > 0)
            export_cat = check("export catalogue", lambda: ExportCatalogueDialog(desk, jobs, errors, main), close=False)
            export_cat.target.setText(str(Path(tmp) / "danh-muc.xlsx"))
            export_cat.start()
            settle(app, jobs, lambda: export_cat.result_path is not None)
            reports.append(measure("export catalogue, done", export_cat))
            export_cat.hide()
            from focal_desk.ui.catalogue.folder_dialog import AddFolderDialog

            scans = Path(tmp) / "ban-quet"
            scans.mkdir()
            for n in range(30):
                (scans / f"Quyet_dinh_so_{n:02d}_UBND_ve_viec_giao_dat_o_cho_ho_gia_dinh.txt").write_text("x")
            scan_png(scans / "Quyet_dinh_so_99.png", ["Sơ đồ thửa đất"])
            folder = check("add from a scan folder", lambda: AddFolderDialog(desk, jobs, errors, str(scans), main),
                           close=False)
            folder.start()
            settle(app, jobs, lambda: folder.result is not None)
            reports.append(measure("add from a scan folder, done", folder))
            folder.hide()
            check("catalogue import problems", lambda: ImportProblemsDialog(
                [(str(i), "Ngày ban hành", "Ngày 31/02/2026 không có thật.") for i in range(60)],
                "/tmp/danh-muc.xlsx", main))

            from focal_desk.ui.statistics.export_dialog import ExportLogDialog

            export = check("export log book", lambda: ExportLogDialog(desk, jobs, errors, main), close=False)
            export.target.setText(str(Path(tmp) / "so-theo-doi.pdf"))
            export.start()
            settle(app, jobs, lambda: export.result_path is not None)
            reports.append(measure("export log book, done", export))
            export.hide()
            report = check("statistics report", lambda: main.statistics.make_report(), close=False)
            report.make()
            settle(app, jobs, lambda: report.pdf is not None)
            reports.append(measure("statistics report, preview", report))
            report.hide()

            from focal_desk.ui.request_file.dialog import RequestFileDialog

            file = check("request file", lambda: RequestFileDialog(desk, jobs, errors, request.id, main),
                         ready=lambda w: w.request is not None, close=False)
            file.fields.set_editing(True)
            settle(app)
            reports.append(measure("request file, editing", file))
            file.fields.set_editing(False)
            if file.catalogue is not None:  # issue 11: the linked entries, their redaction and the package
                desk.catalogue.link(request.id, entry.id, "can_bo_test")
                file.tabs.setCurrentWidget(file.catalogue)
                file.catalogue.load()
                settle(app, jobs, lambda: file.catalogue.tree.topLevelItemCount() > 0)
                reports.append(measure("request file, catalogue", file))
                file.tabs.setCurrentIndex(0)
                from focal_desk.ui.provision.dialog import ProvisionDialog
                from focal_desk.ui.redaction.dialog import RedactionDialog

                check("redaction", lambda: RedactionDialog(desk, jobs, errors, entry.files[0], request.id, file),
                      ready=lambda w: w.ready())
                check("provision package", lambda: ProvisionDialog(desk, jobs, errors, file.request, file),
                      ready=lambda w: w.ready())
            from focal_desk.ui.request_file.actions import DIALOGS

            for action, cls in DIALOGS.items():
                check(f"action {action.name}", lambda cls=cls: cls(desk, jobs, errors, file.request, file))
            from focal_desk.ui.request_file.explain_dialog import ExplainDialog

            lines = tuple(f"Dòng giải thích số {i}: ngày này không được tính vì là ngày nghỉ." for i in range(40))
            check("explain dialog", lambda: ExplainDialog("Cách tính thời hạn", "Thời hạn", lines, file))
            from focal_desk.domain.documents import FormCode, NumberingMode
            from focal_desk.ui.documents.cancel_dialog import CancelDocumentDialog
            from focal_desk.ui.documents.fees_dialog import FeesDialog
            from focal_desk.ui.documents.issue_dialog import IssueDocumentDialog
            from focal_desk.ui.documents.viewer import DocumentViewer

            offered = {info.form: info for info in desk.documents.offered(request.id)}
            for form, info in offered.items():  # the typed-number field too: the tallest variant
                check(f"issue {form.value}", lambda info=info: IssueDocumentDialog(
                    desk, jobs, errors, file.request, info, NumberingMode.TYPED, file))
            check("fees", lambda: FeesDialog(desk, jobs, errors, file.request, file),
                  ready=lambda w: w.statement_now is not None)  # measured with its rows loaded
            paper = desk.documents.issue(request.id, FormCode.RECEIPT)
            check("document viewer", lambda: DocumentViewer(desk, jobs, errors, paper, file))
            check("cancel document", lambda: CancelDocumentDialog(desk, jobs, errors, paper, "Mẫu 02", file))
            file.close()

            from focal_desk.ui.intake.dialog import IntakeDialog

            check("intake", lambda: IntakeDialog(desk, jobs, errors, main))
            from focal_desk.ui.officer_dialog import OfficerDialog

            check("officer dialog", lambda: OfficerDialog(desk, jobs, errors, main))
            from focal_desk.ui.calendar_view.day_dialog import AddDayDialog

            check("calendar day dialog", lambda: AddDayDialog(desk, jobs, errors, date(2026, 3, 10), main))
            from focal_desk.ui.calendar_view.reports import ImportErrorsDialog, MovedDialog

            moved = tuple(MovedDeadline(request.id, f"{i:04d}/2026", date(2026, 3, 20), date(2026, 3, 23), False)
                          for i in range(1, 40))
            check("moved deadlines", lambda: MovedDialog(RecomputeReport(60, moved), main))
            check("import errors", lambda: ImportErrorsDialog(
                {f"dòng {i}": "Ngày không hợp lệ: 31/02/2026" for i in range(60)}, "/tmp/ngay_nghi.csv", main))
            from focal_desk.ui.safety.restore_dialog import RestoreChoice, RestoreDialog

            desk.safety.backup(Path(tmp) / "manual.sqlite3")
            check("restore dialog", lambda: RestoreDialog(desk.safety, main))
            from focal_desk.ui.safety.restore_run import RestoreRunDialog

            run = check("restore run", lambda: RestoreRunDialog(desk.safety, RestoreChoice(Path(tmp) / "x.sqlite3"),
                                                                "log.txt", main), close=False)
            run.hide()
            from focal_desk.domain.errors import RegisterProblem
            from focal_desk.ui.safety.problem import RegisterProblemBox

            check("problem dialog", lambda: RegisterProblemBox(RegisterProblem("damaged", "Sổ đăng ký bị hỏng ở giữa tệp."), main))
            try:
                raise RuntimeError("lỗi thử " * 40)
            except RuntimeError as exc:
                error = exc
            check("errors dialog", lambda: CrashDialog(error, "/tmp/focal_desk.log", main))
            from focal_desk.ui.discard_prompt import discard_box

            check("discard prompt", lambda: discard_box(main, "Bỏ nội dung", "Bỏ những gì đã gõ?")[0])
            from focal_desk.ui.safety.backup_now import BackupNow

            backup = BackupNow(desk, jobs, errors, main)
            backup.run(Path(tmp) / "now.sqlite3")
            if backup.progress is not None:
                reports.append(measure("backup now, progress", backup.progress))
            settle(app, jobs, lambda: backup.result_box is not None)
            reports.append(measure("backup now, result", backup.result_box))
            main.close()
        finally:
            jobs.wait_all()
            core.close()
    print("FIT-REPORT " + json.dumps(reports, ensure_ascii=False))


if __name__ == "__main__":
    main()
