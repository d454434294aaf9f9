"""Slow work off the GUI thread: a job is a plain function; results come back on the GUI thread.

Lanes: "read" runs in parallel; "db-write" runs one job at a time (SQLite has one writer); "maintenance"
runs the slow whole-file work (the start-up check, backups) one at a time, beside the reads, so that the
register's pages never queue behind it. "digitise" runs OCR one file at a time, beside the reads.
A job function may take ``progress(done, total)`` and ``cancel() -> bool`` keyword arguments.
"""

from __future__ import annotations

import inspect
import itertools
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot


class _Signals(QObject):
    progress = Signal(int, int, int)  # job id, done, total
    succeeded = Signal(int, object)
    failed = Signal(int, object)


class Job:
    """A plain object (not a QRunnable, so no C++ lifetime to manage); the pool runs ``job.run``."""

    def __init__(self, job_id: int, fn: Callable[..., Any], signals: _Signals):
        self.id = job_id
        self._fn = fn
        self._signals = signals
        self._cancelled = threading.Event()
        params = inspect.signature(fn).parameters
        self._kwargs: dict[str, Any] = {}
        if "progress" in params:
            self._kwargs["progress"] = lambda done, total: self._signals.progress.emit(self.id, done, total)
        if "cancel" in params:
            self._kwargs["cancel"] = self._cancelled.is_set

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self) -> None:
        try:
            result = self._fn(**self._kwargs)
        except BaseException as exc:  # delivered to the GUI thread, routed by type there
            self._signals.failed.emit(self.id, exc)
        else:
            self._signals.succeeded.emit(self.id, result)


class JobRunner(QObject):
    """Submits jobs and calls their callbacks on the GUI thread."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # No Qt parent: a job still running when the runner goes away keeps its signals object alive.
        self._signals = _Signals()
        self._signals.progress.connect(self._on_progress)
        self._signals.succeeded.connect(self._on_success)
        self._signals.failed.connect(self._on_failure)
        self._pools = {"read": QThreadPool(self), "db-write": QThreadPool(self), "maintenance": QThreadPool(self),
                       "sync": QThreadPool(self),  # the province may take a while to answer: its own lane
                       "digitise": QThreadPool(self)}  # OCR takes minutes: never in the way of the reads
        self._pools["read"].setMaxThreadCount(2)
        self._pools["db-write"].setMaxThreadCount(1)
        self._pools["maintenance"].setMaxThreadCount(1)
        self._pools["sync"].setMaxThreadCount(1)
        self._pools["digitise"].setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._live: dict[int, tuple[Job, dict[str, Callable | None]]] = {}
        self.on_unhandled_error: Callable[[BaseException], None] | None = None

    def submit(
        self,
        fn: Callable[..., Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        lane: str = "read",
        owner: QObject | None = None,
    ) -> Job:
        """``owner``: the widget the callbacks update; when it was deleted before the result came (a page
        closed, a window gone), the result is dropped instead of reaching a dead widget."""
        job = Job(next(self._ids), fn, self._signals)
        self._live[job.id] = (job, {"success": on_success, "error": on_error, "progress": on_progress,
                                    "owner": owner})
        self._pools[lane].start(job.run)
        return job

    def busy(self) -> bool:
        return bool(self._live)

    def wait_all(self, msecs: int = 30_000) -> bool:
        """Block until every lane is idle (shutdown and tests). Results are delivered by the event loop."""
        return all(pool.waitForDone(msecs) for pool in self._pools.values())

    @Slot(int, int, int)
    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        entry = self._live.get(job_id)
        if entry and entry[1]["progress"]:
            entry[1]["progress"](done, total)

    @Slot(int, object)
    def _on_success(self, job_id: int, result: object) -> None:
        job, callbacks = self._live.pop(job_id, (None, {}))
        if job is not None and not job.cancelled and callbacks.get("success") and _alive(callbacks):
            callbacks["success"](result)

    @Slot(int, object)
    def _on_failure(self, job_id: int, exc: object) -> None:
        job, callbacks = self._live.pop(job_id, (None, {}))
        if not _alive(callbacks):
            return
        handler = callbacks.get("error") or self.on_unhandled_error
        if handler is not None and isinstance(exc, BaseException):
            handler(exc)


def _alive(callbacks: dict) -> bool:
    owner = callbacks.get("owner")
    return owner is None or shiboken6.isValid(owner)
