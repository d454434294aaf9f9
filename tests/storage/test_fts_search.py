"""Search: accent- and đ-insensitive, by name, ID number, register number and requested information."""

from __future__ import annotations

from dataclasses import replace

import pytest
from storage_builders import citizen, new_request, organisation

from focal_desk.domain.listing import RequestQuery
from focal_desk.storage.search import fts_query


def test_fts_query_quotes_every_token_as_a_prefix() -> None:
    words = '("nguyen"* AND "van"* AND "duc"*)'
    assert fts_query("Nguyễn Văn Đức") == " OR ".join(
        f"{col} : {words}" for col in ("name", "id_number", "register_number", "info")
    )
    assert '"12"* AND "2026"*' in fts_query("12/2026")
    assert fts_query('  "*-()  ') is None
    assert fts_query("") is None


@pytest.fixture
def register(uow_factory, agency_id) -> dict[str, int]:
    requests = [
        new_request(agency_id, 12, info="Quyết định thu hồi đất dự án đường tỉnh 323"),
        new_request(
            agency_id,
            13,
            requester=citizen("Trần Thị Bích Ngọc", "025301234567"),
            info="Danh sách hộ nghèo năm 2025",
        ),
        new_request(agency_id, 120, requester=organisation(), info="Kế hoạch sử dụng đất năm 2026"),
    ]
    with uow_factory() as uow:
        ids = {r.register_number: uow.requests.add(r).id for r in requests}
        uow.commit()
    return ids


def search(uow_factory, text: str) -> list[str]:
    with uow_factory() as uow:
        found = sorted(s.register_number for s in uow.requests.summaries(RequestQuery(search=text)))
        assert uow.requests.count(RequestQuery(search=text)) == len(found)
    return found


@pytest.mark.parametrize(
    "text", ["nguyen van duc", "Nguyễn Văn Đức", "NGUYEN VAN DUC", "Đức", "duc", "đuc", "nguy van du"]
)
def test_name_with_or_without_diacritics(uow_factory, register, text) -> None:
    assert search(uow_factory, text) == ["12/2026"]


def test_a_name_not_present_finds_nothing(uow_factory, register) -> None:
    assert search(uow_factory, "Hoàng Văn Thụ") == []
    assert search(uow_factory, "Nguyễn Văn Đức Hoàng") == []  # every word must match


def test_id_number_whole_or_prefix(uow_factory, register) -> None:
    assert search(uow_factory, "025301234567") == ["13/2026"]
    assert search(uow_factory, "0253012") == ["13/2026"]


def test_register_number(uow_factory, register) -> None:
    assert search(uow_factory, "13/2026") == ["13/2026"]
    assert "12/2026" in search(uow_factory, "12/2026")  # prefix search: 120/2026 matches as well


def test_information_requested_and_organisation_members(uow_factory, register) -> None:
    assert search(uow_factory, "thu hoi dat") == ["12/2026"]
    assert search(uow_factory, "hộ nghèo") == ["13/2026"]
    assert search(uow_factory, "dat nam") == ["120/2026"]
    assert search(uow_factory, "Phạm Thị Ngọc Ánh") == ["120/2026"]  # a member of the organisation
    assert search(uow_factory, "hoi nong dan") == ["120/2026"]  # the organisation's name


def test_the_index_follows_updates(uow_factory, register) -> None:
    with uow_factory() as uow:
        r = uow.requests.get(register["13/2026"])
        uow.requests.update(replace(r, requester=replace(r.requester, full_name="Trần Thị Bích Đào")))
        uow.commit()
    assert search(uow_factory, "bich dao") == ["13/2026"]
    assert search(uow_factory, "bich ngoc") == []


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        "*",
        "AND OR NOT",
        "(",
        ")",
        "-",
        "- duc",
        "NEAR(duc van)",
        "duc*",
        "^duc",
        "col:duc",
        "'",
        "\\",
    ],
)
def test_hostile_queries_never_raise(uow_factory, register, text) -> None:
    search(uow_factory, text)  # no FTS syntax error, whatever the officer types
