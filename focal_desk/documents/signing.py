"""Digital signature of an issued paper (PAdES baseline B-B, pyHanko) and its check.

Signing appends an incremental update to the rendered PDF: a signature field whose widget sits in the signer
block's room for signature and seal, its appearance drawn by signing_stamp. No network: no timestamp server,
no revocation fetch. The PKCS#12 password is used and forgotten: never logged, never stored.

Trust: an office usually signs with a certificate it made itself, so a signature that is intact but whose
certificate does not chain to a root the caller trusts is reported as VALID_UNTRUSTED, distinct from BROKEN."""

from __future__ import annotations

import binascii
import io
import logging
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..domain.errors import ValidationError
from ..domain.signature import SignatureBox, SignatureCheck, SignatureStatus, SigningCredentials

if TYPE_CHECKING:  # cryptography, pyHanko and reportlab are imported only when signing or checking
    from cryptography import x509

FIELD_NAME = "ChuKySo"
STAMP_MAX_WIDTH = 62 * 72 / 25.4  # pt; the rest of the room stays for the red seal
STAMP_MARGIN = 4.0  # pt above and below, inside the 25 mm room


def _common_name(name: x509.Name) -> str:
    from cryptography.x509.oid import NameOID

    found = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(found[0].value) if found else name.rfc4514_string()


def _organisation(name: x509.Name) -> str:
    from cryptography.x509.oid import NameOID

    found = name.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    return str(found[0].value) if found else ""


def _load(credentials: SigningCredentials, now: datetime) -> tuple[bytes, bytes | None, x509.Certificate]:
    """The PKCS#12 bytes, the passphrase and the certificate; ValidationError naming the field at fault."""
    from asn1crypto import pkcs12 as asn1_pkcs12
    from cryptography.hazmat.primitives.serialization import pkcs12

    path = credentials.certificate
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError.single(
            "certificate", f"Không đọc được tệp chứng thư số {path}: {exc.strerror}"
        ) from exc
    try:
        asn1_pkcs12.Pfx.load(data).native  # noqa: B018  # parses the outer structure only
    except (ValueError, TypeError, KeyError) as exc:
        raise ValidationError.single(
            "certificate", f"Tệp {path.name} không phải chứng thư số PKCS#12 (.p12, .pfx)"
        ) from exc
    passphrase = credentials.password.encode() if credentials.password else None
    try:
        key, cert, _ = pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError as exc:
        raise ValidationError.single("password", "Mật khẩu của chứng thư số không đúng") from exc
    if key is None or cert is None:
        raise ValidationError.single(
            "certificate", f"Tệp {path.name} không chứa khóa bí mật và chứng thư để ký"
        )
    if now < cert.not_valid_before_utc:
        raise ValidationError.single(
            "certificate", f"Chứng thư số chưa có hiệu lực (từ ngày {cert.not_valid_before_utc:%d/%m/%Y})"
        )
    if now > cert.not_valid_after_utc:
        raise ValidationError.single(
            "certificate", f"Chứng thư số đã hết hạn ngày {cert.not_valid_after_utc:%d/%m/%Y}"
        )
    return data, passphrase, cert


def _stamp_rect(box: SignatureBox) -> tuple[float, float, float, float]:
    """Centred in the signer's column (title and name are centred), full room height less a margin."""
    width = min(box.width, STAMP_MAX_WIDTH)
    x1 = box.x + (box.width - width) / 2
    return (x1, box.y + STAMP_MARGIN, x1 + width, box.y + box.height - STAMP_MARGIN)


def signer_name(credentials: SigningCredentials, now: datetime) -> str:
    """The certificate's common name (checks the file and password like sign does)."""
    return _common_name(_load(credentials, now)[2].subject)


class PadesSigner:
    """Implements the DocumentSigner port (services/ports.py)."""

    def sign(
        self, pdf: bytes, box: SignatureBox | None, credentials: SigningCredentials, when: datetime
    ) -> bytes:
        """The signed PDF: ``pdf`` unchanged, then the signature as an incremental update. Without a box the
        signature is invisible. ValidationError("certificate" / "password") when the file cannot sign."""
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import fields, signers
        from pyhanko.stamp import StaticStampStyle

        from .signing_stamp import stamp_lines, stamp_pdf

        data, passphrase, cert = _load(credentials, when.astimezone(UTC))
        signer = signers.SimpleSigner.load_pkcs12_data(data, other_certs=[], passphrase=passphrase)
        name = _common_name(cert.subject)
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME,
            subfilter=fields.SigSeedSubFilter.PADES,
            md_algorithm="sha256",
            name=name,
        )
        if box is None:
            spec = fields.SigFieldSpec(FIELD_NAME)
            style = None
        else:
            rect = _stamp_rect(box)
            # pyHanko types the box as ints but takes PDF points as floats (no rounding of the stamp)
            spec = fields.SigFieldSpec(FIELD_NAME, on_page=box.page, box=rect)  # type: ignore[arg-type]
            drawn = stamp_pdf(
                rect[2] - rect[0], rect[3] - rect[1], stamp_lines(name, _organisation(cert.subject), when)
            )
            style = StaticStampStyle(background=_pdf_page(drawn), border_width=0)
        pdf_signer = signers.PdfSigner(meta, signer, stamp_style=style, new_field_spec=spec)
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        return pdf_signer.sign_pdf(writer).getvalue()

    def verify(self, pdf: bytes, trust_roots: Sequence[bytes] = ()) -> SignatureCheck:
        return verify(pdf, trust_roots)


class _UntrustedChainIsExpected(logging.Filter):
    """pyHanko warns, with a traceback, each time a certificate has no path to a trusted root: for an office
    signing with its own certificate that is every check, and the result already says so (VALID_UNTRUSTED)."""

    def filter(self, record: logging.LogRecord) -> bool:
        from pyhanko_certvalidator.errors import InvalidCertificateError

        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, InvalidCertificateError)


_QUIET = _UntrustedChainIsExpected()


def verify(pdf: bytes, trust_roots: Sequence[bytes] = ()) -> SignatureCheck:
    """Check every signature in ``pdf`` (the last one reported; the first broken one wins).
    ``trust_roots``: DER certificates to trust; an intact signature by any other is VALID_UNTRUSTED."""
    if b"/ByteRange" not in pdf:  # every signature dictionary spells it out uncompressed
        return SignatureCheck(SignatureStatus.NOT_SIGNED)
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        signatures = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures
    except Exception as exc:  # noqa: BLE001  # an unreadable file cannot be trusted, whatever broke it
        return SignatureCheck(SignatureStatus.BROKEN, detail=f"Không đọc được tệp PDF: {exc}")
    if not signatures:
        return SignatureCheck(SignatureStatus.NOT_SIGNED)
    quiet = logging.getLogger("pyhanko.sign.validation.generic_cms")
    if _QUIET not in quiet.filters:
        quiet.addFilter(_QUIET)
    roots = [asn1_x509.Certificate.load(der) for der in trust_roots]
    check = SignatureCheck(SignatureStatus.NOT_SIGNED)
    for embedded in signatures:
        context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        try:
            status = validate_pdf_signature(embedded, context)
        except (SignatureValidationError, ValueError, KeyError, TypeError) as exc:
            return SignatureCheck(SignatureStatus.BROKEN, detail=f"Chữ ký số không kiểm tra được: {exc}")
        signer = _common_name(x509.load_der_x509_certificate(status.signing_cert.dump()).subject)
        if not (status.intact and status.valid):
            return SignatureCheck(
                SignatureStatus.BROKEN,
                signer,
                status.signer_reported_dt,
                detail="Nội dung đã bị thay đổi sau khi ký hoặc chữ ký không hợp lệ",
            )
        check = SignatureCheck(
            SignatureStatus.VALID if status.trusted else SignatureStatus.VALID_UNTRUSTED,
            signer,
            status.signer_reported_dt,
            modified_after=status.coverage is not SignatureCoverageLevel.ENTIRE_FILE,
            detail=""
            if status.trusted
            else "Chữ ký hợp lệ; chứng thư số chưa được đối chiếu với tổ chức cấp tin cậy",
        )
    return check


def _pdf_page(pdf: bytes):
    """pyHanko content importing the first page of an in-memory PDF (its ImportedPdfPage wants a file)."""
    from pyhanko.pdf_utils.content import PdfContent
    from pyhanko.pdf_utils.layout import BoxConstraints
    from pyhanko.pdf_utils.reader import PdfFileReader

    class _InMemoryPage(PdfContent):
        def render(self) -> bytes:
            xobj = self._ensure_writer.import_page_as_xobject(PdfFileReader(io.BytesIO(pdf)), page_ix=0)
            name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
            self.resources.xobject[name.decode("ascii")] = xobj
            x1, y1, x2, y2 = xobj.get_object()["/BBox"]
            self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return name + b" Do"

    return _InMemoryPage()
