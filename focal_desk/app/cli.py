"""focal-desk [--data-dir DIR] [--officer NAME] [--lang vi|en] COMMAND — the command line, for scripting and support.

The commands live in app/commands/ (one module each); this module parses, runs the chosen handler and
turns every failure into one line on stderr with an exit status:

  0  done (also when whoever reads our output closes the pipe early: the work was finished before printing)
  1  could not finish: an environment problem (disk, lock, damaged file) or a bug — the traceback is logged
  2  refused: a bad argument or value, an id that does not exist, an action the request's state does not
     allow; nothing was written
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from pathlib import Path

from ..domain.errors import (
    FocalDeskError,
    IllegalTransition,
    NotFound,
    RegisterNotEmpty,
    RegisterProblem,
    ValidationError,
)
from .argtypes import EXIT_ERROR, EXIT_OK, EXIT_USAGE, OneLineParser

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it

# service field -> command-line flag, so that a message names what the user typed; a parser may add its
# own (set_defaults(flags=…)) where a verb calls the same field differently
FLAG_OF = {
    "full_name": "--name",
    "id_number": "--id-number",
    "address": "--address",
    "phone": "--phone",
    "email": "--email",
    "channel": "--channel",
    "received_at": "--received-on",
    "info_requested": "--info",
    "purpose": "--purpose",
    "delivery_address": "--delivery",
    "delivery_email": "--delivery",
    "valid_on": "--valid-on",
    "complexity": "--complexity",
    "copies": "--copies",
    "nationality": "--nationality",
    "on_behalf_of_name": "--on-behalf-of",
    "members": "--member",
    "on": "--on",
    "reason": "--reason",
    "source": "--source",
    "officer": "--officer",
    "earlier_provisions_note": "--earlier-provisions",
}


def build_parser() -> argparse.ArgumentParser:
    from .commands import add_all
    from .commands.gui import add_lang

    p = OneLineParser(prog="focal-desk", description="Sổ theo dõi cung cấp thông tin theo yêu cầu. "
                      "--data-dir, --officer và --lang đặt trước hoặc sau tên lệnh đều được.")
    add_common_options(p)
    add_lang(p)  # no command opens the app: `focal-desk --lang en` as well as `focal-desk gui --lang en`
    sub = p.add_subparsers(dest="command", parser_class=OneLineParser, metavar="COMMAND")
    add_all(sub)
    for leaf in leaf_parsers(p):  # ... after the command too; there SUPPRESS keeps a value given before it
        add_common_options(leaf, default=argparse.SUPPRESS)
    return p


def add_common_options(p: argparse.ArgumentParser, default: object = None) -> None:
    p.add_argument("--data-dir", metavar="THƯ_MỤC", default=default,
                   help="thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng; biến FOCAL_DESK_DATA_DIR)")
    p.add_argument("--officer", metavar="HỌ_TÊN", default=default,
                   help="tên cán bộ ghi vào nhật ký thao tác cho lần chạy này (biến FOCAL_DESK_OFFICER; "
                        "mặc định: cán bộ đặt lần cuối trong ứng dụng)")


def leaf_parsers(p: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """The parsers that run a command (`gui`, `request add`, `calendar list`, …), below ``p``."""
    subs = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [p]
    children = dict.fromkeys(c for a in subs for c in a.choices.values())  # an alias is the same parser
    return [leaf for c in children for leaf in leaf_parsers(c)]


def _field_message(exc: ValidationError, flags: dict[str, str]) -> str:
    known = {**FLAG_OF, **flags}
    parts = [
        m if f.startswith("line ") else f"{known.get(f.split('[')[0].split('.')[-1], f)}: {m}"  # "Dòng 3: …"
        for f, m in exc.errors.items()
    ]
    return "; ".join(parts)


def _run(args: argparse.Namespace) -> int:
    from .commands import gui

    handler = getattr(args, "handler", None) or gui.run  # no command: open the app
    try:
        return handler(args)
    except ValidationError as exc:
        _say(f"dữ liệu không hợp lệ — {_field_message(exc, getattr(args, 'flags', {}))}")
        return EXIT_USAGE
    except (IllegalTransition, NotFound, RegisterNotEmpty) as exc:  # the state refuses it: nothing written
        _say(str(exc))
        return EXIT_USAGE
    except RegisterProblem as exc:  # damaged, emptied, replaced, behind: say where the way back is
        _say(str(exc))
        _say(_restore_hint(args))
        return EXIT_ERROR
    except FocalDeskError as exc:
        _say(str(exc))
        return EXIT_ERROR


def _restore_hint(args: argparse.Namespace) -> str:
    """Where the way back is: the newest backup and the command that puts it in place."""
    try:
        from .safety_cli import safety_without_opening

        safety, close = safety_without_opening(args, create=False)
        try:
            newest = safety.backups()[:1]
        finally:
            close()
    except Exception:  # the hint must never hide the message itself
        newest = []
    if not newest:
        return "chưa tìm thấy bản sao lưu trong thư mục dữ liệu; khôi phục bằng: focal-desk restore TỆP"
    return f"bản sao lưu mới nhất: {newest[0].path} — khôi phục bằng: focal-desk restore \"{newest[0].path}\""


def main(argv: list[str] | None = None) -> int:
    args: argparse.Namespace | None = None
    try:
        try:
            args = build_parser().parse_args(argv)
            return _run(args)
        finally:
            if sys.stdout is not None:  # None in a windowed (frozen) app
                sys.stdout.flush()  # output still buffered meets a closed pipe here, not at interpreter exit
    except BrokenPipeError:
        _drop_broken_streams()
        return EXIT_OK
    except KeyboardInterrupt:
        _say("đã dừng theo yêu cầu (Ctrl+C)")
        return EXIT_INTERRUPTED
    except Exception as exc:
        return _unexpected(exc, args)


def _say(message: str) -> None:
    from .show import safe  # a message may quote what was typed: its control characters are shown, not obeyed

    first, *_ = message.splitlines() or [""]
    print(f"focal-desk: {safe(first)}", file=sys.stderr)


def _drop_broken_streams() -> None:
    """The reader went away (`… | head`): what is still buffered goes to the null device, so that Python
    does not complain about it at exit."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            stream.flush()
        except (OSError, ValueError):
            with contextlib.suppress(OSError, ValueError):
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, stream.fileno())
                os.close(null)


def _unexpected(exc: BaseException, args: argparse.Namespace | None) -> int:
    """A bug: one line saying so and where the details are; the traceback goes to the log."""
    first = (str(exc).splitlines() or [""])[0][:200]
    what = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
    log_file = _log_traceback(exc, args)
    where = f"chi tiết ghi trong nhật ký {log_file}" if log_file else "không ghi được nhật ký"
    _say(f"đã xảy ra lỗi không mong đợi ({what}); {where}")
    return EXIT_ERROR


def _log_traceback(exc: BaseException, args: argparse.Namespace | None) -> Path | None:
    """The data folder's log; when that cannot be written (a read-only folder), a file in the temp folder."""
    import logging
    import tempfile

    from .logs import close_logging, setup_logging
    from .paths import resolve_paths

    command = " ".join(x for x in (getattr(args, "command", None), getattr(args, "request_command", None),
                                   getattr(args, "calendar_command", None)) if x) or "?"
    try:
        logs = resolve_paths(getattr(args, "data_dir", None)).logs
        logs.mkdir(parents=True, exist_ok=True)
        handler = setup_logging(logs)
    except Exception:
        fallback = Path(tempfile.gettempdir()) / "focal_desk-error.log"
        try:
            with fallback.open("a", encoding="utf-8") as f:
                f.write(f"--- unexpected error in '{command}'\n")
                traceback.print_exception(exc, file=f)
        except OSError:
            return None
        return fallback
    try:
        logging.getLogger("focal_desk.app").error("unexpected error in '%s'", command, exc_info=exc)
    finally:
        close_logging(handler)
    return logs / "focal_desk.log"


if __name__ == "__main__":
    raise SystemExit(main())
