"""The audit trail as a read-only table: when, who, what, and the changes in words."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...domain.audit import AuditEvent
from ...domain.clock import VN_TZ
from ...domain.complaints import ComplaintKind
from ...domain.documents import FormCode
from ...domain.enums import Channel, Complexity, CorrectionKind, IdType, ProvisionForm, RequesterKind, Status
from ...domain.refusal import RefusalGround
from ..labels import (
    channel_label,
    complaint_kind_label,
    complexity_label,
    correction_kind_label,
    id_type_label,
    provision_form_label,
    requester_kind_label,
    status_label,
)

# Bookkeeping the officer never needs to read.
_HIDDEN = {"id", "agency_id", "register_year", "register_seq", "requester.id", "version", "complaint.id",
           "request_id", "document_id"}
MAX_VALUE = 120


def action_name(action: str) -> str:
    names = {
        "register": QCoreApplication.translate("RequestTimeline", "Registered"),
        "request_supplement": QCoreApplication.translate("RequestTimeline", "Supplement requested"),
        "mark_valid": QCoreApplication.translate("RequestTimeline", "Confirmed valid"),
        "send_notice": QCoreApplication.translate("RequestTimeline", "Notice of time limit sent"),
        "extend": QCoreApplication.translate("RequestTimeline", "Extended"),
        "provide": QCoreApplication.translate("RequestTimeline", "Provided"),
        "provide_partial": QCoreApplication.translate("RequestTimeline", "Partly provided"),
        "refuse": QCoreApplication.translate("RequestTimeline", "Refused"),
        "transfer": QCoreApplication.translate("RequestTimeline", "Sent to the responsible agency"),
        "withdraw": QCoreApplication.translate("RequestTimeline", "Withdrawn"),
        "open_correction": QCoreApplication.translate("RequestTimeline", "Correction opened"),
        "close_correction": QCoreApplication.translate("RequestTimeline", "Correction closed"),
        "edit": QCoreApplication.translate("RequestTimeline", "Edited"),
        "add_complaint": QCoreApplication.translate("RequestTimeline", "Complaint or lawsuit recorded"),
        "resolve_complaint": QCoreApplication.translate("RequestTimeline", "Result of a complaint or lawsuit"),
        "recompute": QCoreApplication.translate("RequestTimeline", "Deadline recomputed (calendar changed)"),
        "repair_correction_close": QCoreApplication.translate(
            "RequestTimeline", "Restored by an update (closing a correction had changed these)"),
        "issue_document": QCoreApplication.translate("RequestTimeline", "Document issued"),
        "cancel_document": QCoreApplication.translate("RequestTimeline", "Document cancelled"),
        "record_document": QCoreApplication.translate("RequestTimeline", "Document issued outside the app recorded"),
        "document_dates": QCoreApplication.translate("RequestTimeline", "Dates printed on a document recorded"),
        "set_fees": QCoreApplication.translate("RequestTimeline", "Costs set"),
        "record_payment": QCoreApplication.translate("RequestTimeline", "Payment recorded"),
    }
    return names.get(action, action)


def field_name(key: str) -> str:
    names = {
        "register_number": QCoreApplication.translate("RequestTimeline", "Register number"),
        "requester.kind": QCoreApplication.translate("RequestTimeline", "Requester type"),
        "requester.full_name": QCoreApplication.translate("RequestTimeline", "Full name"),
        "requester.id_type": QCoreApplication.translate("RequestTimeline", "ID document"),
        "requester.id_number": QCoreApplication.translate("RequestTimeline", "ID number"),
        "requester.address": QCoreApplication.translate("RequestTimeline", "Address"),
        "requester.phone": QCoreApplication.translate("RequestTimeline", "Phone"),
        "requester.email": QCoreApplication.translate("RequestTimeline", "Email"),
        "requester.fax": QCoreApplication.translate("RequestTimeline", "Fax"),
        "requester.nationality": QCoreApplication.translate("RequestTimeline", "Nationality"),
        "requester.on_behalf_of_name": QCoreApplication.translate("RequestTimeline", "On behalf of"),
        "requester.on_behalf_of_id": QCoreApplication.translate("RequestTimeline", "On behalf of (ID)"),
        "requester.members": QCoreApplication.translate("RequestTimeline", "Members"),
        "channel": QCoreApplication.translate("RequestTimeline", "Channel"),
        "received_at": QCoreApplication.translate("RequestTimeline", "Received"),
        "info_requested": QCoreApplication.translate("RequestTimeline", "Information requested"),
        "purpose": QCoreApplication.translate("RequestTimeline", "Purpose"),
        "provision_form": QCoreApplication.translate("RequestTimeline", "Form of provision"),
        "copies": QCoreApplication.translate("RequestTimeline", "Copies"),
        "delivery_address": QCoreApplication.translate("RequestTimeline", "Delivery address"),
        "delivery_email": QCoreApplication.translate("RequestTimeline", "Delivery email"),
        "officer_assisted": QCoreApplication.translate("RequestTimeline", "Written down by the officer"),
        "consent_attached": QCoreApplication.translate("RequestTimeline", "Consent attached"),
        "notes": QCoreApplication.translate("RequestTimeline", "Notes"),
        "status": QCoreApplication.translate("RequestTimeline", "Status"),
        "valid_on": QCoreApplication.translate("RequestTimeline", "Valid on"),
        "complexity": QCoreApplication.translate("RequestTimeline", "Complexity"),
        "complexity_reason": QCoreApplication.translate("RequestTimeline", "Reason for complexity"),
        "deadlines.rule_set": QCoreApplication.translate("RequestTimeline", "Rule set"),
        "deadlines.notice_due": QCoreApplication.translate("RequestTimeline", "Notice due"),
        "deadlines.provide_due": QCoreApplication.translate("RequestTimeline", "Deadline"),
        "deadlines.extended_due": QCoreApplication.translate("RequestTimeline", "Extended deadline"),
        "deadlines.max_extended_due": QCoreApplication.translate("RequestTimeline", "Longest extension reaches"),
        "due_now": QCoreApplication.translate("RequestTimeline", "Deadline"),
        "effective_due": QCoreApplication.translate("RequestTimeline", "Deadline"),  # events before due_now
        "notice_late": QCoreApplication.translate("RequestTimeline", "Sent late; the notice was due by"),
        "earlier_provisions_note": QCoreApplication.translate(
            "RequestTimeline", "Where the earlier provisions are recorded (Art. 28.1.d)"),
        "flagged": QCoreApplication.translate("RequestTimeline", "Needs attention"),
        "extension_reason": QCoreApplication.translate("RequestTimeline", "Reason for extension"),
        "notice_sent_on": QCoreApplication.translate("RequestTimeline", "Notice sent on"),
        "printed_due": QCoreApplication.translate("RequestTimeline", "Date printed on the notice"),
        "deadline_flag": QCoreApplication.translate("RequestTimeline", "Deadline warning"),
        "supplement_note": QCoreApplication.translate("RequestTimeline", "What must be supplemented"),
        "closed_on": QCoreApplication.translate("RequestTimeline", "Closed on"),
        "provision_method": QCoreApplication.translate("RequestTimeline", "How it was provided"),
        "refusal_ground": QCoreApplication.translate("RequestTimeline", "Refusal ground"),
        "refusal_detail": QCoreApplication.translate("RequestTimeline", "Reason / part not provided"),
        "transferred_to": QCoreApplication.translate("RequestTimeline", "Responsible agency"),
        "withdrawal_reason": QCoreApplication.translate("RequestTimeline", "Reason for withdrawal"),
        "repeat_count": QCoreApplication.translate("RequestTimeline", "Earlier provisions (Art. 28.1.d)"),
        "corrections": QCoreApplication.translate("RequestTimeline", "Corrections"),
        "complaint.kind": QCoreApplication.translate("RequestTimeline", "Complaint or lawsuit"),
        "complaint.filed_on": QCoreApplication.translate("RequestTimeline", "Lodged on"),
        "complaint.summary": QCoreApplication.translate("RequestTimeline", "About"),
        "complaint.result": QCoreApplication.translate("RequestTimeline", "Result"),
        "complaint.result_on": QCoreApplication.translate("RequestTimeline", "Result on"),
        "form": QCoreApplication.translate("RequestTimeline", "Document"),
        "number": QCoreApplication.translate("RequestTimeline", "Number"),
        "template": QCoreApplication.translate("RequestTimeline", "Template (version)"),
        "sha256": QCoreApplication.translate("RequestTimeline", "File fingerprint (SHA-256)"),
        "signed_by": QCoreApplication.translate("RequestTimeline", "Signed digitally by"),
        "issued_on": QCoreApplication.translate("RequestTimeline", "Issued on"),
        "cancel_reason": QCoreApplication.translate("RequestTimeline", "Reason for cancelling"),
        "fee_total": QCoreApplication.translate("RequestTimeline", "Costs"),
        "payment_due": QCoreApplication.translate("RequestTimeline", "Payment deadline"),
        "payment": QCoreApplication.translate("RequestTimeline", "Payment"),
    }
    return names.get(key, key)


_ENUMS = {
    "status": (Status, status_label),
    "channel": (Channel, channel_label),
    "complexity": (Complexity, complexity_label),
    "provision_form": (ProvisionForm, provision_form_label),
    "requester.kind": (RequesterKind, requester_kind_label),
    "requester.id_type": (IdType, id_type_label),
    "kind": (CorrectionKind, correction_kind_label),
    "complaint.kind": (ComplaintKind, complaint_kind_label),
}


def value_text(key: str, value: Any, rule_names: dict[str, str] | None = None) -> str:
    """A stored JSON value in the officer's words: enums translated, dates dd/MM/yyyy, long text cut,
    a rule set by its name (``rule_names``: code -> name) rather than its code."""
    if value is None or value == "" or value == []:
        return "—"
    if key == "deadlines.rule_set" and isinstance(value, str) and rule_names and value in rule_names:
        return rule_names[value]
    if isinstance(value, bool):
        return QCoreApplication.translate("RequestTimeline", "yes") if value else QCoreApplication.translate("RequestTimeline", "no")
    if key in _ENUMS and isinstance(value, str):
        enum, label = _ENUMS[key]
        try:
            return label(enum(value))
        except ValueError:
            return value
    if key == "refusal_ground" and isinstance(value, str):
        try:
            return QCoreApplication.translate("RequestTimeline", "Art. 28.1.%1").replace("%1", RefusalGround(value).point)
        except ValueError:
            return value
    if key == "form" and isinstance(value, str):
        return form_label(value)
    if key == "fee_total" and isinstance(value, int):
        return money_text(value)
    if key == "payment" and isinstance(value, dict):
        return QCoreApplication.translate("RequestTimeline", "%1 on %2, receipt %3").replace(
            "%1", money_text(int(value.get("amount") or 0))).replace(
            "%2", _iso_text(str(value.get("paid_on", "")))).replace("%3", str(value.get("receipt_number", "")))
    if isinstance(value, list):
        return QCoreApplication.translate("RequestTimeline", "%n item(s)", "", len(value))
    text = str(value)
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        text = _iso_text(value)
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def form_label(code: str) -> str:
    """A form by its Decree 13 number ("Mẫu 05"), a letter by what it is."""
    letters = {
        FormCode.SUPPLEMENT.value: QCoreApplication.translate("RequestTimeline", "Guidance to supplement"),
        FormCode.TRANSFER.value: QCoreApplication.translate("RequestTimeline", "Guidance to the responsible agency"),
        FormCode.PROVIDE.value: QCoreApplication.translate("RequestTimeline", "Letter providing the information"),
        FormCode.CORRECTION.value: QCoreApplication.translate("RequestTimeline", "Correction notice"),
    }
    if code in letters:
        return letters[code]
    return QCoreApplication.translate("RequestTimeline", "Form %1").replace("%1", code)


def money_text(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đ"  # as the forms print it: 54.000 đ


def _iso_text(value: str) -> str:
    try:
        if len(value) == 10:
            return date.fromisoformat(value).strftime("%d/%m/%Y")
        return datetime.fromisoformat(value).astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return value


def change_lines(event: AuditEvent, rule_names: dict[str, str] | None = None) -> list[str]:
    lines = []
    for key, pair in event.changes.items():
        if key in _HIDDEN:
            continue
        old, new = pair if isinstance(pair, (list, tuple)) and len(pair) == 2 else (None, pair)
        if event.action == "register" or old in (None, "", []):
            lines.append(f"{field_name(key)}: {value_text(key, new, rule_names)}")
        else:
            lines.append(f"{field_name(key)}: {value_text(key, old, rule_names)} → {value_text(key, new, rule_names)}")
    return lines


class TimelineModel(QAbstractTableModel):
    """Audit events oldest first (newest last), as the history was written."""

    WHEN, WHO, WHAT, CHANGES = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._events: list[AuditEvent] = []
        self._changes: list[str] = []

    def set_events(self, events: list[AuditEvent], rule_names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._events = sorted(events, key=lambda e: (e.at, e.id or 0))
        self._changes = ["\n".join(change_lines(e, rule_names)) for e in self._events]
        self.endResetModel()

    def event_at(self, row: int) -> AuditEvent:
        return self._events[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < 4:
            return None
        return (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        e = self._events[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.WHEN:
                return e.at.astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M")
            if col == self.WHO:
                return e.actor
            if col == self.WHAT:
                return action_name(e.action)
            if col == self.CHANGES:
                return self._changes[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None
