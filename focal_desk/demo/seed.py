"""The demo seeding job: requests spread over the last 24 months, taken through the real workflow.

A job (progress, cancel); one transaction per batch so that 100,000 requests take minutes. Only into an
empty register (RegisterNotEmpty otherwise), under a sample office when none was described.
"""

from __future__ import annotations

import random
import time as _time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from faker import Faker

from ..domain.agency import AgencyProfile
from ..domain.clock import VN_TZ, Clock, FixedClock, today
from ..domain.documents import FormCode
from ..domain.enums import Channel, Complexity, CorrectionKind, ProvisionForm
from ..domain.errors import FocalDeskError, RegisterNotEmpty
from ..domain.listing import RequestQuery
from ..domain.refusal import RefusalGround
from ..domain.request import Request, RequestDraft
from ..domain.workflow import Action, allowed_actions
from ..services.agency_service import checked_profile, is_described
from ..services.calendar_service import CalendarService
from ..services.ports import UnitOfWork, UnitOfWorkFactory
from ..services.request_ops import RequestOps
from ..services.rulebook import RuleBook
from .people import PeopleFactory
from .vocabulary import (
    HAMLETS,
    INFO_TEMPLATES,
    PROVISION_METHODS,
    PURPOSES,
    REFUSAL_DETAILS,
    SUPPLEMENT_NOTES,
    TRANSFER_TARGETS,
)

CHANNEL_WEIGHTS = ((Channel.IN_PERSON, 50), (Channel.ELECTRONIC, 25), (Channel.POSTAL, 20), (Channel.FAX, 5))
FORM_BY_CHANNEL = {
    Channel.IN_PERSON: ProvisionForm.COPY,
    Channel.ELECTRONIC: ProvisionForm.EMAIL,
    Channel.POSTAL: ProvisionForm.POST,
    Channel.FAX: ProvisionForm.FAX,
}
DEMO_OFFICE = AgencyProfile(
    id=None,
    name="Ủy ban nhân dân xã Đạo Trù",
    parent_body="Ủy ban nhân dân tỉnh Phú Thọ",
    place_name="Đạo Trù",
    symbol="UBND",
    signer_name="Nguyễn Văn Đức",
    signer_title="Chủ tịch",
    authority="TM.",
)
# Đ28.1.e (costs unpaid) needs recorded unpaid costs; the demo records none, so it does not use it.
GROUND_WEIGHTS = ((RefusalGround.A, 15), (RefusalGround.B, 40), (RefusalGround.C, 25), (RefusalGround.D, 10),
                  (RefusalGround.DD, 10))


@dataclass(frozen=True)
class SeedResult:
    created: int
    seconds: float
    cancelled: bool = False


def _weighted(rng: random.Random, pairs):
    items, weights = zip(*pairs, strict=True)
    return rng.choices(items, weights)[0]


def seed_demo(
    uow_factory: UnitOfWorkFactory,
    calendar: CalendarService,
    rulebook: RuleBook,
    clock: Clock,
    n: int,
    seed: int,
    progress: Callable[[int, int], None] = lambda done, total: None,
    cancel: Callable[[], bool] = lambda: False,
    batch_size: int = 500,
    actor: str = "demo",
) -> SeedResult:
    started = _time.perf_counter()
    rng = random.Random(seed)
    faker = Faker("vi_VN")
    faker.seed_instance(seed)
    people = PeopleFactory(rng, faker)
    now = clock.now()
    end_day = today(clock)
    # Read before any unit of work opens; the batches below only read them.
    cal = calendar.ensure_covering(calendar.years_for(end_day - timedelta(days=731)))
    rule_sets = rulebook.rule_sets()
    # Received moments, oldest first, on working days (a few on announced working Saturdays).
    days = []
    for _ in range(n):
        d = end_day - timedelta(days=rng.randint(0, 730))
        while not cal.is_working_day(d):
            d -= timedelta(days=1)
        days.append(d)
    days.sort()
    sim = FixedClock(now)
    created = 0
    earlier: list[Request] = []
    for start in range(0, n, batch_size):
        if cancel():
            return SeedResult(created, _time.perf_counter() - started, cancelled=True)
        with uow_factory() as uow:
            if start == 0:  # in the first batch's transaction: nothing can be registered in between
                _prepare_empty_register(uow)
            ops = RequestOps(uow, cal, rule_sets, sim, actor)
            for day in days[start : start + batch_size]:
                r = _one_request(ops, sim, rng, people, day, end_day, now, earlier)
                if len(earlier) < 2000 and rng.random() < 0.05:
                    earlier.append(r)
                created += 1
            uow.commit()
        progress(created, n)
    return SeedResult(created, _time.perf_counter() - started)


def _prepare_empty_register(uow: UnitOfWork) -> None:
    """Refuse a register that has requests; describe the sample office when no office was described,
    so that the first-run wizard does not come back (and offer demo data a second time)."""
    existing = uow.requests.count(RequestQuery())
    if existing:
        raise RegisterNotEmpty(existing)
    current = uow.agencies.current()
    if not is_described(current):
        uow.agencies.save(replace(checked_profile(DEMO_OFFICE), id=current.id if current else None))


def _at(day: date, rng: random.Random, now: datetime) -> datetime:
    at = datetime.combine(day, time(7, 30), VN_TZ) + timedelta(minutes=rng.randint(0, 540))
    return min(at, now)


def _one_request(ops: RequestOps, sim: FixedClock, rng, people: PeopleFactory, day: date, end_day: date,
                 now: datetime, earlier: list[Request]) -> Request:
    channel = _weighted(rng, CHANNEL_WEIGHTS)
    received_at = _at(day, rng, now)
    sim.set(received_at)
    repeat = earlier and rng.random() < 0.03
    if repeat:
        base = rng.choice(earlier)
        requester, info = base.requester, base.info_requested
        if channel is Channel.ELECTRONIC and not requester.email:
            channel = Channel.IN_PERSON
    else:
        requester = people.requester(need_email=channel is Channel.ELECTRONIC)
        info = rng.choice(INFO_TEMPLATES).format(
            y=day.year - rng.randint(0, 2), t=rng.choice(HAMLETS), n=rng.randint(1, 400), m=rng.randint(1, 12),
            d=(day - timedelta(days=rng.randint(20, 400))).strftime("%d/%m/%Y"),
        )
    complete = rng.random() < 0.85
    complexity = Complexity.COMPLEX if rng.random() < 0.3 else Complexity.SIMPLE
    draft = RequestDraft(
        requester=requester,
        channel=channel,
        received_at=received_at,
        info_requested=info,
        purpose=rng.choice(PURPOSES),
        provision_form=FORM_BY_CHANNEL[channel],
        copies=rng.choice((1, 1, 1, 2, 3)),
        delivery_email=requester.email if channel is Channel.ELECTRONIC else "",
        officer_assisted=channel is Channel.IN_PERSON and rng.random() < 0.04,
        consent_attached=rng.random() < 0.02,
        valid_on=day if complete else None,
        complexity=complexity if complete else None,
        complexity_reason="Thông tin cần tập hợp từ nhiều bộ phận" if complexity is Complexity.COMPLEX else "",
    )
    r = ops.register(draft)
    try:
        return _progress(ops, sim, rng, r, end_day, complexity)
    except FocalDeskError:
        return r  # a path the workflow refused: keep the request where it stands, as an officer would


def _set(sim: FixedClock, day: date) -> date:
    sim.set(datetime.combine(day, time(10, 0), VN_TZ))
    return day


def _progress(ops: RequestOps, sim: FixedClock, rng, r: Request, end_day: date, complexity: Complexity) -> Request:
    cal = ops.calendar
    received = r.received_at.date()
    if r.valid_on is None:
        if rng.random() < 0.06:
            return ops.transfer(r.id, rng.choice(TRANSFER_TARGETS), _set(sim, received))
        r = ops.request_supplement(r.id, rng.choice(SUPPLEMENT_NOTES), _set(sim, received))
        supplied, _ = cal.add_working_days(received, rng.randint(1, 12))
        if supplied > end_day or rng.random() < 0.01:
            return r  # still waiting for the requester
        r = ops.mark_valid(r.id, _set(sim, supplied), complexity,
                           "Thông tin cần tập hợp từ nhiều bộ phận" if complexity is Complexity.COMPLEX else "")
    valid_on = r.valid_on
    assert valid_on is not None
    if r.deadlines.notice_due and r.deadlines.notice_due <= end_day:
        r = ops.send_notice(r.id, _set(sim, min(r.deadlines.notice_due, end_day)))
    due = r.deadlines.provide_due
    assert due is not None
    if complexity is Complexity.COMPLEX and rng.random() < 0.15:
        ext_day = max(valid_on, due - timedelta(days=rng.randint(0, 3)))
        if ext_day <= end_day:
            r = ops.extend(r.id, "Cần thêm thời gian tổng hợp thông tin từ cơ quan khác", _set(sim, ext_day))
            # its Mẫu 04, as written by hand (demo data renders no PDF): the to-do list does not ask for it
            ops.uow.documents.add(r.id, FormCode.EXTENSION.value, ext_day, r.deadlines.extended_due, "")
    due = r.deadlines.answer_due or due
    span = max(0, cal.working_days_between(valid_on, due))
    late = rng.random() < 0.05
    answer, _ = cal.add_working_days(valid_on, rng.randint(0, span) + (rng.randint(1, 5) if late else 0))
    in_progress = due >= end_day and rng.random() < 0.5  # not yet due: the officer is still working on it
    forgotten = rng.random() < 0.003  # a few overdue ones, so the to-do list has something to show
    if answer > end_day or in_progress or forgotten:
        return r
    roll = rng.random()
    if roll < 0.70:
        r = ops.provide(r.id, PROVISION_METHODS[r.channel.value], on=_set(sim, answer))
        if rng.random() < 0.02:
            opened = answer + timedelta(days=rng.randint(1, 20))
            if opened <= end_day:
                r = ops.open_correction(r.id, rng.choice(list(CorrectionKind)), "Số liệu trong bản sao bị sai",
                                        _set(sim, opened))
                closed = opened + timedelta(days=rng.randint(1, 10))
                if closed <= end_day:  # still open only when the officer is working on it now
                    r = ops.close_correction(r.id, "Đã cung cấp lại thông tin đã đính chính", _set(sim, closed))
    elif roll < 0.78:
        r = ops.provide(r.id, PROVISION_METHODS[r.channel.value], partial=True, on=_set(sim, answer),
                        detail="Một phần hồ sơ có thông tin cá nhân của người khác, không đủ điều kiện cung cấp")
    elif roll < 0.88:
        ground = _weighted(rng, GROUND_WEIGHTS)
        r = ops.refuse(r.id, ground, REFUSAL_DETAILS[ground.value], _set(sim, answer))
        ops.uow.documents.add(r.id, FormCode.REFUSAL.value, answer, None, "")  # its Mẫu 05, written by hand
    elif roll < 0.94 and Action.TRANSFER in allowed_actions(r.status):  # not once extended
        r = ops.transfer(r.id, rng.choice(TRANSFER_TARGETS), _set(sim, answer))
    else:
        r = ops.withdraw(r.id, "Người yêu cầu không còn nhu cầu", _set(sim, answer))
    return r
