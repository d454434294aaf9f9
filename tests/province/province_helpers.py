"""An office as the province tests play it: its own Ed25519 key, packages built and signed with sync.package."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from focal_desk.sync import package


@dataclass
class Office:
    code: str
    name: str
    key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)

    @property
    def public(self) -> str:
        return package.public_key_text(self.key.public_key())

    def package(self, month: str = "2026-11", revision: int = 1, received: int = 10, **more: int) -> bytes:
        return package.dumps(self.signed(month, revision, received, **more))

    def signed(self, month: str = "2026-11", revision: int = 1, received: int = 10, **more: int) -> dict:
        figures = {"received": received, "answered": received // 2, "refused": 1, "complaints.filed": 0,
                   "lawsuits.filed": 0, **more}
        built = package.build(office_code=self.code, office_name=self.name, month=month, revision=revision,
                              generated_at=datetime(2026, 12, 1, 8, 0, tzinfo=UTC), app_version="0.1.0",
                              rule_sets=["vn-2016"], indicators=package.indicators_from(figures))
        return package.sign(built, self.key)
