"""Fixtures shared by several test folders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest


@dataclass(frozen=True)
class OfficeCertificate:
    path: Path  # the PKCS#12 file
    password: str
    der: bytes  # the certificate alone, to trust it
    common_name: str


@pytest.fixture
def make_certificate(tmp_path) -> Callable[..., OfficeCertificate]:
    """A self-signed signing certificate and its key in a password-protected PKCS#12 file, as an office that
    makes its own certificate has (RSA 2048, SHA-256), made here with ``cryptography``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    def make(
        common_name: str = "Nguyễn Văn Hùng",
        organisation: str = "Ủy ban nhân dân xã Đạo Trù",
        password: str = "Mật-khẩu 2026",
        not_before: datetime | None = None,
        not_after: datetime | None = None,
        file_name: str = "office.p12",
    ) -> OfficeCertificate:
        now = datetime.now(UTC)
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            ]
        )
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before or datetime(2020, 1, 1, tzinfo=UTC))  # before any test clock
            .not_valid_after(not_after or now + timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=True,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .sign(key, hashes.SHA256())
        )
        path = tmp_path / file_name
        path.write_bytes(
            pkcs12.serialize_key_and_certificates(
                b"office", key, cert, None, serialization.BestAvailableEncryption(password.encode())
            )
        )
        return OfficeCertificate(path, password, cert.public_bytes(serialization.Encoding.DER), common_name)

    return make
