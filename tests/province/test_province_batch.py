"""POST /api/v1/packages/batch through a real uvicorn, on SQLite and PostgreSQL: each package of a batch is
checked and answered on its own with the same idempotence as one sent alone; a refused one refuses only
itself; a batch too big or not a batch is refused whole and changes nothing."""

from __future__ import annotations

import json

from sqlalchemy import text

from focal_desk.domain.sync import ProvinceRefused
from focal_desk.province.ingest import MAX_BATCH
from focal_desk.province.report import month_report
from focal_desk.sync import package
from focal_desk.sync.client import HttpProvince


def post(province, packages: list) -> list[dict]:
    """The packages (signed objects) sent as the files an office queues: their texts."""
    texts = [p if isinstance(p, str) else package.dumps(p).decode("utf-8") for p in packages]
    r = province.client.post("/api/v1/packages/batch", json={"packages": texts})
    assert r.status_code == 200, r.text
    return r.json()["results"]


def test_a_batch_is_answered_package_by_package_and_counted_once(province):
    a, b = province.enrolled("XA-A", "UBND xã A"), province.enrolled("XA-B", "UBND xã B")
    stranger = province.office("XA-LA", "UBND xã Lạ")
    tampered = b.signed("2026-10", received=4)
    tampered["indicators"]["received"] = 40
    results = post(
        province,
        [
            a.signed("2026-10", received=3),
            a.signed("2026-11", received=5),
            b.signed("2026-11", received=7),
            a.signed("2026-11", received=5),  # the same again in the same batch
            tampered,
            stranger.signed(),
            '{"schema": "khác"}',
            "không phải JSON",
        ],
    )
    assert [r["status"] for r in results] == [
        "accepted",
        "accepted",
        "accepted",
        "duplicate",
        "refused",
        "refused",
        "refused",
        "refused",
    ]
    assert [r.get("code") for r in results[4:]] == [403, 404, 400, 400]
    assert "Chữ ký" in results[4]["detail"] and "XA-LA" in results[5]["detail"]
    assert month_report(province.db, "2026-11")["received"] == 12
    assert month_report(province.db, "2026-10")["received"] == 3

    # Sent again (the answer was lost), with a late revision and an older one: one accepted, the rest known.
    again = post(
        province,
        [
            a.signed("2026-11", received=5),
            a.signed("2026-11", revision=2, received=6),
            a.signed("2026-10", received=3),
        ],
    )
    assert [r["status"] for r in again] == ["duplicate", "accepted", "duplicate"]
    older = post(
        province, [a.signed("2026-09", revision=3, received=2), a.signed("2026-09", revision=2, received=1)]
    )
    assert [r["status"] for r in older] == [
        "accepted",
        "stale",
    ]  # a lower revision never replaces a higher one
    conflict = post(province, [a.signed("2026-11", revision=2, received=99)])[0]
    assert conflict["status"] == "refused" and conflict["code"] == 409
    assert month_report(province.db, "2026-11")["received"] == 13
    # the single endpoint agrees with what the batch stored
    assert province.submit(a.package("2026-11", revision=2, received=6)).json()["status"] == "duplicate"
    with province.db.transaction() as session:  # each package kept as the office's file, byte for byte
        stored = session.execute(text("SELECT body FROM packages WHERE revision = 2")).scalar_one()
    assert stored == a.package("2026-11", revision=2, received=6).decode("utf-8")


def test_a_batch_that_is_not_one_is_refused_whole(province):
    a = province.enrolled()
    too_many = {"packages": [a.package().decode("utf-8")] * (MAX_BATCH + 1)}
    for body, status in (
        (b"not json", 400),
        (b"[]", 400),
        (b'{"packages": []}', 400),
        (b'{"packages": [{}]}', 200),
        (b'{"packages": [], "more": 1}', 400),
        (json.dumps(too_many).encode(), 413),
        (b"\xff\xfe", 400),
    ):
        r = province.client.post(
            "/api/v1/packages/batch", content=body, headers={"Content-Type": "application/json"}
        )
        assert r.status_code == status, (body[:20], r.text)
        assert r.json().get("detail") or r.json()["results"][0]["code"] == 400
    assert month_report(province.db, "2026-11")["received"] == 0


def test_the_office_client_sends_its_queued_months_as_one_batch(province):
    a = province.enrolled()
    client = HttpProvince()
    months = [a.package(f"2026-{m:02d}", received=m) for m in (9, 10, 11)]
    assert client.submit_batch(province.url, months) == ["accepted"] * 3
    tampered = a.package("2026-12", received=1).replace(b'"received": 1', b'"received": 2')
    answers = client.submit_batch(province.url, [months[0], tampered])
    assert answers[0] == "duplicate"
    assert (
        isinstance(answers[1], ProvinceRefused) and answers[1].status == 403 and "Chữ ký" in answers[1].reason
    )
    assert month_report(province.db, "2026-11")["received"] == 11
