"""What has happened to the request so far, read-only: validity, notice, extension, outcome."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from ...domain.request import Request
from ..labels import complexity_label, fmt_date, status_label


class OutcomeBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Processing"))
        self.form = QFormLayout(self)
        self.values: dict[str, str] = {}

    def set_request(self, r: Request) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        rows: list[tuple[str, str]] = [(self.tr("Status:"), status_label(r.status))]
        if r.supplement_note:
            rows.append((self.tr("Supplement asked for:"), r.supplement_note))
        if r.valid_on:
            rows.append((self.tr("Valid on:"), fmt_date(r.valid_on)))
        if r.complexity:
            text = complexity_label(r.complexity)
            rows.append((self.tr("Complexity:"), f"{text} — {r.complexity_reason}" if r.complexity_reason else text))
        if r.notice_sent_on:
            rows.append((self.tr("Notice of time limit sent:"), fmt_date(r.notice_sent_on)))
        if r.extension_reason:
            rows.append((self.tr("Reason for extension:"), r.extension_reason))
        if r.provision_method:
            rows.append((self.tr("How it was provided:"), r.provision_method))
        if r.refusal_ground:
            ground = self.tr("Article 28.1.%1").replace("%1", r.refusal_ground.point)
            rows.append((self.tr("Refused under:"), ground))
        if r.refusal_detail:
            label = self.tr("Reason for refusal:") if r.refusal_ground else self.tr("Part not provided:")
            rows.append((label, r.refusal_detail))
        if r.transferred_to:
            rows.append((self.tr("Responsible agency:"), r.transferred_to))
        if r.withdrawal_reason:
            rows.append((self.tr("Reason for withdrawal:"), r.withdrawal_reason))
        if r.closed_on:
            rows.append((self.tr("Closed on:"), fmt_date(r.closed_on)))
        if r.repeat_count:
            rows.append((self.tr("Provided before:"), self.tr(
                "%n earlier provision(s) of the same information to this requester (Article 28.1.d)", "",
                r.repeat_count)))
        self.values = {}
        for caption, value in rows:
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(caption, label)
            self.values[caption] = value
