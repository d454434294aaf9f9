"""Issue 6 item 6 end to end: the command line gets the same cleaning as the window."""

from __future__ import annotations

ADD = (
    "request", "add", "--address", "Thôn Đông, xã Đạo Trù, tỉnh Phú Thọ", "--channel", "postal",
    "--info", "Quyết định phê duyệt quy hoạch sử dụng đất xã", "--purpose", "Tìm hiểu quyền lợi",
)


def test_full_width_cccd_is_stored_ascii_and_found_by_search(cli):
    r = cli.json(*ADD, "--name", "Nguy\u200bễn Văn Đức", "--id-number", "００１２０３００４５６７",
                 "--received-on", "2026-02-10", "--json")
    shown = cli.json("request", "show", str(r["id"]), "--json")
    assert shown["requester"]["id_number"] == "001203004567"
    assert shown["requester"]["name"] == "Nguyễn Văn Đức"
    for typed in ("٠٠١٢٠٣٠٠٤٥٦٧", "001203004567", "nguyen van duc"):
        assert [x["id"] for x in cli.json("request", "list", "--search", typed, "--json")] == [r["id"]], typed


def test_old_dates_and_control_characters_are_one_line_naming_the_flag(cli):
    for day in ("0001-01-01", "1026-05-04", "1900-01-01"):
        p = cli.run(*ADD, "--name", "Nguyễn Văn Đức", "--id-number", "001203004567", "--received-on", day)
        assert p.returncode == 2 and p.stdout == ""
        assert len(p.stderr.strip().splitlines()) == 1
        assert "--received-on" in p.stderr and "01/07/2018" in p.stderr
    p = cli.run(*ADD, "--name", "Nguyễn\x1b[2J\x07 Văn Đức", "--id-number", "001203004567", "--received-on", "2026-02-10")
    assert p.returncode == 2 and len(p.stderr.strip().splitlines()) == 1
    assert "--name" in p.stderr and "\x1b" not in p.stderr and "\x07" not in p.stderr
    p = cli.run(*ADD, "--name", "\u200b", "--id-number", "001203004567", "--received-on", "2026-02-10")
    assert p.returncode == 2 and "--name" in p.stderr
    assert cli.json("request", "list", "--json") == []
