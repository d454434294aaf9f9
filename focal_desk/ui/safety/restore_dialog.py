"""Choose the backup to restore, then read what will happen and confirm.

This dialog only records the choice. The restore replaces the database file, so it runs with the register
closed: the window closes, app/gui_entry.py lets go of the file, runs it (restore_run.py) and opens again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.backup import BackupInfo
from ...domain.errors import RegisterProblem
from ..screen_fit import fit_window
from .backup_list import BackupList, fmt_when, kind_label
from .problem import problem_title

CHOOSE, CONFIRM = range(2)


@dataclass(frozen=True)
class RestoreChoice:
    path: Path
    other_register: bool = False  # the file is another computer's register (moving to a new PC)


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # paths and messages are never markup
    label.setWordWrap(True)
    return label


class RestoreDialog(QDialog):
    """``at_start``: the register could not be opened; the way out is a restore or quitting the app."""

    def __init__(self, safety, parent: QWidget | None = None, *, problem: BaseException | None = None,
                 at_start: bool = False):
        super().__init__(parent)
        self._safety = safety
        self._at_start = at_start
        self.choice: RestoreChoice | None = None
        self.setWindowTitle(problem_title(problem) if at_start and isinstance(problem, RegisterProblem)
                            else self.tr("Restore from a backup"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_choose(problem))
        self.pages.addWidget(self._build_confirm())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        fit_window(self, 780, 480)
        self.reload()

    # --- pages ---------------------------------------------------------------------------------------
    def _build_choose(self, problem: BaseException | None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.problem_label = _plain(str(problem) if problem is not None else "")
        self.problem_label.setStyleSheet("color: #9b0018; font-weight: bold;")
        self.problem_label.setVisible(problem is not None)
        layout.addWidget(self.problem_label)
        intro = _plain(self.tr("Choose the backup to put in place of the register (newest first)."))
        layout.addWidget(intro)
        self.list = BackupList()
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemActivated.connect(lambda *_: self.next_step())
        intro.setBuddy(self.list)
        layout.addWidget(self.list, 1)
        self.empty_label = _plain(self.tr("No backup has been made in the data folder yet. If you have a copy "
                                          "elsewhere (a USB stick, another computer), choose it with "
                                          "“Choose another file…”."))
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.other_file_button = QPushButton(self.tr("Choose another &file…"))
        self.other_file_button.clicked.connect(self.choose_file)
        row.addWidget(self.other_file_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.other_register = QCheckBox(self.tr("This file is the register of &another computer (moving to a "
                                                "new computer): replace this register with it"))
        layout.addWidget(self.other_register)
        buttons = QDialogButtonBox()
        self.next_button = buttons.addButton(self.tr("&Next…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next_step)
        self.cancel_button = buttons.addButton(self.tr("&Quit") if self._at_start else self.tr("Cancel"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        return page

    def _build_confirm(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        title = _plain(self.tr("Restore the register from this backup?"))
        font = title.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 1)
        title.setFont(font)
        layout.addWidget(title)
        self.summary = _plain()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self.confirm)
        self.back_button = buttons.addButton(self.tr("&Back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.clicked.connect(self.back)
        layout.addWidget(buttons)
        return page

    # --- steps ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        """The backups folder is a short directory listing: read here, not in a job."""
        self.list.set_backups(self._safety.backups())
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.empty_label.setVisible(self.list.topLevelItemCount() == 0)
        self.next_button.setEnabled(self.list.chosen() is not None)

    def choose_file(self) -> None:
        start = str(self.list.paths()[0].parent) if self.list.paths() else ""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), start,
            self.tr("Register backups (*.sqlite3 *.db);;All files (*)"))
        if name:
            self.list.add_file(Path(name))
            self._update_buttons()

    def next_step(self) -> None:
        chosen = self.list.chosen()
        if chosen is None:
            return
        self.summary.setText(self.describe(chosen))
        self.pages.setCurrentIndex(CONFIRM)
        self.back_button.setFocus()  # replacing the register is never the default of a stray Enter

    def back(self) -> None:
        self.pages.setCurrentIndex(CHOOSE)
        self.list.setFocus()

    def confirm(self) -> None:
        chosen = self.list.chosen()
        if chosen is None:
            return
        path = chosen.path if isinstance(chosen, BackupInfo) else chosen
        self.choice = RestoreChoice(path, self.other_register.isChecked())
        self.accept()

    def reject(self) -> None:
        if self.pages.currentIndex() == CONFIRM:  # Esc on the confirmation goes back one step
            self.back()
            return
        super().reject()

    def describe(self, chosen: BackupInfo | Path) -> str:
        if isinstance(chosen, BackupInfo):
            what = self.tr("%1 backup of %2 (%3)").replace("%1", kind_label(chosen.kind).lower()).replace(
                "%2", fmt_when(chosen)).replace("%3", str(chosen.path))
        else:
            what = self.tr("the file %1").replace("%1", str(chosen))
        lines = [self.tr("The register will be replaced by the %1.").replace("%1", what)]
        if self.other_register.isChecked():
            lines.append(self.tr("This file is another computer's register: it replaces this register "
                                 "entirely, and numbering continues from its own numbers."))
        lines.append(self.tr("First, the file in use now is kept as a backup (kind “Before a restore”), so "
                             "nothing is thrown away."))
        lines.append(self.tr("Requests entered after this backup was made are not in it. Their register "
                             "numbers will be listed: enter those requests again from the paper receipts. "
                             "No number is ever issued twice."))
        if not self._at_start:
            lines.append(self.tr("The window closes while the register is restored, then opens again."))
        return "\n\n".join(lines)
