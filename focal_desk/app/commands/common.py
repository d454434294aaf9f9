"""What the command handlers share: opening the app on the data dir, and printing."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ...domain.errors import ValidationError
from ...domain.request import Request
from ..serialize import request_json
from ..show import request_lines

if TYPE_CHECKING:
    from ..wiring import Container


@contextmanager
def opened(args: argparse.Namespace, *, reading: bool = False) -> Iterator[Container]:
    """Migrate-then-wire on the data dir; closed (engine, log handler) whatever happens. ``reading``: the
    command only reads, so a folder without a register is refused (NoRegister), never created."""
    from ..paths import resolve_paths
    from ..wiring import open_app  # the storage layer is imported only by commands that need it

    app = open_app(resolve_paths(args.data_dir), officer=getattr(args, "officer", None), create=not reading)
    try:
        yield app
    finally:
        app.close()


ID_HELP = ("ID của yêu cầu, không phải số vào sổ: request show in nó sau số vào sổ \"(ID 7)\", "
           "request list --json ở trường id")


def refuse_special_file(out: Path, field: str) -> None:
    """A device or a pipe as the output: renaming over it would replace it (as root, /dev/null for every
    program). ValidationError naming ``field``."""
    if out.exists() and not (out.is_file() or out.is_dir()):
        raise ValidationError.single(field, f"{out} không phải tệp thường (thiết bị, đường ống …): hãy chọn tệp khác")


def refuse_inside_data_dir(out: Path, data_dir: Path, field: str) -> None:
    """An output inside the data folder could replace the register itself (focal_desk.sqlite3), its backups
    or the stored files. ValidationError naming ``field``."""
    target, root = out.expanduser().resolve(), data_dir.expanduser().resolve()
    if target == root or root in target.parents:
        raise ValidationError.single(
            field, f"không ghi vào thư mục dữ liệu {root} (sổ theo dõi và các tệp của nó): hãy chọn nơi khác"
        )


def print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def print_lines(lines: list[str]) -> None:
    # Line by line, as print() does: a reader that went away (`| head`) shows as BrokenPipeError at the next
    # buffer flush, whereas one large write can end short without an error and the rest is silently lost.
    for line in lines:
        sys.stdout.write(f"{line}\n")


def print_request(args: argparse.Namespace, r: Request) -> None:
    """`request show` and every request verb print the request the same way."""
    if args.json:
        print_json(request_json(r))
    else:
        print_lines(request_lines(r))


def add_json_flag(p: argparse.ArgumentParser, what: str = "in dạng JSON") -> None:
    p.add_argument("--json", action="store_true", help=what)
