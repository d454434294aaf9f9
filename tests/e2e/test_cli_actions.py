"""Every workflow action from the command line, as the request file's buttons do it (issue 6)."""

from __future__ import annotations

from test_cli import ADD


def _id(cli, *extra: str) -> str:
    return str(cli.json(*ADD, *extra, "--json")["id"])


def test_a_request_from_intake_to_a_closed_correction(cli):
    rid = _id(cli)
    r = cli.json("request", "supplement", rid, "--note", "Ghi rõ số, ngày của quyết định", "--on", "2026-08-21",
                 "--json")
    assert (r["status"], r["supplement_note"]) == ("awaiting_supplement", "Ghi rõ số, ngày của quyết định")
    r = cli.json("request", "validate", rid, "--valid-on", "2026-08-24", "--complexity", "complex",
                 "--reason", "Cần tập hợp từ nhiều phòng", "--json")
    assert (r["status"], r["valid_on"], r["complexity"]) == ("valid", "2026-08-24", "complex")
    assert (r["notice_due"], r["provide_due"]) == ("2026-08-27", "2026-09-17")
    r = cli.json("request", "notice", rid, "--on", "2026-08-25", "--json")
    assert (r["notice_sent_on"], r["printed_due"]) == ("2026-08-25", "2026-09-17")
    r = cli.json("request", "extend", rid, "--reason", "Tài liệu lưu ở kho huyện", "--on", "2026-09-01", "--json")
    assert (r["status"], r["extended_due"], r["extension_reason"]) == ("extended", "2026-10-02",
                                                                      "Tài liệu lưu ở kho huyện")
    assert r["printed_due"] == "2026-10-02"  # the extension notice carries the new date
    assert r["extended_on"] == "2026-09-01"  # the day it was granted: the statistics count it then
    r = cli.json("request", "provide", rid, "--method", "Gửi bản sao qua bưu điện", "--partial",
                 "--detail", "Phụ lục 3 thuộc bí mật nhà nước", "--on", "2026-09-25", "--json")
    assert (r["status"], r["provision_method"], r["refusal_detail"], r["closed_on"]) == (
        "partially_provided", "Gửi bản sao qua bưu điện", "Phụ lục 3 thuộc bí mật nhà nước", "2026-09-25")
    r = cli.json("request", "correct", rid, "--kind", "agency_found", "--reason", "Sai số liệu trang 2",
                 "--on", "2026-09-28", "--json")
    assert r["status"] == "correcting"
    assert [(c["kind"], c["opened_on"], c["closed_on"]) for c in r["corrections"]] == [
        ("agency_found", "2026-09-28", None)]
    closed = cli.run("request", "close-correction", rid, "--result", "Đã gửi lại bản đúng", "--on", "2026-09-30")
    assert closed.returncode == 0, closed.stderr
    shown = cli.run("request", "show", rid)
    assert closed.stdout == shown.stdout  # a verb prints the request as `request show` does
    r = cli.json("request", "show", rid, "--json")
    assert r["status"] != "correcting"
    assert [(c["closed_on"], c["result"]) for c in r["corrections"]] == [("2026-09-30", "Đã gửi lại bản đúng")]

    # labelled Vietnamese lines with dd/mm/yyyy dates, then the explanation — no raw keys, no reprs
    text = shown.stdout
    for line in ("Số vào sổ: 1/2026 (ID 1)", "Người yêu cầu: Nguyễn Văn Đức", "Kênh tiếp nhận: Bưu chính",
                 "Thời điểm tiếp nhận: 20/08/2026 08:00", "Nội dung đề nghị bổ sung: Ghi rõ số, ngày của quyết định",
                 "Ngày hợp lệ: 24/08/2026", "Mức độ: Phức tạp, cần tập hợp — Cần tập hợp từ nhiều phòng",
                 "Hạn thông báo thời hạn (Mẫu 03): 27/08/2026", "Hạn cung cấp hoặc từ chối: 17/09/2026",
                 "Hạn sau gia hạn: 02/10/2026", "Đã gửi thông báo thời hạn: 25/08/2026",
                 "Lý do gia hạn: Tài liệu lưu ở kho huyện", "Hình thức đã cung cấp: Gửi bản sao qua bưu điện",
                 "Phần không cung cấp và lý do: Phụ lục 3 thuộc bí mật nhà nước",
                 "Đính chính 1: Cơ quan phát hiện thông tin sai, mở ngày 28/09/2026",
                 "    Hoàn tất ngày 30/09/2026: Đã gửi lại bản đúng", "Giải thích thời hạn:"):
        assert line in text.splitlines() or any(x.startswith(line) for x in text.splitlines()), line
    assert "register_number" not in text and "{'" not in text and "2026-08-24" not in text
    assert text.index("Giải thích thời hạn:") < text.index("15 ngày làm việc")


def test_refuse_transfer_withdraw_and_what_the_state_does_not_allow(cli):
    a = _id(cli, "--complexity", "simple", "--valid-on", "2026-08-20")
    b, c = _id(cli), _id(cli)
    # bad values: one line naming the flag, exit 2
    assert "--detail" in cli.fails("request", "refuse", a, "--ground", "a", "--detail", " ")
    assert "--detail" in cli.fails("request", "provide", a, "--method", "Bản sao", "--detail", "không --partial")
    assert "--ground" in cli.fails("request", "refuse", a, "--ground", "đ", "--detail", "Quá khả năng")
    line = cli.fails("request", "extend", a, "--reason", "Cần thêm thời gian")
    assert "Gia hạn" in line and "Đang giải quyết" in line  # a simple request has no extension

    refused = cli.json("request", "refuse", a, "--ground", "dd", "--detail", "Hồ sơ 4.000 trang", "--on",
                       "2026-08-21", "--json")
    assert (refused["status"], refused["refusal_ground"], refused["closed_on"]) == ("refused", "dd", "2026-08-21")
    assert cli.json("request", "show", a, "--json") == refused  # the same object as `request show --json`
    text = cli.run("request", "show", a).stdout
    assert "Căn cứ từ chối: điểm đ khoản 1 Điều 28 — Việc cung cấp thông tin vượt quá khả năng" in text
    assert "Lý do từ chối: Hồ sơ 4.000 trang" in text

    moved = cli.json("request", "transfer", b, "--to", "UBND huyện Lâm Thao", "--json")
    assert (moved["status"], moved["transferred_to"]) == ("transferred", "UBND huyện Lâm Thao")

    withdrawn = cli.json("request", "withdraw", c, "--reason", "Đã nhận được ở nơi khác", "--json")
    assert (withdrawn["status"], withdrawn["withdrawal_reason"]) == ("withdrawn", "Đã nhận được ở nơi khác")
    line = cli.fails("request", "provide", c, "--method", "Bản sao")
    assert "'Cung cấp thông tin'" in line and "'Đã rút yêu cầu'" in line  # the action and the state
    line = cli.fails("request", "validate", c, "--valid-on", "2026-08-21", "--complexity", "simple")
    assert "Xác nhận yêu cầu hợp lệ" in line and "Đã rút yêu cầu" in line
    assert cli.json("request", "show", c, "--json") == withdrawn  # nothing written
