"""Digitised files of the catalogue: stored once by SHA-256 in the data dir, read for pages and text,
checked on open; damaged, renamed and missing files are refused with one sentence and leave nothing."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from contextlib import closing

import pytest
from catalogue_files import image_pdf, png, text_pdf, tiff

from focal_desk.domain.catalogue import CatalogueEntry
from focal_desk.domain.errors import EnvironmentProblem, NotFound, ValidationError

ACTOR = "can_bo_test"


@pytest.fixture
def catalogue(app):
    return app.catalogue()


def stored_files(app) -> list[str]:
    root = app.paths.catalogue
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_files_are_stored_by_hash_with_pages_and_text(app, catalogue, tmp_path) -> None:
    pdf = text_pdf(tmp_path / "Quyết định 12.pdf", ["Trang một: đất đai", "Trang hai: Điều 2"])
    scan = tiff(tmp_path / "scan.TIFF", 3)
    entry = catalogue.add(CatalogueEntry(None, "Quyết định 12"), ACTOR, [pdf, scan])
    first, second = entry.files
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert (first.filename, first.sha256, first.stored_path) == ("Quyết định 12.pdf", sha, f"{sha[:2]}/{sha}.pdf")
    assert (first.page_count, first.media_type, first.text_source) == (2, "application/pdf", "pdf")
    assert "Trang một: đất đai" in first.text and "Điều 2" in first.text
    assert (second.page_count, second.media_type, second.text_source, second.text) == (3, "image/tiff", "none", "")
    assert second.stored_path.endswith(".tif")
    assert catalogue.open_file(first).read_bytes() == pdf.read_bytes()
    assert [e.action for e in _audit(app, entry.id)] == ["catalogue_add", "catalogue_file_add", "catalogue_file_add"]


def test_the_same_file_twice_is_stored_once(app, catalogue, tmp_path) -> None:
    scan = image_pdf(tmp_path / "scan.pdf", 2)
    a = catalogue.add(CatalogueEntry(None, "Văn bản A"), ACTOR)
    b = catalogue.add(CatalogueEntry(None, "Văn bản B"), ACTOR)
    fa = catalogue.add_file(a.id, scan, ACTOR)
    assert catalogue.add_file(a.id, scan, ACTOR) == fa  # same entry: the file it has
    fb = catalogue.add_file(b.id, scan, ACTOR)
    assert fb.id != fa.id and fb.stored_path == fa.stored_path
    assert len(stored_files(app)) == 1
    catalogue.remove_file(fa.id, ACTOR)  # B still holds the bytes
    assert catalogue.open_file(fb).is_file()
    catalogue.remove_file(fb.id, ACTOR)
    assert stored_files(app) == []
    assert _audit(app, b.id)[-1].changes["file"] == ["scan.pdf", None]


def test_a_changed_or_missing_stored_file_is_refused_on_open(app, catalogue, tmp_path) -> None:
    entry = catalogue.add(CatalogueEntry(None, "Ảnh"), ACTOR, [png(tmp_path / "a.png")])
    file = entry.files[0]
    path = app.paths.catalogue / file.stored_path
    path.write_bytes(path.read_bytes() + b"x")
    with pytest.raises(EnvironmentProblem, match="SHA-256 không khớp"):
        catalogue.open_file(file)
    catalogue.add_file(entry.id, tmp_path / "a.png", ACTOR)  # the good copy added again repairs it
    assert catalogue.open_file(file) == path
    path.unlink()
    with pytest.raises(EnvironmentProblem, match="Không tìm thấy tệp a.png"):
        catalogue.open_file(file)


def test_damaged_renamed_missing_files_leave_nothing(app, catalogue, tmp_path) -> None:
    good = text_pdf(tmp_path / "good.pdf", ["Nội dung"])
    damaged = tmp_path / "hong.pdf"
    damaged.write_bytes(good.read_bytes()[:200])
    renamed = png(tmp_path / "x.png").rename(tmp_path / "anh.pdf")
    exe = tmp_path / "setup.exe"
    exe.write_bytes(b"MZ")
    cases = {damaged: "hong.pdf bị hỏng", renamed: "không đúng định dạng .pdf", exe: "chỉ thêm được tệp PDF",
             tmp_path / "khong_co.pdf": "không tìm thấy tệp"}
    for bad, message in cases.items():
        with pytest.raises(ValidationError) as caught:
            catalogue.add(CatalogueEntry(None, "Văn bản"), ACTOR, [good, bad])
        assert message in caught.value.errors["files"]
    assert catalogue.count() == 0 and stored_files(app) == []
    entry = catalogue.add(CatalogueEntry(None, "Văn bản"), ACTOR)
    with pytest.raises(ValidationError):
        catalogue.add_file(entry.id, damaged, ACTOR)
    with pytest.raises(NotFound):
        catalogue.add_file(999, good, ACTOR)
    assert stored_files(app) == []


def test_ocr_text_replaces_what_search_knew(catalogue, tmp_path) -> None:
    entry = catalogue.add(CatalogueEntry(None, "Biên bản"), ACTOR, [image_pdf(tmp_path / "scan.pdf", 1)])
    assert catalogue.search("kiem dem") == []
    saved = catalogue.set_file_text(entry.files[0].id, "Biên bản kiểm đếm tài sản", "ocr")
    assert (saved.text_source, saved.text) == ("ocr", "Biên bản kiểm đếm tài sản")
    assert [e.id for e in catalogue.search("kiem dem")] == [entry.id]
    with pytest.raises(ValidationError):
        catalogue.set_file_text(entry.files[0].id, "x", "magic")


def _audit(app, entry_id: int):
    with app.uow_factory(read_only=True) as uow:
        return uow.audit.for_entity("catalogue", entry_id)


def test_a_file_with_a_redacted_copy_is_kept(app, catalogue, tmp_path) -> None:
    entry = catalogue.add(CatalogueEntry(None, "Hồ sơ"), ACTOR, [image_pdf(tmp_path / "scan.pdf", 1)])
    file = entry.files[0]
    with closing(sqlite3.connect(app.paths.database)) as db, db:  # as the redaction job will record a copy
        db.execute("INSERT INTO redacted_copies (file_id, sha256, stored_path, page_count, areas_json) "
                   "VALUES (?, 'x', 'r/x.pdf', 1, '[]')", (file.id,))
    with pytest.raises(ValidationError, match="bản che"):
        catalogue.remove_file(file.id, ACTOR)
    assert catalogue.open_file(file).is_file()


def test_a_200_page_pdf_is_read_whole_and_found_by_its_last_page(catalogue, tmp_path) -> None:
    pages = [f"Trang {n}: nội dung thường lệ" for n in range(1, 200)] + ["Trang 200: Biên bản nghiệm thu cầu Đá Bạc"]
    entry = catalogue.add(CatalogueEntry(None, "Hồ sơ công trình"), ACTOR, [text_pdf(tmp_path / "big.pdf", pages)])
    assert entry.files[0].page_count == 200
    assert [e.id for e in catalogue.search("nghiem thu cau da bac")] == [entry.id]


def test_a_copy_left_by_a_killed_add_is_swept_by_the_next(app, catalogue, tmp_path) -> None:
    # A power cut or kill -9 while a big scan was copied leaves its temporary copy: nothing else removes it.
    root = app.paths.catalogue
    root.mkdir(parents=True, exist_ok=True)
    stale, fresh = root / ".incoming-chet.part", root / ".incoming-dang-chep.part"
    # a redaction killed mid-way (RedactionService's placeholder and digitise.redact's own temporary file)
    stale_copies = [root / ".redacting-chet.pdf", root / "..redacting-chet.pdf.x1y2.part"]
    for path in (stale, *stale_copies):
        path.write_bytes(b"%PDF-1.7 " * 1000)
    fresh.write_bytes(b"%PDF-1.7 ")  # another add copying right now: left alone
    day_ago = time.time() - 24 * 3600
    for path in (stale, *stale_copies):
        os.utime(path, (day_ago, day_ago))
    catalogue.add(CatalogueEntry(None, "Văn bản"), ACTOR, [png(tmp_path / "a.png")])
    assert not stale.exists() and fresh.exists()
    assert not any(path.exists() for path in stale_copies)


def test_a_folder_given_as_a_file_is_named_as_a_folder(catalogue, tmp_path) -> None:
    folder = tmp_path / "scan.pdf"
    folder.mkdir()
    with pytest.raises(ValidationError) as caught:
        catalogue.add(CatalogueEntry(None, "Văn bản"), ACTOR, [folder])
    assert caught.value.errors["files"] == "scan.pdf: đây là thư mục, không phải tệp."
    assert catalogue.count() == 0


def test_the_same_bytes_twice_in_one_add_are_kept_once(app, catalogue, tmp_path) -> None:
    # `catalogue add --file a.pdf --file ./a.pdf` (or a copy under another name) ended in an IntegrityError.
    pdf = text_pdf(tmp_path / "a.pdf", ["Nội dung"])
    copy = tmp_path / "ban-sao.pdf"
    copy.write_bytes(pdf.read_bytes())
    entry = catalogue.add(CatalogueEntry(None, "Văn bản"), ACTOR, [pdf, tmp_path / "." / "a.pdf", copy])
    assert [f.filename for f in entry.files] == ["a.pdf"]
    assert len(stored_files(app)) == 1
