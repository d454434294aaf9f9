"""The intake's "Provide now": register, mark valid and provide in one transaction, on a real SQLite file."""

from __future__ import annotations

from datetime import date

import pytest
from test_request_lifecycle import draft

from focal_desk.domain.enums import Complexity, Status
from focal_desk.domain.errors import ValidationError
from focal_desk.domain.listing import RequestQuery


def test_a_walk_in_is_registered_marked_valid_and_provided_in_one_step(app):
    r = app.requests.register_and_provide(draft(), "Bản sao trao tận tay")
    assert r.status is Status.PROVIDED and r.register_number == "1/2026"
    assert r.valid_on == date(2026, 3, 2) and r.complexity is Complexity.SIMPLE
    assert r.closed_on == date(2026, 3, 2) and r.provision_method == "Bản sao trao tận tay"
    assert r.deadlines.provide_due == date(2026, 3, 2)
    stored = app.requests.get(r.id)
    assert stored.status is Status.PROVIDED and stored.version == r.version
    history = app.requests.history(r.id)
    assert [e.action for e in history] == ["register", "mark_valid", "provide"]
    assert history[2].changes["status"] == ["valid", "provided"]


def test_the_valid_day_and_complexity_typed_at_intake_are_kept(app):
    r = app.requests.register_and_provide(draft(valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE), "Đọc tại chỗ")
    assert r.status is Status.PROVIDED and r.valid_on == date(2026, 3, 2)


def test_a_refused_provide_step_leaves_nothing_registered(app):
    with pytest.raises(ValidationError) as caught:
        app.requests.register_and_provide(draft(), "   ")
    assert set(caught.value.errors) == {"provision_method"}
    assert app.requests.count(RequestQuery()) == 0
    assert app.requests.history(1) == []
    again = app.requests.register(draft())  # the number the failed step took was rolled back with it
    assert again.register_number == "1/2026"


def test_a_refused_draft_leaves_nothing_registered(app):
    bad = draft(info_requested="")
    with pytest.raises(ValidationError) as caught:
        app.requests.register_and_provide(bad, "Bản sao")
    assert "info_requested" in caught.value.errors
    assert app.requests.count(RequestQuery()) == 0
