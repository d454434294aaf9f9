"""Recompute open requests' deadlines after the calendar changed, never moving a printed date silently."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from ..domain.audit import AuditEvent
from ..domain.calendar import WorkCalendar, fmt_date
from ..domain.clock import Clock
from ..domain.deadlines import compute_correction_due, compute_deadlines, compute_extension
from ..domain.enums import Status
from ..domain.request import Deadlines, Request
from ..domain.rules import RuleSet
from .ports import UnitOfWork


@dataclass(frozen=True)
class MovedDeadline:
    request_id: int
    register_number: str
    old_due: date | None  # the date that counts now (Request.due_now), before and after
    new_due: date | None
    flagged: bool  # a notice already carries the old date: kept, and flagged for the officer


@dataclass(frozen=True)
class RecomputeReport:
    examined: int
    moved: tuple[MovedDeadline, ...]


def deadlines_for(request: Request, rule_set: RuleSet, cal: WorkCalendar) -> Deadlines:
    """The deadlines a request has on this calendar, including a granted extension."""
    assert request.valid_on is not None and request.complexity is not None
    d = compute_deadlines(rule_set, cal, request.channel, request.complexity, request.valid_on)
    if request.deadlines.extended_due is not None and d.provide_due is not None:
        ext = compute_extension(rule_set, cal, request.channel, request.complexity, d.provide_due)
        if ext is not None:
            d = replace(d, extended_due=ext.due, explain=(*d.explain, *ext.lines))
    return d


def _recomputed(r: Request, rule_set: RuleSet, cal: WorkCalendar) -> tuple[Request, bool]:
    """The request on this calendar, and whether a date printed on a notice keeps it from moving."""
    if r.status is Status.CORRECTING:
        # Answered already: its answer deadlines are history. Only the open correction's own clock runs.
        corrections = tuple(
            replace(c, due=(e := compute_correction_due(rule_set, cal, c.kind, c.opened_on)).due, explain=e.lines)
            if c.closed_on is None
            else c
            for c in r.corrections
        )
        return replace(r, corrections=corrections), False
    new = deadlines_for(r, rule_set, cal)
    if r.printed_due is not None and new.answer_due != r.printed_due:
        flag = (
            f"Lịch làm việc thay đổi: hạn tính lại là {fmt_date(new.answer_due) if new.answer_due else '—'}, "
            f"khác hạn {fmt_date(r.printed_due)} đã ghi trên thông báo gửi người yêu cầu"
        )
        return replace(r, deadline_flag=flag), True
    return replace(r, deadlines=new, deadline_flag=""), False


def recompute_open(
    uow: UnitOfWork,
    cal: WorkCalendar,
    rule_sets: dict[str, RuleSet],
    clock: Clock,
    actor: str,
    progress=None,
    governing: Callable[[Request], RuleSet] | None = None,
) -> RecomputeReport:
    """``governing``: the rule set each request is judged by from now on (a new rule set arrived); by default
    the one it was judged by."""
    moved: list[MovedDeadline] = []
    open_requests = [r for r in uow.requests.open_requests() if r.valid_on is not None and r.complexity]
    for i, r in enumerate(open_requests):
        if progress:
            progress(i, len(open_requests))
        rule_set = governing(r) if governing else rule_sets[r.deadlines.rule_set or ""]
        updated, flagged = _recomputed(r, rule_set, cal)
        if updated == r:
            continue
        for c, before in zip(updated.corrections, r.corrections, strict=True):
            if c != before:
                uow.requests.update_correction(r.id, c)
        # The request row too: it stores due_now, which a correction's new date changes.
        uow.requests.update(updated)
        old_due, new_due = r.due_now, updated.due_now
        uow.audit.add(
            AuditEvent(
                at=clock.now(),
                actor=actor,
                action="recompute",
                entity_id=r.id,
                changes={"due_now": [_iso(old_due), _iso(new_due)], "flagged": flagged},
            )
        )
        if old_due != new_due or flagged:
            moved.append(MovedDeadline(r.id, r.register_number, old_due, new_due, flagged))
    return RecomputeReport(len(open_requests), tuple(moved))


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None
