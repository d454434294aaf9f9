"""What the officer is told when the register must not be written to: a box that leads to the restore, and
the banner that stays while writing is refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ...domain.backup import LostRange
from ...domain.errors import RegisterProblem


def problem_title(problem: RegisterProblem) -> str:
    return {
        "damaged": QCoreApplication.translate("RegisterProblem", "The register file is damaged"),
        "missing": QCoreApplication.translate("RegisterProblem", "The register file is missing"),
        "replaced": QCoreApplication.translate("RegisterProblem", "The register file was replaced"),
        "behind": QCoreApplication.translate("RegisterProblem", "Requests are missing from the register file"),
    }.get(problem.kind, QCoreApplication.translate("RegisterProblem", "The register cannot be written to"))


class RegisterProblemBox(QMessageBox):
    """What happened (the service's sentence), what the app did about it, and the way out."""

    restoreChosen = Signal()

    def __init__(self, problem: RegisterProblem, parent: QWidget | None = None):
        super().__init__(QMessageBox.Icon.Critical, problem_title(problem), str(problem), parent=parent)
        self.problem = problem
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setInformativeText(self.tr("Writing to the register is stopped, so that nothing more is lost and no "
                                        "register number is issued twice. You can still look at the register."))
        self.restore_button = self.addButton(self.tr("&Restore from a backup…"), QMessageBox.ButtonRole.AcceptRole)
        self.later_button = self.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button)
        self.setEscapeButton(self.later_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button) -> None:
        if button is self.restore_button:
            self.restoreChosen.emit()


class _Banner(QFrame):
    def __init__(self, name: str, border: str, background: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(f"#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 3px; }}"
                           f"#{name} QLabel {{ color: {border}; font-weight: bold; }}")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(10, 6, 10, 6)
        self.row.addWidget(self.label, 1)
        self.setVisible(False)


class WriteBlockedBanner(_Banner):
    """Red, above every page, for as long as the process refuses to write."""

    restoreRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("writeBlocked", "#9b0018", "#fdecea", parent)
        self.restore_button = QPushButton(self.tr("Restore from a &backup…"))
        self.restore_button.clicked.connect(self.restoreRequested.emit)
        self.row.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.reason: BaseException | None = None

    def show_reason(self, reason: BaseException) -> None:
        if self.reason is not None:  # the first reason found is the one the services keep, too
            return
        self.reason = reason
        self.label.setText(self.tr("The register is read-only, it cannot be written to: %1").replace("%1", str(reason)))
        self.label.setAccessibleName(self.tr("The register cannot be written to"))
        self.restore_button.setVisible(isinstance(reason, RegisterProblem))
        self.setVisible(True)


class LostNumbersBanner(_Banner):
    """Amber, after a restore that could not bring back every number: until the officer hides it."""

    dismissed = Signal(str)  # the key of the numbers shown, so the same list is not shown again

    def __init__(self, parent: QWidget | None = None):
        super().__init__("lostNumbers", "#7a4a00", "#fff4e0", parent)
        self.hide_button = QPushButton(self.tr("Hi&de"))
        self.hide_button.setToolTip(self.tr("The requests were entered again"))
        self.hide_button.clicked.connect(self._dismiss)
        self.row.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.key = ""

    @staticmethod
    def key_of(lost: list[LostRange]) -> str:
        return ", ".join(str(r) for r in lost)

    def show_lost(self, lost: list[LostRange]) -> None:
        self.key = self.key_of(lost)
        total = sum(r.count for r in lost)
        self.label.setText(
            self.tr("%n register number(s) issued after the restored backup are not in the register: %1. "
                    "Enter those requests again from the paper receipts.", "", total).replace("%1", self.key))
        self.setVisible(True)

    def _dismiss(self) -> None:
        self.setVisible(False)
        self.dismissed.emit(self.key)
