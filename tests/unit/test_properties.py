"""Property tests (Hypothesis): working-day arithmetic on the real calendar and the request workflow.

The calendar is the one the app builds (python-holidays base layer plus the shipped announcements, 2023–2027,
see conftest.official_calendar); starts run over 2023–2026 so every result stays inside the covered years.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from focal_desk.domain.deadlines import count_period
from focal_desk.domain.enums import Status
from focal_desk.domain.errors import IllegalTransition
from focal_desk.domain.rules import Period, PeriodUnit
from focal_desk.domain.workflow import CORRECTABLE, TRANSITIONS, Action, Back, allowed_actions, next_status

# Fast and never timed: the calendar loops are pure Python, a slow CI machine must not fail them.
PROPERTY = settings(max_examples=200, deadline=None, database=None)

starts = st.dates(min_value=date(2023, 1, 1), max_value=date(2026, 12, 31))
working_days = st.integers(min_value=0, max_value=60)
calendar_days = st.integers(min_value=0, max_value=90)


# --- working-day arithmetic ------------------------------------------------------------------------------
@PROPERTY
@given(start=starts, n=working_days)
def test_adding_n_working_days_then_counting_them_gives_n(official_calendar, start, n):
    due, _notes = official_calendar.add_working_days(start, n)
    assert official_calendar.working_days_between(start, due) == n
    assert official_calendar.working_days_between(due, start) == -n


@PROPERTY
@given(start=starts, n=st.integers(min_value=1, max_value=60))
def test_a_working_day_deadline_never_lands_on_a_day_off(official_calendar, start, n):
    due, notes = official_calendar.add_working_days(start, n)
    assert official_calendar.is_working_day(due)
    assert due > start
    # the day before the deadline counted n-1 working days: the deadline is the first day that reaches n
    assert official_calendar.working_days_between(start, due - timedelta(days=1)) == n - 1
    # every day passed over that is not counted is explained
    skipped = {s.day for s in notes if not s.counted}
    d = start + timedelta(days=1)
    while d < due:
        assert official_calendar.is_working_day(d) or d in skipped
        d += timedelta(days=1)


@PROPERTY
@given(start=starts, n=calendar_days)
def test_a_calendar_day_period_moved_per_article_148_never_ends_on_a_day_off(official_calendar, start, n):
    due, nominal, moved = official_calendar.add_calendar_days(start, n)
    assert nominal == start + timedelta(days=n)
    assert official_calendar.is_working_day(due) and due >= nominal
    # moved only over days off, to the first working day: exactly the days it says it skipped
    assert [s.day for s in moved] == [nominal + timedelta(days=i) for i in range((due - nominal).days)]
    assert not any(official_calendar.is_working_day(s.day) for s in moved)


@PROPERTY
@given(start=starts, amount=st.integers(min_value=1, max_value=30),
       unit=st.sampled_from([PeriodUnit.WORKING_DAYS, PeriodUnit.CALENDAR_DAYS]))
def test_a_counted_period_ends_on_a_working_day(official_calendar, start, amount, unit):
    end = count_period(official_calendar, start, Period(amount, unit, "Điều thử"), "Thời hạn")
    assert official_calendar.is_working_day(end.due) and end.due > start
    assert end.lines[0].startswith("Thời hạn: ")


@PROPERTY
@given(valid_on=starts, data=st.data())
def test_every_period_of_the_shipped_rule_set_ends_on_a_working_day(official_calendar, law_2016, valid_on, data):
    periods = [p for r in law_2016.rules for p in (r.provide, r.notice, r.extension) if p is not None]
    periods += [p for _kind, p in law_2016.corrections]
    period = data.draw(st.sampled_from([p for p in periods if p.unit is not PeriodUnit.SAME_DAY]))
    due = count_period(official_calendar, valid_on, period, "Thời hạn").due
    assert official_calendar.is_working_day(due)


# --- the workflow ----------------------------------------------------------------------------------------
LEGAL = [(s, a) for s, row in TRANSITIONS.items() for a in row]
ILLEGAL = [(s, a) for s in Status for a in Action if a not in TRANSITIONS[s]]


def test_the_table_covers_every_state_and_both_kinds_of_pair():
    assert set(TRANSITIONS) == set(Status)
    assert len(LEGAL) + len(ILLEGAL) == len(Status) * len(Action) and LEGAL and ILLEGAL


def _check_target(status, action) -> None:
    """The table's target; closing a correction goes back to the state the correction interrupted."""
    target = TRANSITIONS[status][action]
    if isinstance(target, Back):
        for prior in CORRECTABLE:
            assert next_status(status, action, prior=prior) is prior
        with pytest.raises(ValueError):
            next_status(status, action)
    else:
        assert next_status(status, action) is (status if target is None else target)


@PROPERTY
@given(pair=st.sampled_from(LEGAL))
def test_every_transition_in_the_table_gives_its_target(pair):
    status, action = pair
    _check_target(status, action)
    assert action in allowed_actions(status)


@PROPERTY
@given(pair=st.sampled_from(ILLEGAL))
def test_every_pair_not_in_the_table_is_refused(pair):
    status, action = pair
    with pytest.raises(IllegalTransition) as info:
        next_status(status, action)
    assert (info.value.status, info.value.action) == (status.label_vi, action.label_vi)
    assert action not in allowed_actions(status)


@pytest.mark.parametrize(("status", "action"), LEGAL + ILLEGAL)
def test_every_pair_exhaustively(status, action):
    """The same two properties over the whole (small) product, so no pair depends on the draw."""
    if action in TRANSITIONS[status]:
        _check_target(status, action)
    else:
        with pytest.raises(IllegalTransition):
            next_status(status, action)


@PROPERTY
@given(actions=st.lists(st.sampled_from(list(Action)), max_size=30))
def test_any_sequence_of_actions_follows_the_table(actions):
    """A request walked through random actions: legal ones move it as the table says, illegal ones are refused
    and leave it where it was; a closed request (refused, transferred, withdrawn) never moves again."""
    status, closed, interrupted = Status.RECEIVED, None, None
    for action in actions:
        row = TRANSITIONS[status]
        if action in row:
            after = next_status(status, action, prior=interrupted)
            if action is Action.OPEN_CORRECTION:
                interrupted = status
            expected = interrupted if isinstance(row[action], Back) else (row[action] or status)
            assert after is expected
            status = after
        else:
            with pytest.raises(IllegalTransition):
                next_status(status, action)
        if closed is not None:
            assert status is closed
        elif not TRANSITIONS[status]:
            closed = status
