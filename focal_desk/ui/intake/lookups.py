"""Reads made while the officer types: a known requester (offer to fill in) and a repeat request (Đ28.1.d).

Both run as read jobs; an answer that arrives after the officer changed the field is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...domain.requester import Requester
from ...domain.text import info_key
from .notice_bar import NoticeBar

if TYPE_CHECKING:
    from .dialog import IntakeDialog


class RequesterLookups(QObject):
    def __init__(self, dialog: IntakeDialog):
        super().__init__(dialog)
        self._dialog = dialog
        self.known_bar = NoticeBar("info")
        self.known_bar.action.setText(self.tr("Fi&ll in"))
        self.known_bar.actionTriggered.connect(self.fill_known)
        self.repeat_bar = NoticeBar("warning")
        self.known: Requester | None = None
        self._looked_up: str | None = None
        self._repeat_key: tuple[str, str] | None = None
        self.active = True  # cleared when the dialog closes: late answers are then dropped

    # --- known requester -------------------------------------------------------------------------------
    def id_number_left(self) -> None:
        number = self._dialog.requester.valid_id_number()
        if number is None:
            self.known_bar.hide()
            self._looked_up = None
            return
        self.check_repeat()
        if number == self._looked_up:
            return
        self._looked_up = number
        d = self._dialog
        d.jobs.submit(lambda: d.desk.requests.known_requester(number),
                      on_success=lambda found: self._known_found(number, found),
                      on_error=lambda exc: self.active and d.errors.handle(exc, d))

    def _known_found(self, number: str, found: Requester | None) -> None:
        if not self.active or number != self._dialog.requester.valid_id_number():
            return  # the officer typed another number meanwhile
        self.known = found
        typed = self._dialog.requester.full_name.text().strip()
        if found is None or (typed == found.full_name and
                             self._dialog.requester.address.text().strip() == found.address):
            self.known_bar.hide()
            return
        self.known_bar.show_message(
            self.tr("Known requester: %1 — fill in their details?").replace("%1", found.full_name),
            self.tr("Fi&ll in"),
        )

    def fill_known(self) -> None:
        if self.known is not None:
            self._dialog.requester.fill(self.known)
            self._dialog.field_left("full_name")
        self.known_bar.hide()
        self._dialog.request.info_requested.setFocus()

    # --- repeat request (Đ28.1.d) ----------------------------------------------------------------------
    def info_left(self) -> None:
        self.check_repeat()

    def check_repeat(self) -> None:
        number = self._dialog.requester.valid_id_number()
        info = self._dialog.request.info_requested.toPlainText()
        if number is None or not info_key(info):
            self.repeat_bar.hide()
            self._repeat_key = None
            return
        key = (number, info_key(info))
        if key == self._repeat_key:
            return
        self._repeat_key = key
        d = self._dialog
        d.jobs.submit(lambda: d.desk.requests.earlier_provisions(number, info),
                      on_success=lambda n: self._repeat_counted(key, n),
                      on_error=lambda exc: self.active and d.errors.handle(exc, d))

    def _repeat_counted(self, key: tuple[str, str], count: int) -> None:
        if not self.active or key != self._repeat_key:
            return
        if count <= 0:
            self.repeat_bar.hide()
            return
        self.repeat_bar.show_message(
            self.tr("This person has received this information %n time(s) before (Article 28.1.d). "
                    "You may still register the request.", "", count)
        )
