"""Errors are routed by type: a bug gets the crash dialog with its details and the log path."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from focal_desk.domain.errors import EnvironmentProblem, IllegalTransition, ValidationError
from focal_desk.ui.errors import CrashDialog, ErrorRouter


def _raise(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:
        return caught


def test_crash_dialog_shows_the_traceback_and_copies_it(qtbot):
    exc = _raise(ZeroDivisionError("division by zero"))
    dialog = CrashDialog(exc, "/data/logs/focal_desk.log")
    qtbot.addWidget(dialog)
    assert "ZeroDivisionError" in dialog.details and "_raise" in dialog.details
    copy = next(b for b in dialog.findChildren(QDialogButtonBox)[0].buttons() if b.text() == "Copy details")
    copy.click()
    assert QApplication.clipboard().text() == dialog.details
    assert any("/data/logs/focal_desk.log" in label.text() for label in dialog.findChildren(QLabel))


def test_each_kind_of_error_goes_to_its_own_dialog(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append("warning"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append("information"))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(("retry-box", self.text())) or 0)
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append("crash") or 0)
    router = ErrorRouter("x.log")
    router.handle(ValidationError.single("id_number", "Số CCCD phải gồm 12 chữ số"))
    router.handle(IllegalTransition("Từ chối", "Cung cấp thông tin"))
    router.handle(EnvironmentProblem("Cơ sở dữ liệu đang bận"), retry=lambda: None)
    router.handle(_raise(KeyError("bug")))
    assert shown == ["warning", "information", ("retry-box", "Cơ sở dữ liệu đang bận"), "crash"]


def test_a_register_problem_goes_to_the_restore_box_not_retry_nor_crash(qtbot, monkeypatch):
    from focal_desk.domain.errors import RegisterProblem
    from focal_desk.ui.safety.problem import RegisterProblemBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append("warning"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append("information"))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(("modal", self.text())) or 0)
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append("crash") or 0)
    router = ErrorRouter("x.log")
    problem = RegisterProblem("damaged", "Tệp cơ sở dữ liệu bị hỏng; chương trình đã ngừng ghi.")
    with qtbot.waitSignal(router.writeBlocked) as blocked:
        router.handle(problem, retry=lambda: shown.append("retried"))
    assert blocked.args == [problem] and shown == []
    box = router.problem_box
    assert isinstance(box, RegisterProblemBox) and box.isVisible() and box.text() == str(problem)
    router.handle(RegisterProblem("damaged", "again"))  # a second job failing the same way: still one box
    assert router.problem_box is box and box.text() == str(problem)
    with qtbot.waitSignal(router.restoreRequested):
        box.restore_button.click()
    assert not box.isVisible() and router.problem_box is None and shown == []
