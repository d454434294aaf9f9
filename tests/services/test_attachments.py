"""Attachments: real files copied into the data dir, SHA-256 recorded and checked on open."""

from __future__ import annotations

import hashlib
import inspect
from datetime import datetime

import pytest

from focal_desk.domain.attachment import MAX_ATTACHMENT_BYTES
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, IdType, RequesterKind
from focal_desk.domain.errors import EnvironmentProblem, NotFound, ValidationError
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.services import ports
from focal_desk.storage.repositories import SqlAttachmentRepository

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def desk(app):
    return app.desk()


@pytest.fixture
def request_id(desk) -> int:
    requester = Requester(RequesterKind.CITIZEN, "Trần Thị Hoa", IdType.CCCD, "001203004567", "Xã Đạo Trù")
    draft = RequestDraft(requester, Channel.POSTAL, datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ),
                         "Quyết định giao đất", "Tìm hiểu")
    return desk.requests.register(draft).id


def write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_a_scan_is_copied_into_the_data_dir_with_its_sha256(desk, app, request_id, tmp_path):
    source = write(tmp_path / "Thư đề nghị.pdf", PDF)
    a = desk.attachments.add(request_id, source)
    stored = app.paths.attachments / a.stored_path
    assert stored.parent == app.paths.attachments / str(request_id)
    assert stored.read_bytes() == PDF and stored != source
    assert a.sha256 == hashlib.sha256(PDF).hexdigest() and a.size_bytes == len(PDF)
    assert a.filename == "Thư đề nghị.pdf" and a.id is not None
    assert desk.attachments.list(request_id) == [a]
    assert desk.attachments.path_of(a) == stored
    assert not [p for p in stored.parent.iterdir() if p.name.startswith(".incoming")]
    source.unlink()  # the original may go away: the copy stays
    assert desk.attachments.path_of(a).read_bytes() == PDF


def test_the_same_file_twice_is_kept_once_and_same_names_do_not_clash(desk, request_id, tmp_path):
    first = desk.attachments.add(request_id, write(tmp_path / "scan.pdf", PDF))
    again = desk.attachments.add(request_id, write(tmp_path / "copy of scan.pdf", PDF))
    assert again == first
    (tmp_path / "other").mkdir()
    different = desk.attachments.add(request_id, write(tmp_path / "other" / "scan.pdf", PDF + b"% page 2\n"))
    assert different.stored_path != first.stored_path
    assert [a.id for a in desk.attachments.list(request_id)] == [first.id, different.id]


def test_a_changed_or_missing_file_is_refused_on_open(desk, app, request_id, tmp_path):
    a = desk.attachments.add(request_id, write(tmp_path / "envelope.png", PNG))
    stored = app.paths.attachments / a.stored_path
    stored.write_bytes(PNG + b"tampered")
    with pytest.raises(EnvironmentProblem, match="SHA-256"):
        desk.attachments.path_of(a)
    stored.unlink()
    with pytest.raises(EnvironmentProblem):
        desk.attachments.path_of(a)


def test_other_types_renamed_files_and_big_files_are_refused(desk, request_id, tmp_path):
    for name, data in [("notes.docx", b"PK\x03\x04"), ("virus.pdf", b"MZ\x90\x00"), ("a.jpg", PDF)]:
        with pytest.raises(ValidationError) as info:
            desk.attachments.add(request_id, write(tmp_path / name, data))
        assert name in info.value.errors["attachments"]
    big = tmp_path / "big.tif"
    with big.open("wb") as f:
        f.write(b"II*\x00")
        f.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(ValidationError, match="50 MB"):
        desk.attachments.add(request_id, big)
    with pytest.raises(ValidationError):
        desk.attachments.check(tmp_path / "missing.pdf")
    assert desk.attachments.list(request_id) == []


def test_an_unknown_request_gets_nothing_copied(desk, app, tmp_path):
    with pytest.raises(NotFound):
        desk.attachments.add(999, write(tmp_path / "scan.pdf", PDF))
    assert not (app.paths.attachments / "999").exists()


def test_the_storage_repository_matches_its_port():
    for name in ("add", "for_request", "find_by_sha256"):
        want = inspect.signature(getattr(ports.AttachmentRepository, name)).parameters
        got = inspect.signature(getattr(SqlAttachmentRepository, name)).parameters
        assert [(p.name, p.kind) for p in got.values()] == [(p.name, p.kind) for p in want.values()]
