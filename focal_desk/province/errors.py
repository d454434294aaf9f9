"""Why the province refuses something: an HTTP status (the CLI turns it into exit 2) and one Vietnamese sentence."""

from __future__ import annotations


class Refused(Exception):
    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason
