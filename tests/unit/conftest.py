from __future__ import annotations

import pytest

from focal_desk import bundled
from focal_desk.calendars.python_holidays import base_entries
from focal_desk.domain.calendar import Layer, WorkCalendar
from focal_desk.domain.notices import parse_notices
from focal_desk.domain.rules import rule_set_from_dict

YEARS = range(2023, 2028)


@pytest.fixture(scope="session")
def official_calendar() -> WorkCalendar:
    """Base layer from python-holidays plus the shipped announcements, as the app builds it."""
    excluded = [x["name"] for x in bundled.calendar_policy()["base_excluded_names"]]
    base = base_entries(YEARS, excluded)
    official = parse_notices(bundled.notices_text(), Layer.OFFICIAL)
    return WorkCalendar([*base, *official], covered_years=YEARS)


@pytest.fixture(scope="session")
def law_2016():
    (rules,) = [rule_set_from_dict(d) for d in bundled.rule_set_dicts() if d["code"] == "luat-104-2016"]
    return rules
