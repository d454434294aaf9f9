"""The command line as a user scripts it: a subprocess on a temporary data dir."""

from __future__ import annotations

ADD = (
    "request", "add", "--name", "Nguyễn Văn Đức", "--id-number", "001203004567",
    "--address", "Thôn Đông, xã Đạo Trù, tỉnh Phú Thọ", "--channel", "postal", "--received-on", "2026-08-20",
    "--info", "Quyết định phê duyệt quy hoạch sử dụng đất xã", "--purpose", "Tìm hiểu quyền lợi",
)


def test_deadline_json_simple_across_tet(cli):
    out = cli.json("deadline", "--channel", "electronic", "--complexity", "simple", "--valid-on", "2026-02-13", "--json")
    assert out["rule_set"] == "luat-104-2016"
    assert (out["notice_due"], out["provide_due"], out["extended_due"]) == (None, "2026-02-25", None)
    assert any("17/02/2026 — Tết Nguyên đán Bính Ngọ" in line for line in out["explain"])


def test_deadline_json_complex_with_extension_ending_on_national_day(cli):
    out = cli.json("deadline", "--channel", "electronic", "--complexity", "complex", "--valid-on", "2026-07-28", "--json")
    assert (out["notice_due"], out["provide_due"], out["extended_due"]) == ("2026-07-31", "2026-08-18", "2026-09-03")


def test_deadline_text_output_explains(cli):
    p = cli.run("deadline", "--channel", "in_person", "--complexity", "simple", "--valid-on", "2026-03-10")
    assert p.returncode == 0, p.stderr
    assert "Cung cấp / từ chối: 10/03/2026" in p.stdout and "Điều 29" in p.stdout


def test_request_add_then_list_and_search_without_accents(cli):
    r = cli.json(*ADD, "--complexity", "simple", "--valid-on", "2026-08-20", "--json")
    assert r["register_number"] == "1/2026" and r["status"] == "valid"
    assert (r["received_on"], r["provide_due"]) == ("2026-08-20", "2026-08-26")  # Sat 22/08 is worked
    listed = cli.json("request", "list", "--search", "nguyen van duc", "--json")
    assert [x["id"] for x in listed] == [r["id"]]
    assert set(listed[0]) >= {"id", "register_number", "requester_name", "received_on", "status", "provide_due"}
    assert cli.json("request", "list", "--search", "tran thi", "--json") == []
    assert [x["id"] for x in cli.json("request", "list", "--month", "2026-08", "--json")] == [r["id"]]
    assert cli.json("request", "list", "--month", "2026-07", "--json") == []
    assert cli.json("request", "list", "--status", "provided", "--json") == []


def test_request_without_valid_date_has_no_deadline_yet(cli):
    r = cli.json(*ADD, "--json")
    assert r["status"] == "received" and r["provide_due"] is None


def test_bad_input_exits_non_zero_with_one_line_naming_the_field_and_writes_nothing(cli):
    bad = list(ADD)
    bad[bad.index("001203004567")] = "12345"
    p = cli.run(*bad, "--json")
    assert p.returncode != 0 and p.stdout == ""
    assert len(p.stderr.strip().splitlines()) == 1 and "--id-number" in p.stderr
    p = cli.run("deadline", "--channel", "email", "--complexity", "simple", "--valid-on", "2026-01-01")
    assert p.returncode == 2 and len(p.stderr.strip().splitlines()) == 1 and "--channel" in p.stderr
    p = cli.run("deadline", "--channel", "fax", "--complexity", "simple", "--valid-on", "2026-13-01")
    assert p.returncode == 2 and "--valid-on" in p.stderr
    future = list(ADD)
    future[future.index("2026-08-20")] = "2099-01-01"
    p = cli.run(*future)
    assert p.returncode != 0 and "--received-on" in p.stderr
    assert cli.json("request", "list", "--json") == []


def test_data_dir_from_environment(cli, tmp_path):
    env_dir = tmp_path / "from-env"
    p = cli.run(*ADD, env={"FOCAL_DESK_DATA_DIR": str(env_dir)}, with_data_dir=False)
    assert p.returncode == 0, p.stderr
    assert (env_dir / "focal_desk.sqlite3").is_file()


def test_check_reports_a_healthy_database(cli):
    cli.json(*ADD, "--json")
    p = cli.run("check")
    assert p.returncode == 0, p.stdout + p.stderr
    assert "[ok]" in p.stdout and "[error]" not in p.stdout


def test_demo_seeds_varied_requests(cli):
    p = cli.run("demo", "--requests", "400", "--seed", "7")
    assert p.returncode == 0, p.stderr
    rows = cli.json("request", "list", "--json")
    assert len(rows) == 400
    assert {r["channel"] for r in rows} == {"in_person", "electronic", "postal", "fax"}
    statuses = {r["status"] for r in rows}
    assert {"provided", "refused", "valid"} <= statuses and len(statuses) >= 6
    years = {r["received_on"][:4] for r in rows}
    assert len(years) >= 2
