"""The digital-signature step of issuing (ND13 Đ10.2: a reply to an electronic request may be signed
digitally), kept apart from DocumentService's numbering and filing. The certificate's path is an agency
setting; its password is given each time and never stored."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ..domain.documents import RenderedDocument
from ..domain.enums import Channel
from ..domain.errors import SignatureBroken, ValidationError
from ..domain.request import Request
from ..domain.signature import SignatureCheck, SignatureStatus, SigningCredentials
from .ports import DocumentSigner, UnitOfWork

CERTIFICATE_PATH_KEY = "documents.signing_certificate"


def check_can_sign(
    signer: DocumentSigner | None, request: Request, credentials: SigningCredentials | None
) -> None:
    if credentials is None:
        return
    if signer is None:
        raise ValidationError.single("certificate", "Chương trình chưa được cài đặt chức năng ký số")
    if request.channel is not Channel.ELECTRONIC:
        raise ValidationError.single(
            "sign_with", "Chỉ ký số văn bản trả lời yêu cầu gửi qua mạng điện tử (Điều 10 Nghị định 13/2018)"
        )


def signed_pdf(
    signer: DocumentSigner | None,
    rendered: RenderedDocument,
    credentials: SigningCredentials | None,
    when: datetime,
) -> tuple[bytes, str | None]:
    """The bytes to file and who signed them: the rendered PDF, signed when credentials are given
    (check_can_sign ran first). The signature is checked before it is filed."""
    if credentials is None or signer is None:
        return rendered.pdf, None
    pdf = signer.sign(rendered.pdf, rendered.signature_box, credentials, when)
    check = signer.verify(pdf)
    if not check.intact:  # a signer that produced a bad signature: better nothing issued than a broken file
        raise RuntimeError(f"the signature just made does not verify: {check.status} {check.detail}")
    return pdf, check.signer


def check_signature(
    signer: DocumentSigner | None, path: Path, data: bytes, sha256: str
) -> SignatureCheck | None:
    """After the hash check: a signed file whose signature is broken is refused (SignatureBroken)."""
    if signer is None:
        return None
    check = signer.verify(data)
    if check.status is SignatureStatus.BROKEN or check.modified_after:
        raise SignatureBroken(str(path), sha256, check.detail)
    return check


def certificate_path(uow: UnitOfWork) -> Path | None:
    raw = uow.settings.get(CERTIFICATE_PATH_KEY)
    return Path(raw) if raw else None


def set_certificate_path(uow: UnitOfWork, path: Path | None) -> None:
    if path is not None and not path.is_file():
        raise ValidationError.single("certificate", f"Không tìm thấy tệp chứng thư số {path}")
    uow.settings.set(CERTIFICATE_PATH_KEY, str(path) if path is not None else "")
