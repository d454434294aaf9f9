"""Start Qt. Only this module (and ui/) pays for importing PySide6."""

from __future__ import annotations


def run_gui(args) -> int:
    from . import STARTED
    from .paths import resolve_paths
    from .wiring import open_app

    core = open_app(resolve_paths(args.data_dir), officer=getattr(args, "officer", None),
                    check_file=False)  # the file is checked in a job once the window shows
    try:
        from ..ui.app import run_gui as run_qt

        return run_qt(core.desk(), lang=getattr(args, "lang", "vi"),
                      exit_when_ready=getattr(args, "exit_when_ready", False), started=STARTED)
    finally:
        core.close()
