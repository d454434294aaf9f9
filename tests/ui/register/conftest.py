"""Fixtures for the register and to-do tests."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from register_helpers import add_request

from focal_desk.domain.enums import Complexity
from focal_desk.domain.request import Request


@pytest.fixture
def overdue_request(desk) -> Request:
    """Walked in on 02/02/2026, simple: due that day, so overdue on the clock's Monday 02/03/2026."""
    return add_request(desk, "Nguyễn Văn Đức", "001203004567", datetime(2026, 2, 2, 8, 15),
                       valid_on=date(2026, 2, 2), complexity=Complexity.SIMPLE)
