"""Every statistic against a register counted by hand, requests crossing the period's edges included; the
requests behind each figure are the ones the register lists for it; complaints are recorded and audited."""

from __future__ import annotations

import io
from datetime import date

import pdfplumber
import pytest
from stats_data import CLOCK_AT, MARCH, MARCH_BEHIND, MARCH_EVENTS, build

from focal_desk import bundled
from focal_desk.documents.report import value_text
from focal_desk.domain.complaints import ComplaintKind
from focal_desk.domain.errors import IllegalTransition, ValidationError
from focal_desk.domain.fees import parse_rate_sets
from focal_desk.domain.statistics import FIGURES, Period, Section, Unit
from focal_desk.services.fees import FeeService


@pytest.fixture
def register(app, clock):
    clock.set(CLOCK_AT)
    fees = FeeService(app.uow_factory, parse_rate_sets(bundled.fee_rate_data()), app.clock, app.officer)
    names = {v: k for k, v in build(app, fees).items()}
    return app, names


def test_every_figure_is_listed_once_with_its_definition():
    keys = [f.key for f in FIGURES]
    assert len(keys) == len(set(keys)) == len(MARCH_BEHIND)
    assert set(keys) == set(MARCH_BEHIND)
    for f in FIGURES:
        assert f.label_vi and len(f.doc) > 20
        assert f.parent is None or f.parent in keys


def test_march_counted_by_hand(register):
    app, names = register
    stats = app.statistics().compute(Period(*MARCH))
    expected = {k: MARCH_EVENTS.get(k, len(v)) for k, v in MARCH_BEHIND.items()}
    assert dict(stats.values) == expected
    assert stats.on_time_rate() == pytest.approx(1 / 3)


def test_the_requests_behind_each_figure_are_those_counted(register):
    app, names = register
    service = app.statistics()
    for key, behind in MARCH_BEHIND.items():
        ids = app.requests.ids(service.requests_behind(key, Period(*MARCH)))
        assert {names[i] for i in ids} == behind, key


def test_a_single_day_at_the_edge(register):
    app, _ = register
    stats = app.statistics().compute(Period(date(2026, 3, 31), date(2026, 3, 31)))
    assert stats["received"] == stats["received.channel.fax"] == stats["valid.simple"] == 1
    assert stats["open_at_end"] == 5 and stats["open_at_end.past_due"] == 1
    assert (stats["costs.payments"], stats["costs.collected"]) == (1, 10_000)
    assert stats["answered"] == stats["corrections"] == 0


def test_april_sees_the_other_side_of_the_edges(register):
    app, names = register
    stats = app.statistics().compute(Period.month(2026, 4))
    # r5 received; r3 and r5 valid; r2 (in part, after its extended deadline of 10 April), r4 (refused c)
    # and r5 answered; r12 extended.
    assert (stats["received"], stats["valid"], stats["answered"], stats["extended"]) == (1, 2, 3, 1)
    assert (stats["provided_in_part"], stats["refused.ground.c"], stats["provided"]) == (1, 1, 1)
    assert (stats["answered.on_time"], stats["answered.late"]) == (2, 1)
    # Open at the end of April, all past due: r3 (due 9 April), r6 (January), r12 (extended to 21 April).
    assert (stats["open_at_end"], stats["open_at_end.past_due"]) == (3, 3)
    assert (stats["complaints.filed"], stats["complaints.resolved"], stats["costs.collected"]) == (1, 1, 20_000)


def test_by_month_adds_up_to_the_quarter(register):
    app, _ = register
    service = app.statistics()
    quarter = Period(date(2026, 1, 1), date(2026, 4, 30))
    months = service.by_month(quarter)
    total = service.compute(quarter)
    assert [m.period for m in months] == list(quarter.months())
    for f in FIGURES:
        if not f.key.startswith(("open_at_end", "awaiting_supplement")):  # states at an end, not flows
            assert sum(m[f.key] for m in months) == total[f.key], f.key


def test_sections_and_units_cover_the_report():
    assert {f.section for f in FIGURES} == set(Section)
    assert [f.key for f in FIGURES if f.unit is Unit.DONG] == ["costs.collected"]


def test_period_must_not_end_before_it_starts():
    with pytest.raises(ValidationError):
        Period(date(2026, 3, 2), date(2026, 3, 1))


def test_complaints_are_validated_audited_and_resolved_once(register):
    app, names = register
    r7 = next(i for i, n in names.items() if n == "r7")
    service = app.complaints()
    listed = service.for_request(r7)
    assert [(c.kind, c.filed_on, c.result_on) for c in listed] == [
        (ComplaintKind.COMPLAINT, date(2026, 3, 1), date(2026, 3, 15)),
        (ComplaintKind.COMPLAINT, date(2026, 3, 25), date(2026, 4, 10)),
    ]
    with pytest.raises(IllegalTransition):
        service.resolve(listed[0].id, "Lại", date(2026, 4, 1))
    with pytest.raises(ValidationError) as e:
        service.add(r7, ComplaintKind.LAWSUIT, date(2026, 1, 1), "Trước ngày tiếp nhận")
    assert "filed_on" in e.value.errors
    with pytest.raises(ValidationError):
        service.add(r7, ComplaintKind.LAWSUIT, date(2026, 4, 1), "  ")
    actions = [e.action for e in app.requests.history(r7)]
    assert actions.count("add_complaint") == 2 and actions.count("resolve_complaint") == 2
    assert {e.actor for e in app.requests.history(r7) if e.action.endswith("complaint")} == {app.officer.actor()}


def test_the_report_prints_the_hand_counted_figures(register):
    app, _ = register
    pdf = app.statistics().report_pdf(Period(*MARCH), "Thiếu cán bộ", "")
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        rows = [r for page in doc.pages for t in page.extract_tables() for r in t if len(r) == 3 and r[0] != "TT"]
        text = " ".join(page.extract_text() for page in doc.pages)
    printed = {" ".join(r[1].replace("\u00a0", " ").split()).lstrip("- "): r[2] for r in rows}
    expected = {k: MARCH_EVENTS.get(k, len(v)) for k, v in MARCH_BEHIND.items()}
    assert {f.key: printed[f.label_vi] for f in FIGURES} == {k: value_text(k, v) for k, v in expected.items()}
    assert "Thiếu cán bộ" in text and "từ ngày 01/03/2026 đến ngày 31/03/2026" in text
