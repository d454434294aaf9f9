"""`focal-desk [gui]`: open the desktop app (also what runs with no command)."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from ..gui_entry import run_gui  # only this command pays for Qt

    return run_gui(args)


def add_lang(p: argparse.ArgumentParser, default: object = "vi") -> None:
    p.add_argument("--lang", default=default, choices=["vi", "en"],
                   help="ngôn ngữ của cửa sổ: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh)")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    g = sub.add_parser("gui", help="mở ứng dụng (cũng là việc chạy khi không có lệnh)")
    add_lang(g, default=argparse.SUPPRESS)  # also before the command: the top-level value then stands
    g.add_argument("--exit-when-ready", action="store_true",
                   help="mở cửa sổ, nạp sổ theo dõi, in {\"ready_ms\", \"rows\"} rồi thoát")
    g.set_defaults(handler=run)
