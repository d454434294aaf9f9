"""Services on a real SQLite file, wired exactly as the app wires them, with a clock we control."""

from __future__ import annotations

from datetime import datetime

import pytest

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.domain.clock import VN_TZ, FixedClock


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 2, 9, 30, tzinfo=VN_TZ))  # Monday


@pytest.fixture
def app(tmp_path, clock):
    container = open_app(Paths(tmp_path / "data"), clock=clock, officer="can_bo_test")
    yield container
    container.close()
