"""The status bar's "N waiting to be sent" and the background job that sends the monthly summaries to the
province. Offline is normal: a failed try changes the label's tooltip, never opens a dialog."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from ..services.desk import Desk
from .jobs import JobRunner

INTERVAL_MS = 10 * 60 * 1000  # a try every ten minutes; the service's backoff decides what is actually sent


class SyncStatus(QObject):
    calendarChanged = Signal(object)  # the province's announcements applied this round (deadlines may have moved)

    def __init__(self, desk: Desk, jobs: JobRunner, label: QLabel, parent: QObject | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.label = desk, jobs, label
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.hide()  # shown once the office is enrolled with the province
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.run_now)
        self.running = False
        self.last = None  # the last SyncRound, or the exception of the last failed round

    def start(self) -> None:
        if self.desk.make_sync is None:
            return
        self.timer.start()
        self.run_now()

    def run_now(self) -> None:
        if self.running or self.desk.make_sync is None:
            return
        self.running = True
        desk = self.desk

        def round_():
            sync = desk.sync
            assert sync is not None
            return sync.background_round()

        self.jobs.submit(round_, on_success=self._done, on_error=self._failed, lane="sync", owner=self.label)

    def _done(self, result) -> None:
        self.running = False
        self.last = result
        if not result.enrolled:
            self.label.hide()
            return
        self.label.setText(self.tr("%n waiting to be sent", "", result.pending) if result.pending
                           else self.tr("Province: all sent"))
        tip = (self.tr("Monthly summaries for the province. Last try: %1").replace("%1", result.failure)
               if result.failure else self.tr("Monthly summaries for the province."))
        for a in result.announcements:
            if a.rule_set:
                tip += "\n" + self.tr("The province's rule set %1 was applied: %n request(s) had their deadline "
                                       "moved.", "", len(a.report.moved)).replace("%1", a.rule_set)
                continue
            tip += "\n" + self.tr("The province's calendar for %1 was applied: %n request(s) had their deadline "
                                   "moved.", "", len(a.report.moved)).replace("%1", str(a.year))
        self.label.setToolTip(tip)
        if result.announcements:
            self.calendarChanged.emit(result.announcements)
        self.label.setStyleSheet("color: #8a5a00;" if result.pending else "")
        self.label.show()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.last = exc
        self.label.setToolTip(self.tr("Monthly summaries for the province. Last try: %1").replace("%1", str(exc)))
