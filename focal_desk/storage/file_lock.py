"""A small advisory lock on a side file, so two processes do not interleave a read-modify-write."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover
    import msvcrt
else:
    import fcntl


@contextmanager
def locked(lock_path: Path, *, shared: bool = False, wait: bool = True) -> Iterator[bool]:
    """Hold the lock while the block runs; yields False when ``wait`` is off and someone else holds it."""
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if sys.platform != "win32":
            flags = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
            if not wait:
                flags |= fcntl.LOCK_NB
            try:
                fcntl.flock(fd, flags)
            except BlockingIOError:
                yield False
                return
        else:  # pragma: no cover - Windows: msvcrt has no shared locks; exclusive byte-range lock instead
            mode = msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK
            try:
                msvcrt.locking(fd, mode, 1)
            except OSError:
                yield False
                return
        yield True
    finally:
        os.close(fd)  # closing the descriptor releases the lock


class HeldLock:
    """A shared lock held for as long as the app runs, so a restore can tell that the app is open
    elsewhere. Best effort: where it cannot be taken, nothing is held."""

    def __init__(self, lock_path: Path):
        self._fd: int | None = None
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return
        if sys.platform != "win32":  # Windows: replacing an open file fails anyway, which is the check
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except OSError:  # a restore is running right now: it will finish; do not hold anything
                os.close(fd)
                return
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
