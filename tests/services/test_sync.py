"""The office's sync service on a real SQLite register, talking over HTTP to a real loopback server that
answers as the province's API does (tests/sync/province_stub.py): packages built from the statistics,
revisions only when the numbers change, the outbox kept through a server that is down, cuts the upload,
fails with 5xx or refuses; the key that persists; enrollment that stores the province's key."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from focal_desk import __version__
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, Complexity, IdType, RequesterKind
from focal_desk.domain.errors import ValidationError
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.domain.statistics import Period
from focal_desk.domain.sync import OutboxState, ProvinceRefused, SyncBusy
from focal_desk.sync import package as pkg
from focal_desk.sync.client import HttpProvince

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from province_stub import Province  # noqa: E402

FAST = httpx.Timeout(1.0, connect=1.0)


@pytest.fixture
def province():
    p = Province()
    p.add_office("XA-DAOTRU", "UBND xã Đạo Trù", "MOT-LAN-123")
    yield p
    p.stop()


def _sync(app):
    return app.sync(HttpProvince(timeout=FAST))


def _register(app, n: int, day: date) -> None:
    app.requests.register(RequestDraft(
        requester=Requester(RequesterKind.CITIZEN, "Nguyễn Thị Hoa", IdType.CCCD, f"0012030045{n:02d}",
                            "Thôn Đông, xã Đạo Trù", phone="0912345678"),
        channel=Channel.IN_PERSON, received_at=datetime.combine(day, datetime.min.time(), VN_TZ).replace(hour=8),
        info_requested=f"Kế hoạch sử dụng đất {n}", purpose="Tìm hiểu", valid_on=day, complexity=Complexity.SIMPLE,
    ))


@pytest.fixture
def enrolled(app, province):
    sync = _sync(app)
    sync.enroll(province.url, "XA-DAOTRU", "MOT-LAN-123")
    _register(app, 1, date(2026, 2, 10))
    _register(app, 2, date(2026, 2, 11))
    return sync


def test_enroll_sends_the_key_and_stores_the_province_key(app, province):
    sync = _sync(app)
    with pytest.raises(ProvinceRefused) as refused:
        sync.enroll(province.url, "XA-DAOTRU", "SAI")
    assert refused.value.status == 403 and "Mã đăng ký" in refused.value.reason
    assert sync.status().enrollment is None
    enrollment = sync.enroll(province.url + "/", "XA-DAOTRU", "MOT-LAN-123")
    assert enrollment.province_key == pkg.public_key_text(province.key.public_key())
    assert province.offices["XA-DAOTRU"]["public_key"] == sync.public_key()[1]
    stored = _sync(app).status().enrollment
    assert stored == enrollment and stored.server_url == province.url and stored.office_name == "UBND xã Đạo Trù"
    with pytest.raises(ValidationError) as bad:
        sync.enroll("ftp://x", "mã có dấu", " ")
    assert set(bad.value.errors) == {"server", "office_code", "code"}


def test_the_key_is_made_once_and_kept_in_a_private_file(app, tmp_path):
    first = _sync(app).public_key()
    key_file = app.paths.sync / "office_ed25519.pem"
    assert key_file.stat().st_mode & 0o077 == 0
    assert _sync(app).public_key() == first  # another service, the same file
    private = load_pem_private_key(key_file.read_bytes(), None).private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    app.database.dispose()
    register = b"".join(p.read_bytes() for p in app.paths.data_dir.glob("focal_desk.sqlite3*"))
    assert private not in register and b"PRIVATE KEY" not in register  # never in the register: backups travel


def test_one_sync_at_a_time(app, enrolled):
    from focal_desk.storage.file_lock import locked

    enrolled.build_month(2026, 2)
    with locked(app.paths.sync / "push.lock", wait=False) as held:
        assert held
        with pytest.raises(SyncBusy):
            enrolled.push()
    assert enrolled.push().delivered == 1


def test_the_package_holds_the_statistics_and_is_signed(app, enrolled, province):
    built = enrolled.build_month(2026, 2)
    assert built.new_revision and built.entry.revision == 1 and built.entry.state is OutboxState.QUEUED
    summary = pkg.loads(built.entry.package)
    pkg.verify(summary, pkg.public_key_from_text(province.offices["XA-DAOTRU"]["public_key"]))
    stats = app.statistics().compute(Period.month(2026, 2))
    assert summary.indicators == pkg.indicators_from(stats.values)
    assert summary.indicators["received"] == 2 and summary.month == "2026-02"
    assert summary.raw["app_version"] == __version__
    assert summary.raw["rule_sets"] and all(isinstance(c, str) for c in summary.raw["rule_sets"])
    assert summary.office_code == "XA-DAOTRU"


def test_same_numbers_no_new_revision_a_late_entry_revision_2(app, enrolled, province):
    enrolled.build_month(2026, 2)
    again = enrolled.build_month(2026, 2)
    assert not again.new_revision and again.entry.revision == 1
    assert enrolled.push().delivered == 1
    assert enrolled.build_month(2026, 2).entry.state is OutboxState.SENT  # still nothing new to send
    _register(app, 3, date(2026, 2, 27))  # a late entry for February
    late = enrolled.build_month(2026, 2)
    assert late.new_revision and late.entry.revision == 2
    report = enrolled.push()
    assert [(x.entry.revision, x.outcome, x.detail) for x in report.lines] == [(2, "sent", "accepted")]
    assert province.stored[("XA-DAOTRU", "2026-02")][0] == 2
    assert pkg.loads(province.bodies[-1]).indicators["received"] == 3


def test_a_newer_revision_supersedes_a_queued_older_one(app, enrolled, province):
    enrolled.build_month(2026, 2)
    _register(app, 3, date(2026, 2, 27))
    enrolled.build_month(2026, 2)
    report = enrolled.push()
    assert [x.entry.revision for x in report.lines] == [2]
    assert province.received == [("XA-DAOTRU", "2026-02", 2, "accepted")]


def test_server_down_keeps_the_queue_then_delivers_once(app, enrolled, province, clock):
    enrolled.build_month(2026, 1)
    enrolled.build_month(2026, 2)
    port = province.port
    province.stop()
    report = enrolled.push()
    assert report.delivered == 0 and report.queued == 2 and "không kết nối được" in report.failure
    for line in report.lines:
        assert line.outcome == "queued" and line.entry.attempts == 1
        assert line.entry.next_try_at > clock.now()
    assert enrolled.push().lines == []  # their turn has not come: nothing tried
    back = Province(port)  # the server comes back on the same address, state as it had
    back.offices, back.key = province.offices, province.key
    try:
        clock.set(clock.now() + timedelta(hours=7))  # past any backoff
        report = enrolled.push()
        assert [(x.entry.month, x.outcome) for x in report.lines] == [("2026-01", "sent"), ("2026-02", "sent")]
        assert report.queued == 0
        assert enrolled.push().lines == []
        assert [r[3] for r in back.received] == ["accepted", "accepted"]
    finally:
        back.stop()


def test_a_cut_upload_stays_queued_and_the_same_revision_is_sent_again(app, enrolled, province):
    enrolled.build_month(2026, 2)
    province.fail_next = ["cut"]
    report = enrolled.push()
    assert report.delivered == 0 and report.lines[0].outcome == "queued" and "ngắt" in report.failure
    report = enrolled.push(now=True)
    assert [(x.entry.revision, x.outcome) for x in report.lines] == [(1, "sent")]
    assert province.received == [("XA-DAOTRU", "2026-02", 1, "accepted")]


def test_5xx_backs_off_then_succeeds(app, enrolled, province, clock):
    enrolled.build_month(2026, 1)
    enrolled.build_month(2026, 2)
    province.fail_next = ["500"]
    report = enrolled.push()
    # a 5xx is about that package: the next one still goes
    assert [(x.entry.month, x.outcome) for x in report.lines] == [("2026-01", "queued"), ("2026-02", "sent")]
    waiting = report.lines[0].entry
    assert waiting.next_try_at > clock.now() and "500" in waiting.last_error
    assert enrolled.push().lines == []  # backoff respected
    clock.set(waiting.next_try_at)
    assert [x.outcome for x in enrolled.push().lines] == ["sent"]


def test_backoff_grows_and_is_capped():
    import random

    from focal_desk.services.sync import BACKOFF_CAP, backoff

    rng = random.Random(1)
    delays = [backoff(n, rng) for n in range(1, 16)]
    assert delays[0] < timedelta(minutes=2) and delays[4] > timedelta(minutes=10)
    assert max(delays) <= BACKOFF_CAP * 1.25


def test_a_slow_server_times_out_and_the_package_waits(app, enrolled, province):
    enrolled.build_month(2026, 2)
    province.fail_next = ["slow"]
    report = enrolled.push()
    assert report.delivered == 0 and "hết thời gian" in report.failure
    assert enrolled.status().queued == 1


def test_refused_is_kept_with_its_reason_and_not_retried(app, enrolled, province):
    enrolled.build_month(2026, 2)
    province.fail_next = [(400, "Trường period không hợp lệ")]
    report = enrolled.push(now=True)
    assert [(x.outcome, x.detail) for x in report.lines] == [("refused", "Trường period không hợp lệ")]
    status = enrolled.status()
    assert status.queued == 0 and [(r.answer, r.last_error) for r in status.refused] == [
        ("400", "Trường period không hợp lệ")]
    assert enrolled.push(now=True).lines == []  # never retried blindly
    requeued = enrolled.build_month(2026, 2)  # the officer asks again: the same revision goes again
    assert not requeued.new_revision and requeued.entry.state is OutboxState.QUEUED
    assert [x.outcome for x in enrolled.push().lines] == ["sent"]


def test_a_package_signed_by_another_key_is_refused_403(app, enrolled, province, tmp_path):
    enrolled.build_month(2026, 2)
    province.offices["XA-DAOTRU"]["public_key"] = pkg.public_key_text(province.key.public_key())  # not ours
    report = enrolled.push()
    assert report.lines[0].outcome == "refused" and "Chữ ký" in report.lines[0].detail


def test_a_duplicate_answer_leaves_the_outbox(app, enrolled, province):
    built = enrolled.build_month(2026, 2)
    assert province.submit(built.entry.package)[1]["status"] == "accepted"  # it reached the province by stick
    assert [(x.outcome, x.detail) for x in enrolled.push().lines] == [("sent", "duplicate")]
    assert enrolled.status().queued == 0 and len(province.stored) == 1


def test_export_takes_the_revision_but_does_not_queue(app, enrolled, province):
    exported = enrolled.build_month(2026, 2, export=True)
    assert exported.entry.state is OutboxState.EXPORTED and enrolled.status().queued == 0
    assert json.loads(exported.entry.package)["revision"] == 1
    queued = enrolled.build_month(2026, 2)  # the same numbers, now to be sent: the same file
    assert queued.entry.package == exported.entry.package and queued.entry.state is OutboxState.QUEUED


def test_not_enrolled_says_how(app):
    with pytest.raises(ValidationError) as exc:
        _sync(app).build_month(2026, 2)
    assert "sync enroll" in exc.value.errors["office_code"]


def test_background_round_builds_the_closed_months_since_the_first_request(app, enrolled, province, clock):
    sync = enrolled
    assert sync.closed_months() == [(2026, 2)]  # March is not over; nothing before February was received
    clock.set(datetime(2026, 5, 4, 9, 0, tzinfo=VN_TZ))
    assert sync.closed_months() == [(2026, 2), (2026, 3), (2026, 4)]
    first = sync.background_round()
    assert (first.enrolled, first.built, first.delivered, first.pending) == (True, 3, 3, 0)
    again = sync.background_round()
    assert (again.built, again.delivered) == (0, 0)
    assert [r[1:] for r in province.received] == [("2026-02", 1, "accepted"), ("2026-03", 1, "accepted"),
                                                  ("2026-04", 1, "accepted")]


def test_after_a_restore_the_month_catches_up_with_the_revision_the_province_holds(app, enrolled, province):
    # The province holds revision 3 of February from a history this register lost (an older backup restored).
    enrolled.build_month(2026, 2)
    province.stored[("XA-DAOTRU", "2026-02")] = (3, b"the numbers of the lost history")
    report = enrolled.push()
    assert [(x.entry.revision, x.outcome, x.detail.split(" ")[0]) for x in report.lines] == [
        (1, "sent", "stale"), (2, "sent", "stale"), (3, "refused", "Cùng"), (4, "sent", "accepted")]
    assert province.stored[("XA-DAOTRU", "2026-02")][0] == 4
    assert pkg.loads(province.bodies[-1]).indicators["received"] == 2  # today's numbers count
    status = enrolled.status()
    assert status.queued == 0 and status.refused == []  # the 409 was answered by revision 4, not left as refused
    assert not enrolled.build_month(2026, 2).new_revision
