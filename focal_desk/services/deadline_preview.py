"""Deadlines for a hypothetical request: "if it became valid on this day, when is it due, and why"."""

from __future__ import annotations

from datetime import date

from ..domain.deadlines import compute_deadlines
from ..domain.enums import Channel, Complexity
from ..domain.request import Deadlines
from ..domain.rules import choose_rule_set
from .calendar_service import CalendarService
from .rulebook import RuleBook


def preview_deadlines(
    calendar: CalendarService, rulebook: RuleBook, channel: Channel, complexity: Complexity, valid_on: date
) -> Deadlines:
    rule_set = choose_rule_set(rulebook.rule_sets(), valid_on)
    return compute_deadlines(rule_set, calendar.calendar_covering(valid_on), channel, complexity, valid_on)
