"""JSON shapes the command line prints (ISO dates, null where absent)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ..domain.listing import RequestSummary
from ..domain.request import Deadlines, Request


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
