"""Item 14: who acted. The officer's name (not the computer login) goes on every audit row, read at each
action, switched when another officer sits down — and the switch itself is audited."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import date, datetime

import pytest

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.domain.calendar import DayKind
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, Complexity, IdType, RequesterKind
from focal_desk.domain.errors import ValidationError
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.services.officer import MAX_NAME_LENGTH, clean_officer_name

HOA, BINH = "Nguyễn Thị Hoa", "Trần Văn Bình"


def draft(**kw) -> RequestDraft:
    base = dict(
        requester=Requester(RequesterKind.CITIZEN, "Lê Thị Mai", IdType.CCCD, "001203004568", "Thôn Tây"),
        channel=Channel.IN_PERSON,
        received_at=datetime(2026, 3, 2, 8, 15, tzinfo=VN_TZ),
        info_requested="Quyết định giao đất",
        purpose="Tìm hiểu",
    )
    base.update(kw)
    return RequestDraft(**base)


def audit_rows(app, where: str = "1") -> list[tuple]:
    with sqlite3.connect(app.paths.database) as con:
        return con.execute(f"SELECT actor, action, entity, entity_id, changes FROM audit_events WHERE {where} "
                           "ORDER BY id").fetchall()


@pytest.fixture
def stored_app(tmp_path, clock):
    """The app as started without --officer: the name comes from the database."""
    container = open_app(Paths(tmp_path / "data"), clock=clock)
    yield container
    container.close()


def test_every_action_is_signed_by_the_officer_at_the_desk_now(stored_app):
    app, desk = stored_app, stored_app.desk()
    login = desk.officer.login
    assert desk.officer.name == ""  # nobody has given a name yet: the login alone, as before
    first = app.requests.register(draft())
    desk.officer.switch(HOA)
    r = app.requests.register(draft())  # the services were wired before the switch: they read it now
    desk.officer.switch(BINH)
    app.requests.mark_valid(r.id, date(2026, 3, 2), Complexity.SIMPLE)
    assert [e.actor for e in app.requests.history(first.id)] == [login]
    assert [(e.action, e.actor) for e in app.requests.history(r.id)] == [
        ("register", f"{HOA} (máy: {login})"),
        ("mark_valid", f"{BINH} (máy: {login})"),
    ]


def test_the_switch_is_audited_and_stored_for_the_next_start(stored_app, tmp_path, clock):
    desk = stored_app.desk()
    login = desk.officer.login
    desk.officer.switch(HOA)
    desk.officer.switch(f"  {BINH}\u200b ")  # stray spaces and a zero-width space are not part of the name
    desk.officer.switch(BINH)  # the same officer again: nothing to record
    switches = audit_rows(stored_app, "entity = 'officer'")
    assert [(a, act, json.loads(ch)) for a, act, _e, _id, ch in switches] == [
        (f"{HOA} (máy: {login})", "switch_officer", {"officer": [None, HOA]}),
        (f"{BINH} (máy: {login})", "switch_officer", {"officer": [HOA, BINH]}),
    ]
    stored_app.close()
    again = open_app(Paths(tmp_path / "data"), clock=clock)  # the next start, and the command line, see it
    try:
        assert again.desk().officer.name == BINH
        assert again.desk().officer.recent() == [BINH, HOA]
        r = again.requests.register(draft())
        assert again.requests.history(r.id)[0].actor == f"{BINH} (máy: {login})"
    finally:
        again.close()


def test_a_name_given_for_one_run_is_not_stored(stored_app, tmp_path, clock):
    stored_app.desk().officer.switch(HOA)
    stored_app.close()
    for_one_run = open_app(Paths(tmp_path / "data"), clock=clock, officer=BINH)
    try:
        r = for_one_run.requests.register(draft())
        assert for_one_run.requests.history(r.id)[0].actor.startswith(f"{BINH} (máy: ")
    finally:
        for_one_run.close()
    after = open_app(Paths(tmp_path / "data"), clock=clock)
    try:
        assert after.desk().officer.name == HOA
    finally:
        after.close()


def test_recent_names_most_recent_first_without_repeats(app):
    officer = app.desk().officer
    for name in (HOA, BINH, HOA, "Phạm Minh Tuấn"):
        officer.switch(name)
    assert officer.recent() == ["Phạm Minh Tuấn", HOA, BINH]


@pytest.mark.parametrize(
    "bad",
    ["", "   ", "\u200b\u200d", "Hoa\x1b[31m", "Hoa\x07", "12345", "H" * (MAX_NAME_LENGTH + 1)],
)
def test_what_is_not_a_name_is_refused_and_nothing_changes(app, bad):
    officer = app.desk().officer
    before = audit_rows(app)
    with pytest.raises(ValidationError) as info:
        officer.switch(bad)
    assert set(info.value.errors) == {"officer"}
    assert officer.name == "can_bo_test" and audit_rows(app) == before


def test_names_are_cleaned_to_one_spelling():
    assert clean_officer_name("Nguye\u0302\u0303n  Thị\tHoa") == HOA  # NFC, one space
    assert clean_officer_name("\u202bNguyễn Thị Hoa\u202c") == HOA  # bidi controls dropped


def test_a_bad_name_for_one_run_is_refused_before_the_database_is_touched(tmp_path, clock):
    with pytest.raises(ValidationError):
        open_app(Paths(tmp_path / "data"), clock=clock, officer="\x1b")
    assert not (tmp_path / "data" / "focal_desk.sqlite3").exists()


def test_a_calendar_change_signs_the_deadlines_it_moves(app):
    officer = app.desk().officer
    r = app.requests.register(draft(valid_on=date(2026, 3, 2), complexity=Complexity.COMPLEX))
    officer.switch(HOA)
    app.calendar.add_day(date(2026, 3, 4), DayKind.OFF, "Nghỉ đột xuất", "Quyết định 12/QĐ-UBND")
    recomputed = [e for e in app.requests.history(r.id) if e.action == "recompute"]
    assert recomputed and recomputed[0].actor.startswith(f"{HOA} (máy: ")


def test_switching_from_another_thread_signs_the_next_action(app):
    """A job thread switches while the services run elsewhere: the next action reads the new name."""
    officer = app.desk().officer
    worker = threading.Thread(target=officer.switch, args=(HOA,))
    worker.start()
    worker.join()
    r = app.requests.register(draft())
    assert app.requests.history(r.id)[0].actor.startswith(f"{HOA} (máy: ")
