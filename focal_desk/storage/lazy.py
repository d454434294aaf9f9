"""The SQLAlchemy engine, made on the first unit of work: start-up reads go through quick_read first,
so the window can open before SQLAlchemy is imported."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from .manifest import manifest_path
from .write_guard import WriteGuard


class LazyDatabase:
    def __init__(self, db_path: Path, *, read_only_folder: bool = False, guard: WriteGuard | None = None):
        self._db_path = db_path
        self.read_only_folder = read_only_folder
        self.guard = guard or WriteGuard()
        self._lock = threading.Lock()
        self._engine: Any = None
        self._factories: tuple[Any, Any] | None = None

    def _session_factories(self) -> tuple[Any, Any]:
        if self._factories is None:
            with self._lock:  # jobs on two threads may ask first at the same moment
                if self._factories is None:
                    from .engine import make_engine, make_session_factory

                    self._engine = make_engine(self._db_path, read_only=self.read_only_folder, guard=self.guard)
                    self._factories = (
                        make_session_factory(self._engine, write=True),
                        make_session_factory(self._engine, write=False),
                    )
        return self._factories

    def session_factory(self) -> Any:
        return self._session_factories()[0]

    def unit_of_work(self, read_only: bool = False) -> Any:
        """``read_only`` for queries: they never wait for a writer. Everything else takes the write lock."""
        from .unit_of_work import SqlUnitOfWork

        write, read = self._session_factories()
        return SqlUnitOfWork(
            read if read_only else write,
            guard=self.guard,
            manifest=manifest_path(self._db_path),
            read_only=read_only,
        )

    @property
    def engine(self) -> Any:
        self._session_factories()
        return self._engine

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
