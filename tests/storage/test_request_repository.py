"""The register: numbering, round trips, optimistic locking, requesters, corrections."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text
from storage_builders import citizen, new_request, organisation

from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Complexity, CorrectionKind, Status
from focal_desk.domain.errors import EnvironmentProblem, NotFound
from focal_desk.domain.refusal import RefusalGround
from focal_desk.domain.request import Correction, Deadlines
from focal_desk.domain.requester import Member
from focal_desk.domain.text import info_key


def add(uow_factory, request):
    with uow_factory() as uow:
        saved = uow.requests.add(request)
        uow.commit()
    return saved


def test_register_numbers_count_per_agency_and_year_and_are_never_reused(uow_factory, agency_id) -> None:
    with uow_factory() as uow:
        other = uow.agencies.save(AgencyProfile(None, "UBND XÃ KHÁC", "", "", "UBND", "", "")).id
        uow.commit()
    with uow_factory() as uow:
        taken = [uow.requests.next_register_seq(agency_id, 2026) for _ in range(3)]
        assert taken == [1, 2, 3]
        assert uow.requests.next_register_seq(other, 2026) == 1
        assert uow.requests.next_register_seq(agency_id, 2027) == 1  # a new year starts again
        uow.commit()
    saved = add(uow_factory, new_request(agency_id, 4))
    with uow_factory() as uow:
        assert uow.requests.next_register_seq(agency_id, 2026) == 4
        uow.requests.update(replace(saved, status=Status.WITHDRAWN, withdrawal_reason="Rút"))
        uow.commit()
    with uow_factory() as uow:
        assert uow.requests.next_register_seq(agency_id, 2026) == 5  # withdrawn numbers stay taken


def test_numbering_continues_after_numbers_already_in_the_register(uow_factory, agency_id) -> None:
    add(uow_factory, new_request(agency_id, 41))  # typed in from the paper book, no counter yet
    with uow_factory() as uow:
        assert uow.requests.next_register_seq(agency_id, 2026) == 42


def test_add_and_get_round_trip_an_organisation_request(uow_factory, agency_id) -> None:
    received = datetime(2026, 3, 2, 16, 45, 12, 123456, tzinfo=VN_TZ)
    request = new_request(
        agency_id,
        12,
        requester=organisation(),
        received_at=received,
        status=Status.VALID,
        valid_on=date(2026, 3, 2),
        complexity=Complexity.COMPLEX,
        complexity_reason="Cần tập hợp từ nhiều bộ phận",
        officer_assisted=True,
        notes="Đã hướng dẫn điền phiếu; ghi chú có dấu “ngoặc kép” và emoji 📄",
        deadlines=Deadlines(
            rule_set="luat-104-2016",
            notice_due=date(2026, 3, 9),
            provide_due=date(2026, 3, 23),
            max_extended_due=date(2026, 4, 6),
            explain=("Ngày hợp lệ: 02/03/2026", "Bỏ qua 07/03/2026 — Thứ Bảy"),
        ),
        repeat_count=1,
    )
    saved = add(uow_factory, request)
    assert saved.id > 0 and saved.version == 1 and saved.requester.id is not None
    assert saved == replace(request, id=saved.id, requester=replace(request.requester, id=saved.requester.id))

    with uow_factory() as uow:
        loaded = uow.requests.get(saved.id)
        assert uow.requests.find_by_register_number(agency_id, " 12/2026 ") == loaded
        assert uow.requests.find_by_register_number(agency_id, "13/2026") is None
    assert loaded == saved
    assert loaded.received_at == received and loaded.received_at.utcoffset() == received.utcoffset()
    assert [m.full_name for m in loaded.requester.members] == ["Lê Văn Bình", "Phạm Thị Ngọc Ánh"]


def test_received_at_is_stored_as_vietnam_local_time(uow_factory, engine, agency_id) -> None:
    utc_evening = datetime(2026, 3, 1, 20, 30, tzinfo=UTC)  # already 2 March in Việt Nam
    saved = add(uow_factory, new_request(agency_id, 1, received_at=utc_evening))
    with engine.connect() as c:
        row = c.execute(
            text("SELECT received_at, received_on FROM requests WHERE id = :i"), {"i": saved.id}
        ).one()
    assert row == ("2026-03-02 03:30:00.000000", "2026-03-02")
    with uow_factory() as uow:
        loaded = uow.requests.get(saved.id)
    assert loaded.received_at == utc_evening and loaded.received_at.tzinfo == VN_TZ


def test_get_of_an_unknown_id_raises_not_found(uow_factory) -> None:
    with uow_factory() as uow, pytest.raises(NotFound):
        uow.requests.get(12345)


def test_update_writes_every_field_and_bumps_the_version(uow_factory, engine, agency_id) -> None:
    saved = add(uow_factory, new_request(agency_id, 1, requester=organisation()))
    changed = replace(
        saved,
        status=Status.REFUSED,
        refusal_ground=RefusalGround.DD,
        refusal_detail="Vượt quá khả năng đáp ứng",
        closed_on=date(2026, 3, 10),
        deadlines=replace(saved.deadlines, provide_due=date(2026, 3, 20), extended_due=date(2026, 4, 3)),
        requester=replace(saved.requester, members=(Member("Đỗ Thị Mai", "001099000333"),)),
    )
    with uow_factory() as uow:
        updated = uow.requests.update(changed)
        uow.commit()
    assert updated.version == 2
    with uow_factory() as uow:
        assert uow.requests.get(saved.id) == updated
    with engine.connect() as c:
        due = c.execute(text("SELECT effective_due FROM requests WHERE id = :i"), {"i": saved.id}).scalar()
    assert due == "2026-04-03"


def test_a_stale_update_is_refused(uow_factory, agency_id) -> None:
    saved = add(uow_factory, new_request(agency_id, 1))
    with uow_factory() as uow:
        uow.requests.update(replace(saved, notes="first officer"))
        uow.commit()
    with uow_factory() as uow, pytest.raises(EnvironmentProblem, match="đã được thay đổi"):
        uow.requests.update(replace(saved, notes="second officer, stale copy"))
    with uow_factory() as uow:
        assert uow.requests.get(saved.id).notes == "first officer"
        with pytest.raises(NotFound):
            uow.requests.update(replace(saved, id=9999))


def test_requesters_table_keeps_the_latest_details(uow_factory, agency_id) -> None:
    first = add(uow_factory, new_request(agency_id, 1, requester=citizen(phone="0900000001")))
    second = add(uow_factory, new_request(agency_id, 2, requester=citizen(phone="0900000002")))
    assert first.requester.id == second.requester.id
    with uow_factory() as uow:
        uow.requests.update(replace(first, status=Status.VALID))  # an old request moving on
        uow.commit()
    with uow_factory() as uow:
        latest = uow.requests.latest_requester("001090012345")
        assert uow.requests.latest_requester("000000000000") is None
        assert uow.requests.get(first.id).requester.phone == "0900000001"  # the snapshot stays
    assert latest is not None
    assert latest.phone == "0900000002" and latest.members == () and latest.full_name == "Nguyễn Văn Đức"


def test_count_earlier_provisions_matches_folded_information(uow_factory, agency_id) -> None:
    info = "Quyết định giao đất năm 2020"
    for seq, status, wording in [
        (1, Status.PROVIDED, info),
        (2, Status.PARTIALLY_PROVIDED, "quyet dinh  GIAO ĐẤT năm 2020!"),
        (3, Status.REFUSED, info),
        (4, Status.PROVIDED, "Bản đồ địa chính"),
    ]:
        add(uow_factory, new_request(agency_id, seq, status=status, info=wording))
    add(
        uow_factory,
        new_request(
            agency_id, 5, status=Status.PROVIDED, info=info, requester=citizen(id_number="001090099999")
        ),
    )
    with uow_factory() as uow:
        assert uow.requests.count_earlier_provisions("001090012345", info_key(info), None) == 2
        assert uow.requests.count_earlier_provisions("001090012345", info_key(info), 1) == 1


def test_corrections_are_added_updated_and_loaded_in_order(uow_factory, agency_id) -> None:
    saved = add(uow_factory, new_request(agency_id, 1, status=Status.PROVIDED))
    first = Correction(
        None, CorrectionKind.REQUESTER_CLAIM, date(2026, 3, 5), date(2026, 3, 20), "Sai tên thửa đất",
        prior_status=Status.PROVIDED,
    )
    with uow_factory() as uow:
        a = uow.requests.add_correction(saved.id, first)
        b = uow.requests.add_correction(
            saved.id, replace(first, kind=CorrectionKind.AGENCY_FOUND, explain=("5 ngày",))
        )
        closed = uow.requests.update_correction(
            saved.id, replace(a, closed_on=date(2026, 3, 6), result="Đã đính chính")
        )
        with pytest.raises(NotFound):
            uow.requests.add_correction(999, first)
        with pytest.raises(NotFound):
            uow.requests.update_correction(999, closed)
        uow.commit()
    with uow_factory() as uow:
        assert uow.requests.get(saved.id).corrections == (closed, b)


def test_open_requests_loads_members_and_corrections_of_open_ones(uow_factory, agency_id) -> None:
    open_org = add(uow_factory, new_request(agency_id, 1, requester=organisation(), status=Status.VALID))
    add(uow_factory, new_request(agency_id, 2, status=Status.PROVIDED))
    open_citizen = add(uow_factory, new_request(agency_id, 3, status=Status.EXTENDED))
    with uow_factory() as uow:
        found = uow.requests.open_requests()
    assert found == [open_org, open_citizen]
