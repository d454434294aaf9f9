"""JSON shapes the command line prints (ISO dates, null where absent)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..domain.calendar import DayInfo, Layer
from ..domain.listing import RequestSummary
from ..domain.request import Correction, Deadlines, Request

if TYPE_CHECKING:
    from ..services.recompute import RecomputeReport


def _iso(v: date | datetime | None) -> str | None:
    return v.isoformat() if v is not None else None


def deadlines_json(d: Deadlines) -> dict[str, Any]:
    return {
        "rule_set": d.rule_set,
        "notice_due": _iso(d.notice_due),
        "provide_due": _iso(d.provide_due),
        "extended_due": _iso(d.extended_due if d.extended_due else d.max_extended_due),
        "explain": list(d.explain),
    }


def request_json(r: Request) -> dict[str, Any]:
    q = r.requester
    return {
        "id": r.id,
        "register_number": r.register_number,
        "status": r.status.value,
        "status_label": r.status.label_vi,
        "channel": r.channel.value,
        "received_on": _iso(r.received_at.date()),
        "received_at": _iso(r.received_at),
        "requester": {
            "kind": q.kind.value,
            "name": q.full_name,
            "id_type": q.id_type.value,
            "id_number": q.id_number,
            "address": q.address,
            "phone": q.phone,
            "email": q.email,
            "on_behalf_of": q.on_behalf_of_name,
            "members": [{"name": m.full_name, "id_number": m.id_number, "purpose": m.purpose} for m in q.members],
        },
        "requester_name": q.full_name,
        "info_requested": r.info_requested,
        "purpose": r.purpose,
        "provision_form": r.provision_form.value,
        "copies": r.copies,
        "delivery_address": r.delivery_address,
        "delivery_email": r.delivery_email,
        "officer_assisted": r.officer_assisted,
        "valid_on": _iso(r.valid_on),
        "complexity": r.complexity.value if r.complexity else None,
        "rule_set": r.deadlines.rule_set,
        "notice_due": _iso(r.deadlines.notice_due),
        "provide_due": _iso(r.deadlines.provide_due),
        "extended_due": _iso(r.deadlines.extended_due),
        "max_extended_due": _iso(r.deadlines.max_extended_due),
        "effective_due": _iso(r.due_now),  # the key kept for scripts; the value is due_now
        "explain": list(r.deadlines.explain),
        "repeat_count": r.repeat_count,
        "deadline_flag": r.deadline_flag,
        "complexity_reason": r.complexity_reason,
        "supplement_note": r.supplement_note,
        "notice_sent_on": _iso(r.notice_sent_on),
        "printed_due": _iso(r.printed_due),
        "extension_reason": r.extension_reason,
        "extended_on": _iso(r.extended_on),
        "provision_method": r.provision_method,
        "refusal_ground": r.refusal_ground.value if r.refusal_ground else None,
        "refusal_detail": r.refusal_detail,
        "transferred_to": r.transferred_to,
        "withdrawal_reason": r.withdrawal_reason,
        "closed_on": _iso(r.closed_on),
        "corrections": [correction_json(c) for c in r.corrections],
    }


def correction_json(c: Correction) -> dict[str, Any]:
    return {
        "kind": c.kind.value,
        "opened_on": _iso(c.opened_on),
        "due": _iso(c.due),
        "reason": c.reason,
        "closed_on": _iso(c.closed_on),
        "result": c.result,
    }


def summary_json(s: RequestSummary) -> dict[str, Any]:
    return {
        "id": s.id,
        "register_number": s.register_number,
        "requester_name": s.requester_name,
        "received_on": _iso(s.received_at.date()),
        "channel": s.channel.value,
        "info_requested": s.info_requested,
        "status": s.status.value,
        "provide_due": _iso(s.provide_due),
        "extended_due": _iso(s.extended_due),
        "effective_due": _iso(s.due_now),  # the key kept for scripts; the value is due_now
    }


def report_json(report: RecomputeReport) -> dict[str, Any]:
    """The open requests a calendar change looked at, and those whose deadline moved (or was flagged)."""
    return {
        "examined": report.examined,
        "moved": [
            {
                "id": m.request_id,
                "register_number": m.register_number,
                "old_due": _iso(m.old_due),
                "new_due": _iso(m.new_due),
                "flagged": m.flagged,
            }
            for m in report.moved
        ],
    }


LAYER_NAMES: dict[int, str] = {Layer.BASE: "base", Layer.OFFICIAL: "official", Layer.LOCAL: "local"}


def calendar_json(year: int, days: list[DayInfo], warnings: list[str]) -> dict[str, Any]:
    """The year's days that carry a calendar entry: days off, working weekend days, holidays on a weekend."""
    return {
        "year": year,
        "days": [
            {
                "date": _iso(d.day),
                "kind": d.entry.kind.value,
                "working": d.working,
                "reason": d.entry.reason,
                "source": d.entry.source,
                "layer": LAYER_NAMES.get(d.entry.layer, str(d.entry.layer)),
            }
            for d in days
            if d.entry is not None
        ],
        "warnings": warnings,
    }
