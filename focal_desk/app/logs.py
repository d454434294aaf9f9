"""Rotating log in the data dir. No personal data above DEBUG."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path


def setup_logging(log_dir: Path, level: int = logging.INFO) -> logging.Handler:
    """Attach a rotating file handler; the caller removes it with ``close_logging`` when done."""
    handler = RotatingFileHandler(log_dir / "focal_desk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("focal_desk")
    root.addHandler(handler)
    root.setLevel(level)
    return handler


def setup_stderr_logging(level: int = logging.WARNING) -> logging.Handler:
    """For a read-only data folder: warnings go to stderr, so that reading still works."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("focal-desk: %(levelname)s %(message)s"))
    handler.setLevel(level)
    root = logging.getLogger("focal_desk")
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return handler


def close_logging(handler: logging.Handler) -> None:
    logging.getLogger("focal_desk").removeHandler(handler)
    handler.close()
