"""`focal-desk [gui]`: open the desktop app (also what runs with no command)."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from ..gui_entry import run_gui  # only this command pays for Qt

    return run_gui(args)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    g = sub.add_parser("gui", help="mở ứng dụng")
    g.add_argument("--lang", default="vi", choices=["vi", "en"], help="ngôn ngữ giao diện / UI language")
    g.add_argument("--exit-when-ready", action="store_true",
                   help="mở cửa sổ, nạp sổ theo dõi, in {\"ready_ms\", \"rows\"} rồi thoát")
    g.set_defaults(handler=run)
