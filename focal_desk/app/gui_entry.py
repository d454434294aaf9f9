"""Start Qt. Only this module (and ui/) pays for importing PySide6."""

from __future__ import annotations


def run_gui(args) -> int:
    from .paths import resolve_paths
    from .wiring import open_app

    app_core = open_app(resolve_paths(args.data_dir))
    try:
        from ..ui.plain_window import run

        return run(app_core.requests, app_core.paths.database)
    finally:
        app_core.close()
