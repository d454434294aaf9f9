"""The office's Ed25519 key, kept in a file of the data folder readable by its owner only.

Not in the register database: backups of the database are copied to sticks and other machines, and a key
that travels with every copy could sign for the office from anywhere. A lost key file means enrolling again
(the province gives a new one-time code), never a forged summary."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from ..domain.errors import EnvironmentProblem
from . import package as pkg

KEY_FILE = "office_ed25519.pem"


class KeyFileError(EnvironmentProblem):
    """The key file exists but is not an Ed25519 private key (the reason in Vietnamese)."""


class FileOfficeKey:
    """Implements services.ports.OfficeKey. The key is made the first time it is needed, once: two processes
    racing to make it end with the same file (the second one reads what the first wrote)."""

    def __init__(self, folder: Path):
        self.path = folder / KEY_FILE
        self._key: Ed25519PrivateKey | None = None

    def _private(self) -> Ed25519PrivateKey:
        if self._key is None:
            if not self.path.exists():
                self._create()
            self._key = self._load()
        return self._key

    def _create(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        pem = Ed25519PrivateKey.generate().private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
        part = self.path.with_name(f"{self.path.name}.{os.getpid()}.part")
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(pem)
                f.flush()
                os.fsync(f.fileno())
            with contextlib.suppress(FileExistsError):  # another process made it first: keep theirs
                os.link(part, self.path)
        finally:
            part.unlink(missing_ok=True)

    def _load(self) -> Ed25519PrivateKey:
        try:
            key = load_pem_private_key(self.path.read_bytes(), password=None)
        except ValueError as exc:
            raise KeyFileError(f"Tệp khóa {self.path} bị hỏng: {exc}") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise KeyFileError(f"Tệp khóa {self.path} không phải khóa Ed25519")
        return key

    def sign(self, package: dict[str, Any]) -> dict[str, Any]:
        return pkg.sign(package, self._private())

    def public_key_text(self) -> str:
        return pkg.public_key_text(self._private().public_key())

    def key_id(self) -> str:
        return pkg.key_id(self._private().public_key())
