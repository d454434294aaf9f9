"""Sending the office's monthly summaries to the province (issue 10): build a month's signed package from
the statistics (a new revision only when the numbers changed), queue it in the outbox, push what is due,
enroll with the province. No network code here: the transport is a port (focal_desk/sync/client.py)."""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ..domain.calendar import Layer
from ..domain.clock import Clock, today
from ..domain.errors import ValidationError
from ..domain.notices import parse_notices
from ..domain.statistics import Period
from ..domain.sync import (
    AnnouncementRejected,
    Enrollment,
    OutboxEntry,
    OutboxState,
    ProvinceFailed,
    ProvinceRefused,
    ProvinceUnreachable,
    SyncBusy,
)
from ..sync import announcement as ann
from ..sync import package as pkg
from .calendar_service import CalendarService
from .ports import OfficeKey, ProvinceTransport, UnitOfWork, UnitOfWorkFactory
from .recompute import RecomputeReport

SERVER_KEY, OFFICE_CODE_KEY, OFFICE_NAME_KEY, PROVINCE_KEY = (
    "sync.server_url", "sync.office_code", "sync.office_name", "sync.province_key")
ANNOUNCEMENTS_KEY = "sync.announcements_after"  # the id of the last province announcement applied
RULE_SET_ORIGIN_KEY = "rule_sets.origin."  # + code: which province announcement brought the rule set
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_CAP = timedelta(hours=6)
BATCH = 50  # packages per request when several are due (the province takes up to 500)
CATCH_UP_LIMIT = 20  # new revisions one push makes for a month the province holds a higher revision of
_OFFICE_CODE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_SERVER = re.compile(r"^https?://[^\s/]+(:\d+)?(/\S*)?$")


@dataclass(frozen=True)
class MonthPackage:
    entry: OutboxEntry
    package: dict[str, Any]
    new_revision: bool  # False: the numbers are those of the last package of the month


@dataclass(frozen=True)
class PushLine:
    entry: OutboxEntry  # as it stands after this push
    outcome: str  # "sent", "refused" or "queued"
    detail: str  # the province's status, its reason, or why it could not be sent


@dataclass(frozen=True)
class PushReport:
    lines: list[PushLine] = field(default_factory=list)
    queued: int = 0  # still waiting after this push
    waiting: int = 0  # of those, not yet due (backoff) and so not tried
    next_try_at: datetime | None = None  # the earliest turn of those
    failure: str = ""  # why the round stopped (the province could not be reached)

    @property
    def delivered(self) -> int:
        return sum(1 for line in self.lines if line.outcome == "sent")


@dataclass(frozen=True)
class SyncStatus:
    enrollment: Enrollment | None
    queued: int
    refused: list[OutboxEntry]
    next_try_at: datetime | None


@dataclass(frozen=True)
class AppliedAnnouncement:
    id: int
    kind: str
    year: int
    days: int  # calendar entries it holds
    report: RecomputeReport  # the open requests whose deadlines moved
    rule_set: str = ""  # kind "rule_set": its code


@dataclass(frozen=True)
class SyncRound:
    """What the GUI's background job did: the status bar says "N chờ gửi", the tooltip why."""

    enrolled: bool
    pending: int
    built: int = 0  # new revisions made this round
    delivered: int = 0
    failure: str = ""
    announcements: tuple[AppliedAnnouncement, ...] = ()


def backoff(attempts: int, rng: random.Random) -> timedelta:
    """After the ``attempts``-th failed try: 1, 2, 4 … minutes up to 6 hours, ±25 % so that offices that went
    offline together do not all come back in the same second."""
    delay = min(BACKOFF_BASE * (2 ** max(attempts - 1, 0)), BACKOFF_CAP)
    return delay * rng.uniform(0.75, 1.25)


def content_digest(package: dict[str, Any]) -> str:
    """What a new revision is about: the office, the rule sets and the numbers (not the time it was made)."""
    body = {k: package[k] for k in ("office", "period", "rule_sets", "indicators")}
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def _enrollment(uow: UnitOfWork) -> Enrollment | None:
    """None until the office has its code from the province; server_url is "" for an office set up to hand
    its packages over as files (no internet)."""
    code = uow.settings.get(OFFICE_CODE_KEY)
    if not code:
        return None
    return Enrollment(uow.settings.get(SERVER_KEY) or "", code, uow.settings.get(OFFICE_NAME_KEY) or "",
                      uow.settings.get(PROVINCE_KEY) or "")


def _online(enrollment: Enrollment | None) -> Enrollment:
    if enrollment is None:
        raise ValidationError.single("server", "văn phòng chưa đăng ký với tỉnh: chạy focal-desk sync enroll")
    if not enrollment.server_url:
        raise ValidationError.single("server", "văn phòng gửi tỉnh bằng tệp (không có máy chủ): dùng "
                                     "focal-desk summary --out TỆP, hoặc đăng ký bằng focal-desk sync enroll")
    return enrollment


class SyncService:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock, key: OfficeKey, transport: ProvinceTransport,
                 lock: Callable[[], AbstractContextManager[bool]], app_version: str,
                 rng: random.Random | None = None, calendar: CalendarService | None = None):
        self._uow_factory = uow_factory
        self._clock = clock
        self._key = key
        self._transport = transport
        self._lock = lock
        self._app_version = app_version
        self._rng = rng or random.Random()
        self._calendar = calendar

    # -- the month's package -------------------------------------------------------------------------------

    def build_month(self, year: int, month: int, *, export: bool = False, new_revision: bool = False) -> MonthPackage:
        """The month's package, signed. A new revision only when the numbers changed since the last package of
        the month (or ``new_revision``: the province holds a higher one); it is queued for sending, or with
        ``export`` recorded as written to a file (the revision is taken all the same, so that a later push never
        reuses it for other numbers)."""
        period = Period.month(year, month)
        month_text = f"{year:04d}-{month:02d}"
        with self._uow_factory() as uow:  # the write lock: two builds never take the same revision
            enrollment = _enrollment(uow)
            if enrollment is None:
                raise ValidationError.single("office_code", "văn phòng chưa đăng ký với tỉnh: chạy "
                                             "focal-desk sync enroll --server URL --office-code MÃ --code MÃ_MỘT_LẦN")
            agency = uow.agencies.current()
            # the name the province registered the office under; the local profile may still be a placeholder
            name = enrollment.office_name or (agency.name if agency is not None else "")
            if not name:
                raise ValidationError.single("agency", "chưa khai báo thông tin cơ quan")
            stats = uow.statistics.compute(period)
            latest = uow.outbox.latest(month_text)
            draft = pkg.build(
                office_code=enrollment.office_code, office_name=name, month=month_text,
                revision=(latest.revision + 1) if latest else 1, generated_at=self._clock.now(),
                app_version=self._app_version, rule_sets=uow.outbox.rule_sets_used(period.start, period.end),
                indicators=pkg.indicators_from(stats.values),
            )
            digest = content_digest(draft)
            if latest is not None and latest.content_digest == digest and not new_revision:
                entry = latest
                if not export and latest.id is not None and latest.state in (OutboxState.EXPORTED, OutboxState.REFUSED):
                    # asked again to send the same numbers: an officer's decision, not a blind retry
                    entry = uow.outbox.update(latest.id, state=OutboxState.QUEUED, next_try_at=None, last_error="")
                    uow.commit()
                return MonthPackage(entry, json.loads(entry.package), new_revision=False)
            signed = self._key.sign(draft)
            data = pkg.dumps(signed)
            pkg.loads(data)  # what the province will check, checked here first
            entry = uow.outbox.add(OutboxEntry(
                None, month_text, draft["revision"], data, hashlib.sha256(data).hexdigest(), digest,
                OutboxState.EXPORTED if export else OutboxState.QUEUED, self._clock.now(),
            ))
            uow.outbox.supersede_queued(month_text, entry.revision)
            uow.commit()
        return MonthPackage(entry, signed, new_revision=True)

    # -- enrollment ----------------------------------------------------------------------------------------

    def enroll(self, server_url: str, office_code: str, enrollment_code: str) -> Enrollment:
        server_url = server_url.strip().rstrip("/")
        errors = {}
        if not _SERVER.match(server_url):
            errors["server"] = "địa chỉ máy chủ phải bắt đầu bằng http:// hoặc https://"
        if not _OFFICE_CODE.match(office_code):
            errors["office_code"] = "mã văn phòng chỉ gồm chữ, số, dấu chấm, gạch (tối đa 64 ký tự)"
        if not enrollment_code.strip():
            errors["code"] = "cần mã đăng ký một lần do tỉnh cấp"
        if errors:
            raise ValidationError(errors)
        answer = self._transport.enroll(server_url, office_code, enrollment_code.strip(), self._key.public_key_text())
        enrollment = Enrollment(server_url, answer.office_code or office_code, answer.office_name,
                                answer.province_key)
        with self._uow_factory() as uow:
            uow.settings.set(SERVER_KEY, enrollment.server_url)
            uow.settings.set(OFFICE_CODE_KEY, enrollment.office_code)
            uow.settings.set(OFFICE_NAME_KEY, enrollment.office_name)
            uow.settings.set(PROVINCE_KEY, enrollment.province_key)
            uow.commit()
        return enrollment

    def set_up_offline(self, office_code: str, office_name: str, province_key: str) -> Enrollment:
        """For an office with no internet: the code and the province's key given on paper or a stick; the
        province registers this office's key (``public_key``) the same way. Packages then go as files."""
        errors = {}
        if not _OFFICE_CODE.match(office_code):
            errors["office_code"] = "mã văn phòng chỉ gồm chữ, số, dấu chấm, gạch (tối đa 64 ký tự)"
        try:
            pkg.public_key_from_text(province_key.strip())
        except pkg.PackageError:
            errors["province_key"] = "khóa công khai của tỉnh không hợp lệ (32 byte, base64)"
        if not office_name.strip():
            errors["office_name"] = "cần tên văn phòng như tỉnh đã đăng ký"
        if errors:
            raise ValidationError(errors)
        enrollment = Enrollment("", office_code, " ".join(office_name.split()), province_key.strip())
        with self._uow_factory() as uow:
            uow.settings.set(SERVER_KEY, "")
            uow.settings.set(OFFICE_CODE_KEY, enrollment.office_code)
            uow.settings.set(OFFICE_NAME_KEY, enrollment.office_name)
            uow.settings.set(PROVINCE_KEY, enrollment.province_key)
            uow.commit()
        return enrollment

    def public_key(self) -> tuple[str, str]:
        """(key id, base64 public key) of this office, made on first use."""
        return self._key.key_id(), self._key.public_key_text()

    # -- sending -------------------------------------------------------------------------------------------

    def push(self, *, now: bool = False) -> PushReport:
        """Send the queued packages whose turn has come (every queued one with ``now``), one sync at a time.
        A package leaves the outbox only on the province's 200; a 4xx marks it refused with the reason; no
        answer or a 5xx keeps it queued with its next turn pushed back."""
        with self._lock() as held:
            if not held:
                raise SyncBusy("Đang có một lần gửi khác cho sổ này; thử lại sau")
            with self._uow_factory(read_only=True) as uow:
                enrollment = _enrollment(uow)
                due = uow.outbox.due(None if now else self._clock.now())
            enrollment = _online(enrollment)
            lines: list[PushLine] = []
            failure = ""
            pending = list(due)
            catch_ups: dict[str, int] = {}
            batching = True  # several due packages go in one request, until a province answers it has no batches
            while pending:
                chunk = pending[:BATCH] if batching and len(pending) > 1 else pending[:1]
                try:
                    if len(chunk) > 1:
                        answers = self._transport.submit_batch(enrollment.server_url, [e.package for e in chunk])
                    else:
                        answers = [self._submit_one(enrollment.server_url, chunk[0].package)]
                except ProvinceRefused:  # only a batch is refused whole: a province of an older version
                    batching = False
                    continue
                except ProvinceFailed as exc:
                    del pending[:len(chunk)]
                    lines += [PushLine(self._retry_later(e, str(exc)), "queued", str(exc)) for e in chunk]
                    continue
                except ProvinceUnreachable as exc:
                    failure = str(exc)  # the next ones would fail the same way: all of them wait their turn
                    lines += [PushLine(self._retry_later(e, failure), "queued", failure) for e in pending]
                    break
                del pending[:len(chunk)]
                for entry, answer in zip(chunk, answers, strict=True):
                    line, next_revision = self._settle(entry, answer)
                    lines.append(line)
                    if next_revision and catch_ups.get(entry.month, 0) < CATCH_UP_LIMIT:
                        catch_ups[entry.month] = catch_ups.get(entry.month, 0) + 1
                        y, m = int(entry.month[:4]), int(entry.month[5:])
                        pending.insert(0, self.build_month(y, m, new_revision=True).entry)
            with self._uow_factory(read_only=True) as uow:
                queued = uow.outbox.in_state(OutboxState.QUEUED)
        at = self._clock.now()
        later = [e.next_try_at for e in queued if e.next_try_at is not None and e.next_try_at > at]
        tried = {line.entry.id for line in lines}
        waiting = sum(1 for e in queued if e.id not in tried)
        return PushReport(lines, len(queued), waiting, min(later) if later else None, failure)

    def _submit_one(self, server_url: str, package: bytes) -> str | ProvinceRefused:
        try:
            return self._transport.submit(server_url, package)
        except ProvinceRefused as exc:  # this package's answer, as a batch gives it
            return exc

    def _settle(self, entry: OutboxEntry, answer: str | ProvinceRefused) -> tuple[PushLine, bool]:
        """The province's answer for one package recorded; True when the month needs a new revision."""
        if isinstance(answer, ProvinceRefused):
            conflict = answer.status == 409 and self._is_latest(entry)
            # 409: the province holds this revision with other numbers (a register restored from an older
            # backup); the numbers of today go again under the next revision
            return PushLine(self._record(
                entry, state=OutboxState.SUPERSEDED if conflict else OutboxState.REFUSED, last_error=answer.reason,
                answer=str(answer.status), attempts=entry.attempts + 1), "refused", answer.reason), conflict
        line = PushLine(self._record(entry, state=OutboxState.SENT, answer=answer, last_error="",
                                     acknowledged_at=self._clock.now(), attempts=entry.attempts + 1), "sent", answer)
        # stale on the newest revision this office has: the province holds a higher one from a history this
        # register lost (restored from a backup) — catch up so that today's numbers count
        return line, answer == "stale" and self._is_latest(entry)

    def _is_latest(self, entry: OutboxEntry) -> bool:
        with self._uow_factory(read_only=True) as uow:
            latest = uow.outbox.latest(entry.month)
        return latest is not None and latest.id == entry.id

    def _retry_later(self, entry: OutboxEntry, error: str) -> OutboxEntry:
        attempts = entry.attempts + 1
        return self._record(entry, attempts=attempts, last_error=error,
                            next_try_at=self._clock.now() + backoff(attempts, self._rng))

    def _record(self, entry: OutboxEntry, **values: Any) -> OutboxEntry:
        assert entry.id is not None
        with self._uow_factory() as uow:
            updated = uow.outbox.update(entry.id, **values)
            uow.commit()
        return updated

    def closed_months(self, back: int = 12) -> list[tuple[int, int]]:
        """The last ``back`` whole months, oldest first, from the month of the first request received (months
        before the register was used are not reported as empty: the office may have kept them on paper)."""
        with self._uow_factory(read_only=True) as uow:
            first = uow.statistics.first_received()
        if first is None:
            return []
        day = today(self._clock)
        y, m = day.year, day.month
        months = []
        for _ in range(back):
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
            if (y, m) < (first.year, first.month):
                break
            months.append((y, m))
        return months[::-1]

    def background_round(self) -> SyncRound:
        """The GUI's periodic job: when enrolled, bring the packages of the closed months up to date (a new
        revision only where the numbers changed — a late entry) and send what is due. Offline is normal: the
        failure is reported, never raised."""
        with self._uow_factory(read_only=True) as uow:
            found = _enrollment(uow)
            enrolled = found is not None and bool(found.server_url)
        if not enrolled:
            return SyncRound(False, self.pending_count())
        built = sum(1 for y, m in self.closed_months() if self.build_month(y, m).new_revision)
        try:
            report = self.push()
        except SyncBusy as exc:  # the command line is sending right now
            return SyncRound(True, self.pending_count(), built, 0, str(exc))
        applied: tuple[AppliedAnnouncement, ...] = ()
        failure = report.failure
        if not failure and self._calendar is not None:
            try:
                applied = tuple(self.fetch_announcements())
            except (ProvinceUnreachable, ProvinceRefused, AnnouncementRejected) as exc:
                failure = str(exc)
        return SyncRound(True, report.queued, built, report.delivered, failure, applied)

    # -- from the province back ----------------------------------------------------------------------------

    def fetch_announcements(self) -> list[AppliedAnnouncement]:
        """Fetch the province's announcements published since the last one applied, verify each with the
        province's key (from enrollment) and apply it — the calendar's open deadlines recomputed. Stops at the
        first one that does not verify (AnnouncementRejected): nothing of it applied, it is fetched again."""
        with self._uow_factory(read_only=True) as uow:
            enrollment = _enrollment(uow)
            after = int(uow.settings.get(ANNOUNCEMENTS_KEY) or 0)
        enrollment = _online(enrollment)
        applied = []
        for raw in self._transport.announcements(enrollment.server_url, after):
            found = self._verified(raw, enrollment)
            if found.id <= after:
                continue
            applied.append(self._apply(found))
            after = found.id
        return applied

    def import_announcement(self, data: bytes) -> AppliedAnnouncement | None:
        """An announcement file brought by hand (no internet): the same checks. None when already applied."""
        with self._uow_factory(read_only=True) as uow:
            enrollment = _enrollment(uow)
            after = int(uow.settings.get(ANNOUNCEMENTS_KEY) or 0)
        if enrollment is None or not enrollment.province_key:
            raise ValidationError.single("server", "văn phòng chưa đăng ký với tỉnh: chưa có khóa của tỉnh để kiểm tra")
        if len(data) > ann.MAX_BYTES:
            raise AnnouncementRejected(f"Tệp quá lớn, không phải thông báo của tỉnh (tối đa {ann.MAX_BYTES} byte)")
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):  # nested past Python's limit
            raw = None
        if raw is None:
            raise AnnouncementRejected("Tệp không phải thông báo của tỉnh (JSON UTF-8)")
        found = self._verified(raw, enrollment)
        return None if found.id <= after else self._apply(found)

    def _verified(self, raw: object, enrollment: Enrollment) -> ann.Announcement:
        try:
            found = ann.validate(raw)
            ann.verify(found, pkg.public_key_from_text(enrollment.province_key))
        except pkg.PackageError as exc:
            raise AnnouncementRejected(exc.reason) from None
        return found

    def _apply(self, found: ann.Announcement) -> AppliedAnnouncement:
        if self._calendar is None:
            raise RuntimeError("no calendar service wired")
        if found.rule_set is not None:
            origin = {"announcement": found.id, "published_at": found.published_at,
                      "valid_from": found.rule_set.valid_from.isoformat(), "source": found.rule_set.source}
            report = self._calendar.adopt_rule_set(found.rule_set, {
                RULE_SET_ORIGIN_KEY + found.rule_set.code: json.dumps(origin, ensure_ascii=False),
                ANNOUNCEMENTS_KEY: str(found.id)})
            return AppliedAnnouncement(found.id, found.kind, found.year, 0, report, found.rule_set.code)
        entries = parse_notices(found.notices_csv(), Layer.LOCAL)  # ValidationError names the bad row
        if any(e.day.year != found.year for e in entries):
            raise AnnouncementRejected(f"Thông báo lịch năm {found.year} có ngày của năm khác: không áp dụng")
        report = self._calendar.import_entries(entries)
        with self._uow_factory() as uow:
            uow.settings.set(ANNOUNCEMENTS_KEY, str(found.id))
            uow.commit()
        return AppliedAnnouncement(found.id, found.kind, found.year, len(entries), report)

    def status(self) -> SyncStatus:
        with self._uow_factory(read_only=True) as uow:
            enrollment = _enrollment(uow)
            queued = uow.outbox.in_state(OutboxState.QUEUED)
            refused = uow.outbox.in_state(OutboxState.REFUSED)
        turns = [e.next_try_at for e in queued if e.next_try_at is not None]
        return SyncStatus(enrollment, len(queued), refused, min(turns) if turns else None)

    def pending_count(self) -> int:
        """What the status bar shows: "N chờ gửi"."""
        with self._uow_factory(read_only=True) as uow:
            return uow.outbox.count(OutboxState.QUEUED)
