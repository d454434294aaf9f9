"""Where the data lives — resolved once, here."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "FOCAL_DESK_DATA_DIR"
APP_NAME = "focal_desk"


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "focal_desk.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def attachments(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def catalogue(self) -> Path:
        """The catalogue's digitised files, <sha[:2]>/<sha><suffix>, each once whatever entries hold it."""
        return self.data_dir / "catalogue"

    @property
    def documents(self) -> Path:
        """Issued documents, <year>/<file>.pdf; each file's SHA-256 is in the register."""
        return self.data_dir / "documents"

    @property
    def sync(self) -> Path:
        """The office's key for the province (a file only its owner reads) and the lock of one sync at a time."""
        return self.data_dir / "sync"

    def ensure(self) -> Paths:
        for p in (self.data_dir, self.backups, self.logs):
            p.mkdir(parents=True, exist_ok=True)
        return self

    def writable(self) -> bool:
        """Create the folders and prove a file can be written there. False on a write-protected USB stick,
        a locked-down PC or a read-only network share: the app then reads but never writes."""
        try:
            self.ensure()
            probe = self.data_dir / f".write-test-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
            return True
        except OSError:
            return False


def resolve_paths(data_dir: str | os.PathLike[str] | None) -> Paths:
    """--data-dir wins, then FOCAL_DESK_DATA_DIR, then the platform's user data dir."""
    if data_dir:
        return Paths(Path(data_dir).expanduser().resolve())
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Paths(Path(env).expanduser().resolve())
    from platformdirs import user_data_dir

    return Paths(Path(user_data_dir(APP_NAME, appauthor=False)))
