"""Column values ↔ frozen domain objects for the request aggregate (no queries here)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias

from sqlalchemy import Row

from ...domain.clock import VN_TZ
from ...domain.enums import Channel, Complexity, CorrectionKind, IdType, ProvisionForm, RequesterKind, Status
from ...domain.refusal import RefusalGround
from ...domain.request import Correction, Deadlines, Request
from ...domain.requester import Member, Requester
from ...domain.text import info_key
from ..models import RequestMemberRow, RequestRow, table_of
from ..search import fts_document
from ..summaries import summary_from_row  # noqa: F401  (re-exported: the repositories import it from here)

AnyRow: TypeAlias = "Row[*tuple[Any, ...]]"  # a result row of any width (Row is variadic)

# Table columns, not ORM attributes: Core selects skip the ORM compile path.
_r = table_of(RequestRow).c
_m = table_of(RequestMemberRow).c

# What a register row shows; list() selects only these.
SUMMARY_COLUMNS = (
    _r.id,
    _r.register_number,
    _r.received_at,
    _r.channel,
    _r.requester_name,
    _r.id_number,
    _r.info_requested,
    _r.status,
    _r.provide_due,
    _r.extended_due,
    _r.notice_due,
    _r.notice_sent_on,
    _r.deadline_flag,
    _r.effective_due,  # due_now
)


def requester_values(r: Requester) -> dict[str, Any]:
    """The requesters-table row for this person."""
    return {
        "id_type": r.id_type.value,
        "id_number": r.id_number,
        "kind": r.kind.value,
        "full_name": r.full_name,
        "address": r.address,
        "phone": r.phone,
        "email": r.email,
        "fax": r.fax,
        "nationality": r.nationality,
        "on_behalf_of_name": r.on_behalf_of_name,
        "on_behalf_of_id": r.on_behalf_of_id,
    }


def request_values(r: Request, requester_id: int) -> dict[str, Any]:
    """Every requests column the domain owns (not id, version or technical timestamps)."""
    q, d = r.requester, r.deadlines
    received_at = r.received_at if r.received_at.tzinfo is None else r.received_at.astimezone(VN_TZ)
    return {
        "agency_id": r.agency_id,
        "register_year": r.register_year,
        "register_seq": r.register_seq,
        "register_number": r.register_number,
        "requester_id": requester_id,
        "requester_kind": q.kind.value,
        "requester_name": q.full_name,
        "id_type": q.id_type.value,
        "id_number": q.id_number,
        "address": q.address,
        "phone": q.phone,
        "email": q.email,
        "fax": q.fax,
        "nationality": q.nationality,
        "on_behalf_of_name": q.on_behalf_of_name,
        "on_behalf_of_id": q.on_behalf_of_id,
        "channel": r.channel.value,
        "received_at": r.received_at,
        "received_on": received_at.date(),
        "info_requested": r.info_requested,
        "info_key": info_key(r.info_requested),
        "purpose": r.purpose,
        "provision_form": r.provision_form.value,
        "copies": r.copies,
        "delivery_address": r.delivery_address,
        "delivery_email": r.delivery_email,
        "officer_assisted": r.officer_assisted,
        "consent_attached": r.consent_attached,
        "notes": r.notes,
        "status": r.status.value,
        "valid_on": r.valid_on,
        "complexity": r.complexity.value if r.complexity else None,
        "complexity_reason": r.complexity_reason,
        "rule_set_code": d.rule_set,
        "notice_due": d.notice_due,
        "provide_due": d.provide_due,
        "extended_due": d.extended_due,
        "max_extended_due": d.max_extended_due,
        "effective_due": r.due_now,  # the column's name for due_now (see models.RequestRow)
        "explain": list(d.explain),
        "extension_reason": r.extension_reason,
        "extended_on": r.extended_on,
        "notice_sent_on": r.notice_sent_on,
        "printed_due": r.printed_due,
        "deadline_flag": r.deadline_flag,
        "supplement_note": r.supplement_note,
        "closed_on": r.closed_on,
        "provision_method": r.provision_method,
        "refusal_ground": r.refusal_ground.value if r.refusal_ground else None,
        "refusal_detail": r.refusal_detail,
        "transferred_to": r.transferred_to,
        "withdrawal_reason": r.withdrawal_reason,
        "repeat_count": r.repeat_count,
        "earlier_provisions_note": r.earlier_provisions_note,
    }


def member_values(request_id: int, members: Sequence[Member]) -> list[dict[str, Any]]:
    return [
        {
            "request_id": request_id,
            "position": i,
            "full_name": m.full_name,
            "id_type": m.id_type.value,
            "id_number": m.id_number,
            "purpose": m.purpose,
        }
        for i, m in enumerate(members, start=1)
    ]


def correction_values(c: Correction) -> dict[str, Any]:
    return {
        "kind": c.kind.value,
        "opened_on": c.opened_on,
        "due": c.due,
        "reason": c.reason,
        "prior_status": c.prior_status.value,
        "closed_on": c.closed_on,
        "result": c.result,
        "explain": list(c.explain),
    }


def fts_values(request_id: int, r: Request) -> dict[str, Any]:
    q = r.requester
    doc = fts_document(
        r.register_number,
        [q.full_name, q.on_behalf_of_name, *(m.full_name for m in q.members)],
        [q.id_number, q.on_behalf_of_id, *(m.id_number for m in q.members)],
        r.info_requested,
        [q.phone],
    )
    return {"rowid": request_id, **doc}


def member_from_row(row: AnyRow) -> Member:
    return Member(
        full_name=row.full_name, id_number=row.id_number, purpose=row.purpose, id_type=IdType(row.id_type)
    )


MEMBER_COLUMNS = (
    _m.request_id,
    _m.full_name,
    _m.id_type,
    _m.id_number,
    _m.purpose,
)


def correction_from_row(row: AnyRow) -> Correction:
    return Correction(
        id=row.id,
        kind=CorrectionKind(row.kind),
        opened_on=row.opened_on,
        due=row.due,
        reason=row.reason,
        prior_status=Status(row.prior_status),
        closed_on=row.closed_on,
        result=row.result,
        explain=tuple(row.explain or ()),
    )


def _requester(
    row: AnyRow, kind: str, full_name: str, requester_id: int, members: Sequence[Member]
) -> Requester:
    return Requester(
        kind=RequesterKind(kind),
        full_name=full_name,
        id_type=IdType(row.id_type),
        id_number=row.id_number,
        address=row.address,
        phone=row.phone,
        email=row.email,
        fax=row.fax,
        nationality=row.nationality,
        on_behalf_of_name=row.on_behalf_of_name,
        on_behalf_of_id=row.on_behalf_of_id,
        members=tuple(members),
        id=requester_id,
    )


def latest_requester_from_row(row: AnyRow) -> Requester:
    """From a requesters row: the latest details, without any request's members."""
    return _requester(row, row.kind, row.full_name, row.id, ())


def request_from_row(row: AnyRow, members: Sequence[Member], corrections: Sequence[Correction]) -> Request:
    return Request(
        id=row.id,
        agency_id=row.agency_id,
        register_number=row.register_number,
        register_year=row.register_year,
        register_seq=row.register_seq,
        requester=_requester(row, row.requester_kind, row.requester_name, row.requester_id, members),
        channel=Channel(row.channel),
        received_at=row.received_at,
        info_requested=row.info_requested,
        purpose=row.purpose,
        provision_form=ProvisionForm(row.provision_form),
        copies=row.copies,
        delivery_address=row.delivery_address,
        delivery_email=row.delivery_email,
        officer_assisted=row.officer_assisted,
        consent_attached=row.consent_attached,
        notes=row.notes,
        status=Status(row.status),
        valid_on=row.valid_on,
        complexity=Complexity(row.complexity) if row.complexity else None,
        complexity_reason=row.complexity_reason,
        deadlines=Deadlines(
            rule_set=row.rule_set_code,
            notice_due=row.notice_due,
            provide_due=row.provide_due,
            extended_due=row.extended_due,
            max_extended_due=row.max_extended_due,
            explain=tuple(row.explain or ()),
        ),
        extension_reason=row.extension_reason,
        extended_on=row.extended_on,
        notice_sent_on=row.notice_sent_on,
        printed_due=row.printed_due,
        deadline_flag=row.deadline_flag,
        supplement_note=row.supplement_note,
        closed_on=row.closed_on,
        provision_method=row.provision_method,
        refusal_ground=RefusalGround(row.refusal_ground) if row.refusal_ground else None,
        refusal_detail=row.refusal_detail,
        transferred_to=row.transferred_to,
        withdrawal_reason=row.withdrawal_reason,
        repeat_count=row.repeat_count,
        earlier_provisions_note=row.earlier_provisions_note,
        corrections=tuple(corrections),
        version=row.version,
    )
