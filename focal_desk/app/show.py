"""What the command line prints for people: labelled Vietnamese lines, dates as dd/mm/yyyy.

The JSON shapes for scripts are in serialize.py.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ..domain.calendar import WEEKDAY_VI, DayInfo, DayKind, Layer, fmt_date
from ..domain.listing import RequestSummary
from ..domain.request import Correction, Deadlines, Request

if TYPE_CHECKING:
    from ..services.recompute import RecomputeReport

# Text typed by users goes back to a terminal: a control character (ESC, BEL …) is shown, never obeyed.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
LAYER_VI: dict[int, str] = {Layer.BASE: "ngày lễ theo luật", Layer.OFFICIAL: "thông báo kèm phần mềm", Layer.LOCAL: "cán bộ thêm"}


def safe(text: str) -> str:
    return _CONTROL.sub("\ufffd", text.replace("\t", " "))


def _d(day: date | None) -> str:
    return fmt_date(day) if day else "—"


def labelled(rows: list[tuple[str, str]]) -> list[str]:
    """``Nhãn: giá trị``; a value of several lines continues indented under its label."""
    out = []
    for label, value in rows:
        first, *rest = safe(value).splitlines() or [""]
        out.append(f"{label}: {first}")
        out.extend(f"    {line}" for line in rest)
    return out


def request_lines(r: Request) -> list[str]:
    return [*labelled(_request_rows(r)), "", "Giải thích thời hạn:",
            *(f"  {safe(line)}" for line in r.deadlines.explain or ("(chưa có — yêu cầu chưa hợp lệ)",))]


def _request_rows(r: Request) -> list[tuple[str, str]]:
    q = r.requester
    rows = [
        ("Số vào sổ", f"{r.register_number} (ID {r.id})"),
        ("Trạng thái", r.status.label_vi),
        ("Người yêu cầu", q.full_name),
        ("Tư cách", q.kind.label_vi),
        ("Giấy tờ tùy thân", f"{q.id_type.label_vi} số {q.id_number}"),
        ("Địa chỉ", q.address),
    ]
    optional = [
        ("Điện thoại", q.phone), ("Thư điện tử", q.email), ("Fax", q.fax), ("Quốc tịch", q.nationality),
        ("Thay mặt cho", f"{q.on_behalf_of_name} ({q.on_behalf_of_id})" if q.on_behalf_of_id else q.on_behalf_of_name),
        ("Thành viên", "\n".join(f"{i}. {m.full_name} — {m.id_number}" + (f" — {m.purpose}" if m.purpose else "")
                                 for i, m in enumerate(q.members, start=1))),
    ]
    rows += [(k, v) for k, v in optional if v]
    rows += [
        ("Kênh tiếp nhận", r.channel.label_vi),
        ("Thời điểm tiếp nhận", f"{r.received_at:%d/%m/%Y %H:%M}"),
        ("Thông tin yêu cầu", r.info_requested),
        ("Mục đích", r.purpose),
        ("Hình thức cung cấp", f"{r.provision_form.label_vi}, {r.copies} bản"),
    ]
    d = r.deadlines
    optional = [
        ("Địa chỉ nhận thông tin", r.delivery_address),
        ("Thư điện tử nhận thông tin", r.delivery_email),
        ("Cán bộ ghi phiếu giúp", "có" if r.officer_assisted else ""),
        ("Ghi chú", r.notes),
        ("Nội dung đề nghị bổ sung", r.supplement_note),
        ("Ngày hợp lệ", _d(r.valid_on) if r.valid_on else ""),
        ("Mức độ", (r.complexity.label_vi + (f" — {r.complexity_reason}" if r.complexity_reason else ""))
         if r.complexity else ""),
        ("Bộ quy tắc", d.rule_set or ""),
        ("Hạn thông báo thời hạn (Mẫu 03)", _d(d.notice_due) if d.notice_due else ""),
        ("Hạn cung cấp hoặc từ chối", _d(d.provide_due) if d.provide_due else ""),
        ("Hạn sau gia hạn", _d(d.extended_due) if d.extended_due else ""),
        ("Gia hạn tối đa đến", _d(d.max_extended_due) if d.max_extended_due and not d.extended_due else ""),
        ("Đã gửi thông báo thời hạn", _d(r.notice_sent_on) if r.notice_sent_on else ""),
        ("Hạn ghi trên thông báo", _d(r.printed_due) if r.printed_due else ""),
        ("Lý do gia hạn", r.extension_reason),
        ("Cần xem lại thời hạn", r.deadline_flag),
        ("Hình thức đã cung cấp", r.provision_method),
        ("Căn cứ từ chối", f"điểm {r.refusal_ground.point} khoản 1 Điều 28 — {r.refusal_ground.text_vi}"
         if r.refusal_ground else ""),
        ("Lý do từ chối" if r.refusal_ground else "Phần không cung cấp và lý do", r.refusal_detail),
        ("Cơ quan có trách nhiệm cung cấp", r.transferred_to),
        ("Lý do rút yêu cầu", r.withdrawal_reason),
        ("Ngày kết thúc", _d(r.closed_on) if r.closed_on else ""),
        ("Đã cung cấp trước đây", f"{r.repeat_count} lần cùng thông tin cho người này (Điều 28.1.d)"
         if r.repeat_count else ""),
    ]
    rows += [(k, v) for k, v in optional if v]
    rows += [(f"Đính chính {i}", _correction(c)) for i, c in enumerate(r.corrections, start=1)]
    return rows


def _correction(c: Correction) -> str:
    text = f"{c.kind.label_vi}, mở ngày {_d(c.opened_on)}, hạn {_d(c.due)}\nNội dung: {c.reason}"
    if c.closed_on:
        text += f"\nHoàn tất ngày {_d(c.closed_on)}: {c.result}"
    return text


def summary_line(s: RequestSummary) -> str:
    due = _d(s.due_now)
    return safe(f"{s.register_number:>10}  {s.received_at:%d/%m/%Y}  {s.status.label_vi:<22} hạn {due:<10}  "
                f"{s.requester_name} — {s.info_requested[:60]}".replace("\n", " "))


def deadline_lines(d: Deadlines) -> list[str]:
    rows = [("Thông báo thời hạn", d.notice_due), ("Cung cấp / từ chối", d.provide_due),
            ("Gia hạn tối đa", d.extended_due or d.max_extended_due)]
    return [*(f"{label}: {_d(day)}" for label, day in rows if day), "", *d.explain]


def report_lines(report: RecomputeReport) -> list[str]:
    """The requests whose deadlines moved after a calendar change."""
    if not report.moved:
        return [f"Đã xem lại {report.examined} yêu cầu đang giải quyết: không có thời hạn nào thay đổi."]
    lines = [f"Đã xem lại {report.examined} yêu cầu đang giải quyết; {len(report.moved)} yêu cầu đổi thời hạn:"]
    for m in report.moved:
        line = f"  {m.register_number} (ID {m.request_id}): {_d(m.old_due)} → {_d(m.new_due)}"
        if m.flagged:
            line += " — giữ hạn đã ghi trên thông báo gửi người yêu cầu, cần cán bộ xem lại"
        lines.append(line)
    return lines


def calendar_lines(year: int, days: list[DayInfo]) -> list[str]:
    """Days off on a weekday, working weekend days and holidays falling on a weekend, with reason and source."""
    special = [d for d in days if d.entry is not None]
    lines = [f"Năm {year}: {len(special)} ngày nghỉ lễ, nghỉ bù, hoán đổi hoặc làm bù"]
    for d in special:
        e = d.entry
        assert e is not None
        kind = "Làm việc" if e.kind is DayKind.WORK else "Nghỉ"
        lines.append(safe(f"{fmt_date(d.day)}  {WEEKDAY_VI[d.day.weekday()]:<8} {kind:<9} {e.reason} — "
                          f"{e.source} [{LAYER_VI.get(e.layer, str(e.layer))}]").replace("\n", " "))
    return lines
