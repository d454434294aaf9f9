"""Why the province refuses something: an HTTP status (the CLI turns it into exit 2) and one Vietnamese sentence."""

from __future__ import annotations


class Refused(Exception):
    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason


class DatabaseProblem(Exception):
    """The province database cannot be opened or written as it is (damaged, emptied, foreign, read-only,
    locked, unreachable): one Vietnamese sentence; nothing was written."""
