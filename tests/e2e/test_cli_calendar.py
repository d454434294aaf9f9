"""The calendar from the command line: list a year, add or remove a day, import an announcement (issue 6)."""

from __future__ import annotations

from e2e_cli import TODAY
from test_cli import ADD

DAY_OFF = ("--kind", "off", "--reason", "Nghỉ do bão số 3", "--source", "Công văn 15/UBND ngày 25/08/2026")


def test_calendar_verbs_list_days_and_report_the_deadlines_they_move(cli, tmp_path):
    r = cli.json(*ADD, "--complexity", "complex", "--valid-on", "2026-08-24", "--json")
    assert r["provide_due"] == "2026-09-17"

    added = cli.json("calendar", "add-day", "--date", "2026-08-26", *DAY_OFF, "--json")
    assert added["date"] == "2026-08-26" and added["examined"] == 1
    assert added["moved"] == [{"id": r["id"], "register_number": "1/2026", "old_due": "2026-09-17",
                               "new_due": "2026-09-18", "flagged": False}]

    year = cli.json("calendar", "list", "--year", "2026", "--json")
    days = {d["date"]: d for d in year["days"]}
    assert days["2026-08-26"] == {"date": "2026-08-26", "kind": "off", "working": False,
                                  "reason": "Nghỉ do bão số 3", "source": "Công văn 15/UBND ngày 25/08/2026",
                                  "layer": "local"}
    assert days["2026-08-22"]["kind"] == "work" and days["2026-09-02"]["reason"] == "Quốc khánh"
    assert "2026-08-25" not in days  # an ordinary working day is not listed

    removed = cli.run("calendar", "remove-day", "--date", "2026-08-26")
    assert removed.returncode == 0, removed.stderr
    assert "1/2026 (ID 1): 18/09/2026 → 17/09/2026" in removed.stdout
    assert "--date" in cli.fails("calendar", "remove-day", "--date", "2026-08-26")  # nothing left to remove

    announcement = tmp_path / "thong-bao.csv"
    announcement.write_text("date,kind,name_vi,source\n2026-08-27,off,Nghỉ do bão số 3,Công văn 16/UBND\n",
                            encoding="utf-8")
    imported = cli.json("calendar", "import", str(announcement), "--json")
    assert imported["imported"] == 1
    assert [(m["old_due"], m["new_due"]) for m in imported["moved"]] == [("2026-09-17", "2026-09-18")]
    assert cli.json("request", "show", str(r["id"]), "--json")["provide_due"] == "2026-09-18"

    before = cli.json("calendar", "list", "--year", "2026", "--json")
    listed = cli.run("calendar", "list", "--year", "2026")
    assert listed.returncode == 0, listed.stderr
    assert any(line.startswith("27/08/2026") and "Nghỉ do bão số 3 — Công văn 16/UBND" in line
               for line in listed.stdout.splitlines()), listed.stdout
    assert "02/09/2026  Thứ Tư   Nghỉ      Quốc khánh" in listed.stdout

    # refused in one line, exit 2, nothing written
    assert "FILE" in cli.fails("calendar", "import", str(tmp_path / "khong-co.csv"))
    far = tmp_path / "xa.csv"
    far.write_text("date,kind,name_vi,source\n9999-01-04,off,Nghỉ,Thông báo\n", encoding="utf-8")
    assert "FILE" in cli.fails("calendar", "import", str(far))
    bad = tmp_path / "hong.csv"
    bad.write_text("date,kind,name_vi,source\n2026-13-01\x1b[31m,off,Nghỉ,Thông báo\n", encoding="utf-8")
    line = cli.fails("calendar", "import", str(bad))
    assert line.count("Dòng 2") == 1 and "\x1b" not in line  # typed text is shown, its escapes never obeyed
    line = cli.fails("calendar", "add-day", "--date", "2026-08-25", "--kind", "work", "--reason", "Làm bù",
                     "--source", "Công văn 17/UBND")
    assert "--date" in line and "ngày làm việc" in line
    assert cli.json("calendar", "list", "--year", "2026", "--json") == before
    assert max(cli.base_years()) <= TODAY.year + 2  # the 9999 row did not make a calendar up to 10000
