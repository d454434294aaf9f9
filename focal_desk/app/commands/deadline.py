"""`focal-desk deadline`: when a request valid on a day would be due, and why."""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ...domain.enums import Channel, Complexity
from ..argtypes import EXIT_OK, preview_day
from ..serialize import deadlines_json
from ..show import deadline_lines
from .common import add_json_flag, opened, print_json, print_lines

if TYPE_CHECKING:
    from ..wiring import Container


@contextmanager
def opened_or_shipped(args: argparse.Namespace) -> Iterator[Container]:
    """The office's register when there is one; else the calendar and rules shipped with the app, in a
    throw-away folder — a preview must not create a register wherever --data-dir points."""
    from ...domain.errors import NoRegister

    try:
        with opened(args, reading=True) as app:
            yield app
            return
    except NoRegister:
        pass
    from ..paths import Paths
    from ..wiring import open_app

    with tempfile.TemporaryDirectory(prefix="focal-desk-preview-") as tmp:
        app = open_app(Paths(Path(tmp)), check_file=False)
        try:
            yield app
        finally:
            app.close()


def run(args: argparse.Namespace) -> int:
    from ...services.deadline_preview import preview_deadlines

    with opened_or_shipped(args) as app:
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
    d.add_argument("--channel", required=True, choices=[c.value for c in Channel],
                   help="cách nhận yêu cầu: in_person, electronic, postal, fax")
    d.add_argument("--complexity", required=True, choices=[c.value for c in Complexity],
                   help="simple (đơn giản, có sẵn) hoặc complex (phức tạp, cần tập hợp)")
    d.add_argument("--valid-on", required=True, type=preview_day, metavar="YYYY-MM-DD",
                   help="ngày yêu cầu hợp lệ, YYYY-MM-DD (từ 2018-07-01 đến hết năm sau)")
    add_json_flag(d)
    d.set_defaults(handler=run)
