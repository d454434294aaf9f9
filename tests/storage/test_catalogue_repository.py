"""The catalogue repository on a real file: the index folds accents and đ on both sides, holds the files'
text, follows edits and removed files, and keeps typed operators inert."""

from __future__ import annotations

from datetime import date

import pytest

from focal_desk.domain.catalogue import AccessClass, CatalogueEntry, CatalogueFile
from focal_desk.domain.errors import NotFound
from focal_desk.storage.catalogue_search import search_match, suggest_match


def _file(entry_id: int, sha: str, text: str) -> CatalogueFile:
    return CatalogueFile(
        None,
        entry_id,
        f"{sha}.pdf",
        sha * 64,
        f"{sha}/{sha}.pdf",
        100,
        "application/pdf",
        1,
        text,
        "pdf" if text else "none",
    )


@pytest.fixture
def entries(uow_factory) -> dict[str, int]:
    with uow_factory() as uow:
        ids = {
            "qd": uow.catalogue.add(
                CatalogueEntry(
                    None,
                    "Quyết định giao đất đai cho hộ gia đình",
                    number="12/QĐ-UBND",
                    issued_on=date(2026, 1, 5),
                )
            ).id,
            "kh": uow.catalogue.add(
                CatalogueEntry(
                    None,
                    "Kế hoạch phòng chống thiên tai năm 2026",
                    number="05/KH-UBND",
                    issued_on=date(2026, 2, 1),
                    keywords="bão lũ",
                )
            ).id,
            "bc": uow.catalogue.add(
                CatalogueEntry(None, "Báo cáo tài chính", access=AccessClass.SECRET, secret_point="6.1")
            ).id,
        }
        uow.commit()
    return ids


def found(uow_factory, text: str | None) -> list[int]:
    with uow_factory(read_only=True) as uow:
        result = [e.id for e in uow.catalogue.search(text, 50)]
        assert uow.catalogue.count(text) == len(result)
    return result


@pytest.mark.parametrize(
    "text",
    [
        "quyet dinh",
        "Quyết định",
        "QUYẾT ĐỊNH",
        "dat dai",
        "đất đai",
        "giao dat",
        "12/qd",
        "12/QĐ-UBND",
        "quyet\u200b dinh",
        "ｑｕｙｅｔ dinh",
    ],
)
def test_accent_and_d_insensitive(uow_factory, entries, text) -> None:
    assert found(uow_factory, text) == [entries["qd"]]


def test_no_text_lists_newest_issued_first_undated_last(uow_factory, entries) -> None:
    assert found(uow_factory, None) == [entries["kh"], entries["qd"], entries["bc"]]
    assert found(uow_factory, "   ") == [entries["kh"], entries["qd"], entries["bc"]]


def test_operators_typed_by_the_officer_are_inert(uow_factory, entries) -> None:
    for text in ['"', 'quyet" OR "', "NEAR(", "*", "-dat", "title:bao", "()"]:
        found(uow_factory, text)  # no FTS syntax error
    assert found(uow_factory, '"*()') == []
    assert search_match('a" OR b') == '"a"* AND "or"* AND "b"*'
    assert suggest_match("xin cung cấp thông tin") is None


def test_files_text_is_searched_and_follows_changes(uow_factory, entries) -> None:
    qd = entries["qd"]
    with uow_factory() as uow:
        f = uow.catalogue.add_file(_file(qd, "a", "Điều 3. Ông Nguyễn Văn Đức được giao thửa đất số 17"))
        uow.commit()
    assert found(uow_factory, "nguyen van duc thua") == [qd]
    with uow_factory() as uow:
        assert uow.catalogue.get(qd).files[0].text.startswith("Điều 3")
        assert uow.catalogue.search("duc", 5)[0].files[0].text == ""  # lists carry files without text
        uow.catalogue.set_file_text(f.id, "Biên bản kiểm đếm tài sản", "ocr")
        uow.commit()
    assert found(uow_factory, "nguyen van duc") == []
    assert found(uow_factory, "kiem dem") == [qd]
    with uow_factory() as uow:
        uow.catalogue.remove_file(f.id)
        uow.commit()
    assert found(uow_factory, "kiem dem") == []


def test_update_reindexes_and_missing_entry_is_not_found(uow_factory, entries) -> None:
    with uow_factory() as uow:
        entry = uow.catalogue.get(entries["kh"])
        uow.catalogue.update(CatalogueEntry(entry.id, "Kế hoạch cải cách hành chính", number=entry.number))
        uow.commit()
    assert found(uow_factory, "thien tai") == []
    assert found(uow_factory, "cai cach") == [entries["kh"]]
    with uow_factory() as uow, pytest.raises(NotFound):
        uow.catalogue.get(999)


def test_suggest_ranks_the_entry_sharing_most_words_first(uow_factory, entries) -> None:
    with uow_factory(read_only=True) as uow:
        best = uow.catalogue.suggest("Tôi xin cung cấp quyết định giao đất cho gia đình tôi năm 2026", 5)
    assert best[0].id == entries["qd"]
