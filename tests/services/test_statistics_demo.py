"""The SQL statistics against a brute-force Python count over the demo register (every request loaded as a
domain object), for several periods, with complaints, lawsuits and payments added on top of the demo."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from focal_desk import bundled
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.complaints import Complaint, ComplaintKind
from focal_desk.domain.enums import Status
from focal_desk.domain.fees import parse_rate_sets
from focal_desk.domain.listing import RequestQuery
from focal_desk.domain.request import Request
from focal_desk.domain.statistics import FIGURES, Period
from focal_desk.services.fees import FeeService

TODAY = datetime(2026, 6, 30, 16, 0, tzinfo=VN_TZ)
ANSWERS = (Status.PROVIDED, Status.PARTIALLY_PROVIDED, Status.REFUSED)


def _outcome(r: Request) -> Status:
    if r.status is Status.CORRECTING:
        return next(c.prior_status for c in r.corrections if c.closed_on is None)
    return r.status


def brute_force(p: Period, requests: list[Request], complaints: list[Complaint], payments: list) -> dict[str, int]:
    def within(d: date | None) -> bool:
        return d is not None and p.start <= d <= p.end

    def open_at_end(r: Request) -> bool:
        return r.received_at.date() <= p.end and (r.closed_on is None or r.closed_on > p.end)

    def due_at_end(r: Request) -> date | None:
        d = r.deadlines
        return d.extended_due if d.extended_due and r.extended_on and r.extended_on <= p.end else d.provide_due

    out: dict[str, int] = {f.key: 0 for f in FIGURES}
    for r in requests:
        hit = set()
        received = within(r.received_at.date())
        if received:
            hit |= {"received", f"received.channel.{r.channel.value}", f"received.kind.{r.requester.kind.value}"}
        if within(r.valid_on):
            hit |= {"valid", f"valid.{r.complexity.value}"}  # type: ignore[union-attr]
        if open_at_end(r):
            hit.add("open_at_end")
            due = due_at_end(r)
            if due is not None and due <= p.end:
                hit.add("open_at_end.past_due")
            if r.supplement_note and (r.valid_on is None or r.valid_on > p.end):
                hit.add("awaiting_supplement")
        if within(r.extended_on):
            hit.add("extended")
        if within(r.closed_on):
            outcome = _outcome(r)
            key = {Status.PROVIDED: "provided", Status.PARTIALLY_PROVIDED: "provided_in_part",
                   Status.REFUSED: "refused", Status.TRANSFERRED: "transferred", Status.WITHDRAWN: "withdrawn"}
            hit.add(key[outcome])
            if outcome in ANSWERS:
                hit.add("answered")
                due = r.deadlines.answer_due
                hit.add("answered.late" if due is not None and r.closed_on > due else "answered.on_time")  # type: ignore[operator]
            if outcome is Status.REFUSED:
                hit.add(f"refused.ground.{r.refusal_ground.value}")  # type: ignore[union-attr]
        for key in hit:
            out[key] += 1
        out["corrections"] += sum(1 for c in r.corrections if within(c.opened_on))
    for c in complaints:
        prefix = "complaints" if c.kind is ComplaintKind.COMPLAINT else "lawsuits"
        out[f"{prefix}.filed"] += within(c.filed_on)
        out[f"{prefix}.resolved"] += within(c.result_on)
    for paid_on, amount in payments:
        if within(paid_on):
            out["costs.payments"] += 1
            out["costs.collected"] += amount
    return out


@pytest.fixture
def demo(app, clock):
    clock.set(TODAY)
    app.desk().seed_demo(400, 7, lambda done, total: None, lambda: False)
    ids = app.requests.ids(RequestQuery())
    requests = [app.requests.get(i) for i in ids]
    rng = random.Random(3)
    complaints = app.complaints()
    fees = FeeService(app.uow_factory, parse_rate_sets(bundled.fee_rate_data()), app.clock, app.officer)
    payments = []
    for r in rng.sample(requests, 40):
        received = r.received_at.date()
        filed = received + timedelta(days=rng.randint(0, (TODAY.date() - received).days))
        c = complaints.add(r.id, rng.choice(list(ComplaintKind)), filed, "Không đồng ý")
        if rng.random() < 0.6:
            complaints.resolve(c.id, "Đã giải quyết", filed + timedelta(days=rng.randint(0, (TODAY.date() - filed).days)))  # type: ignore[arg-type]
    costed = [r for r in requests if r.status in (Status.VALID, Status.EXTENDED)]
    for r in costed[:15]:
        fees.set_fees(r.id, {"a4_bw": 10}, payment_due=TODAY.date())
        paid_on = r.received_at.date() + timedelta(days=rng.randint(0, (TODAY.date() - r.received_at.date()).days))
        amount = rng.randint(1, 9) * 1000
        fees.record_payment(r.id, paid_on, f"BL-{r.id}", amount)
        payments.append((paid_on, amount))
    every = [app.requests.get(i) for i in ids]
    return app, every, [c for r in every for c in complaints.for_request(r.id)], payments


def test_statistics_equal_a_brute_force_count_on_the_demo(demo):
    app, requests, complaints, payments = demo
    assert len(requests) == 400 and len(complaints) == 40 and payments
    service = app.statistics()
    periods = [Period.year(2025), Period.year(2026), Period(date(2024, 6, 1), TODAY.date()),
               *Period(date(2025, 11, 1), date(2026, 6, 30)).months(), Period(date(2026, 3, 17), date(2026, 3, 17))]
    seen: dict[str, int] = {}
    for p in periods:
        values = dict(service.compute(p).values)
        assert values == brute_force(p, requests, complaints, payments), p
        seen = {k: seen.get(k, 0) + v for k, v in values.items()}
    assert seen["awaiting_supplement"] > 0
    # Month by month (flows grouped by month in SQL, states at each month's end) = each month on its own.
    span = Period(date(2025, 1, 15), date(2026, 6, 30))  # starts mid-month: the first month is cut
    months = service.by_month(span)
    assert [m.period for m in months] == list(span.months()) and months[0].period.start == date(2025, 1, 15)
    for m in months:
        assert dict(m.values) == brute_force(m.period, requests, complaints, payments), m.period
    # The demo exercises the figures: every one is non-zero for the whole span except rare grounds.
    whole = service.compute(Period(date(2024, 6, 1), TODAY.date()))
    zero = {k for k, v in whole.values.items() if v == 0}
    assert not zero & {"received", "answered.late", "open_at_end.past_due", "extended", "corrections",
                       "refused", "transferred", "withdrawn", "lawsuits.resolved", "costs.collected"}
