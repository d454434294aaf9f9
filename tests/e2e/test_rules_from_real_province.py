"""Issue 10.4, rule sets: the province publishes a signed deadline rule set (`focal-desk province
publish-rules`), its real server (uvicorn on a loopback port) serves it, the office fetches it on `sync fetch`,
checks the province's signature and the rule set, stores it and recomputes the open requests it governs now —
their deadlines move and the report lists them; the others stay. A tampered announcement is refused and applies
nothing; an older one brought again is ignored."""

from __future__ import annotations

import copy
import json
from importlib.resources import files

import pytest
from province_server import ProvinceServer

NEW_LAW = "luat-tctt-2026"


def _request(cli, received_on: str) -> dict:
    return cli.json(
        "request",
        "add",
        "--name",
        "Lê Văn Bình",
        "--id-number",
        "001203004561",
        "--address",
        "Thôn Tây",
        "--channel",
        "in_person",
        "--received-on",
        received_on,
        "--complexity",
        "complex",
        "--info",
        "Kế hoạch sử dụng đất",
        "--purpose",
        "Tìm hiểu",
        "--json",
    )


def rule_set(provide_days: int, valid_from: str = "2026-09-01") -> dict:
    shipped = json.loads(
        (files("focal_desk") / "data" / "rule_sets" / "luat-104-2016.json").read_text("utf-8")
    )
    new = copy.deepcopy(shipped)
    new.update(
        code=NEW_LAW,
        name="Luật Tiếp cận thông tin (sửa đổi)",
        valid_from=valid_from,
        source="Luật Tiếp cận thông tin sửa đổi 2026, Điều 29",
        caveats=[],
    )
    for r in new["rules"]:
        if (r["channel"], r["complexity"]) == ("in_person", "complex"):
            r["provide"] = {"amount": provide_days, "unit": "working_days", "article": "Điều 29 Luật sửa đổi"}
    return new


@pytest.fixture
def office(cli, province: ProvinceServer):
    added = json.loads(
        province.run("add-office", "--code", "XA-DAOTRU", "--name", "UBND xã Đạo Trù", "--json").stdout
    )
    province.start()
    cli.json(
        "sync",
        "enroll",
        "--server",
        province.url,
        "--office-code",
        "XA-DAOTRU",
        "--code",
        added["enrollment_code"],
        "--json",
    )
    return cli


def publish(province: ProvinceServer, tmp_path, body: dict, name: str) -> dict:
    f = tmp_path / name
    f.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    done = province.run("publish-rules", str(f), "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["announcements"][0]


def test_a_published_rule_set_reaches_the_office_and_moves_the_deadlines_it_governs(
    office, province, tmp_path
):
    cli = office
    before_law = _request(cli, "2026-08-20")  # valid before the new rule set: judged by the old law still
    after_law = _request(cli, "2026-11-25")
    assert after_law["rule_set"] == "luat-104-2016" and after_law["provide_due"] == "2026-12-09"
    publish(province, tmp_path, rule_set(7), "luat-moi.json")

    fetched = cli.run("sync", "fetch")
    assert fetched.returncode == 0, fetched.stderr
    assert f"đã áp dụng bộ quy tắc thời hạn {NEW_LAW}" in fetched.stdout
    moved = cli.json("request", "show", str(after_law["id"]), "--json")
    assert moved["rule_set"] == NEW_LAW and moved["provide_due"] == "2026-12-04"  # 7 working days
    # the change report lists the request that moved, and only that one
    assert "1 yêu cầu đổi thời hạn:" in fetched.stdout
    assert (
        f"  {after_law['register_number']} (ID {after_law['id']}): 09/12/2026 → 04/12/2026" in fetched.stdout
    )
    assert f"(ID {before_law['id']})" not in fetched.stdout
    kept = cli.json("request", "show", str(before_law["id"]), "--json")
    assert kept["rule_set"] == "luat-104-2016" and kept["provide_due"] == before_law["provide_due"]
    assert cli.run("sync", "fetch").stdout.strip() == "Không có thông báo mới của tỉnh"

    # A correction of the same rule set, published later, replaces it; the first one brought again on a
    # stick is older than what the office applied: ignored, the deadline stays where the correction put it.
    first = json.loads(province.run("publish-rules", str(tmp_path / "luat-moi.json"), "--json").stdout)
    publish(province, tmp_path, rule_set(12), "dinh-chinh.json")
    applied = cli.json("sync", "fetch", "--json")["applied"]
    assert [a["rule_set"] for a in applied] == [NEW_LAW, NEW_LAW]
    assert cli.json("request", "show", str(after_law["id"]), "--json")["provide_due"] == "2026-12-11"
    old = tmp_path / "cu.json"
    old.write_text(json.dumps(first["announcements"][0], ensure_ascii=False), encoding="utf-8")
    assert "đã được áp dụng" in cli.run("sync", "import-announcement", str(old)).stdout
    assert cli.json("request", "show", str(after_law["id"]), "--json")["provide_due"] == "2026-12-11"


def test_a_tampered_rule_set_is_refused_and_applies_nothing(office, province, tmp_path):
    cli = office
    request = _request(cli, "2026-11-25")
    signed = publish(province, tmp_path, rule_set(7), "luat-moi.json")
    forged = copy.deepcopy(signed)
    forged["content"]["rule_set"]["rules"][1]["provide"]["amount"] = 2  # shorter than the province said
    f = tmp_path / "gia.json"
    f.write_text(json.dumps(forged, ensure_ascii=False), encoding="utf-8")
    assert "Chữ ký" in cli.fails("sync", "import-announcement", str(f), code=1)
    assert cli.json("request", "show", str(request["id"]), "--json")["rule_set"] == "luat-104-2016"
    # the genuine one, fetched from the server, applies
    assert "đã áp dụng bộ quy tắc" in cli.run("sync", "fetch").stdout


@pytest.mark.parametrize(
    "change, said",
    [
        (lambda r: r["rules"].pop(), "thiếu quy tắc"),
        (lambda r: r.update(valid_from="1026-09-01"), "ngoài thời gian"),
        (lambda r: r["rules"][0]["provide"].update(amount=400, unit="working_days"), "từ 1 đến"),
        (lambda r: r.update(name="Luật\u200b mới"), "ký tự điều khiển"),
        (lambda r: r["corrections"].pop("forwarded"), "đính chính"),
    ],
)
def test_the_province_refuses_a_rule_set_that_is_not_one(province, tmp_path, change, said):
    body = rule_set(7)
    change(body)
    f = tmp_path / "sai.json"
    f.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    done = province.run("publish-rules", str(f))
    assert done.returncode == 2 and said in done.stderr and len(done.stderr.strip().splitlines()) == 1
