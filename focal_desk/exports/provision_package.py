"""The provision package as it leaves the office (issue 11): an .eml the officer opens and sends from their own
mail program (no mail server in the app), a folder or a ZIP for a USB stick. The files provided and the
covering letter go in as they are; the folder and the ZIP also carry a list of the files with their SHA-256
(danh-sach-tep.txt, readable by `sha256sum -c`).

Each source is read once, checked against the hash the register holds (when given) and written from those
same bytes; the result appears at once or not at all (temporary name, then os.replace)."""

from __future__ import annotations

import hashlib
import io
import mimetypes
import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from ..domain.errors import DocumentTampered, EnvironmentProblem, ValidationError
from ..domain.provision import (
    PackageFile,
    PackageMessage,
    ProvisionMethod,
    WrittenFile,
    WrittenPackage,
)
from .page_count import count_pages
from .safe_names import safe_name, unique_names

MANIFEST_NAME = "danh-sach-tep.txt"
FIELD = "destination"
_MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".txt": "text/plain",
}


@dataclass(frozen=True)
class _Loaded:
    data: bytes
    info: WrittenFile


def media_type_of(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return _MEDIA_TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"


def write_package(
    method: ProvisionMethod,
    destination: Path,
    files: Sequence[PackageFile],
    *,
    when: datetime,
    title: str = "",
    message: PackageMessage | None = None,
) -> WrittenPackage:
    """Write the package to ``destination`` (an .eml or .zip file, or a folder that does not exist yet or is
    empty; PRINT writes such a folder, the files to print). ``title`` heads the manifest; ``message`` is required for e-mail. Raises ValidationError for what
    the officer can fix, DocumentTampered when a source no longer has its recorded hash, EnvironmentProblem
    when the disk refuses."""
    method = ProvisionMethod(method)
    if not files:
        raise ValidationError.single("files", "Chưa chọn tệp nào để cung cấp.")
    loaded = _load(files)
    destination = Path(destination)
    try:
        if method is ProvisionMethod.EMAIL:
            if message is None:
                raise ValidationError.single("message", "Thiếu tiêu đề và nội dung thư điện tử.")
            _replace_file(destination, _eml(loaded, message, when))
        elif method is ProvisionMethod.ZIP:
            _replace_file(destination, _zip(loaded, manifest_text(title, loaded), when))
        else:
            _write_folder(destination, loaded, manifest_text(title, loaded))
    except OSError as exc:
        raise EnvironmentProblem(
            f"Không ghi được gói tài liệu vào {destination}: {exc.strerror or exc}"
        ) from exc
    infos = tuple(item.info for item in loaded)
    return WrittenPackage(method, destination, infos, sum(i.page_count for i in infos))


def _load(files: Sequence[PackageFile]) -> list[_Loaded]:
    names = unique_names([f.name or f.path.name for f in files], taken=[MANIFEST_NAME])
    out = []
    for f, name in zip(files, names, strict=True):
        try:
            data = f.path.read_bytes()
        except FileNotFoundError:
            if f.sha256:
                raise DocumentTampered(str(f.path), f.sha256, None) from None
            raise ValidationError.single("files", f"Không tìm thấy tệp {safe_name(f.path.name)}.") from None
        except OSError as exc:
            raise EnvironmentProblem(f"Không đọc được tệp {f.path}: {exc.strerror or exc}") from exc
        digest = hashlib.sha256(data).hexdigest()
        if f.sha256 and digest != f.sha256:
            raise DocumentTampered(str(f.path), f.sha256, digest)
        media_type = media_type_of(name)
        info = WrittenFile(name, digest, len(data), media_type, count_pages(data, media_type, name))
        out.append(_Loaded(data, info))
    return out


def manifest_text(title: str, loaded: Sequence[_Loaded]) -> str:
    """Comment lines, then one `sha256  name` line per file (the format sha256sum -c reads)."""
    pages = sum(item.info.page_count for item in loaded)
    lines = [f"# {safe_line(title)}"] if title.strip() else []
    lines += [
        f"# {len(loaded)} tệp, tổng cộng {pages} trang. Mã SHA-256 của từng tệp ở đầu mỗi dòng;",
        "# kiểm tra bằng lệnh: sha256sum -c danh-sach-tep.txt",
    ]
    for item in loaded:
        lines.append(f"# {item.info.name}: {item.info.page_count} trang, {item.info.size_bytes} byte")
    lines += [f"{item.info.sha256}  {item.info.name}" for item in loaded]
    return "\n".join(lines) + "\n"


def safe_line(text: str) -> str:
    return " ".join(text.split())


def _eml(loaded: Sequence[_Loaded], message: PackageMessage, when: datetime) -> bytes:
    msg = EmailMessage(policy=policy.SMTP)  # CRLF lines, headers RFC 2047, file names RFC 2231
    if message.sender:
        msg["From"] = message.sender
    if message.to:
        msg["To"] = message.to
    msg["Subject"] = safe_line(message.subject)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain="focal-desk.local")
    msg["X-Unsent"] = "1"  # Outlook opens it as a draft, ready to send
    msg.set_content(message.body, charset="utf-8")
    for item in loaded:
        maintype, _, subtype = item.info.media_type.partition("/")
        msg.add_attachment(item.data, maintype=maintype, subtype=subtype, filename=item.info.name)
    return msg.as_bytes()


def _zip(loaded: Sequence[_Loaded], manifest: str, when: datetime) -> bytes:
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in [
            *((i.info.name, i.data) for i in loaded),
            (MANIFEST_NAME, manifest.encode("utf-8")),
        ]:
            # zipfile stores a non-ASCII name as UTF-8 with its flag (bit 11): Explorer and 7-Zip read it right.
            entry = zipfile.ZipInfo(name, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, data)
    return buffer.getvalue()


def check_destination(method: ProvisionMethod, destination: Path) -> None:
    """ValidationError when the package could not be written there (asked before anything is issued)."""
    target = Path(destination)
    try:
        mode = target.lstat().st_mode
    except OSError:
        mode = stat.S_IFREG  # not there yet
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode) or stat.S_ISLNK(mode)):  # renaming over it replaces it
        raise ValidationError.single(
            FIELD, f"{target} không phải tệp thường (thiết bị, đường ống …): hãy chọn tệp khác."
        )
    if ProvisionMethod(method) in (ProvisionMethod.EMAIL, ProvisionMethod.ZIP):
        if target.is_dir():
            raise ValidationError.single(FIELD, f"{target} là một thư mục: hãy chọn tên tệp.")
    elif target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ValidationError.single(FIELD, f"{target} đã có và không trống: hãy chọn một thư mục mới.")
    if not target.parent.is_dir():
        raise ValidationError.single(FIELD, f"Không có thư mục {target.parent}.")


def _replace_file(target: Path, data: bytes) -> None:
    check_destination(ProvisionMethod.ZIP, target)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=".goi-", suffix=".tmp")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_folder(target: Path, loaded: Sequence[_Loaded], manifest: str) -> None:
    """Filled under a temporary name beside it, renamed once complete: no half package on the stick."""
    check_destination(ProvisionMethod.FOLDER, target)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=".goi-"))
    try:
        for name, data in [
            *((i.info.name, i.data) for i in loaded),
            (MANIFEST_NAME, manifest.encode("utf-8")),
        ]:
            with (tmp / name).open("xb") as out:  # names are unique and safe: never outside tmp
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        if target.exists():
            target.rmdir()  # empty (checked above); Windows cannot rename over a folder
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
