"""What the officer sees of backups and restores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # "daily", "monthly", "manual", "migration", "before-restore"
    made_at: datetime  # the file's modification time, local
    size: int


@dataclass(frozen=True)
class LostRange:
    """Register numbers issued after the backup that was restored: their requests must be entered again."""

    year: int
    first: int
    last: int

    def __str__(self) -> str:
        if self.first == self.last:
            return f"{self.first}/{self.year}"
        return f"{self.first}/{self.year} … {self.last}/{self.year}"

    @property
    def count(self) -> int:
        return self.last - self.first + 1


@dataclass(frozen=True)
class RestoreReport:
    source: Path
    previous_saved_as: Path | None
    lost: tuple[LostRange, ...]

    def describe(self) -> str:
        lines = [f"Đã khôi phục sổ theo dõi từ {self.source}."]
        if self.previous_saved_as is not None:
            lines.append(f"Tệp đang dùng trước đó được giữ lại tại {self.previous_saved_as}.")
        if self.lost:
            total = sum(r.count for r in self.lost)
            lines.append(
                f"{total} số đã cấp sau thời điểm sao lưu không có trong bản khôi phục: "
                + ", ".join(str(r) for r in self.lost)
                + ". Hãy vào sổ lại các yêu cầu này theo phiếu giấy; sổ tiếp tục cấp số sau các số đó, không cấp trùng."
            )
        else:
            lines.append("Bản khôi phục có đủ mọi số đã cấp.")
        return "\n".join(lines)
