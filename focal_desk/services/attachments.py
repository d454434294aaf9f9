"""Scanned letters and envelopes of a request: copied into the data dir, recorded with their SHA-256.

Bytes live at <attachments dir>/<request id>/<name>; the database keeps the path relative to the
attachments dir, so the data dir can move. A file is copied to a temporary name and renamed only once
complete, so a half-written copy is never recorded.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from ..domain.attachment import ALLOWED_SUFFIXES, MAX_ATTACHMENT_BYTES, Attachment
from ..domain.clock import Clock
from ..domain.errors import EnvironmentProblem, ValidationError
from ..domain.text import nfc
from .ports import UnitOfWorkFactory

FIELD = "attachments"
_CHUNK = 1024 * 1024
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def copy_hashed(source: Path, folder: Path, prefix: str) -> tuple[Path, str, int]:
    """``source`` copied to a temporary file in ``folder`` (fsynced), with its SHA-256 and size; nothing
    left behind if the copy fails."""
    digest = hashlib.sha256()
    size = 0
    fd, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".part")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())  # the row will say the file is there: make it so before a power cut
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, digest.hexdigest(), size


def checked_stored_file(root: Path, stored_path: str, sha256: str, label: str) -> Path:
    """A stored file (attachment, catalogue file, redacted copy) after checking it still has the SHA-256
    recorded when it was stored; EnvironmentProblem naming ``label`` (\"tệp a.pdf\") when it is missing,
    unreadable, or changed since."""
    path = root / Path(stored_path)
    if not path.is_file():
        raise EnvironmentProblem(f"Không tìm thấy {label} trong thư mục dữ liệu.")
    try:
        digest = sha256_of(path)
    except OSError as exc:
        raise EnvironmentProblem(f"Không đọc được {label}: {exc.strerror or exc}") from exc
    if digest != sha256:
        raise EnvironmentProblem(f"{label[0].upper()}{label[1:]} đã bị thay đổi hoặc hỏng sau khi lưu "
                                 "(mã SHA-256 không khớp).")
    return path


def check_file(source: Path) -> None:
    """Raise ValidationError (field "attachments") unless ``source`` is a PDF or image scan of at most 50 MB."""
    name = source.name
    magic = ALLOWED_SUFFIXES.get(source.suffix.lower())
    if magic is None:
        raise ValidationError.single(FIELD, f"{name}: chỉ đính kèm được tệp PDF, JPG, PNG hoặc TIFF")
    try:
        size = source.stat().st_size
        with source.open("rb") as f:
            head = f.read(8)
    except FileNotFoundError:
        raise ValidationError.single(FIELD, f"{name}: không tìm thấy tệp") from None
    except OSError as exc:
        raise EnvironmentProblem(f"Không đọc được tệp {name}: {exc.strerror or exc}") from exc
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError.single(FIELD, f"{name}: tệp lớn hơn {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB")
    if not head.startswith(magic):
        raise ValidationError.single(FIELD, f"{name}: nội dung tệp không đúng định dạng {source.suffix.lower()}")


class AttachmentService:
    def __init__(self, uow_factory: UnitOfWorkFactory, root: Path, clock: Clock):
        self._uow_factory = uow_factory
        self._root = Path(root)
        self._clock = clock

    def check(self, source_path: str | os.PathLike[str]) -> None:
        check_file(Path(source_path))

    def add(self, request_id: int, source_path: str | os.PathLike[str]) -> Attachment:
        """Copy the file into the data dir and record it; the same bytes twice for one request are kept once."""
        source = Path(source_path)
        check_file(source)
        with self._uow_factory() as uow:
            uow.requests.get(request_id)  # NotFound before any copying
            folder = self._root / str(request_id)
            try:
                folder.mkdir(parents=True, exist_ok=True)
                copied, digest, size = self._copy_to_temp(source, folder)
            except OSError as exc:
                raise EnvironmentProblem(f"Không sao chép được tệp {source.name}: {exc.strerror or exc}") from exc
            tmp: Path | None = copied  # None once moved into place
            try:
                existing = uow.attachments.find_by_sha256(request_id, digest)
                if existing is not None:
                    return existing
                target = self._free_name(folder, nfc(source.name))
                os.replace(copied, target)
                tmp = None
                try:
                    saved = uow.attachments.add(
                        Attachment(
                            id=None,
                            request_id=request_id,
                            filename=nfc(source.name),
                            sha256=digest,
                            stored_path=target.relative_to(self._root).as_posix(),
                            size_bytes=size,
                            added_at=self._clock.now(),
                        )
                    )
                    uow.commit()
                except BaseException:
                    target.unlink(missing_ok=True)  # no row, no orphan file
                    raise
                return saved
            finally:
                if tmp is not None:
                    tmp.unlink(missing_ok=True)

    def list(self, request_id: int) -> list[Attachment]:
        with self._uow_factory(read_only=True) as uow:
            return uow.attachments.for_request(request_id)

    def path_of(self, attachment: Attachment) -> Path:
        """The stored file, after checking it still has the recorded SHA-256 (EnvironmentProblem if not)."""
        return checked_stored_file(self._root, attachment.stored_path, attachment.sha256,
                                   f"tệp đính kèm {attachment.filename}")

    # --- helpers ---------------------------------------------------------------------------------------
    @staticmethod
    def _copy_to_temp(source: Path, folder: Path) -> tuple[Path, str, int]:
        tmp, digest, size = copy_hashed(source, folder, ".incoming-")
        if size > MAX_ATTACHMENT_BYTES:  # grew since it was checked
            tmp.unlink(missing_ok=True)
            raise ValidationError.single(FIELD, f"{source.name}: tệp lớn hơn {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB")
        return tmp, digest, size

    @staticmethod
    def _free_name(folder: Path, filename: str) -> Path:
        stem, suffix = os.path.splitext(_UNSAFE.sub("_", filename) or "tep")
        candidate = folder / f"{stem}{suffix.lower()}"
        n = 2
        while candidate.exists():
            candidate = folder / f"{stem} ({n}){suffix.lower()}"
            n += 1
        return candidate
