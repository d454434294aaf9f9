"""Dated rule sets: every legal number is data with a ``valid_from``; a request keeps the set it was judged by."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from .enums import Channel, Complexity, CorrectionKind
from .errors import ValidationError

# Luật Tiếp cận thông tin 104/2016/QH13 took effect on 01/07/2018 (Điều 37): no request in the register can
# be dated before it. The earliest shipped rule set is valid from this day (a test keeps the two equal).
LAW_IN_FORCE = date(2018, 7, 1)


def before_law(day: date, label: str) -> str | None:
    """One sentence naming ``label`` when ``day`` is before the law took effect (year 1, 1026, 1900…)."""
    if day >= LAW_IN_FORCE:
        return None
    return (
        f"{label} {day.day:02d}/{day.month:02d}/{day.year:04d} trước ngày Luật Tiếp cận thông tin có hiệu lực "
        f"({LAW_IN_FORCE:%d/%m/%Y}), hãy kiểm tra lại năm."
    )


class PeriodUnit(StrEnum):
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    SAME_DAY = "same_day"


@dataclass(frozen=True)
class Period:
    amount: int
    unit: PeriodUnit
    article: str

    def describe(self) -> str:
        if self.unit is PeriodUnit.SAME_DAY:
            return "ngay trong ngày"
        if self.unit is PeriodUnit.WORKING_DAYS:
            return f"{self.amount} ngày làm việc"
        return f"{self.amount} ngày"


@dataclass(frozen=True)
class ChannelRule:
    channel: Channel
    complexity: Complexity
    provide: Period
    notice: Period | None = None  # written notice of the time limit
    extension: Period | None = None


@dataclass(frozen=True)
class Caveat:
    """A note the explanation carries for requests valid on or after ``from_date``."""

    from_date: date
    text: str


@dataclass(frozen=True)
class RuleSet:
    code: str
    name: str
    valid_from: date
    source: str
    rules: tuple[ChannelRule, ...]
    corrections: tuple[tuple[CorrectionKind, Period], ...] = ()
    caveats: tuple[Caveat, ...] = field(default_factory=tuple)

    def rule_for(self, channel: Channel, complexity: Complexity) -> ChannelRule:
        for r in self.rules:
            if r.channel is channel and r.complexity is complexity:
                return r
        raise ValidationError.single(
            "channel", f"Bộ quy tắc {self.name} không áp dụng cho kênh '{channel.label_vi}'"
        )

    def caveats_for(self, valid_on: date | None) -> tuple[str, ...]:
        """The notes that apply to a request judged by this set that became valid on ``valid_on``."""
        if valid_on is None:
            return ()
        return tuple(c.text for c in self.caveats if valid_on >= c.from_date)

    def correction_period(self, kind: CorrectionKind) -> Period:
        for k, p in self.corrections:
            if k is kind:
                return p
        raise ValidationError.single("kind", f"Bộ quy tắc {self.name} không có thời hạn đính chính '{kind}'")


def choose_rule_set(rule_sets: Iterable[RuleSet], valid_on: date) -> RuleSet:
    """The newest rule set already in force on ``valid_on``."""
    in_force = [r for r in rule_sets if r.valid_from <= valid_on]
    if not in_force:
        raise ValidationError.single("valid_on", f"Không có bộ quy tắc nào có hiệu lực ngày {valid_on:%d/%m/%Y}")
    return max(in_force, key=lambda r: r.valid_from)


def _period(d: dict[str, Any] | None) -> Period | None:
    if d is None:
        return None
    return Period(int(d.get("amount", 0)), PeriodUnit(d["unit"]), str(d["article"]))


def rule_set_from_dict(d: dict[str, Any]) -> RuleSet:
    """Parse the JSON form (``focal_desk/data/rule_sets/*.json``); raises ValidationError on bad data."""
    try:
        rules = tuple(
            ChannelRule(
                channel=Channel(r["channel"]),
                complexity=Complexity(r["complexity"]),
                provide=_period(r["provide"]),  # type: ignore[arg-type]
                notice=_period(r.get("notice")),
                extension=_period(r.get("extension")),
            )
            for r in d["rules"]
        )
        return RuleSet(
            code=str(d["code"]),
            name=str(d["name"]),
            valid_from=date.fromisoformat(d["valid_from"]),
            source=str(d.get("source", "")),
            rules=rules,
            corrections=tuple(
                (CorrectionKind(k), _period(p))  # type: ignore[misc]
                for k, p in d.get("corrections", {}).items()
            ),
            caveats=tuple(Caveat(date.fromisoformat(c["from"]), str(c["text"])) for c in d.get("caveats", [])),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise ValidationError.single("rule_set", f"Bộ quy tắc không hợp lệ: {exc}") from exc


def _period_dict(p: Period | None) -> dict[str, Any] | None:
    return None if p is None else {"amount": p.amount, "unit": p.unit.value, "article": p.article}


def rule_set_to_dict(r: RuleSet) -> dict[str, Any]:
    return {
        "code": r.code,
        "name": r.name,
        "valid_from": r.valid_from.isoformat(),
        "source": r.source,
        "rules": [
            {
                "channel": x.channel.value,
                "complexity": x.complexity.value,
                "provide": _period_dict(x.provide),
                "notice": _period_dict(x.notice),
                "extension": _period_dict(x.extension),
            }
            for x in r.rules
        ],
        "corrections": {k.value: _period_dict(p) for k, p in r.corrections},
        "caveats": [{"from": c.from_date.isoformat(), "text": c.text} for c in r.caveats],
    }
