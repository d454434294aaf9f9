"""The SQLAlchemy engine, made on the first unit of work: start-up reads go through quick_read first,
so the window can open before SQLAlchemy is imported."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any


class LazyDatabase:
    def __init__(self, db_path: Path):
        self._db_path = db_path
        self._lock = threading.Lock()
        self._engine: Any = None
        self._session_factory: Any = None

    def session_factory(self) -> Any:
        if self._session_factory is None:
            with self._lock:  # jobs on two threads may ask first at the same moment
                if self._session_factory is None:
                    from .engine import make_engine, make_session_factory

                    self._engine = make_engine(self._db_path)
                    self._session_factory = make_session_factory(self._engine)
        return self._session_factory

    def unit_of_work(self) -> Any:
        from .unit_of_work import SqlUnitOfWork

        return SqlUnitOfWork(self.session_factory())

    @property
    def engine(self) -> Any:
        self.session_factory()
        return self._engine

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
