"""Issue 7.13: commands that only read never create a register where --data-dir points (a typo must not look
like an empty, healthy register); `check` says there is none; `deadline` still previews from the shipped
calendar and rules."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("command", [
    ("request", "list"), ("request", "show", "1"), ("calendar", "list"), ("check",),
    ("stats", "--month", "2026-01"), ("catalogue", "list"),
])
def test_a_reading_command_on_a_folder_without_a_register_creates_nothing(cli, command) -> None:
    p = cli.run(*command)
    assert p.returncode == 1, p.stderr
    assert "Không có sổ theo dõi" in (p.stderr + p.stdout) and "Traceback" not in p.stderr
    assert not cli.data_dir.exists()


def test_listing_backups_and_previewing_a_deadline_create_nothing_either(cli) -> None:
    assert cli.run("backups").returncode == 0
    preview = cli.json("deadline", "--channel", "electronic", "--complexity", "simple", "--valid-on", "2026-02-13",
                       "--json")
    assert preview["provide_due"] == "2026-02-25"  # the shipped Tết announcement is used
    assert not cli.data_dir.exists()


def test_an_existing_register_is_read_as_before(cli) -> None:
    assert cli.run("request", "add", "--name", "Lê Thị Hoa", "--id-number", "001203004567", "--address", "Xã Đạo Trù",
                   "--channel", "postal", "--received-on", "2026-11-20", "--info", "Quy hoạch",
                   "--purpose", "Tìm hiểu").returncode == 0
    assert [r["register_number"] for r in cli.json("request", "list", "--json")] == ["1/2026"]
    assert cli.run("check").returncode == 0
