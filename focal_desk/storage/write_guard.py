"""Once the register is found damaged, replaced or behind its manifest, or the folder is read-only, no unit
of work may write again in this process: every further write would make things worse."""

from __future__ import annotations

import threading

from ..domain.errors import EnvironmentProblem, FocalDeskError, RegisterProblem


class WriteGuard:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._reason: FocalDeskError | None = None

    def stop(self, reason: FocalDeskError) -> None:
        """Refuse every later write with ``reason``; the first reason found is the one kept."""
        with self._lock:
            if self._reason is None:
                self._reason = reason

    @property
    def reason(self) -> FocalDeskError | None:
        return self._reason

    def check(self) -> None:
        reason = self._reason
        if reason is None:
            return
        if isinstance(reason, RegisterProblem):
            raise RegisterProblem(reason.kind, str(reason))
        raise EnvironmentProblem(str(reason))
