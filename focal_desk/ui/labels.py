"""Translatable display names of the domain's vocabularies (English source, Vietnamese .qm)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.complaints import ComplaintKind
from ..domain.enums import Channel, Complexity, CorrectionKind, IdType, ProvisionForm, RequesterKind, Status
from ..domain.rules import Period, PeriodUnit

# Each text is written out in a literal translate("Labels", …) call: that is what lupdate finds.


def channel_label(c: Channel) -> str:
    return {
        Channel.IN_PERSON: QCoreApplication.translate("Labels", "In person"),
        Channel.ELECTRONIC: QCoreApplication.translate("Labels", "Electronic"),
        Channel.POSTAL: QCoreApplication.translate("Labels", "Post"),
        Channel.FAX: QCoreApplication.translate("Labels", "Fax"),
    }[c]


def status_label(s: Status) -> str:
    return {
        Status.RECEIVED: QCoreApplication.translate("Labels", "Received"),
        Status.AWAITING_SUPPLEMENT: QCoreApplication.translate("Labels", "Awaiting supplement"),
        Status.VALID: QCoreApplication.translate("Labels", "In progress"),
        Status.EXTENDED: QCoreApplication.translate("Labels", "Extended"),
        Status.PROVIDED: QCoreApplication.translate("Labels", "Provided"),
        Status.PARTIALLY_PROVIDED: QCoreApplication.translate("Labels", "Partly provided"),
        Status.REFUSED: QCoreApplication.translate("Labels", "Refused"),
        Status.TRANSFERRED: QCoreApplication.translate("Labels", "Sent to the responsible agency"),
        Status.WITHDRAWN: QCoreApplication.translate("Labels", "Withdrawn"),
        Status.CORRECTING: QCoreApplication.translate("Labels", "Being corrected"),
    }[s]


def complexity_label(c: Complexity) -> str:
    return {
        Complexity.SIMPLE: QCoreApplication.translate("Labels", "Simple, available"),
        Complexity.COMPLEX: QCoreApplication.translate("Labels", "Complex, must be gathered"),
    }[c]


def requester_kind_label(k: RequesterKind) -> str:
    return {
        RequesterKind.CITIZEN: QCoreApplication.translate("Labels", "Citizen"),
        RequesterKind.AUTHORISED: QCoreApplication.translate("Labels", "Authorised person"),
        RequesterKind.LEGAL_REPRESENTATIVE: QCoreApplication.translate("Labels", "Legal representative"),
        RequesterKind.GUARDIAN: QCoreApplication.translate("Labels", "Guardian"),
        RequesterKind.FOREIGN_RESIDENT: QCoreApplication.translate(
            "Labels", "Foreigner residing in Viet Nam"
        ),
        RequesterKind.ORGANISATION: QCoreApplication.translate("Labels", "Organisation on behalf of members"),
    }[k]


def id_type_label(t: IdType) -> str:
    return {
        IdType.CCCD: QCoreApplication.translate("Labels", "Citizen ID (CCCD)"),
        IdType.PERSONAL_ID: QCoreApplication.translate("Labels", "Personal ID number"),
        IdType.CMND: QCoreApplication.translate("Labels", "Old ID card (CMND)"),
        IdType.PASSPORT: QCoreApplication.translate("Labels", "Passport"),
        IdType.OTHER: QCoreApplication.translate("Labels", "Other document"),
    }[t]


def provision_form_label(f: ProvisionForm) -> str:
    return {
        ProvisionForm.READ_ON_SITE: QCoreApplication.translate("Labels", "Read, view or listen on site"),
        ProvisionForm.COPY: QCoreApplication.translate("Labels", "Copies"),
        ProvisionForm.PHOTO: QCoreApplication.translate("Labels", "Photograph the documents"),
        ProvisionForm.EMAIL: QCoreApplication.translate("Labels", "By email"),
        ProvisionForm.POST: QCoreApplication.translate("Labels", "By post"),
        ProvisionForm.FAX: QCoreApplication.translate("Labels", "By fax"),
        ProvisionForm.DOWNLOAD: QCoreApplication.translate("Labels", "Download address or access code"),
    }[f]


def correction_kind_label(k: CorrectionKind) -> str:
    return {
        CorrectionKind.AGENCY_FOUND: QCoreApplication.translate(
            "Labels", "The agency found the information wrong"
        ),
        CorrectionKind.REQUESTER_CLAIM: QCoreApplication.translate(
            "Labels", "The requester asks for a correction"
        ),
        CorrectionKind.FORWARDED: QCoreApplication.translate(
            "Labels", "Asked the agency that created it to check"
        ),
    }[k]


def complaint_kind_label(k: ComplaintKind) -> str:
    return {
        ComplaintKind.COMPLAINT: QCoreApplication.translate("Labels", "Complaint"),
        ComplaintKind.LAWSUIT: QCoreApplication.translate("Labels", "Lawsuit"),
    }[k]


def fmt_date(d) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def period_label(p: Period | None) -> str:
    """A period as the rule set defines it ("5 ngày làm việc", "15 ngày"): legal periods are data, never
    literals in a sentence."""
    if p is None:
        return "—"
    if p.unit is PeriodUnit.SAME_DAY:
        return QCoreApplication.translate("Labels", "at once (the same day)")
    if p.unit is PeriodUnit.WORKING_DAYS:
        return QCoreApplication.translate("Labels", "%n working day(s)", "", p.amount)
    return QCoreApplication.translate("Labels", "%n day(s)", "", p.amount)
