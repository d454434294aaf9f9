"""The backup store for commands that must work when the register itself cannot be opened (restore)."""

from __future__ import annotations

from collections.abc import Callable

from ..domain.clock import SystemClock
from ..services.safety import SafetyService
from ..storage.safety import SqliteRegisterSafety
from ..storage.write_guard import WriteGuard
from .logs import close_logging, setup_logging, setup_stderr_logging
from .paths import resolve_paths


def safety_without_opening(args, *, create: bool = True) -> tuple[SafetyService, Callable[[], None]]:
    """``create=False`` (listing backups, checking): a data folder that does not exist is not made."""
    paths = resolve_paths(args.data_dir)
    writable = paths.writable() if create or paths.data_dir.exists() else False
    handler = setup_logging(paths.logs) if writable else setup_stderr_logging()
    store = SqliteRegisterSafety(paths.database, paths.backups, WriteGuard(), read_only_folder=not writable)
    return SafetyService(store, SystemClock()), lambda: close_logging(handler)
