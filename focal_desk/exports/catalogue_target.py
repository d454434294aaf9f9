"""Writing an export file atomically: into a temporary file beside the target (same file system), flushed
to disk, then renamed over it — a failed or interrupted export leaves the old file whole and no stray file."""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import EnvironmentProblem, ValidationError


def write_atomically(target: Path, write: Callable[[Path], object]) -> Path:
    """``write(tmp)`` fills the temporary file; it then replaces ``target``. OSError → EnvironmentProblem."""
    target = Path(target)
    if target.is_dir():
        raise ValidationError.single("out", f"{target} là một thư mục; hãy ghi cả tên tệp")
    if _special(target):  # renaming over a device or a pipe would replace the device itself
        raise ValidationError.single(
            "out", f"{target} không phải tệp thường (thiết bị, đường ống …); hãy chọn tệp khác"
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}-{secrets.token_hex(6)}.tmp")
        tmp.open("xb").close()  # the permissions an ordinary new file gets (mkstemp's are owner-only)
    except OSError as exc:
        raise EnvironmentProblem(
            f"Không ghi được vào thư mục {target.parent}: {exc.strerror or exc}"
        ) from exc
    try:
        try:
            write(tmp)
            with tmp.open("rb+") as f:
                os.fsync(f.fileno())
        except OSError as exc:  # disk full, folder gone, no permission
            raise EnvironmentProblem(f"Không ghi được tệp {target}: {exc.strerror or exc}") from exc
        try:
            os.replace(tmp, target)
        except OSError as exc:  # the target is open elsewhere (Windows) or not writable
            raise EnvironmentProblem(
                f"Không thay được tệp {target} (đang mở trong chương trình khác?): {exc.strerror or exc}"
            ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _special(target: Path) -> bool:
    try:
        mode = target.lstat().st_mode
    except OSError:
        return False  # not there yet: an ordinary new file
    return not (stat.S_ISREG(mode) or stat.S_ISLNK(mode))


def write_bytes_atomically(target: Path, data: bytes) -> Path:
    return write_atomically(target, lambda tmp: tmp.write_bytes(data))
