"""Audit, agency, calendar, rule set, settings and issued-document repositories."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text
from storage_builders import new_request

from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.audit import AuditEvent
from focal_desk.domain.calendar import CalendarEntry, DayKind, Layer
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Status
from focal_desk.domain.rules import rule_set_from_dict, rule_set_to_dict


def test_audit_events_round_trip_in_order(uow_factory, engine) -> None:
    at = datetime(2026, 3, 2, 9, 30, 15, 250000, tzinfo=VN_TZ)
    events = [
        AuditEvent(at, "cán_bộ_1", "register", entity_id=7, changes={"status": [None, "received"]}),
        AuditEvent(
            at.astimezone(UTC),  # another offset comes back as given
            "cán_bộ_2",
            "extend",
            entity_id=7,
            changes={"status": [Status.VALID, Status.EXTENDED], "extended_due": [None, date(2026, 4, 3)]},
        ),
        AuditEvent(at, "cán_bộ_1", "edit", entity_id=8, changes={"notes": ["", "Ghi chú: Đức"]}),
    ]
    with uow_factory() as uow:
        for e in events:
            uow.audit.add(e)
        uow.commit()
    with uow_factory() as uow:
        found = uow.audit.for_entity("request", 7)
        assert uow.audit.for_entity("request", 99) == []
    assert [e.action for e in found] == ["register", "extend"]
    assert found[0] == replace(events[0], id=found[0].id)
    assert found[1].at == events[1].at and found[1].at.utcoffset() == events[1].at.utcoffset()
    assert found[1].changes == {"status": ["valid", "extended"], "extended_due": [None, "2026-04-03"]}
    with engine.connect() as c:
        stored = c.execute(text("SELECT changes FROM audit_events WHERE action = 'edit'")).scalar()
    assert "Ghi chú: Đức" in stored  # readable UTF-8, not \\u escapes


def test_agency_profile_insert_update_and_current(uow_factory) -> None:
    with uow_factory() as uow:
        assert uow.agencies.current() is None
        old = uow.agencies.save(
            AgencyProfile(None, "UBND HUYỆN CŨ", "UBND TỈNH", "Cũ", "UBND", "A", "CHỦ TỊCH", area_factor=0.7)
        )
        new = uow.agencies.save(
            AgencyProfile(None, "ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ", "", "Đạo Trù", "UBND", "", "")
        )
        uow.agencies.save(replace(old, valid_to=date(2025, 6, 30)))
        uow.commit()
    with uow_factory() as uow:
        assert uow.agencies.current() == new
        uow.agencies.save(replace(new, valid_from=date(2025, 7, 1), authority="KT."))
        uow.commit()
    with uow_factory() as uow:
        current = uow.agencies.current()
    assert current is not None and current.authority == "KT." and current.valid_from == date(2025, 7, 1)


def entry(day: date, layer: Layer, reason: str = "Nghỉ bù", kind: DayKind = DayKind.OFF) -> CalendarEntry:
    return CalendarEntry(day, kind, reason, "Thông báo 1234/TB-LĐTBXH", layer)


def test_calendar_replace_layer_add_and_remove(uow_factory) -> None:
    with uow_factory() as uow:
        uow.calendar.replace_layer(
            Layer.BASE, [entry(date(2025, 1, 1), Layer.BASE), entry(date(2026, 1, 1), Layer.BASE)]
        )
        local = uow.calendar.add(entry(date(2026, 5, 2), Layer.LOCAL, "Làm bù", DayKind.WORK))
        second = uow.calendar.add(entry(date(2026, 5, 2), Layer.LOCAL, "Làm bù lần 2", DayKind.WORK))
        again = uow.calendar.add(entry(date(2026, 5, 2), Layer.LOCAL, "Làm bù lần 2", DayKind.WORK))
        uow.commit()
    assert local.id is not None and local.added_at is not None and local.added_at.tzinfo is not None
    assert again == second  # the same entry again: nothing written, the row already held is returned

    with uow_factory() as uow:
        # Only 2026 of the base layer is replaced; 2025 and the other layers stay.
        stamped = datetime(2026, 1, 2, 8, 0, tzinfo=VN_TZ)
        uow.calendar.replace_layer(
            Layer.BASE,
            [
                entry(date(2026, 2, 17), Layer.BASE, "Tết"),
                replace(entry(date(2026, 4, 30), Layer.BASE), added_at=stamped),
            ],
            years=[2026],
        )
        with pytest.raises(ValueError):
            uow.calendar.replace_layer(Layer.BASE, [entry(date(2027, 1, 1), Layer.BASE)], years=[2026])
        uow.commit()
    with uow_factory() as uow:
        days = [(e.layer, e.day, e.reason) for e in uow.calendar.entries()]
        assert uow.calendar.remove(date(2026, 5, 2), Layer.LOCAL) == 1
        assert uow.calendar.remove(date(2026, 5, 2), Layer.LOCAL) == 0
        assert uow.calendar.entries()[2].added_at == stamped
    assert days == [
        (0, date(2025, 1, 1), "Nghỉ bù"),
        (0, date(2026, 2, 17), "Tết"),
        (0, date(2026, 4, 30), "Nghỉ bù"),
        (2, date(2026, 5, 2), "Làm bù lần 2"),  # one entry per day and layer: the later one replaced the first
    ]


RULES = {
    "code": "luat-104-2016",
    "name": "Luật Tiếp cận thông tin 2016",
    "valid_from": "2018-07-01",
    "source": "Luật số 104/2016/QH13",
    "rules": [
        {
            "channel": "in_person",
            "complexity": "simple",
            "provide": {"amount": 0, "unit": "same_day", "article": "Đ29.3"},
        },
        {
            "channel": "electronic",
            "complexity": "complex",
            "provide": {"amount": 15, "unit": "working_days", "article": "Đ30.3"},
            "notice": {"amount": 5, "unit": "working_days", "article": "Đ30.2"},
            "extension": {"amount": 15, "unit": "working_days", "article": "Đ30.3"},
        },
    ],
    "corrections": {"requester_claim": {"amount": 15, "unit": "calendar_days", "article": "Đ32.2"}},
    "caveats": [{"from": "2025-07-01", "text": "Chính quyền địa phương hai cấp"}],
}


def test_rule_sets_round_trip_and_upsert(uow_factory) -> None:
    law = rule_set_from_dict(RULES)
    later = rule_set_from_dict({**RULES, "code": "luat-2030", "valid_from": "2030-01-01"})
    with uow_factory() as uow:
        uow.rule_sets.save(later)
        uow.rule_sets.save(replace(law, name="tạm"))
        uow.rule_sets.save(law)  # same code: replaces
        uow.commit()
    with uow_factory() as uow:
        assert uow.rule_sets.all() == [law, later]
    assert rule_set_to_dict(law)["rules"][1]["notice"]["article"] == "Đ30.2"


def test_settings_get_and_upsert(uow_factory) -> None:
    with uow_factory() as uow:
        assert uow.settings.get("calendar.base_version") is None
        uow.settings.set("calendar.base_version", "0.60")
        uow.settings.set("calendar.base_version", "0.61+đ")
        uow.commit()
    with uow_factory() as uow:
        assert uow.settings.get("calendar.base_version") == "0.61+đ"


def test_issued_documents_are_numbered_rows(uow_factory, engine, agency_id) -> None:
    with uow_factory() as uow:
        request_id = uow.requests.add(new_request(agency_id, 1)).id
        first = uow.documents.add(
            request_id, "time_limit_notice", date(2026, 3, 3), date(2026, 3, 23), "01/TB-UBND"
        )
        second = uow.documents.add(request_id, "refusal", date(2026, 3, 4), None, "02/TB-UBND")
        uow.commit()
    assert second > first
    with engine.connect() as c:
        rows = c.execute(
            text("SELECT kind, number_text, issued_on, printed_due FROM issued_documents ORDER BY id")
        ).all()
    assert rows == [
        ("time_limit_notice", "01/TB-UBND", "2026-03-03", "2026-03-23"),
        ("refusal", "02/TB-UBND", "2026-03-04", None),
    ]
