"""Export the log book of a period (PDF, XLSX, CSV; full or public) — a job: ``progress(done, total)`` and
``cancel()`` callbacks, no Qt.

One read-only unit of work reads the period's requests in register order, in pages (one snapshot: a request
registered meanwhile is in all of it or none). A public copy is masked here, before any writer sees it.
The writer fills a temporary file beside the target; the export is then recorded in the audit trail (who,
which period, which format, with or without personal data) and only after that commit is the file renamed
into place. Cancelled or failed, the temporary file is removed: no half-written file is ever left."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..domain.audit import AuditEvent
from ..domain.clock import Clock, today
from ..domain.errors import EnvironmentProblem, ValidationError
from ..domain.log_book import ExportCancelled, ExportFormat, LogBook, LogBookEntry
from ..domain.masking import public_entry
from ..domain.period import Period
from .agency_service import is_described
from .officer import Officer
from .ports import LogBookWriter, UnitOfWorkFactory

PAGE_SIZE = 1000
READ_SHARE = 0.2  # of the progress bar: reading the register; the rest is the writer's
STEPS = 1000
AUDIT_ACTION = "export_log_book"


@dataclass(frozen=True)
class ExportResult:
    path: Path | None  # None when cancelled
    entries: int
    cancelled: bool = False


def _never() -> bool:
    return False


def _ignore(done: int, total: int) -> None:
    return None


class LogBookService:
    def __init__(self, uow_factory: UnitOfWorkFactory, writers: Mapping[ExportFormat, LogBookWriter], clock: Clock,
                 officer: Officer):
        self._uow_factory = uow_factory
        self._writers = dict(writers)
        self._clock = clock
        self._officer = officer

    def count(self, period: Period) -> int:
        with self._uow_factory(read_only=True) as uow:
            return uow.log_book.count(period.start, period.end_exclusive)

    def read(self, period: Period, *, public: bool = False,
             progress: Callable[[int, int], None] = _ignore, cancel: Callable[[], bool] = _never) -> LogBook:
        """The book as a writer gets it (masked when ``public``); raises ExportCancelled."""
        with self._uow_factory(read_only=True) as uow:
            agency = uow.agencies.current()
            if agency is None or not is_described(agency):
                raise ValidationError.single(
                    "agency", "Chưa khai báo thông tin cơ quan: vào mục Cơ quan trước khi xuất sổ theo dõi")
            total = uow.log_book.count(period.start, period.end_exclusive)
            entries: list[LogBookEntry] = []
            after: tuple[int, int] | None = None
            while True:
                if cancel():
                    raise ExportCancelled()
                page = uow.log_book.page(period.start, period.end_exclusive, after, PAGE_SIZE)
                entries += [public_entry(e) for e in page] if public else page
                progress(len(entries), total)
                if len(page) < PAGE_SIZE:
                    break
                after = (page[-1].register_year, page[-1].register_seq)
        return LogBook(agency, period, tuple(entries), today(self._clock), self._officer.name, public)

    def export(self, period: Period, fmt: ExportFormat, target: Path, *, public: bool = False,
               progress: Callable[[int, int], None] = _ignore, cancel: Callable[[], bool] = _never) -> ExportResult:
        """Write the log book of ``period`` to ``target`` (replaced if it exists), audited."""
        writer = self._writers[ExportFormat(fmt)]
        target = Path(target)
        if target.is_dir():
            raise ValidationError.single("out", f"{target} là một thư mục; hãy ghi cả tên tệp")

        def scaled(share: float, offset: float) -> Callable[[int, int], None]:
            return lambda done, total: progress(int(STEPS * (offset + share * done / max(total, 1))), STEPS)

        try:
            book = self.read(period, public=public, progress=scaled(READ_SHARE, 0.0), cancel=cancel)
            tmp = _temp_beside(target)
            try:
                try:
                    writer.write(book, tmp, scaled(1 - READ_SHARE, READ_SHARE), cancel)
                    if cancel():
                        raise ExportCancelled()
                    _fsync(tmp)
                except OSError as exc:  # disk full, folder gone, no permission
                    raise EnvironmentProblem(f"Không ghi được tệp {target}: {exc.strerror or exc}") from exc
                self._audit(period, fmt, target, public, len(book.entries))
                try:
                    os.replace(tmp, target)
                except OSError as exc:  # the target is open elsewhere (Windows) or not writable
                    raise EnvironmentProblem(
                        f"Không thay được tệp {target} (đang mở trong chương trình khác?): {exc.strerror or exc}"
                    ) from exc
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        except ExportCancelled:
            return ExportResult(None, 0, cancelled=True)
        _fsync_dir(target.parent)
        progress(STEPS, STEPS)
        return ExportResult(target, len(book.entries))

    def _audit(self, period: Period, fmt: ExportFormat, target: Path, public: bool, entries: int) -> None:
        with self._uow_factory() as uow:
            uow.audit.add(AuditEvent(self._clock.now(), self._officer.actor(), AUDIT_ACTION, "log_book", None, {
                "period": [None, {"start": period.start.isoformat(), "end": period.end.isoformat(),
                                  "label": period.label_vi}],
                "format": [None, ExportFormat(fmt).value],
                "personal_data": [None, not public],
                "entries": [None, entries],
                "file": [None, target.name],
            }))
            uow.commit()


def _temp_beside(target: Path) -> Path:
    """An empty file beside the target (same file system: the rename is atomic), with the permissions an
    ordinary new file gets (mkstemp's would be owner-only)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}-{secrets.token_hex(6)}.tmp")
        tmp.open("xb").close()
    except OSError as exc:
        raise EnvironmentProblem(f"Không ghi được vào thư mục {target.parent}: {exc.strerror or exc}") from exc
    return tmp


def _fsync(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def _fsync_dir(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
