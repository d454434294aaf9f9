"""The province's Ed25519 key: created on first use, kept in the database (row id 1) so that it survives
restarts and moves with the database and its backups."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy.exc import IntegrityError

from .db import Database
from .models import ProvinceKey


def province_key(db: Database) -> Ed25519PrivateKey:
    with db.transaction() as session:
        row = session.get(ProvinceKey, 1)
        if row is not None:
            return Ed25519PrivateKey.from_private_bytes(base64.b64decode(row.private_key))
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    try:
        with db.transaction() as session:
            session.add(ProvinceKey(id=1, private_key=base64.b64encode(raw).decode("ascii"),
                                    created_at=datetime.now(UTC)))
    except IntegrityError:  # another process created it first: use that one
        return province_key(db)
    return key
