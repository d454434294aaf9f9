"""The province API v1 through a real uvicorn, on SQLite and PostgreSQL: enrollment, submitting packages
(idempotence, revisions, every refusal), announcements, status, the OpenAPI schema."""

from __future__ import annotations

import base64
import json
import socket
import threading
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from focal_desk.province.announcements import publish_calendar, publish_rules
from focal_desk.province.errors import Refused
from focal_desk.province.report import month_report
from focal_desk.sync import announcement as ann
from focal_desk.sync import package

CALENDAR = "/work/shared/data/official_calendar_notices.csv"


def _enroll(province, code, one_time, public):
    return province.client.post("/api/v1/enroll", json={"office_code": code, "enrollment_code": one_time,
                                                        "public_key": public})


def test_enroll_good_then_idempotent(province):
    office, one_time = province.register()
    r = _enroll(province, office.code, one_time, office.public)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["office_code"] == office.code and body["office_name"] == office.name
    assert len(base64.b64decode(body["province_public_key"])) == 32
    again = _enroll(province, office.code, one_time, office.public)  # the answer was lost: same key, same answer
    assert again.status_code == 200 and again.json() == body


def test_enroll_refusals(province):
    office, one_time = province.register()
    wrong = _enroll(province, office.code, "AAAAA-BBBBB-CCCCC-DDDDD", office.public)
    assert wrong.status_code == 403 and wrong.json()["detail"]
    unknown = _enroll(province, "XA-KHONGCO", one_time, office.public)
    assert unknown.status_code == 404
    bad_key = _enroll(province, office.code, one_time, "not base64!")
    assert bad_key.status_code == 400
    for body in (b"not json", b'{"office_code": "XA"}', b"[]"):
        r = province.client.post("/api/v1/enroll", content=body, headers={"Content-Type": "application/json"})
        assert r.status_code == 400 and r.json()["detail"].startswith("Yêu cầu không đúng dạng")
    assert _enroll(province, office.code, one_time, office.public).status_code == 200
    other = package.public_key_text(Ed25519PrivateKey.generate().public_key())
    reused = _enroll(province, office.code, one_time, other)  # the used code with another key
    assert reused.status_code == 409 and "khóa khác" in reused.json()["detail"]


def test_enroll_reissued_code_replaces_the_key(province):
    office = province.enrolled()
    _, new_code = province.register(office.code, office.name)  # a replaced computer
    replacement = Ed25519PrivateKey.generate()
    r = _enroll(province, office.code, new_code, package.public_key_text(replacement.public_key()))
    assert r.status_code == 200
    assert province.submit(office.package()).status_code == 403  # the old key no longer counts


def test_submit_accepted_and_twice_counts_once(province):
    office = province.enrolled()
    body = office.package(received=12)
    first = province.submit(body)
    assert first.status_code == 200
    assert first.json() == {"status": "accepted", "office_code": office.code, "month": "2026-11", "revision": 1}
    second = province.submit(body)
    assert second.status_code == 200 and second.json()["status"] == "duplicate"
    report = month_report(province.db, "2026-11")
    assert (report["offices"], report["received"]) == (1, 12)


def test_concurrent_submits_of_one_package_count_once(province):
    office = province.enrolled()
    body = office.package(received=7)
    barrier = threading.Barrier(4)
    statuses: list[str] = []

    def send():
        barrier.wait()
        r = province.submit(body)
        statuses.append(r.json()["status"] if r.status_code == 200 else str(r.status_code))

    threads = [threading.Thread(target=send) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == ["accepted", "duplicate", "duplicate", "duplicate"]
    assert month_report(province.db, "2026-11")["received"] == 7


def test_higher_revision_replaces_and_report_sums_latest_only(province):
    a = province.enrolled("XA-A", "UBND xã A")
    b = province.enrolled("XA-B", "UBND xã B")
    assert province.submit(a.package(revision=1, received=10)).json()["status"] == "accepted"
    assert province.submit(b.package(revision=1, received=5)).json()["status"] == "accepted"
    assert province.submit(a.package(revision=2, received=13)).json()["status"] == "accepted"
    report = month_report(province.db, "2026-11")
    assert report["offices"] == 2 and report["received"] == 18
    assert all(o["received_at"].endswith("+00:00") for o in report["by_office"])
    assert report["indicators"]["resolved"] == 13 // 2 + 5 // 2
    assert {o["office_code"]: o["revision"] for o in report["by_office"]} == {"XA-A": 2, "XA-B": 1}


def test_stale_lower_revision_is_acknowledged_not_applied(province):
    office = province.enrolled()
    province.submit(office.package(revision=3, received=30))
    r = province.submit(office.package(revision=2, received=20))
    assert r.status_code == 200 and r.json()["status"] == "stale" and r.json()["revision"] == 2
    assert month_report(province.db, "2026-11")["received"] == 30


def test_same_revision_different_content_is_409(province):
    office = province.enrolled()
    province.submit(office.package(revision=1, received=10))
    r = province.submit(office.package(revision=1, received=11))
    assert r.status_code == 409 and r.json()["detail"]
    assert month_report(province.db, "2026-11")["received"] == 10


def test_tampered_package_is_403_and_changes_nothing(province):
    office = province.enrolled()
    signed = office.signed(received=10)
    signed["indicators"]["received"] = 1000
    r = province.submit(package.dumps(signed))
    assert r.status_code == 403 and "Chữ ký" in r.json()["detail"]
    assert month_report(province.db, "2026-11")["offices"] == 0
    assert province.submit(office.package(received=10)).json()["status"] == "accepted"


def test_wrong_key_is_403(province):
    office = province.enrolled()
    office.key = Ed25519PrivateKey.generate()  # signs with a key the province never saw
    r = province.submit(office.package())
    assert r.status_code == 403
    assert month_report(province.db, "2026-11")["offices"] == 0


def test_unknown_or_not_enrolled_office_is_404(province):
    stranger_office, _ = province.register("XA-CHUADANGKY", "UBND xã chưa đăng ký")  # registered, never enrolled
    assert province.submit(stranger_office.package()).status_code == 404
    never_registered = province.office("XA-KHONGCO", "UBND xã không có")
    r = province.submit(never_registered.package())
    assert r.status_code == 404 and r.json()["detail"]
    assert month_report(province.db, "2026-11")["offices"] == 0


def test_oversized_is_413_by_length_and_by_chunks(province):
    office = province.enrolled()
    big = b"{" + b" " * package.MAX_BYTES + b"}"
    r = province.submit(big)
    assert r.status_code == 413

    def chunks():  # no Content-Length: the server must stop reading past the limit
        for _ in range(package.MAX_BYTES // 4096 + 10):
            yield b" " * 4096

    r = province.client.post("/api/v1/packages", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert province.submit(office.package()).json()["status"] == "accepted"


@pytest.mark.parametrize("body", [b"", b"not json", b"\xff\xfe", b"[]", b'{"schema": "focal_desk.summary/1"}'])
def test_malformed_is_400(province, body):
    r = province.submit(body)
    assert r.status_code == 400, r.text
    assert isinstance(r.json()["detail"], str) and r.json()["detail"]


def test_connection_cut_mid_upload_stores_nothing(province):
    office = province.enrolled()
    body = office.package(received=9)
    host, port = province.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as s:
        s.sendall(b"POST /api/v1/packages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body[: len(body) // 2])
    # had anything been stored, the whole package would now be a "duplicate"
    assert province.submit(body).json()["status"] == "accepted"
    assert month_report(province.db, "2026-11")["received"] == 9


def test_announcements_are_signed_by_the_province(province, tmp_path):
    office, one_time = province.register()
    province_key = package.public_key_from_text(
        _enroll(province, office.code, one_time, office.public).json()["province_public_key"])
    published = publish_calendar(province.db, Path(CALENDAR))
    got = province.client.get("/api/v1/announcements").json()["announcements"]
    assert [a["id"] for a in got] == [a["id"] for a in published] and len(got) == 3
    for a in got:
        assert a["schema"] == "focal_desk.announcement/1" and a["kind"] == "calendar"
        assert all(n["date"].startswith(str(a["year"])) for n in a["content"]["notices"])
        signature = base64.b64decode(a["signature"]["value"])
        province_key.verify(signature, package.canonical(a))  # raises if not signed by the province
        assert a["signature"]["key_id"] == package.key_id(province_key)
    assert all(n["source"] != "same" for a in got for n in a["content"]["notices"])
    after = province.client.get("/api/v1/announcements", params={"after": got[0]["id"]}).json()
    assert [a["id"] for a in after["announcements"]] == [a["id"] for a in got[1:]]
    tampered = json.loads(json.dumps(got[0]))
    tampered["content"]["notices"][0]["kind"] = "work"
    with pytest.raises(InvalidSignature):
        province_key.verify(base64.b64decode(tampered["signature"]["value"]), package.canonical(tampered))


def test_status_and_openapi(province):
    assert province.client.get("/api/v1/status").json()["ok"] is True
    missing = province.client.get("/api/v1/khong-co")
    assert missing.status_code == 404 and missing.json()["detail"].startswith("Không có")
    assert province.client.get("/api/v1/packages").status_code == 405
    schema = province.client.get("/openapi.json").json()
    assert {"/api/v1/enroll", "/api/v1/packages", "/api/v1/announcements", "/api/v1/status"} <= set(schema["paths"])


def test_announcements_after_the_largest_id_is_empty_and_beyond_it_a_400(province):
    # Found by the schema fuzz: ?after=2**62 passed validation and overflowed PostgreSQL's INTEGER (a 500).
    largest = province.client.get("/api/v1/announcements", params={"after": 2**31 - 1})
    assert largest.status_code == 200 and largest.json() == {"announcements": []}
    beyond = province.client.get("/api/v1/announcements", params={"after": 2**62})
    assert beyond.status_code == 400 and "after" in beyond.json()["detail"]


def test_json_nested_past_python_s_limit_is_a_400_not_a_500(province, tmp_path):
    """"[[[[…" within the size limit made json.loads raise RecursionError: a 500 on the API (which the fuzz
    forbids), a crash of `province import` and `publish-rules`."""
    deep = b"[" * 120_000 + b"]" * 120_000
    assert len(deep) <= package.MAX_BYTES
    r = province.submit(deep)
    assert r.status_code == 400 and "JSON" in r.json()["detail"]
    batch = json.dumps({"packages": ["x"]}).encode().replace(b'["x"]', b"[" * 120_000 + b"]" * 120_000)
    r = province.client.post("/api/v1/packages/batch", content=batch, headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and "JSON" in r.json()["detail"]
    path = tmp_path / "deep.json"
    path.write_bytes(deep)
    with pytest.raises(Refused, match="JSON"):
        publish_rules(province.db, path)
    with pytest.raises(package.PackageError, match="JSON"):
        ann.loads(deep)
