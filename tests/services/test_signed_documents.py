"""Issuing a digitally signed reply to an electronic request (ND13 Đ10.2), wired as the app wires it: the real
FormRenderer, the real pyHanko signer, a self-signed certificate made by the test."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from focal_desk.documents.renderer import FormRenderer
from focal_desk.documents.signing import verify
from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.documents import FormCode
from focal_desk.domain.enums import Channel, Complexity, IdType, RequesterKind
from focal_desk.domain.errors import DocumentTampered, SignatureBroken, ValidationError
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.domain.signature import SignatureStatus, SigningCredentials

OFFICE = AgencyProfile(
    id=None,
    name="Ủy ban nhân dân xã Đạo Trù",
    parent_body="Ủy ban nhân dân tỉnh Phú Thọ",
    place_name="Đạo Trù",
    symbol="UBND",
    signer_name="Nguyễn Văn Hùng",
    signer_title="Chủ tịch",
    authority="TM.",
)
RESOLUTION = {  # what the officer fills in for Mẫu 03
    "provide_place": "Bộ phận một cửa, Ủy ban nhân dân xã Đạo Trù",
    "payment_method": "Chuyển khoản",
    "payment_due": "2026-03-12",
    "tax_authority": "Thuế cơ sở 3 tỉnh Phú Thọ",
    "treasury": "Kho bạc Nhà nước khu vực IX",
}


@pytest.fixture(scope="module")
def renderer() -> FormRenderer:
    return FormRenderer()


@pytest.fixture
def docs(app, renderer):
    app.desk().agency.save(OFFICE)
    return app.documents(renderer)  # the real signer, as the app wires it


@pytest.fixture
def cert(make_certificate):
    return make_certificate()


def register(app, channel: Channel = Channel.ELECTRONIC) -> int:
    received = app.clock.now()
    return app.requests.register(
        RequestDraft(
            requester=Requester(
                RequesterKind.CITIZEN,
                "Trần Thị Bình",
                IdType.CCCD,
                "001203004567",
                "Thôn Đồng Bùa",
                email="binh.tran@example.vn",
            ),
            channel=channel,
            received_at=received,
            info_requested="Quyết định số 45/QĐ-UBND về giao đất nông nghiệp thôn Đồng Bùa",
            purpose="Kiểm tra diện tích đất được giao",
            valid_on=received.date(),
            complexity=Complexity.SIMPLE,
        )
    ).id


def numbers(app) -> list[str | None]:
    with closing(sqlite3.connect(app.paths.database)) as c:
        return [row[0] for row in c.execute("SELECT number_text FROM issued_documents ORDER BY id")]


def files(app) -> list[Path]:
    root = app.paths.documents
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_a_signed_reply_is_filed_with_the_hash_of_the_signed_bytes(app, docs, cert):
    request_id = register(app)
    doc = docs.issue(
        request_id, FormCode.RESOLUTION, RESOLUTION, sign_with=SigningCredentials(cert.path, cert.password)
    )

    data = (app.paths.documents / doc.path).read_bytes()
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    check = verify(data)
    assert check.status is SignatureStatus.VALID_UNTRUSTED and check.signer == "Nguyễn Văn Hùng"
    assert docs.open(doc.id) == app.paths.documents / doc.path
    assert docs.signature(doc.id) == check
    assert numbers(app) == ["01/PGQ-UBND"]

    with closing(sqlite3.connect(app.paths.database)) as c:
        changes = c.execute("SELECT changes FROM audit_events WHERE action = 'issue_document'").fetchone()[0]
    assert "signed_by" in changes and "Nguy" in changes  # JSON may escape the name
    assert docs.issue(request_id, FormCode.RESOLUTION, RESOLUTION).id == doc.id  # the live one, not a second


def test_the_password_is_written_nowhere(app, docs, make_certificate):
    cert = make_certificate(password="bí-mật-chỉ-người-ký-biết")
    docs.set_certificate_path(cert.path)
    docs.issue(
        register(app), FormCode.RESOLUTION, RESOLUTION, sign_with=SigningCredentials(cert.path, cert.password)
    )
    with pytest.raises(ValidationError):
        docs.issue(
            register(app),
            FormCode.RESOLUTION,
            RESOLUTION,
            sign_with=SigningCredentials(cert.path, cert.password + "x"),
        )
    app.close()
    secrets = (
        cert.password.encode(),
        json.dumps(cert.password).strip('"').encode(),
    )  # as typed, as JSON writes it
    written = [p for p in app.paths.data_dir.rglob("*") if p.is_file()]
    assert written and not [p for p in written for secret in secrets if secret in p.read_bytes()]


def test_a_wrong_password_issues_nothing_and_takes_no_number(app, docs, cert):
    request_id = register(app)
    with pytest.raises(ValidationError) as wrong:
        docs.issue(
            request_id, FormCode.RESOLUTION, RESOLUTION, sign_with=SigningCredentials(cert.path, "sai")
        )
    assert list(wrong.value.errors) == ["password"]
    assert numbers(app) == [] and files(app) == [] and docs.for_request(request_id) == []
    with pytest.raises(ValidationError) as missing:
        docs.issue(
            request_id,
            FormCode.RESOLUTION,
            RESOLUTION,
            sign_with=SigningCredentials(cert.path.with_name("none.p12"), cert.password),
        )
    assert list(missing.value.errors) == ["certificate"]
    assert numbers(app) == [] and files(app) == []
    signed = docs.issue(
        request_id, FormCode.RESOLUTION, RESOLUTION, sign_with=SigningCredentials(cert.path, cert.password)
    )
    assert signed.number_text == "01/PGQ-UBND"  # the failed attempts took no number


def test_only_a_reply_to_an_electronic_request_is_signed(app, docs, cert):
    walk_in = register(app, Channel.IN_PERSON)
    with pytest.raises(ValidationError) as refused:
        docs.issue(
            walk_in, FormCode.RESOLUTION, RESOLUTION, sign_with=SigningCredentials(cert.path, cert.password)
        )
    assert list(refused.value.errors) == ["sign_with"]
    assert numbers(app) == [] and files(app) == []
    unsigned = docs.issue(walk_in, FormCode.RESOLUTION, RESOLUTION)
    assert docs.signature(unsigned.id).status is SignatureStatus.NOT_SIGNED


def test_a_broken_signature_is_refused_on_open_even_when_the_hash_was_rewritten(app, docs, cert):
    doc = docs.issue(
        register(app), FormCode.RESOLUTION, RESOLUTION, sign_with=SigningCredentials(cert.path, cert.password)
    )
    path = app.paths.documents / doc.path
    data = bytearray(path.read_bytes())
    at = data.index(b"stream", len(data) // 4) + 20
    data[at] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(DocumentTampered) as by_hash:
        docs.open(doc.id)
    assert not isinstance(by_hash.value, SignatureBroken)  # the hash check comes first

    forged = hashlib.sha256(bytes(data)).hexdigest()  # someone rewrote the register's hash too
    with closing(sqlite3.connect(app.paths.database)) as c, c:
        c.execute("UPDATE issued_documents SET sha256 = ? WHERE id = ?", (forged, doc.id))
    with pytest.raises(SignatureBroken) as broken:
        docs.open(doc.id)
    assert isinstance(broken.value, DocumentTampered) and "Chữ ký số" in str(broken.value)


def test_the_certificate_path_is_remembered_not_its_password(app, docs, cert):
    assert docs.certificate_path() is None
    docs.set_certificate_path(cert.path)
    assert docs.certificate_path() == cert.path
    with pytest.raises(ValidationError) as missing:
        docs.set_certificate_path(cert.path.with_name("none.p12"))
    assert list(missing.value.errors) == ["certificate"]
    assert docs.certificate_path() == cert.path
    docs.set_certificate_path(None)
    assert docs.certificate_path() is None


def test_an_expired_certificate_issues_nothing(app, docs, make_certificate):
    app.clock.set(datetime(2026, 3, 2, 9, 30, tzinfo=VN_TZ))
    expired = make_certificate(not_after=datetime(2026, 3, 1, tzinfo=VN_TZ), file_name="expired.p12")
    with pytest.raises(ValidationError) as refused:
        docs.issue(
            register(app),
            FormCode.RESOLUTION,
            RESOLUTION,
            sign_with=SigningCredentials(expired.path, expired.password),
        )
    assert "hết hạn" in refused.value.errors["certificate"]
    assert numbers(app) == [] and files(app) == []
