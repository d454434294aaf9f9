"""The deadline engine: legal periods counted on the working-day calendar, each with its explanation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .calendar import SkippedDay, WorkCalendar, fmt_date
from .enums import Channel, Complexity, CorrectionKind
from .request import Deadlines
from .rules import Period, PeriodUnit, RuleSet

ART_147 = "Bộ luật Dân sự 2015 Điều 147"
ART_148 = "Bộ luật Dân sự 2015 Điều 148"

# No legal period runs further than this from the day it is counted from (the longest today: 15 working
# days, or an extension of 15 days, over Tết — under two months). A computation starting on a day needs
# the calendar of that day's year and of the year this horizon reaches.
HORIZON = timedelta(days=120)


def years_needed(*starts: date) -> set[int]:
    """The calendar years that periods counted from these days may touch."""
    return {y for d in starts for y in range(d.year, _reach(d).year + 1)}


def _reach(d: date) -> date:
    return d + HORIZON if d <= date.max - HORIZON else date.max


@dataclass(frozen=True)
class PeriodEnd:
    due: date
    lines: tuple[str, ...]


def _skips(skipped: list[SkippedDay]) -> list[str]:
    return [f"  {'có tính' if s.counted else 'không tính'} {s.describe()}" for s in skipped]


def count_period(cal: WorkCalendar, start: date, period: Period, label: str) -> PeriodEnd:
    """Count ``period`` from ``start`` (the day of the event, not itself counted) and explain it."""
    if period.unit is PeriodUnit.SAME_DAY:
        return PeriodEnd(start, (f"{label}: ngay trong ngày ({period.article}) → {fmt_date(start)}",))
    if period.unit is PeriodUnit.WORKING_DAYS:
        due, skipped = cal.add_working_days(start, period.amount)
        head = (
            f"{label}: {period.describe()} kể từ sau ngày {fmt_date(start)} ({period.article}) → {fmt_date(due)}"
        )
        return PeriodEnd(due, (head, *_skips(skipped)))
    due, nominal, moved = cal.add_calendar_days(start, period.amount)
    head = f"{label}: {period.describe()} kể từ sau ngày {fmt_date(start)} ({period.article}) → {fmt_date(nominal)}"
    lines = [head]
    if moved:
        lines.append(
            f"  ngày cuối {fmt_date(nominal)} không phải ngày làm việc, chuyển sang {fmt_date(due)} ({ART_148})"
        )
        lines.extend(_skips(moved))
    return PeriodEnd(due, tuple(lines))


def _intro(rule_set: RuleSet, cal: WorkCalendar, valid_on: date, same_day: bool = False) -> list[str]:
    lines = [f"Bộ quy tắc: {rule_set.name} (áp dụng cho yêu cầu hợp lệ từ {fmt_date(rule_set.valid_from)})"]
    lines += [f"Lưu ý: {text}" for text in rule_set.caveats_for(valid_on)]
    info = cal.info(valid_on)
    day = fmt_date(valid_on)
    if same_day:  # nothing is counted from the next day: the answer is due on this very day
        lines.append(f"Yêu cầu hợp lệ ngày {day}" + ("" if info.working else f" ({info.reason}, không phải ngày làm việc)"))
    elif info.working:
        lines.append(f"Yêu cầu hợp lệ ngày {day}; ngày này không tính, thời hạn tính từ ngày hôm sau ({ART_147})")
    else:
        lines.append(
            f"Yêu cầu hợp lệ ngày {day} ({info.reason}, không phải ngày làm việc); thời hạn tính từ ngày hôm sau "
            f"({ART_147})"
        )
    return lines


def compute_deadlines(
    rule_set: RuleSet, cal: WorkCalendar, channel: Channel, complexity: Complexity, valid_on: date
) -> Deadlines:
    """Deadlines of a request that became valid on ``valid_on``. ``extended_due`` stays None until an
    extension is granted; ``max_extended_due`` is where the longest allowed extension would reach."""
    rule = rule_set.rule_for(channel, complexity)
    lines = _intro(rule_set, cal, valid_on, same_day=rule.provide.unit is PeriodUnit.SAME_DAY)
    notice_due = None
    if rule.notice is not None:
        n = count_period(cal, valid_on, rule.notice, "Thông báo bằng văn bản về thời hạn giải quyết")
        notice_due = n.due
        lines += n.lines
    p = count_period(cal, valid_on, rule.provide, "Cung cấp hoặc từ chối")
    lines += p.lines
    max_extended = None
    if rule.extension is not None:
        x = count_period(cal, p.due, rule.extension, "Gia hạn tối đa")
        max_extended = x.due
        lines += x.lines
    return Deadlines(
        rule_set=rule_set.code,
        notice_due=notice_due,
        provide_due=p.due,
        extended_due=None,
        max_extended_due=max_extended,
        explain=tuple(lines),
    )


def compute_extension(
    rule_set: RuleSet, cal: WorkCalendar, channel: Channel, complexity: Complexity, provide_due: date
) -> PeriodEnd | None:
    """The new deadline after the one extension the law allows, or None when none is allowed."""
    rule = rule_set.rule_for(channel, complexity)
    if rule.extension is None:
        return None
    return count_period(cal, provide_due, rule.extension, "Gia hạn")


def compute_correction_due(rule_set: RuleSet, cal: WorkCalendar, kind: CorrectionKind, opened_on: date) -> PeriodEnd:
    """Đ32 timers: each correction runs on its own clock from the day it was opened."""
    period = rule_set.correction_period(kind)
    end = count_period(cal, opened_on, period, f"Đính chính — {kind.label_vi}")
    return PeriodEnd(end.due, (f"Bộ quy tắc: {rule_set.name}", *end.lines))
