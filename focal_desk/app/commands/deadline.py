"""`focal-desk deadline`: when a request valid on a day would be due, and why."""

from __future__ import annotations

import argparse

from ...domain.enums import Channel, Complexity
from ..argtypes import EXIT_OK, preview_day
from ..serialize import deadlines_json
from ..show import deadline_lines
from .common import add_json_flag, opened, print_json, print_lines


def run(args: argparse.Namespace) -> int:
    from ...services.deadline_preview import preview_deadlines

    with opened(args) as app:
        d = preview_deadlines(
            app.calendar, app.rulebook, Channel(args.channel), Complexity(args.complexity), args.valid_on
        )
    if args.json:
        print_json(deadlines_json(d))
    else:
        print_lines(deadline_lines(d))
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser("deadline", help="tính thời hạn và giải thích")
    d.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    d.add_argument("--complexity", required=True, choices=[c.value for c in Complexity])
    d.add_argument("--valid-on", required=True, type=preview_day, metavar="YYYY-MM-DD",
                   help="ngày yêu cầu hợp lệ (từ 01/07/2018 đến hết năm sau)")
    add_json_flag(d)
    d.set_defaults(handler=run)
